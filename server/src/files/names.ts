/**
 * File names as the file system has them and as people read them. A name that
 * is not valid UTF-8 (zips from old Windows tools) is kept as its raw bytes so
 * that the file can still be opened; it is shown with U+FFFD for the bad bytes.
 * Control characters in a name are shown escaped, so that a name cannot forge
 * a line of a text report or a log.
 */

/** A path as the file system knows it: a string, or raw bytes when it is not valid UTF-8. */
export type RawPath = string | Buffer;

/** A path from raw bytes: a string when the bytes are valid UTF-8 (round trip), else the bytes. */
export function fromBytes(bytes: Buffer): RawPath {
  const s = bytes.toString('utf8');
  return Buffer.byteLength(s) === bytes.length && Buffer.from(s, 'utf8').equals(bytes) ? s : bytes;
}

/** The text of a path, invalid bytes replaced by U+FFFD. */
export function pathText(p: RawPath | Uint8Array): string {
  return typeof p === 'string' ? p : Buffer.from(p).toString('utf8');
}

/** A raw path as a Buffer or string again after crossing threads (Buffers arrive as Uint8Array). */
export function revive(p: string | Uint8Array): RawPath {
  return typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A name safe to print on one line of human-readable output: newlines and tabs
 * as `\n`, `\r`, `\t`; other C0/C1 controls and DEL as `\xNN`; the bidirectional
 * overrides and line separators (which reorder or break what a terminal shows)
 * as `\u{NNNN}`. JSON and SARIF keep the real name: their escaping is enough.
 */
export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0').toUpperCase()}` : `\\u{${code.toString(16).toUpperCase()}}`;
  });
}
