/**
 * Fuzzing in the suite (issue 8): generated and mutated hostile drafts through
 * the core analysis and the built CLI, a bounded number of runs. The long run is
 * `npm run fuzz` (scripts/fuzz.ts). Counterexamples found are pinned in PINNED.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { decodeFile } from '../../server/src/fileText';
import { built } from '../helpers/built';
import { FIXED, hostileBytes, hostileDraft, problemsOf } from './hostile';

/** Counterexamples the fuzzer found (each was a bug; see the note of issue 8). */
const PINNED: string[] = [
  // A range that ended between \r and \n (LineIndex.positionAt).
  '---\r\nmodalite: M1\r\ntitre: "x\r\n---\r\n',
  // A front matter with CR-only line endings read as one YAML line.
  '---\rmodalite: M1\rtitre: x\r---\r',
  // YAML nested 2,000 deep: the library's own stack overflow reached the message.
  `---\nmodalite: M1\nx: ${'{a: '.repeat(2000)}\n---\n\n`,
  // 8,000 `_`, a character, 7,000 `_`: nested emphases 7,000 deep, 9 s and a stack overflow in blocks.ts.
  `---\nmodalite: M1\n---\n${'_'.repeat(8000)}x${'_'.repeat(7000)}\n`,
  // `- - - … x` 3,000 deep: a stack overflow inside remark-gfm.
  `---\nmodalite: M1\n---\n${'- '.repeat(3000)}x\n`,
];

describe('fuzz: hostile drafts never break the analysis', () => {
  it('keeps every range inside the document on generated and mutated drafts', () => {
    fc.assert(fc.property(hostileDraft, (text) => {
      assert.deepEqual(problemsOf(text), []);
    }), { numRuns: 40, seed: 8, examples: PINNED.map((t) => [t]) });
  });

  for (const { name, text } of FIXED) {
    it(`handles ${name}`, () => {
      assert.deepEqual(problemsOf(text), []);
    });
  }

  it('decodes any bytes (invalid UTF-8, NUL, BOMs) into a text the analysis takes', () => {
    fc.assert(fc.property(hostileBytes, (bytes) => {
      const d = decodeFile(bytes);
      assert.ok(d.text !== undefined || d.problem !== undefined);
      if (d.text !== undefined) assert.deepEqual(problemsOf(d.text), []);
    }), { numRuns: 100, seed: 8 });
  });
});

describe('fuzz: the CLI never prints a stack trace', () => {
  it('reports hostile files as diagnostics, in every format, with no stack and no raw error', function () {
    this.timeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-fuzz-'));
    const drafts = fc.sample(hostileDraft, { numRuns: 20, seed: 8 });
    drafts.forEach((t, i) => fs.writeFileSync(path.join(dir, `g${i}.cas.md`), t));
    FIXED.forEach((f, i) => fs.writeFileSync(path.join(dir, `f${i}.cas.md`), f.text));
    fc.sample(hostileBytes, { numRuns: 10, seed: 8 }).forEach((b, i) => fs.writeFileSync(path.join(dir, `b${i}.cas.md`), b));
    fs.writeFileSync(path.join(dir, 'big.cas.md'), `---\nmodalite: M1\n---\n${'x'.repeat(2000)}\n`);
    for (const format of ['text', 'json', 'sarif']) {
      const r = spawnSync(process.execPath, [built('server/out/cli.js'), 'check', '.', '--format', format, '--max-file-size', '1000'], { cwd: dir, encoding: 'utf8', timeout: 100_000 });
      const out = `${r.stdout}\n${r.stderr}`;
      assert.ok(r.status === 0 || r.status === 1 || r.status === 2, `exit ${r.status} ${r.signal ?? ''}`);
      assert.doesNotMatch(out, /^\s+at /m, 'no stack trace');
      assert.doesNotMatch(out, /\bError:|Maximum call stack|\(node:\d+\)/, 'no raw error or Node warning');
      if (format === 'json') {
        const files = JSON.parse(r.stdout).files as { path: string; diagnostics: { code: string; line: number }[] }[];
        const big = files.find((f) => f.path === 'big.cas.md');
        assert.deepEqual(big?.diagnostics.map((d) => `${d.code}:${d.line}`), ['analyse-incomplete:1'], 'a file over --max-file-size is one diagnostic');
      }
    }
  });
});
