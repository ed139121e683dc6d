/**
 * No CLI command writes a file but `export`'s own documents: every other command,
 * and every refused export, run over a copy of samples/, leaves every byte and
 * mtime as it was; an export adds its document and changes nothing else.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { built } from '../helpers/built';
import { ROOT } from '../helpers/core';
import { changes, snapshot } from '../helpers/snapshot';

/** Every command and option of the CLI (HELP in server/src/cli/main.ts), on the samples and on error paths. */
const COMMANDS = [
  ['check'],
  ['check', '.', '--format', 'json'],
  ['check', '.', '--format', 'sarif', '--lang', 'en'],
  ['check', '.', '--format', 'markdown'],
  ['check', 'samples/m1-lacunes.cas.md', '--max-warnings', '0'],
  ['check', 'samples', '--allow-referentiel-outside'],
  ['check', 'absent.cas.md'],
  ['check', '--format', 'xml'],
  ['referentiel'],
  ['referentiel', '--json'],
  ['referentiel', 'mdc-2023', '--lang', 'en'],
  ['referentiel', 'samples/ref.yaml'],
  ['referentiel', 'absent.yaml'],
  // Exports that write nothing: refused targets, a blocked draft, usage errors.
  ['export', 'samples/m1-maison-verdier.cas.md', '-o', 'samples/m1-lacunes.cas.md', '--force'],
  ['export', 'samples/m1-maison-verdier.cas.md', '-o', 'samples/m3-lacunes.md', '--force'],
  ['export', 'samples/m1-maison-verdier.cas.md', '-o', 'samples/README.md'],
  ['export', 'samples/m3-lacunes.md'],
  ['export', 'samples/m1-maison-verdier.cas.md', '--format', 'csv'],
  ['export', 'samples/m1-maison-verdier.cas.md', '-o', 'x.md', '--out-dir', 'samples'],
  ['export', 'samples/notes-jury.md'],
  ['export'],
  ['--help'],
  ['--version'],
  ['frobnicate'],
  [],
];

describe('rncp: nothing lost (process)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-nothing-lost-'));
    fs.cpSync(path.join(ROOT, 'samples'), path.join(dir, 'samples'), { recursive: true, preserveTimestamps: true });
    fs.copyFileSync(path.join(ROOT, 'referentiels/mdc-2023.yaml'), path.join(dir, 'samples/ref.yaml'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('no command writes, creates or touches a file', function () {
    // Some thirty processes, each a Node start and a run over the samples.
    this.timeout(180_000);
    const before = snapshot(dir);
    assert.ok(before.size > 10);
    for (const args of COMMANDS) {
      const r = spawnSync(process.execPath, [built('server/out/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.ok(r.status !== null && r.status <= 2, `rncp ${args.join(' ')}: ${r.status} ${r.stderr}`);
      assert.deepEqual(changes(before, snapshot(dir)), [], `after rncp ${args.join(' ')}`);
    }
  });

  it('an export adds its document and changes nothing else, even with --force', function () {
    this.timeout(60_000);
    const before = snapshot(dir);
    for (const version of ['candidat', 'correcteur', 'grille']) {
      const r = spawnSync(process.execPath, [built('server/out/cli.js'), 'export', 'samples/m1-maison-verdier.cas.md', 'samples/m2-cycles-durand.cas.md', '--version', version, '--force'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
    }
    const added = changes(before, snapshot(dir));
    // The folder's mtime changes with its new entries; no other file does.
    assert.deepEqual(added, [
      'changed: samples',
      ...['m1-maison-verdier', 'm2-cycles-durand'].flatMap((s) => ['candidat', 'correcteur', 'grille'].map((v) => `created: ${path.join('samples', `${s}.${v}.md`)}`)),
    ].sort());
    for (const f of ['candidat', 'correcteur', 'grille']) for (const s of ['m1-maison-verdier', 'm2-cycles-durand']) fs.rmSync(path.join(dir, `samples/${s}.${f}.md`));
  });
});
