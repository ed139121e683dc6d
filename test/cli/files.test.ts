/**
 * The CLI facing odd files: special files, names that are not UTF-8 or hold
 * control characters, linked drafts, référentiels outside the checked folders,
 * library warnings. The built CLI runs as a process, with a bound so that a hang fails.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/core';
import { built } from '../helpers/built';

/** Runs the built CLI; a run that does not end within 15 s fails (it would hang on a FIFO). */
function rncp(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [built('server/out/cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 15_000 });
  assert.equal(r.error, undefined, `rncp ${args.join(' ')} did not end: ${r.error?.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder; names may be raw bytes (`Buffer`). */
function tmpDir(files: [string | Buffer, string | Buffer][]): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-cli-files-')));
  for (const [name, content] of files) {
    const file = typeof name === 'string' ? path.join(dir, name) : Buffer.concat([Buffer.from(`${dir}/`), name]);
    fs.mkdirSync(path.dirname(typeof file === 'string' ? file : dir), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

const ERR = '---\nmodalite: M2\n---\n# Sujet {C21}\n';
const MDC = fs.readFileSync(path.join(ROOT, 'referentiels/mdc-2023.yaml'));
/** No stack frame, no raw Node line. */
const NO_RAW = /\bat \S+:\d+:\d+|\(node:\d+\)|Warning:/;

describe('rncp check: odd files (process)', () => {
  const dirs: string[] = [];
  const temp = (files: [string | Buffer, string | Buffer][]) => {
    const d = tmpDir(files);
    dirs.push(d);
    return d;
  };
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('refuses special files (a link to /dev/zero, a FIFO) with a message and exit 2, and reports the others', () => {
    const dir = temp([['err.cas.md', ERR], ['dossier.cas.md/dedans.cas.md', ERR]]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.cas.md'));
    execFileSync('mkfifo', [path.join(dir, 'tube.cas.md')]);
    const r = rncp(['check', '.'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^rncp : zero\.cas\.md : fichier non lu : pas un fichier ordinaire \(un périphérique caractère\) : non lu$/m);
    assert.match(r.stderr, /^rncp : tube\.cas\.md : fichier non lu : pas un fichier ordinaire \(un tube nommé \(FIFO\)\) : non lu$/m);
    assert.match(r.stdout, /^err\.cas\.md:4:10 {2}erreur {2}Compétence inconnue C21/m);
    assert.match(r.stdout, /^dossier\.cas\.md\/dedans\.cas\.md:4:10 {2}erreur/m, 'a folder named x.cas.md is walked as a folder');
    const named = rncp(['check', 'tube.cas.md', '--lang', 'en'], dir);
    assert.equal(named.status, 2);
    assert.match(named.stderr, /^rncp: tube\.cas\.md: file not read: not a regular file \(a named pipe \(FIFO\)\): not read$/m);
    assert.doesNotMatch(r.stderr + named.stderr, NO_RAW);
  });

  it('reads a draft whose name is not UTF-8 and shows the bad bytes as U+FFFD', () => {
    const dir = temp([[Buffer.from([0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x2e, 0x63, 0x61, 0x73, 0x2e, 0x6d, 0x64]), ERR]]);
    const r = rncp(['check', '.'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^r\uFFFDsum\uFFFD\.cas\.md:4:10 {2}erreur {2}Compétence inconnue C21/m);
    const json = JSON.parse(rncp(['check', '.', '--format', 'json'], dir).stdout);
    assert.equal(json.files[0].path, 'r\uFFFDsum\uFFFD.cas.md');
  });

  it('escapes control characters of names in text and Markdown, keeps them in JSON', () => {
    const dir = temp([['a\nb.cas.md:1:1  erreur  forgé\x1b[0m.cas.md', ERR]]);
    const r = rncp(['check', '.'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^a\\nb\.cas\.md:1:1 {2}erreur {2}forgé\\x1B\[0m\.cas\.md:4:10 {2}erreur {2}Compétence inconnue C21/m);
    assert.doesNotMatch(r.stdout, /^b\.cas\.md/m, 'no forged line');
    assert.doesNotMatch(rncp(['check', '.', '--format', 'markdown'], dir).stdout, /\n b\.cas\.md|\x1b/);
    const json = JSON.parse(rncp(['check', '.', '--format', 'json'], dir).stdout);
    assert.equal(json.files[0].path, 'a\nb.cas.md:1:1  erreur  forgé\x1b[0m.cas.md');
  });

  it('follows a linked draft inside a folder, and a linked folder once (no loop)', () => {
    const dir = temp([['vrai/err.cas.md', ERR]]);
    fs.mkdirSync(path.join(dir, 'sujets'));
    fs.symlinkSync(path.join(dir, 'vrai/err.cas.md'), path.join(dir, 'sujets/lien.cas.md'));
    fs.symlinkSync(dir, path.join(dir, 'sujets/boucle'));
    const r = rncp(['check', 'sujets'], dir);
    assert.equal(r.status, 1, r.stderr);
    const reported = new Set(r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+/.test(l)).map((l) => l.split(':')[0]));
    // The loop link leads back to the root once (a new folder); `sujets` itself is not walked twice.
    assert.deepEqual([...reported], ['sujets/boucle/vrai/err.cas.md', 'sujets/lien.cas.md']);
  });

  it('reads a référentiel named by a draft only in the checked folders unless --allow-referentiel-outside', () => {
    const dir = temp([
      ['projet/sujet.cas.md', '---\nreferentiel: ../ailleurs/ref.yaml\nmodalite: M2\n---\n# S {C6-C9}\n'],
      ['projet/lien.cas.md', '---\nreferentiel: ref-lien.yaml\nmodalite: M2\n---\n# S {C6-C9}\n'],
      ['ailleurs/ref.yaml', MDC],
    ]);
    fs.symlinkSync(path.join(dir, 'ailleurs/ref.yaml'), path.join(dir, 'projet/ref-lien.yaml'));
    const cwd = path.join(dir, 'projet');
    const r = rncp(['check', '.', '--format', 'json'], cwd);
    const ref = (f: { diagnostics: { code: string; message: string }[] }) => f.diagnostics.filter((d) => d.code === 'referentiel-inconnu').map((d) => d.message);
    const files = JSON.parse(r.stdout).files;
    assert.deepEqual(files.map(ref), [
      ['Référentiel hors de l’espace de travail : ref-lien.yaml n’est pas lu (seuls les fichiers de l’espace de travail, du dossier du sujet et les référentiels fournis le sont ; le réglage rncp.referentiel.allowOutside ou l’option --allow-referentiel-outside lève cette limite).'],
      ['Référentiel hors de l’espace de travail : ../ailleurs/ref.yaml n’est pas lu (seuls les fichiers de l’espace de travail, du dossier du sujet et les référentiels fournis le sont ; le réglage rncp.referentiel.allowOutside ou l’option --allow-referentiel-outside lève cette limite).'],
    ]);
    const allowed = JSON.parse(rncp(['check', '.', '--format', 'json', '--allow-referentiel-outside'], cwd).stdout).files;
    assert.deepEqual(allowed.map(ref), [[], []]);
    // Checking the other folder too makes it part of what the user asked for.
    const both = JSON.parse(rncp(['check', '.', '../ailleurs', '--format', 'json'], cwd).stdout).files;
    assert.deepEqual(both.map(ref), [[], []]);
  });

  it('applies the same référentiel rule on the worker threads (30 drafts)', () => {
    const drafts: [string, string][] = Array.from({ length: 30 }, (_, i) => [`projet/s${String(i).padStart(2, '0')}.cas.md`, '---\nreferentiel: ../ailleurs/ref.yaml\nmodalite: M2\n---\n# S {C6-C9}\n']);
    const dir = temp([...drafts, ['ailleurs/ref.yaml', MDC]]);
    const cwd = path.join(dir, 'projet');
    const count = (args: string[]) => JSON.parse(rncp(['check', '.', '--format', 'json', ...args], cwd).stdout).files
      .filter((f: { diagnostics: { code: string }[] }) => f.diagnostics.some((d) => d.code === 'referentiel-inconnu')).length;
    assert.equal(count([]), 30);
    assert.equal(count(['--allow-referentiel-outside']), 0);
  });

  it('quotes nothing of a file that is not a référentiel, even when allowed to read it', () => {
    const dir = temp([
      ['sujet.cas.md', '---\nreferentiel: secret.json\nmodalite: M1\n---\n# S {C1}\n'],
      ['secret.json', '{"id": "MOT-DE-PASSE-42", "titre": "jeton s3cr3t", "competences": [{"id": "TOKEN"}]}'],
    ]);
    for (const format of ['text', 'json', 'sarif']) {
      const r = rncp(['check', '.', '--format', format, '--allow-referentiel-outside'], dir);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /Référentiel invalide : secret\.json/);
      assert.doesNotMatch(r.stdout + r.stderr, /MOT-DE-PASSE|s3cr3t|TOKEN/);
    }
  });

  it('prints no raw Node warning nor stack trace (a YAML key that is a collection)', () => {
    const dir = temp([['s.cas.md', '---\nmodalite: M1\n? [a, b]\n: x\n---\n# S {C1}\n']]);
    const r = rncp(['check', '.'], dir);
    assert.doesNotMatch(r.stderr + r.stdout, NO_RAW);
  });

  it('rncp referentiel on a FIFO or a device says why, without hanging', () => {
    const dir = temp([]);
    execFileSync('mkfifo', [path.join(dir, 'tube.yaml')]);
    const r = rncp(['referentiel', 'tube.yaml'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /ni un fichier lisible \(pas un fichier ordinaire \(un tube nommé \(FIFO\)\) : non lu\)/);
    assert.equal(rncp(['referentiel', '/dev/zero'], dir).status, 2);
  });
});
