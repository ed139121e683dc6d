/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: the long fuzz run of issue 8.
 * Runs N generated and mutated hostile drafts (default 5,000) through the core
 * analysis with the bundled référentiel, checks the property of
 * test/fuzz/hostile.ts on each, then times the fixed hostile drafts, and prints
 * how many cases it tried, the slowest case (time, size), the largest and the
 * deepest draft handled. Exit status 1 on the first counterexample (printed,
 * to pin in test/fuzz/fuzz.test.ts).
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { deepestNesting } from '../server/src/core/parse/budget';
import { splitFrontMatter } from '../server/src/core/parse/frontMatter';
import { FIXED, hostileDraft, problemsOf } from '../test/fuzz/hostile';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
  process.exit(2);
}

interface Case { ms: number; chars: number; depth: number; name?: string }
const depthOf = (text: string) => deepestNesting(text, splitFrontMatter(text).bodyStart);
let tried = 0;
let slowest: Case = { ms: 0, chars: 0, depth: 0 };
let largest: Case = { ms: 0, chars: 0, depth: 0 };
let deepest: Case = { ms: 0, chars: 0, depth: 0 };
const record = (c: Case) => {
  if (c.ms > slowest.ms) slowest = c;
  if (c.chars > largest.chars) largest = c;
  if (c.depth > deepest.depth) deepest = c;
};

const t0 = Date.now();
const result = fc.check(fc.property(hostileDraft, (text) => {
  tried++;
  const start = performance.now();
  const problems = problemsOf(text);
  record({ ms: performance.now() - start, chars: text.length, depth: depthOf(text) });
  if (tried % 500 === 0) console.error(`… ${tried} cases (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return problems.length === 0;
}), { numRuns: runs, seed });

const fixed: Case[] = FIXED.map(({ name, text }) => {
  const start = performance.now();
  const problems = problemsOf(text);
  const c = { ms: performance.now() - start, chars: text.length, depth: depthOf(text), name };
  if (problems.length > 0) console.log(`FAILED on ${name}: ${problems.join('; ')}`);
  record(c);
  return c;
});

const show = (c: Case) => `${c.ms.toFixed(0)} ms, ${c.chars.toLocaleString('en-US')} characters, nesting ${c.depth}${c.name ? ` (${c.name})` : ''}`;
console.log(`fuzz: ${tried.toLocaleString('en-US')} generated cases (seed ${seed}) + ${FIXED.length} fixed hostile drafts, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`slowest case:  ${show(slowest)}`);
console.log(`largest draft: ${show(largest)}`);
console.log(`deepest draft: ${show(deepest)}`);
console.log('fixed hostile drafts:');
for (const c of fixed) console.log(`  ${c.name!.padEnd(36)} ${c.ms.toFixed(0).padStart(6)} ms  ${c.chars.toLocaleString('en-US').padStart(10)} chars  nesting ${c.depth}`);
if (result.failed) {
  console.log(`COUNTEREXAMPLE (seed ${seed}, path ${result.counterexamplePath}): ${JSON.stringify(result.counterexample?.[0]).slice(0, 2000)}`);
  console.log(problemsOf(result.counterexample![0] as string).join('\n'));
  process.exitCode = 1;
}
if (fixed.some((c, i) => problemsOf(FIXED[i].text).length > 0)) process.exitCode = 1;
