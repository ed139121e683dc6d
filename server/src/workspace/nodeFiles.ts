/**
 * Reading `file:` URIs on the Node side, with the checks of files/readFile.ts (stat first,
 * regular files only, bounded size; raw names that are not UTF-8), as `ReadResult`s.
 */
import { type ReadFailure, readFileChecked, readFileCheckedAsync } from '../files/readFile';
import type { FileErrorCode } from '../core/protocol';
import { uriToRawPath } from '../uris';
import type { ReadResult } from './types';

/** The workspace's code for a failure of files/readFile.ts (a folder is `ESPECIAL` with its kind). */
function codeOf(reason: ReadFailure): FileErrorCode {
  if (reason.code === 'ENOENT' || reason.code === 'ENOTDIR') return 'notFound';
  if (reason.code === 'ETOOBIG') return 'tooBig';
  if (reason.code === 'ESPECIAL' && /folder/.test(reason.message.en)) return 'isDirectory';
  return 'other';
}

function toResult(read: ReturnType<typeof readFileChecked>): ReadResult {
  if (read.ok) return { bytes: read.bytes };
  const { size, head } = read.reason;
  return { error: codeOf(read.reason), message: read.reason.message.en, localized: read.reason.message, ...(size !== undefined ? { size } : {}), ...(head ? { head } : {}) };
}

const notFile = (uri: string): ReadResult => ({ error: 'notFound', message: `not a file: URI: ${uri}` });

/** Reads a `file:` URI at once; never throws. */
export function readUriSync(uri: string, maxSize: number): ReadResult {
  const raw = uriToRawPath(uri);
  return raw === undefined ? notFile(uri) : toResult(readFileChecked(raw, maxSize));
}

/** Reads a `file:` URI; never throws. */
export async function readUri(uri: string, maxSize: number): Promise<ReadResult> {
  const raw = uriToRawPath(uri);
  return raw === undefined ? notFile(uri) : toResult(await readFileCheckedAsync(raw, maxSize));
}
