/**
 * The long run of the documents' no-leak property (the suite runs 300 cases):
 * generated drafts, whose candidate's subject must hold no tag, container or
 * comment, no word found only in an answer key, a jury note, a comment, a tag
 * or the front matter, and every other word of the draft. Prints how many
 * cases it tried, how long it took, and the counterexample (with its seed and
 * path) if one fails: pin it in NO_LEAK_EXAMPLES (test/documents/draftGenerators.ts).
 *   npm run test:documents:long -- [--runs 3000] [--seed N]
 * Exit status: 0 it held, 1 a counterexample was found.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { NO_LEAK_EXAMPLES, noLeakProperty } from '../test/documents/draftGenerators';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: documents-long [--runs N] [--seed N]');
  process.exit(2);
}
console.log(`documents, no-leak property, long run: ${runs} cases, seed ${seed}`);
const t = Date.now();
const r = fc.check(noLeakProperty(), { numRuns: runs, seed, examples: NO_LEAK_EXAMPLES });
const secs = ((Date.now() - t) / 1000).toFixed(1);
if (r.failed) {
  console.log(`no-leak: FAILED after ${r.numRuns} cases (${secs} s), shrunk ${r.numShrinks} times`);
  console.log(`  counterexample: ${JSON.stringify(r.counterexample)}`);
  console.log(`  seed ${r.seed}, path ${r.counterexample ? r.counterexamplePath : ''}`);
  console.log(`  ${String(r.errorInstance ?? '').split('\n').slice(0, 40).join('\n  ')}`);
  process.exit(1);
}
console.log(`no-leak: held on ${r.numRuns} cases (${secs} s)`);
