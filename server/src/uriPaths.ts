/**
 * Paths inside URIs, for any scheme (`file:`, github.dev's `vscode-vfs:`, code-server's
 * `vscode-remote:`): the web server has no `path` module and its files have no paths.
 * Pure string work on hierarchical URIs (`scheme://authority/path`).
 */

/** The URI with its trailing slashes removed (a folder as the workspace names it). */
export function trimSlash(uri: string): string {
  return uri.replace(/\/+$/, '');
}

/** The folder URI of a file URI. */
export function dirnameUri(uri: string): string {
  const cut = uri.replace(/[?#].*$/, '');
  const i = cut.lastIndexOf('/');
  return i > cut.indexOf('//') + 1 ? cut.slice(0, i) : cut;
}

/**
 * The URI a path written in a draft names, relative to the draft's folder (or absolute).
 * Each segment is percent-encoded so that `#` or `?` in a name stay part of it.
 */
export function resolveUri(baseUri: string, written: string): string {
  const rel = written.replace(/\\/g, '/');
  const encoded = rel.split('/').map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/');
  if (/^[a-z]:\//i.test(rel)) return `file:///${encoded.replace(/^([a-z])%3A/i, '$1:')}`;
  try {
    return new URL(encoded, baseUri).href;
  } catch {
    return `${dirnameUri(baseUri)}/${encoded}`;
  }
}

/** Decodes percent escapes, leaving a malformed one (`%E9` of a Latin-1 name) as written. */
export function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(%[0-9a-f]{2})+/gi, (m) => {
      try {
        return decodeURIComponent(m);
      } catch {
        return m;
      }
    });
  }
}

/**
 * The decoded segments of `uri` below `folder`, or undefined when it is not inside it.
 * Compared decoded: the editor and `new URL` do not encode the same characters.
 */
export function segmentsUnder(folder: string, uri: string): string[] | undefined {
  const f = decodeSafe(trimSlash(folder));
  const u = decodeSafe(uri.replace(/[?#].*$/, ''));
  if (u === f) return [];
  if (!u.startsWith(`${f}/`)) return undefined;
  return u.slice(f.length + 1).split('/').filter(Boolean);
}

/** Whether a URI lies in a folder URI (or is it). */
export function isInsideUri(folder: string, uri: string): boolean {
  return segmentsUnder(folder, uri) !== undefined;
}
