/**
 * URIs and paths: the one place that converts between them, so that a draft
 * opened by the editor and the same file read from disk share one index key.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pathText, type RawPath } from './files/names';

/** The file path of a `file:` URI; undefined for other schemes or broken URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The file path of a `file:` URI, as raw bytes when its percent-encoded bytes
 * are not valid UTF-8 (a name from an old Windows zip); undefined for other
 * schemes or broken URIs.
 */
export function uriToRawPath(uri: string): RawPath | undefined {
  const file = uriToPath(uri);
  if (file !== undefined || process.platform === 'win32') return file;
  const m = /^file:\/\/(?:localhost)?(\/[^?#]*)$/i.exec(uri);
  if (!m) return undefined;
  const bytes: number[] = [];
  const p = m[1];
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '%' && /^[0-9a-f]{2}$/i.test(p.slice(i + 1, i + 3))) {
      bytes.push(parseInt(p.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(p[i], 'utf8'));
    }
  }
  const raw = Buffer.from(bytes);
  return raw.includes(0) ? undefined : raw;
}

/** Bytes kept as they are in a `file:` URI made from raw bytes; every other byte is percent-encoded. */
const URI_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;

/** The `file:` URI of a path; raw bytes are percent-encoded one by one (`%E9` for a Latin-1 é). */
export function pathToUri(file: RawPath): string {
  if (typeof file === 'string') return pathToFileURL(file).href;
  let out = 'file://';
  for (const b of file) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && URI_SAFE.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * The key of a document in the index: editors encode URIs differently
 * (`c%3A` or `c:`, drive letter case), so `file:` URIs are rebuilt from their path.
 */
export function uriKey(uri: string): string {
  const file = uriToPath(uri);
  if (!file) return uri;
  const normal = process.platform === 'win32' ? file.replace(/^[A-Z]:/, (d) => d.toLowerCase()) : file;
  return pathToUri(normal);
}

/**
 * The name the core sees for a document: its path, or the URI's path for other
 * schemes (`untitled:`). A document the editor set to the `casestudy` language is
 * a draft whatever its name, so its name gets the draft extension.
 */
export function fileNameOf(uri: string, languageId?: string): string {
  // A name that is not valid UTF-8 is shown with U+FFFD for its bad bytes (the raw bytes open the file).
  const raw = uriToPath(uri) === undefined ? uriToRawPath(uri) : undefined;
  let name = raw === undefined ? uriToPath(uri) : pathText(raw);
  if (!name) {
    try {
      name = decodeURIComponent(new URL(uri).pathname) || uri;
    } catch {
      name = uri;
    }
  }
  return languageId === 'casestudy' && !/\.cas\.md$/i.test(name) ? `${name}.cas.md` : name;
}

/** Whether a file lies in a folder (or is the folder), without leaving it through `..`. */
export function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
