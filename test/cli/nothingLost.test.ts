/** No CLI command writes a file: every command, run over a copy of samples/, leaves every byte and mtime as it was. */
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

  it('no command writes, creates or touches a file', () => {
    const before = snapshot(dir);
    assert.ok(before.size > 10);
    for (const args of COMMANDS) {
      const r = spawnSync(process.execPath, [built('server/out/cli.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.ok(r.status !== null && r.status <= 2, `rncp ${args.join(' ')}: ${r.status} ${r.stderr}`);
      assert.deepEqual(changes(before, snapshot(dir)), [], `after rncp ${args.join(' ')}`);
    }
  });
});
