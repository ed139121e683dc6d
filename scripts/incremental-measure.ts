/**
 * Measures what the incremental parser buys: time per keystroke (an edit in a
 * paragraph, then the analysis) through a warm BlockCache against a
 * whole-document remark parse, on drafts of realistic prose (bold and italics in
 * most paragraphs, links to annexes, footnotes, inline code, HTML comments, a
 * tag every few lines). Prints figures; asserts nothing.
 *   npx tsx scripts/incremental-measure.ts [--lines 1000,10000] [--keys 200]
 */
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { analyzeDraft } from '../server/src/core/analyze';
import { BlockCache } from '../server/src/core/incremental/blockCache';
import { parseBlocks } from '../server/src/core/parse/blocks';
import { ReferentielStore } from '../server/src/referentiels';
import { realisticDraft } from '../test/incremental/realistic';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '1000,10000' }, keys: { type: 'string', default: '200' } } });
const store = new ReferentielStore(path.join(__dirname, '..', 'referentiels'));
const FILE = '/drafts/sujet.cas.md';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

for (const n of values.lines!.split(',').map(Number)) {
  const base = realisticDraft(n, 7);
  const keys = Number(values.keys);
  // Keystrokes at spread places, each typing a letter into prose.
  const spots: number[] = [];
  for (let i = 1; i <= keys; i++) {
    const at = base.indexOf(' ', Math.floor((base.length * i) / (keys + 1)));
    spots.push(at === -1 ? base.length - 1 : at);
  }
  const run = (parse: ((t: string, b: number) => ReturnType<typeof parseBlocks>) | undefined, warm: () => void) => {
    warm();
    const times: number[] = [];
    let text = base;
    for (const at of spots) {
      text = `${text.slice(0, at)}e${text.slice(at)}`;
      const t0 = process.hrtime.bigint();
      analyzeDraft(FILE, text, { resolve: store.resolver, parse });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return times;
  };
  const cache = new BlockCache();
  const inc = run(cache.parse, () => analyzeDraft(FILE, base, { resolve: store.resolver, parse: cache.parse }));
  const stats = cache.last;
  const whole = run(undefined, () => analyzeDraft(FILE, base, { resolve: store.resolver }));
  const t0 = process.hrtime.bigint();
  parseBlocks(base);
  const parseOnce = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = (xs: number[]) => median(xs).toFixed(2);
  console.log(
    `${n} lines (${base.length} chars): keystroke median incremental ${m(inc)} ms (p90 ${[...inc].sort((a, b) => a - b)[Math.floor(inc.length * 0.9)].toFixed(2)}), ` +
      `whole-document ${m(whole)} ms, ratio ${(median(inc) / median(whole)).toFixed(3)}; one remark parse ${parseOnce.toFixed(1)} ms; ` +
      `last keystroke: ${stats.chunks} chunks, ${stats.parsed} parsed, ${stats.plain} plain, ${stats.reused} reused, ${stats.skipped} skipped, ${stats.parsedChars} chars to remark`,
  );
}
