/**
 * The equivalence properties of the incremental parser, shared by the suite
 * (test/incremental/blockCache.test.ts, 250 cases by default) and the long run
 * (scripts/incremental-long.ts), so that both check exactly the same things,
 * and the counterexamples every property replays first.
 */
import fc from 'fast-check';
import { BlockCache } from '../../server/src/core/incremental/blockCache';
import { asDraft, same } from './equivalence';
import { applyEdit, draft, type Edit, edit } from './generators';

/**
 * Counterexamples found by fast-check (ours or deliberate bugs of the splitter),
 * run first by every property and again as plain cases below.
 */
export const COUNTEREXAMPLES: string[] = [
  // Found by the long run: micromark reads `:::x___` then a tab as a container, though not `:::x_` alone.
  ':::corrigé___\t\n\n{C1}',
  // Found by the long run: a definition inside a container is not seen by the paragraph before it.
  '![img {C5}][ref] {C1}\n:::corrige{#x}\n[ref]: /u\n[^n]: note {C3}\n    suite {C4}',
  // An item-indent off-by-one in the splitter's fast path: the fence is not in the item.
  '1. {C1}\n  ```\n\n```',
  // Found by the long run: after indented code, an empty item cannot start a list (micromark).
  '---\nmodalite: M1\n---\n \tAnalysez\n-\n   ```\n\n```',
  // A definition's label with an escape: it defines `a\*b`, not `a*b`.
  '[a\\*b]: /u\n\n![img {C2}][a\\*b]\n',
  // A label spanning lines in a block quote (the `>` is not part of it).
  '> [ref\n> lien]: /u\n\n![img {C2}][ref lien]\n',
  // A reference spanning lines in a block quote.
  '> ![img {C2}][ref\n> lien]\n\ntexte\n\n[ref lien]: /u\n',
  // A NUL in a label is read as U+FFFD.
  '[a\0b]: /u\n\n![img {C2}][a\0b]\n',
  // The next chunk's first line reads as a definition alone, but is a table's header row.
  '![img {C2}][x]\n\n[x]: /u\n|---|\n',
  '![img {C2}][x]\n\n> [x]: /u\n> | - |\n',
  '![img {C2}][x]\n\n- [x]: /u\n  | - |\n',
  '![img {C2}][^x]\n\n[^x]: [y]: /u\n    | - |\n',
  // A footnote whose label holds a tag, called from a list item.
  '- voir [^{C3}] {C1}\n\n[^{C3}]: note\n',
];

/** The counterexamples as examples of the drafts property (each alone and as a draft body). */
export const DRAFT_EXAMPLES: [string][] = COUNTEREXAMPLES.flatMap((c) => [[c], [asDraft(c)]] as [string][]);

/** The counterexamples as examples of the edits property, with two edits each. */
export const EDIT_EXAMPLES: [string, Edit[]][] = COUNTEREXAMPLES.map((c) => [asDraft(c), [{ at: 0.5, del: 1, insert: '' }, { at: 0.9, del: 0, insert: '\n' }]]);

/** Generated drafts: through a BlockCache (plain chunks skipped, then every chunk parsed) as whole. */
export function draftsProperty() {
  return fc.property(draft, (text) => same(text, new BlockCache(), new BlockCache({ skipPlain: false })));
}

/** Random edit sequences on one cache: after every edit, the same analysis as a whole-document parse. */
export function editsProperty() {
  return fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
    const cache = new BlockCache();
    const all = new BlockCache({ skipPlain: false });
    let text = start;
    same(text, cache, all);
    for (const e of edits) {
      text = applyEdit(text, e);
      same(text, cache, all);
    }
  });
}

/** A cache too small to keep anything still agrees. */
export function tinyProperty() {
  const tiny = new BlockCache({ maxEntries: 1 });
  return fc.property(draft, (text) => same(text, tiny, new BlockCache({ skipPlain: false, maxChars: 10 })));
}
