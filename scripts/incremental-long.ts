/**
 * The long run of the incremental parser's properties (the suite runs 250
 * cases of each): generated drafts, random edit sequences, a cache too small
 * to keep anything, and plain chunks read without remark — each against the
 * whole-document remark parse. Prints how many cases each property tried, how
 * long it took, and the counterexample (with its seed and path) if one fails.
 *   npm run test:incremental:long -- [--runs 5000] [--seed N] [--only drafts,edits,tiny,plain]
 * Exit status: 0 all held, 1 a counterexample was found.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { checkPlainChunk, chunk } from '../test/incremental/plainGenerators';
import { DRAFT_EXAMPLES, draftsProperty, EDIT_EXAMPLES, editsProperty, tinyProperty } from '../test/incremental/properties';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string' }, only: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: incremental-long [--runs N] [--seed N] [--only drafts,edits,tiny,plain]');
  process.exit(2);
}

/** The suite's properties (test/incremental/properties.ts), each with the examples it replays first. */
const PROPERTIES: Record<string, () => { property: fc.IProperty<never>; examples?: unknown[] }> = {
  drafts: () => ({ property: draftsProperty() as fc.IProperty<never>, examples: DRAFT_EXAMPLES }),
  edits: () => ({ property: editsProperty() as fc.IProperty<never>, examples: EDIT_EXAMPLES }),
  tiny: () => ({ property: tinyProperty() as fc.IProperty<never> }),
  plain: () => ({ property: fc.property(chunk, fc.boolean(), (c, last) => void checkPlainChunk(c, last)) as fc.IProperty<never> }),
};

const only = values.only ? values.only.split(',') : Object.keys(PROPERTIES);
console.log(`incremental parser, long run: ${runs} cases per property, seed ${seed}`);
let failed = false;
let total = 0;
const t0 = Date.now();
for (const name of only) {
  const make = PROPERTIES[name];
  if (!make) {
    console.error(`unknown property ${name} (known: ${Object.keys(PROPERTIES).join(', ')})`);
    process.exit(2);
  }
  const t = Date.now();
  const { property, examples } = make();
  const r = fc.check(property, { numRuns: runs, seed, ...(examples ? { examples: examples as never[] } : {}) });
  total += r.numRuns;
  const secs = ((Date.now() - t) / 1000).toFixed(1);
  if (r.failed) {
    failed = true;
    console.log(`${name}: FAILED after ${r.numRuns} cases (${secs} s), shrunk ${r.numShrinks} times`);
    console.log(`  counterexample: ${JSON.stringify(r.counterexample)}`);
    console.log(`  replay: --seed ${r.seed} (path ${r.counterexamplePath})`);
    console.log(`  ${String(r.errorInstance instanceof Error ? r.errorInstance.message : r.errorInstance).split('\n').slice(0, 12).join('\n  ')}`);
  } else {
    console.log(`${name}: ${r.numRuns} cases held (${secs} s)`);
  }
}
console.log(`${total} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${failed ? 'a counterexample was found' : 'no counterexample'}`);
process.exit(failed ? 1 : 0);
