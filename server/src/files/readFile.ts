/**
 * Reads a file a user named or a walk found, without trusting what it is: the
 * path is checked with `stat` (following symbolic links) before anything is
 * read, only a regular file is opened, and never more than the size limit plus
 * one byte is read (a file may grow between the check and the read). A FIFO, a
 * device (`/dev/zero` behind a symlink) or a folder named `x.cas.md` gets a
 * clear reason instead of a hang or an exhausted memory.
 */
import * as fs from 'node:fs';
import type { Localized } from '../core/i18n';
import { HEAD_BYTES } from '../fileText';
import type { RawPath } from './names';

/** What reading gave: the bytes, or why there are none. */
export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: ReadFailure };

/** Why a file was not read. */
export interface ReadFailure {
  /** `ENOENT`, `EACCES`… for system errors; `ESPECIAL` (not a regular file) or `ETOOBIG` otherwise. */
  code: string;
  /** For `ETOOBIG`: the size found, in bytes. */
  size?: number;
  /** For `ETOOBIG`: the file's first bytes (at most HEAD_BYTES), enough to read a front matter. */
  head?: Buffer;
  /** Why, for people (French and English). */
  message: Localized;
}

/** The kind of a non-regular file, for the message. */
function kindOf(st: fs.Stats): Localized {
  if (st.isDirectory()) return { fr: 'un dossier', en: 'a folder' };
  if (st.isFIFO()) return { fr: 'un tube nommé (FIFO)', en: 'a named pipe (FIFO)' };
  if (st.isCharacterDevice()) return { fr: 'un périphérique caractère', en: 'a character device' };
  if (st.isBlockDevice()) return { fr: 'un périphérique bloc', en: 'a block device' };
  if (st.isSocket()) return { fr: 'une socket', en: 'a socket' };
  return { fr: 'un fichier spécial', en: 'a special file' };
}

/** The failure for a file that is not regular. */
function special(st: fs.Stats): ReadFailure {
  const k = kindOf(st);
  return { code: 'ESPECIAL', message: { fr: `pas un fichier ordinaire (${k.fr}) : non lu`, en: `not a regular file (${k.en}): not read` } };
}

/** The failure for a file above the limit. */
export function tooBig(size: number, max: number): ReadFailure {
  const mb = (n: number) => (n / 1_000_000).toFixed(n < 10_000_000 ? 1 : 0);
  return {
    code: 'ETOOBIG', size,
    message: { fr: `fichier trop volumineux (${mb(size)} Mo, limite ${mb(max)} Mo) : non lu`, en: `file too large (${mb(size)} MB, limit ${mb(max)} MB): not read` },
  };
}

/** The failure for a file over the limit, with its first bytes (enough for a front matter). */
function tooBigWithHead(size: number, max: number, bytes: Buffer): ReadFailure {
  return { ...tooBig(size, max), head: bytes.subarray(0, Math.min(HEAD_BYTES, max)) };
}

/** The failure for a system error (`ENOENT`, `EACCES`…). */
function systemError(e: unknown): ReadFailure {
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  const known: Record<string, Localized> = {
    ENOENT: { fr: 'fichier introuvable', en: 'no such file' },
    EACCES: { fr: 'accès refusé', en: 'permission denied' },
    EPERM: { fr: 'accès refusé', en: 'permission denied' },
    ELOOP: { fr: 'trop de liens symboliques', en: 'too many symbolic links' },
    ENAMETOOLONG: { fr: 'nom trop long', en: 'name too long' },
    ENOTDIR: { fr: 'chemin invalide', en: 'invalid path' },
  };
  const m = known[code] ?? { fr: 'erreur de lecture', en: 'read error' };
  return { code, message: { fr: `${m.fr} (${code})`, en: `${m.en} (${code})` } };
}

/** Reads a regular file of at most `maxSize` bytes; never throws, never blocks on a special file. */
export function readFileChecked(file: RawPath, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return { ok: false, reason: special(st) };
    // O_NONBLOCK: should the path have been swapped for a FIFO since the stat, opening it does not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { ok: false, reason: special(opened) };
    if (opened.size > maxSize) {
      const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, maxSize));
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return { ok: false, reason: tooBigWithHead(opened.size, maxSize, head.subarray(0, n)) };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    // Bounded by the limit, not by the size stat saw: the file may grow meanwhile.
    while (total <= maxSize) {
      const chunk = Buffer.allocUnsafe(chunkSize(opened.size, total, maxSize));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    if (total > maxSize) return { ok: false, reason: tooBigWithHead(total, maxSize, Buffer.concat(chunks, total)) };
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, reason: systemError(e) };
  } finally {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already closed */ }
  }
}

/** The next read: what stat announced (plus one byte, to see growth), at most 1 MB, never past limit + 1. */
function chunkSize(statSize: number, total: number, maxSize: number): number {
  return Math.max(1, Math.min(Math.max(statSize - total, 0) + 1, maxSize + 1 - total, 1 << 20));
}

/** The same check and bounded read, without blocking the event loop (the language server). */
export async function readFileCheckedAsync(file: RawPath, maxSize: number): Promise<ReadResult> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    const st = await fs.promises.stat(file);
    if (!st.isFile()) return { ok: false, reason: special(st) };
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const opened = await handle.stat();
    if (!opened.isFile()) return { ok: false, reason: special(opened) };
    if (opened.size > maxSize) {
      const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, maxSize));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return { ok: false, reason: tooBigWithHead(opened.size, maxSize, head.subarray(0, bytesRead)) };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxSize) {
      const chunk = Buffer.allocUnsafe(chunkSize(opened.size, total, maxSize));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > maxSize) return { ok: false, reason: tooBigWithHead(total, maxSize, Buffer.concat(chunks, total)) };
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, reason: systemError(e) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
