/**
 * The worker pool gives, in the order asked, what the main thread would have
 * computed: same plain results, same reports once turned back into analyses.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { jsonReport } from '../../server/src/core/report/json';
import { analyzeFile, fromData } from '../../server/src/workers/analyzeFile';
import { AnalysisPool, analyzeFilesSync } from '../../server/src/workers/pool';
import { ROOT, store } from '../helpers/core';

describe('analysis worker pool', function () {
  // Workers load TypeScript through tsx here: slower to start than the bundle.
  this.timeout(60_000);
  let files: string[];
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-pool-'));
    fs.writeFileSync(path.join(dir, 'binaire.cas.md'), Buffer.from([0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'latin1.cas.md'), Buffer.from('---\nmodalite: M1\n---\n# Caf\xe9 {C1}\n', 'latin1'));
    const samples = fs.readdirSync(path.join(ROOT, 'samples')).sort().map((n) => path.join(ROOT, 'samples', n));
    files = [...samples, path.join(dir, 'absent.cas.md'), path.join(dir, 'binaire.cas.md'), path.join(dir, 'latin1.cas.md'), ...samples];
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expected = () => files.map((f) => analyzeFile(f, { resolve: store.resolver, settings: { lang: 'en' } }).result);

  it('analyses synchronously on workers, in order, as the main thread would', () => {
    const got = analyzeFilesSync(files, { size: 2, settings: { lang: 'en' }, referentielsDir: path.join(ROOT, 'referentiels') });
    assert.deepEqual(got, expected());
    assert.ok(got.some((r) => r.readError === 'ENOENT') && got.some((r) => r.problem) && got.some((r) => r.note));
  });

  it('analyses asynchronously on a pool, in order, and reports the same', async () => {
    const pool = new AnalysisPool({ size: 2, settings: { lang: 'en' }, referentielsDir: path.join(ROOT, 'referentiels') });
    try {
      const seen: number[] = [];
      const got = await pool.analyzeFiles(files, (_r, i) => seen.push(i));
      assert.deepEqual(got, expected());
      assert.deepEqual([...seen].sort((a, b) => a - b), files.map((_f, i) => i));
      // Turned back into analyses, the results give the very same report.
      const live = files.map((f) => analyzeFile(f, { resolve: store.resolver, settings: { lang: 'en' } }).analysis);
      const back = got.map((r) => (r.data ? fromData(r.path, r.data, store.resolver) : undefined));
      const report = (list: typeof live) => jsonReport(list.flatMap((a, i) => (a ? [{ path: files[i], analysis: a }] : [])));
      assert.equal(report(back), report(live));
    } finally {
      await pool.close();
    }
  });
});
