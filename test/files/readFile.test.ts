import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readFileChecked, readFileCheckedAsync, type ReadResult } from '../../server/src/files/readFile';
import { analyzeFile } from '../../server/src/workers/analyzeFile';
import { store } from '../helpers/core';

/** What a read gave, as one comparable line. */
const outcome = (r: ReadResult) => (r.ok ? `ok ${r.bytes.length}` : `${r.reason.code} ${r.reason.message.en}`);

describe('files: reading a file without trusting what it is', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-read-'));
    fs.writeFileSync(path.join(dir, 'ok.cas.md'), '# ok\n');
    fs.writeFileSync(path.join(dir, 'big.cas.md'), 'x'.repeat(1001));
    fs.writeFileSync(path.join(dir, 'big.md'), `# Notes\n${'x'.repeat(1001)}`);
    fs.writeFileSync(path.join(dir, 'limit.cas.md'), 'x'.repeat(1000));
    fs.mkdirSync(path.join(dir, 'dossier.cas.md'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.cas.md'));
    fs.symlinkSync(path.join(dir, 'ok.cas.md'), path.join(dir, 'lien.cas.md'));
    fs.symlinkSync(path.join(dir, 'absent'), path.join(dir, 'casse.cas.md'));
    execFileSync('mkfifo', [path.join(dir, 'tube.cas.md')]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases: [string, string][] = [
    ['ok.cas.md', 'ok 5'],
    ['limit.cas.md', 'ok 1000'],
    ['lien.cas.md', 'ok 5'],
    ['big.cas.md', 'ETOOBIG file too large (0.0 MB, limit 0.0 MB): not read'],
    ['dossier.cas.md', 'ESPECIAL not a regular file (a folder): not read'],
    ['zero.cas.md', 'ESPECIAL not a regular file (a character device): not read'],
    ['tube.cas.md', 'ESPECIAL not a regular file (a named pipe (FIFO)): not read'],
    ['casse.cas.md', 'ENOENT no such file (ENOENT)'],
    ['absent.cas.md', 'ENOENT no such file (ENOENT)'],
  ];
  for (const [name, expected] of cases) {
    it(`${name}: ${expected}`, async () => {
      assert.equal(outcome(readFileChecked(path.join(dir, name), 1000)), expected);
      assert.equal(outcome(await readFileCheckedAsync(path.join(dir, name), 1000)), expected);
    });
  }

  it('says the size of a file too large, in French too', () => {
    fs.writeFileSync(path.join(dir, 'gros.cas.md'), Buffer.alloc(2_500_000, 0x61));
    const r = readFileChecked(path.join(dir, 'gros.cas.md'), 1_000_000);
    assert.ok(!r.ok);
    assert.equal(r.reason.size, 2_500_000);
    assert.equal(r.reason.message.fr, 'fichier trop volumineux (2.5 Mo, limite 1.0 Mo) : non lu');
  });

  it('reads a file whose name is raw bytes that are not UTF-8', () => {
    const raw = Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x65, 0x74, 0xe9, 0x2e, 0x6d, 0x64])]);
    fs.writeFileSync(raw, 'été');
    assert.equal(outcome(readFileChecked(raw, 1000)), 'ok 5');
  });

  it('a file too large gives its first bytes only', () => {
    const r = readFileChecked(path.join(dir, 'big.cas.md'), 100);
    assert.ok(!r.ok);
    assert.deepEqual([r.reason.size, r.reason.head?.toString()], [1001, 'x'.repeat(100)]);
  });

  it('analyzeFile: a draft too large gets analyse-incomplete, another file too large is a problem of its content, a special file a read error', () => {
    const bigDraft = analyzeFile(path.join(dir, 'big.cas.md'), { resolve: store.resolver, maxFileSize: 1000 }).result;
    assert.deepEqual([bigDraft.readError, bigDraft.isDraft, bigDraft.data?.diagnostics.map((d) => d.code)], [undefined, true, ['modalite-absente', 'analyse-incomplete']]);
    const big = analyzeFile(path.join(dir, 'big.md'), { resolve: store.resolver, maxFileSize: 1000 }).result;
    assert.deepEqual([big.readError, big.problem?.en], [undefined, 'file too large (0.0 MB, limit 0.0 MB): not read']);
    const fifo = analyzeFile(path.join(dir, 'tube.cas.md'), { resolve: store.resolver }).result;
    assert.deepEqual([fifo.readError, fifo.readMessage?.fr], ['ESPECIAL', 'pas un fichier ordinaire (un tube nommé (FIFO)) : non lu']);
  });
});
