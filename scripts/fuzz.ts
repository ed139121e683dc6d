/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: the long fuzz run of issue 8.
 * Runs N generated and mutated hostile drafts (default 5,000; 0 times only the
 * fixed ones) through the core analysis with the bundled référentiel, checks
 * the property of test/fuzz/hostile.ts on each, times the fixed hostile drafts, and prints
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
if (!Number.isInteger(runs) || runs < 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
  process.exit(2);
}

/** One analysis: wall and CPU milliseconds (on a shared machine the CPU time is the truer figure). */
interface Case { ms: number; cpu: number; chars: number; depth: number; name?: string }
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const depthOf = (text: string) => deepestNesting(text, splitFrontMatter(text).bodyStart);
let tried = 0;
let slowest: Case = { ms: 0, cpu: 0, chars: 0, depth: 0 };
let largest: Case = { ms: 0, cpu: 0, chars: 0, depth: 0 };
let deepest: Case = { ms: 0, cpu: 0, chars: 0, depth: 0 };
const record = (c: Case) => {
  if (c.ms > slowest.ms) slowest = c;
  if (c.chars > largest.chars) largest = c;
  if (c.depth > deepest.depth) deepest = c;
};

const t0 = Date.now();
const result = fc.check(fc.property(hostileDraft, (text) => {
  tried++;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const problems = problemsOf(text);
  record({ ms: performance.now() - start, cpu: cpuMs(cpu), chars: text.length, depth: depthOf(text) });
  if (tried % 500 === 0) console.error(`… ${tried} cases (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return problems.length === 0;
}), { numRuns: runs, seed });

/** Large drafts that are within the budget: analysed in full, timed. */
const paragraph = (i: number) => `${i % 10 === 0 ? `## Partie ${i} {C${(i % 5) + 1}}\n\n` : ''}Question ${i} : **analysez** le _marché_ de [l'annexe ${i}](annexe.md) {C${(i % 5) + 1}.1}. ${'Texte ordinaire du sujet, '.repeat(3)}\n`;
const LARGE = [1_000_000, 4_900_000].map((chars) => {
  let body = '';
  for (let i = 0; body.length < chars; i++) body += `${paragraph(i)}\n`;
  return { name: `${(chars / 1e6).toFixed(1)} MB of ordinary paragraphs`, text: `---\nmodalite: M1\n---\n# Sujet\n\n${body}` };
});

const fixed: Case[] = [...FIXED, ...LARGE].map(({ name, text }) => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const problems = problemsOf(text);
  const c = { ms: performance.now() - start, cpu: cpuMs(cpu), chars: text.length, depth: depthOf(text), name };
  if (problems.length > 0) {
    console.log(`FAILED on ${name}: ${problems.join('; ')}`);
    process.exitCode = 1;
  }
  return c;
});

const show = (c: Case) => `${c.ms.toFixed(0)} ms (CPU ${c.cpu.toFixed(0)} ms), ${c.chars.toLocaleString('en-US')} characters, nesting ${c.depth}${c.name ? ` (${c.name})` : ''}`;
console.log(`fuzz: ${tried.toLocaleString('en-US')} generated cases (seed ${seed}) + ${fixed.length} fixed drafts, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`slowest generated case:  ${show(slowest)}`);
console.log(`largest generated draft: ${show(largest)}`);
console.log(`deepest generated draft: ${show(deepest)}`);
console.log('fixed drafts (hostile ones, then large ordinary ones):');
for (const c of fixed) console.log(`  ${c.name!.padEnd(36)} ${c.ms.toFixed(0).padStart(6)} ms  CPU ${c.cpu.toFixed(0).padStart(6)} ms  ${c.chars.toLocaleString('en-US').padStart(10)} chars  nesting ${c.depth}`);
if (result.failed) {
  console.log(`COUNTEREXAMPLE (seed ${seed}, path ${result.counterexamplePath}): ${JSON.stringify(result.counterexample?.[0]).slice(0, 2000)}`);
  console.log(problemsOf(result.counterexample![0] as string).join('\n'));
  process.exitCode = 1;
}

