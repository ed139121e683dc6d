/**
 * The words of a text, to compare what a format shows with what the document's
 * Markdown says (the no-leak property: nothing of the draft beyond the
 * document reaches any format). Letters and digits runs, NFKC-normalized (a PDF's
 * ligatures "ﬁ" read back as "fi"), case kept, in order.
 */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words as a sorted multiset, for outputs whose reading order may differ (a PDF's tables). */
export function sortedWords(text: string): string[] {
  return wordsOf(text).sort();
}

/** Words of `got` not in `expected`, and of `expected` not in `got` (multisets), for readable failures. */
export function wordsDiff(got: string[], expected: string[]): { extra: string[]; missing: string[] } {
  const count = new Map<string, number>();
  for (const w of expected) count.set(w, (count.get(w) ?? 0) + 1);
  const extra: string[] = [];
  for (const w of got) {
    const n = count.get(w) ?? 0;
    if (n > 0) count.set(w, n - 1);
    else extra.push(w);
  }
  const missing = [...count].flatMap(([w, n]) => Array<string>(n).fill(w));
  return { extra, missing };
}
