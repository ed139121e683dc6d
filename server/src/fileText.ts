/**
 * Turns the bytes of a file into text, saying what was odd about them
 * (binary content, UTF-16, an encoding that is not UTF-8) instead of failing.
 */
import type { Localized } from './core/i18n';

/** Decoded text, or why there is none, and a note on how it was read. */
export interface DecodedFile {
  text?: string;
  /** Why the file was not read (binary, too large). */
  problem?: Localized;
  /** A remark on the encoding when it was not UTF-8. */
  note?: Localized;
  /** Set when the file is over the size limit: its size and its first bytes decoded (to tell a draft). */
  tooLarge?: { bytes: number; head: string };
}

/** Bytes decoded from a file over the size limit: enough for any front matter. */
export const HEAD_BYTES = 64 * 1024;

/** The first bytes of a file too large to read, as text (a character cut at the end becomes U+FFFD). */
export function decodeHead(head: Uint8Array): string {
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(head.subarray(bom));
}

/** Decodes a file's bytes; `maxSize` in bytes. */
export function decodeFile(bytes: Uint8Array, maxSize = 20_000_000): DecodedFile {
  if (bytes.length > maxSize) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    return {
      problem: {
        fr: `fichier trop volumineux (${mb} Mo, limite ${(maxSize / 1_000_000).toFixed(0)} Mo) : non analysé`,
        en: `file too large (${mb} MB, limit ${(maxSize / 1_000_000).toFixed(0)} MB): not analysed`,
      },
      tooLarge: { bytes: bytes.length, head: new TextDecoder('utf-8').decode(bytes.subarray(0, Math.min(bytes.length, maxSize, HEAD_BYTES))) },
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: { fr: 'lu en UTF-16 LE', en: 'read as UTF-16 LE' } };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: { fr: 'lu en UTF-16 BE', en: 'read as UTF-16 BE' } };
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8000));
  if (head.includes(0)) {
    return { problem: { fr: 'contenu binaire (octets nuls) : non analysé', en: 'binary content (NUL bytes): not analysed' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // French drafts saved by old Windows tools are often Windows-1252.
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: { fr: 'encodage non UTF-8 : lu en Windows-1252 (Latin-1)', en: 'not UTF-8: read as Windows-1252 (Latin-1)' },
    };
  }
}
