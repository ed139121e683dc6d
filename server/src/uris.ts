/**
 * URIs and paths: the one place that converts between them, so that a draft
 * opened by the editor and the same file read from disk share one index key.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file path of a `file:` URI; undefined for other schemes or broken URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path. */
export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
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
  let name = uriToPath(uri);
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
