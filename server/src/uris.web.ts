/**
 * uris.ts for the browser bundle (esbuild swaps it in: there is no `node:url` nor
 * `node:path` in a Web Worker). Same exports, same results for `file:` URIs of POSIX
 * paths; other schemes pass through as in uris.ts.
 */
import { decodeSafe } from './uriPaths';

/** The file path of a `file:` URI; undefined for other schemes or broken URIs. */
export function uriToPath(uri: string): string | undefined {
  const m = /^file:\/\/(?:localhost)?(\/[^?#]*)$/i.exec(uri);
  if (!m) return undefined;
  const p = decodeSafe(m[1]);
  return /^\/[a-z]:\//i.test(p) ? p.slice(1).replace(/\//g, '\\') : p;
}

/** The `file:` URI of a path. */
export function pathToUri(file: string): string {
  const p = file.replace(/\\/g, '/');
  return `file://${p.startsWith('/') ? '' : '/'}${p.split('/').map((s) => encodeURIComponent(s).replace(/%3A/gi, ':')).join('/')}`;
}

/** The key of a document in the index: decoded, drive letter in lower case (as uris.ts normalises). */
export function uriKey(uri: string): string {
  return decodeSafe(uri).replace(/^file:\/\/\/([A-Z]):/, (_m, d: string) => `file:///${d.toLowerCase()}:`);
}

/** The name the core sees for a document (see uris.ts). */
export function fileNameOf(uri: string, languageId?: string): string {
  let name = uriToPath(uri);
  if (!name) {
    try {
      name = decodeSafe(new URL(uri).pathname) || uri;
    } catch {
      name = uri;
    }
  }
  return languageId === 'casestudy' && !/\.cas\.md$/i.test(name) ? `${name}.cas.md` : name;
}

/** Whether a file lies in a folder (or is the folder), both paths with `/` or `\`. */
export function isInside(folder: string, file: string): boolean {
  const f = folder.replace(/[\\/]+$/, '');
  return file === f || file.startsWith(`${f}/`) || file.startsWith(`${f}\\`);
}
