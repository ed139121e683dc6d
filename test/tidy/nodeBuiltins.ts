/**
 * Finds Node built-ins in an esbuild metafile: an input that is one (`fs`, `node:path`,
 * a polyfill esbuild would not need otherwise) or an import of one, even left external.
 * A browser bundle must have none: the web worker extension host and a Web Worker have
 * no `fs`, `path`, `worker_threads`, `child_process` nor `process`.
 */
import { builtinModules } from 'node:module';

/** The parts of an esbuild metafile this check reads. */
export interface Metafile {
  inputs: Record<string, { imports?: { path: string; external?: boolean; original?: string }[] }>;
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

/** Whether a module specifier names a Node built-in (`node:` prefix or a bare built-in name). */
export function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]) && !spec.includes('.');
}

/** Every offending input or import, as `importer -> specifier` lines (empty when clean). */
export function nodeBuiltinsIn(meta: Metafile): string[] {
  const found: string[] = [];
  for (const [input, { imports = [] }] of Object.entries(meta.inputs)) {
    if (isNodeBuiltin(input)) found.push(`input ${input}`);
    for (const i of imports) {
      const spec = i.original ?? i.path;
      if (isNodeBuiltin(spec) || isNodeBuiltin(i.path)) found.push(`${input} -> ${spec}`);
    }
  }
  return found;
}

/** Node globals a browser bundle cannot call (`process`, `setImmediate`, `Buffer`'s functions, `__dirname`). */
const NODE_GLOBALS = /\bsetImmediate\(|\bclearImmediate\(|\bprocess\.|\b__dirname\b|\bBuffer\.(from|alloc|byteLength|concat|isBuffer)\b/;

/**
 * Lines of our own sources (not comments) that use a Node global, as `file:line: text`.
 * `allowed` names files whose Node-only functions the browser bundle imports but never calls.
 */
export function nodeGlobalsIn(sources: Record<string, string>, allowed: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    if (allowed.has(file)) continue;
    text.split('\n').forEach((line, i) => {
      if (NODE_GLOBALS.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}
