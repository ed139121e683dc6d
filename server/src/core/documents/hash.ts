/**
 * The version of a draft as the grid prints it (FORMAT.md §10): a short hash
 * of its text. FNV-1a on the UTF-16 code units, 32 bits, in plain JavaScript
 * (the core runs in a browser too: no node:crypto). Not a security measure,
 * only a way for a jury to tell two versions of a subject apart.
 */

/** FNV-1a, 32 bits, of a string's UTF-16 code units. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Eight hexadecimal digits. */
export function draftVersion(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, '0');
}
