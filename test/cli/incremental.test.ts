/**
 * `--no-incremental`, `--check-incremental` and RNCP_INCREMENTAL_CHECK=1: the
 * built CLI gives the same report either way on sound input; and with a block
 * cache made to lose a tag (in process), the default path shows the loss,
 * `--no-incremental` does not use the cache, and the check mode says where it
 * differs on stderr and exits with status 2.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';
import { BlockCache } from '../../server/src/core/incremental/blockCache';
import { built } from '../helpers/built';
import { ROOT, store } from '../helpers/core';

function rncp(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const r = spawnSync(process.execPath, [built('server/out/cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DRAFT = '---\nmodalite: M1\n---\n# Sujet {C1}\n\nTexte.\n\n- a {C2}\n- b\n\nFin {C3}.\n';

describe('rncp check: incremental parse flags', () => {
  it('gives the same report with --no-incremental, --check-incremental and RNCP_INCREMENTAL_CHECK=1 (samples)', function () {
    this.timeout(60_000);
    const files = ['samples/m1-lacunes.cas.md', 'samples/m2-lacunes.cas.md'];
    const base = rncp(['check', ...files, '--format', 'json']);
    assert.equal(base.status, 1, base.stderr);
    for (const [args, env] of [[['--no-incremental'], {}], [['--check-incremental'], {}], [[], { RNCP_INCREMENTAL_CHECK: '1' }]] as const) {
      const r = rncp(['check', ...files, '--format', 'json', ...args], env);
      assert.equal(r.stdout, base.stdout, `${args} ${JSON.stringify(env)}`);
      assert.equal(r.status, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /incrémentale|incremental/);
    }
  });

  it('gives the same report with --no-incremental through the worker threads (many files)', function () {
    this.timeout(60_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-inc-'));
    try {
      for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(dir, `s${i}.cas.md`), DRAFT.replace('Texte.', `Texte ${i}.`));
      const base = rncp(['check', '.', '--format', 'json'], {}, dir);
      const off = rncp(['check', '.', '--format', 'json', '--no-incremental'], {}, dir);
      assert.equal(off.stdout, base.stdout);
      assert.equal(off.status, base.status, off.stderr);
      assert.equal(JSON.parse(off.stdout).files.length, 30);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('with a block cache that loses a tag (in process)', () => {
    let dir: string;
    const original = BlockCache.prototype.blocks;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-inc-'));
      fs.writeFileSync(path.join(dir, 'sujet.cas.md'), DRAFT);
      BlockCache.prototype.blocks = function (this: BlockCache, text: string, bodyStart?: number) {
        return original.call(this, text, bodyStart).map((b) => (b.findings.type === 'list' ? { ...b, findings: { ...b.findings, tags: [] } } : b));
      };
    });
    after(() => {
      BlockCache.prototype.blocks = original;
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const run = (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const status = runCli(['check', 'sujet.cas.md', '--format', 'json', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir }, store);
      const covered = (JSON.parse(stdout).files[0].coverage as { id: string; status: string }[]).filter((c) => c.status !== 'absente').map((c) => c.id);
      return { status, stderr, covered };
    };

    it('the default path goes through the cache (C2 lost), --no-incremental does not', () => {
      assert.deepEqual(run().covered, ['C1', 'C3']);
      assert.deepEqual(run('--no-incremental').covered, ['C1', 'C2', 'C3']);
    });

    it('--check-incremental reports the first differing block on stderr, exits 2, reports the whole-document analysis', () => {
      const r = run('--check-incremental');
      assert.equal(r.status, 2);
      assert.deepEqual(r.covered, ['C1', 'C2', 'C3']);
      assert.match(r.stderr, /^rncp : sujet\.cas\.md:8 : l’analyse incrémentale diffère de l’analyse du document entier \(entier : list \[\d+, \d+\) 0 heading\(s\) 1 tag\(s\) ; incrémental : list \[\d+, \d+\) 0 heading\(s\) 0 tag\(s\)\)$/m);
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
    });
  });
});
