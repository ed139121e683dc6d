/**
 * The layering checker: what the core and the client may import, read from
 * esbuild's metafile (the bundler's own resolution, so static imports, `require`
 * and `import()` with a literal are all seen, through re-exports and relative paths)
 * plus a scan for computed `require(x)` / `import(x)`, which no bundler can follow.
 *
 * - `server/src/core/` imports no Node built-in (`fs`, `path`, `worker_threads`,
 *   `node:*`…: the core must also run in a browser), no `vscode*` library, and no
 *   file outside the core. Type-only imports count too (`verbatimModuleSyntax`).
 * - `client/src/` imports at run time no server file but the shared pure modules
 *   (`SHARED`), and those import nothing at run time. Type-only imports are fine:
 *   they vanish from the bundle.
 */
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

/** Server modules the client may import at run time: the wire contract and the parser-free draft guard. */
export const SHARED = ['server/src/core/protocol.ts', 'server/src/core/maybeDraft.ts', 'server/src/core/base64.ts', 'server/src/core/pointsFormat.ts'];

/** Packages the core must not import, besides Node's built-ins. */
const FORBIDDEN_PACKAGES = [/^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/, /^vscode-jsonrpc/];

const BUILTINS = new Set(builtinModules);

/** One import that breaks a rule. */
export interface Violation {
  /** The importing file, relative to the root, with `/`. */
  file: string;
  /** What it imports, as written (or as resolved, for a relative path). */
  imports: string;
  rule: 'core-forbidden-module' | 'core-outside-core' | 'core-computed-import' | 'client-imports-server' | 'shared-imports';
}

/** Whether the core may not import this (external) module. */
export function forbiddenInCore(spec: string): boolean {
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  return spec.startsWith('node:') || BUILTINS.has(pkg) || FORBIDDEN_PACKAGES.some((re) => re.test(spec));
}

/** Every layering violation of a tree (the repository, or a fixture shaped like it). */
export async function checkLayering(root: string): Promise<Violation[]> {
  const out: Violation[] = [];
  const core = 'server/src/core/';
  for (const [file, input] of Object.entries(await inputs(root, 'server/src/core', true))) {
    if (!file.startsWith(core)) continue;
    for (const imp of input.imports) {
      if (imp.path === '<runtime>') continue;
      if (imp.external) {
        if (forbiddenInCore(imp.path)) out.push({ file, imports: imp.path, rule: 'core-forbidden-module' });
      } else if (!imp.path.startsWith(core) || imp.path.startsWith(`${core}forbidden/`)) {
        // (forbidden/ is where the core's tsconfig maps `vscode*`, should a bundler follow it.)
        out.push({ file, imports: imp.path, rule: 'core-outside-core' });
      }
    }
  }
  for (const file of sources(root, 'server/src/core')) {
    for (const spec of computedImports(fs.readFileSync(path.join(root, file), 'utf8'))) out.push({ file, imports: spec, rule: 'core-computed-import' });
  }
  for (const [file, input] of Object.entries(await inputs(root, 'client/src', false))) {
    const runtime = input.imports.filter((i) => !i.external && i.path !== '<runtime>');
    if (file.startsWith('client/src/')) {
      for (const imp of runtime) {
        if (imp.path.startsWith('server/') && !SHARED.includes(imp.path)) out.push({ file, imports: imp.path, rule: 'client-imports-server' });
      }
    } else if (SHARED.includes(file)) {
      for (const imp of input.imports.filter((i) => i.path !== '<runtime>')) out.push({ file, imports: imp.path, rule: 'shared-imports' });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.imports.localeCompare(b.imports));
}

/** The metafile inputs of bundling every source of a folder (nothing written). */
async function inputs(root: string, dir: string, verbatim: boolean): Promise<esbuild.Metafile['inputs']> {
  const entryPoints = sources(root, dir);
  if (entryPoints.length === 0) return {};
  const result = await esbuild.build({
    entryPoints, absWorkingDir: root, bundle: true, write: false, metafile: true, platform: 'node', format: 'esm',
    packages: 'external', outdir: path.join(root, '.layering-out'), logLevel: 'silent',
    // The core: even an unused or `import { type X }` import is a dependency of the source.
    // The client: exactly what its real bundle keeps (type-only imports elided).
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: verbatim } },
  });
  return result.metafile.inputs;
}

/** The `.ts` files under a folder, relative to the root with `/`. */
function sources(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** `require(…)` and `import(…)` calls whose argument is not a string literal, in code (comments and strings skipped). */
export function computedImports(source: string): string[] {
  const code = codeOnly(source);
  const found: string[] = [];
  for (const m of code.matchAll(/(?<![\w$.])(require|import)\s*\(\s*([^\s)]?)/g)) {
    if (!/^['"`]$/.test(m[2])) found.push(`${m[1]}(…)`);
  }
  return found;
}

/** The source with comments blanked and string contents replaced by a placeholder (quotes kept). */
function codeOnly(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '/' && s[i + 1] === '/') {
      while (i < s.length && s[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end === -1 ? s.length : end + 1;
      out += ' ';
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < s.length && s[j] !== c) j += s[j] === '\\' ? 2 : 1;
      out += `${c}x${c}`;
      i = j;
    } else {
      out += c;
    }
  }
  return out;
}
