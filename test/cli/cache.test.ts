/**
 * `rncp check --cache`: the same output as without it, analyses reused only
 * while the draft, its référentiel and the settings are unchanged, a corrupt
 * cache ignored and rewritten, and nothing but the cache file ever written.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { built } from '../helpers/built';
import { ROOT } from '../helpers/core';

function rncp(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [built('server/out/cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary copy of samples/ (as `samples/` inside a fresh folder); returns the folder. */
function copySamples(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-cache-')));
  fs.cpSync(path.join(ROOT, 'samples'), path.join(dir, 'samples'), { recursive: true });
  return dir;
}

/** Every file under a folder with the hash of its bytes, but the cache files. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (!e.name.includes('rncpcache')) out[path.relative(dir, p)] = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  visit(dir);
  return out;
}

const CACHE = '.rncpcache';

/** Rewrites the kept analysis of one file in the cache (a way to see whether the next run reads it). */
function tamper(cacheFile: string, draft: string, message: string): void {
  const c = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  const entry = c.entries[draft];
  assert.ok(entry, `an entry for ${draft}`);
  for (const d of entry.result.data.diagnostics) d.message = message;
  fs.writeFileSync(cacheFile, JSON.stringify(c));
}

describe('rncp check --cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = copySamples();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the same as a run without cache, twice, writes .rncpcache and leaves every draft as it was', () => {
    const before = snapshot(dir);
    for (const format of ['text', 'json']) {
      const plain = rncp(['check', 'samples', '--format', format], dir);
      const first = rncp(['check', 'samples', '--format', format, '--cache'], dir);
      const second = rncp(['check', 'samples', '--format', format, '--cache'], dir);
      assert.equal(plain.status, 1, plain.stderr);
      for (const r of [first, second]) {
        assert.equal(r.stdout, plain.stdout);
        assert.equal(r.status, plain.status);
        assert.equal(r.stderr, plain.stderr);
      }
    }
    assert.ok(fs.statSync(path.join(dir, CACHE)).isFile());
    assert.match(fs.readFileSync(path.join(dir, CACHE), 'utf8'), /^\{"format":"rncp-cache",/);
    assert.deepEqual(snapshot(dir), before);
  });

  it('reuses the analysis of an unchanged draft, and analyses again a draft that changed', () => {
    const draft = path.join(dir, 'samples/m2-lacunes.cas.md');
    rncp(['check', 'samples', '--cache'], dir);
    tamper(path.join(dir, CACHE), draft, 'MESSAGE GARDÉ');
    assert.match(rncp(['check', 'samples', '--cache'], dir).stdout, /MESSAGE GARDÉ/, 'the kept analysis is used');
    fs.appendFileSync(draft, '\nUne ligne de plus.\n');
    const r = rncp(['check', 'samples', '--cache'], dir);
    assert.doesNotMatch(r.stdout, /MESSAGE GARDÉ/);
    assert.equal(r.stdout, rncp(['check', 'samples'], dir).stdout);
  });

  it('analyses again the drafts of a référentiel file that changed, and on other settings', () => {
    fs.copyFileSync(path.join(ROOT, 'referentiels/mdc-2023.yaml'), path.join(dir, 'ref.yaml'));
    const draft = path.join(dir, 'sujet.cas.md');
    fs.writeFileSync(draft, '---\nreferentiel: ./ref.yaml\nmodalite: M2\n---\n# Sujet {C6}\n');
    rncp(['check', 'sujet.cas.md', '--cache'], dir);
    tamper(path.join(dir, CACHE), draft, 'MESSAGE GARDÉ');
    assert.match(rncp(['check', 'sujet.cas.md', '--cache'], dir).stdout, /MESSAGE GARDÉ/);
    assert.doesNotMatch(rncp(['check', 'sujet.cas.md', '--cache', '--lang', 'en'], dir).stdout, /MESSAGE GARDÉ/, 'other settings, other key');
    rncp(['check', 'sujet.cas.md', '--cache'], dir);
    tamper(path.join(dir, CACHE), draft, 'MESSAGE GARDÉ');
    // A comment of the référentiel edited: same content, the kept analysis stands.
    const ref = fs.readFileSync(path.join(dir, 'ref.yaml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'ref.yaml'), `# Relu.\n${ref}`);
    assert.match(rncp(['check', 'sujet.cas.md', '--cache'], dir).stdout, /MESSAGE GARDÉ/);
    // A competency the draft misses renamed: its messages name it, so they are made again.
    const title = 'titre: "Décliner le plan en actions opérationnelles"';
    assert.ok(ref.includes(title));
    fs.writeFileSync(path.join(dir, 'ref.yaml'), ref.replace(title, 'titre: "Décliner le plan (RENOMMÉE)"'));
    const r = rncp(['check', 'sujet.cas.md', '--cache'], dir);
    assert.doesNotMatch(r.stdout, /MESSAGE GARDÉ/);
    assert.match(r.stdout, /RENOMMÉE/);
    assert.equal(r.stdout, rncp(['check', 'sujet.cas.md'], dir).stdout);
  });

  it('ignores a corrupt or truncated cache file and rewrites it', () => {
    const plain = rncp(['check', 'samples'], dir);
    rncp(['check', 'samples', '--cache'], dir);
    const good = fs.readFileSync(path.join(dir, CACHE), 'utf8');
    for (const corrupt of [good.slice(0, good.length >> 1), '{"format":"rncp-cache", garbage', `${good.slice(0, 40)}\u0000\u0001`, '']) {
      fs.writeFileSync(path.join(dir, CACHE), corrupt);
      const r = rncp(['check', 'samples', '--cache'], dir);
      assert.equal(r.stdout, plain.stdout);
      assert.equal(r.stderr, plain.stderr);
      const rewritten = JSON.parse(fs.readFileSync(path.join(dir, CACHE), 'utf8'));
      assert.equal(rewritten.format, 'rncp-cache');
      assert.ok(Object.keys(rewritten.entries).length >= 8);
    }
  });

  it('never writes over a draft, a foreign file or a link; a folder gets .rncpcache inside', () => {
    const plain = rncp(['check', 'samples'], dir);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mes notes\n');
    fs.symlinkSync(path.join(dir, 'notes.txt'), path.join(dir, 'lien'));
    const before = snapshot(dir);
    for (const location of ['samples/m1-lacunes.cas.md', 'samples/nouveau.md', 'notes.txt', 'lien']) {
      const r = rncp(['check', 'samples', '--cache', '--cache-location', location], dir);
      assert.equal(r.stdout, plain.stdout);
      assert.match(r.stderr, /cache non écrit/);
      assert.deepEqual(snapshot(dir), before, location);
    }
    fs.mkdirSync(path.join(dir, 'cache'));
    const r = rncp(['check', 'samples', '--cache-location', 'cache'], dir);
    assert.equal(r.stderr, plain.stderr);
    assert.ok(fs.statSync(path.join(dir, 'cache', CACHE)).isFile());
    assert.ok(!fs.existsSync(path.join(dir, CACHE)));
    assert.deepEqual(fs.readdirSync(path.join(dir, 'cache')), [CACHE], 'no temporary file left');
  });
});
