import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostic';
import { ROOT } from '../helpers/core';
import { built } from '../helpers/built';
import { wordingProblems } from '../tidy/wording';

/** Runs the built CLI as a process. */
function rncp(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [built('server/out/cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const CLEAN = '---\nmodalite: M2\n---\n# Sujet\n\n- {C6.1 C6.2 C6.3 C6.4 C6.5 C6.6}\n- {C7.1, C7.2, C7.3, C7.4}\n- {C8.1 C8.2 C8.3} {C9.1 C9.2}\n';
const WARN = '---\nmodalite: M2\n---\n# Sujet {C6-C9}\n';
const ERR = '---\nmodalite: M2\n---\n# Sujet {C21}\n';

describe('rncp check (process)', () => {
  it('reports every sample in French text with coverage and totals', () => {
    const r = rncp(['check', 'samples']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^samples\/m2-lacunes\.cas\.md:15:18 {2}erreur {2}Plage invalide C9-C6 : le début est après la fin \(écrire C6-C9\)\. {2}\[plage-invalide\]$/m);
    assert.match(r.stdout, /^ {2}samples\/m1-maison-verdier\.cas\.md {2}M1 · 5\/5 compétences · 22\/22 critères · 20\/20 points {2}\(complet\)$/m);
    assert.match(r.stdout, /^ {2}samples\/m1-lacunes\.cas\.md {2}M1 · 4\/5 compétences · 10\/22 critères · 20\/20 points {2}\(C5 absente ; C2, C4 partielles\)$/m);
    assert.match(r.stdout, /^ {2}samples\/m4-lacunes\.cas\.md {2}M4 · 4\/6 compétences · 11\/18 critères · 19\/20 points {2}\(/m);
    assert.match(r.stdout, /^8 brouillons · \d+ erreurs · \d+ avertissements · \d+ informations · 0 suggestion$/m);
    assert.doesNotMatch(r.stdout, /notes-jury|README/, 'non-drafts are not reported');
  });

  it('speaks English with --lang en', () => {
    const r = rncp(['check', 'samples/m4-lacunes.cas.md', '--lang', 'en']);
    assert.match(r.stdout, /warning {2}Competency C19 is not assessed: “Accompagner les équipes lors de changements” \(expected by M4\)\. {2}\[competence-manquante\]/);
    assert.match(r.stdout, /M4 · 4\/6 competencies · 11\/18 criteria · 19\/20 points {2}\(C19, C20 missing; C17 partial\)/);
  });

  it('prints the JSON shape of the contract, 1-based with exclusive end columns', () => {
    const r = rncp(['check', 'samples/m2-lacunes.cas.md', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    assert.equal(json.files.length, 1);
    const f = json.files[0];
    assert.deepEqual(Object.keys(f), ['path', 'referentiel', 'modalite', 'diagnostics', 'coverage', 'points', 'duree']);
    assert.deepEqual(f.points, { total: 20, bareme: 20 });
    assert.deepEqual(f.duree, { minutes: 240, marques: null });
    assert.deepEqual(f.coverage.map((c: { points: number }) => c.points), [8, 5, 0, 6]);
    assert.equal(f.referentiel, 'mdc-2023');
    assert.equal(f.modalite, 'M2');
    const range = f.diagnostics.find((d: { code: string }) => d.code === 'plage-invalide');
    assert.deepEqual(range, { code: 'plage-invalide', severity: 'error', message: range.message, line: 15, column: 18, endLine: 15, endColumn: 23 });
    assert.deepEqual(f.coverage.map((c: { id: string; status: string }) => `${c.id}:${c.status}`), ['C6:partielle', 'C7:complete', 'C8:absente', 'C9:complete']);
    assert.deepEqual(f.coverage[3].criteres, [{ id: 'C9.1', covered: true }, { id: 'C9.2', covered: true }]);
  });

  it('prints a Markdown report with a per-draft table and the matrix by bloc', () => {
    const r = rncp(['check', 'samples', '--format', 'markdown']);
    assert.match(r.stdout, /^# Rapport de couverture RNCP$/m);
    assert.match(r.stdout, /^\| C5 — Proposer la stratégie commerciale à la direction générale \| ✘ absente, non balisée \| — \| C5\.1, C5\.2, C5\.3 \| 0 pt \(0\u00a0%\) \|$/m);
    assert.match(r.stdout, /^\*\*Points\*\*\u00a0: 19 sur 20 points annoncés · \*\*Durée\*\*\u00a0: 3 h 15 dans le sujet pour 3 h d’épreuve$/m);
    assert.match(r.stdout, /^Établi le \d{1,2} \S+ \d{4} · Référentiel\u00a0: \*\*Manager du développement commercial\*\* \(Référentiel 2023\)$/m);
    assert.match(r.stdout, /^## Avis du jury$/m);
    // Printed errors, text symbols (emoji vanish on paper and on machines without their font).
    assert.doesNotMatch(r.stdout, /<details>|[✅🟡❌]|\uFE0F/u);
    assert.match(r.stdout, /^### B1 — Elaborer la stratégie commerciale de l'entreprise$/m);
    assert.match(r.stdout, /^\| samples\/m1-lacunes\.cas\.md \| M1 \| ✔ \| ◐ \| ✔ \| ◐ \| ✘ \|$/m);
    assert.match(r.stdout, /^\| samples\/m1-lacunes\.cas\.md \| M1 \| · \| · \| · \| ⚠ \|$/m, 'C9 outside M1 shows in the B2 matrix');
  });

  it('exits 0 on a clean draft, 0 with warnings, 1 past --max-warnings, 1 on an error', () => {
    const dir = tmpDir({ 'clean.cas.md': CLEAN, 'warn.cas.md': WARN, 'err.cas.md': ERR });
    assert.equal(rncp(['check', 'clean.cas.md'], dir).status, 0);
    assert.equal(rncp(['check', 'warn.cas.md'], dir).status, 0);
    assert.equal(rncp(['check', 'warn.cas.md', '--max-warnings', '0'], dir).status, 0, 'no warning: critere-manquant is information');
    const dir2 = tmpDir({ 'w.cas.md': '---\nmodalite: M2\n---\n# Sujet {C6}\n' });
    assert.equal(rncp(['check', 'w.cas.md', '--max-warnings', '3'], dir2).status, 0);
    assert.equal(rncp(['check', 'w.cas.md', '--max-warnings', '2'], dir2).status, 1);
    assert.equal(rncp(['check', 'err.cas.md'], dir).status, 1);
  });

  it('reports a draft over --max-file-size as one analyse-incomplete on line 1, and refuses a bad value', () => {
    const dir = tmpDir({ 'big.cas.md': `---\nmodalite: M1\n---\n${'x'.repeat(5000)}\n`, 'err.cas.md': ERR });
    const r = rncp(['check', '.', '--max-file-size', '1000', '--format', 'json'], dir);
    assert.equal(r.status, 1, r.stderr);
    const files = JSON.parse(r.stdout).files;
    assert.deepEqual(files.map((f: { path: string; diagnostics: { code: string; line: number; column: number; endColumn: number }[] }) => [f.path, f.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}-${d.endColumn}`)]), [
      ['big.cas.md', ['analyse-incomplete 1:1-4']],
      ['err.cas.md', [...Array(4).fill('competence-manquante 2:11-13'), 'competence-inconnue 4:10-13']],
    ]);
    assert.match(rncp(['check', '.', '--max-file-size', '1000'], dir).stdout, /big\.cas\.md:1:1 {2}erreur {2}Analyse incomplète : fichier trop volumineux \(5,0 Ko, limite 1,0 Ko\)/);
    const bad = rncp(['check', '.', '--max-file-size', '1e3'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--max-file-size attend un nombre d’octets/);
  });

  it('reports an unresolved YAML alias as frontmatter-invalide and still prints the other files', () => {
    const dir = tmpDir({ 'a.cas.md': '---\nmodalite: M1\ntitre: *Important*\n---\n# S {C1}\n', 'err.cas.md': ERR });
    const r = rncp(['check', '.'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^a\.cas\.md:3:8 {2}erreur {2}Front matter YAML invalide : alias \*Important\* sans ancre/m);
    assert.match(r.stdout, /^err\.cas\.md:4:10 {2}erreur {2}Compétence inconnue C21/m);
  });

  it('exits 2 with a message (no stack) on a missing path, and still reports the others', () => {
    const dir = tmpDir({ 'err.cas.md': ERR });
    const r = rncp(['check', 'absent.cas.md', 'err.cas.md'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /absent\.cas\.md\u00a0: chemin introuvable/);
    assert.doesNotMatch(r.stderr, /\bat \S+:\d+:\d+/);
    assert.match(r.stdout, /err\.cas\.md:4:10 {2}erreur {2}Compétence inconnue C21/);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(rncp(['check', '--format', 'xml']).status, 2);
    assert.equal(rncp(['check', '--lang', 'de']).status, 2);
    assert.equal(rncp(['check', '--max-warnings', 'beaucoup']).status, 2);
    assert.equal(rncp(['frobnicate']).status, 2);
    assert.equal(rncp(['check', '--nope']).status, 2);
    assert.equal(rncp(['--help']).status, 0);
  });

  it('says so when a folder holds no draft, skips node_modules and dot-folders', () => {
    const dir = tmpDir({ 'README.md': '# Notes {C3}\n', 'node_modules/x/a.cas.md': ERR, '.git/b.cas.md': ERR });
    const r = rncp(['check', '.'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /aucun brouillon trouvé dans \./);
    assert.equal(r.stdout, '');
  });

  it('reads odd encodings and skips binary drafts with a message', () => {
    const latin1 = Buffer.from('---\nmodalite: M1\n---\n# Étude {C21}\n', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\nmodalite: M1\n---\n# É {C22}\n', 'utf16le')]);
    const dir = tmpDir({ 'a.cas.md': latin1, 'b.cas.md': utf16, 'c.cas.md': Buffer.from([0, 1, 2, 3]) });
    const r = rncp(['check', '.'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /a\.cas\.md:4:10 {2}erreur {2}Compétence inconnue C21/);
    assert.match(r.stdout, /b\.cas\.md:4:6 {2}erreur {2}Compétence inconnue C22/);
    assert.match(r.stderr, /a\.cas\.md\u00a0: encodage non UTF-8\u00a0: lu en/);
    assert.match(r.stderr, /c\.cas\.md\u00a0: contenu binaire \(octets nuls\)\u00a0: non analysé/);
  });

  it('prints SARIF 2.1.0 that Microsoft\'s validator accepts', function () {
    this.timeout(180_000);
    const r = rncp(['check', 'samples', '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.rules.length, DIAGNOSTIC_CODES.length);
    assert.equal(log.runs[0].tool.driver.rules[9].help.text, 'Chaque compétence de la modalité doit être évaluée par au moins une question balisée.');
    const res = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'plage-invalide');
    assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 15, startColumn: 18, endLine: 15, endColumn: 23 });
    const dir = tmpDir({ 'out.sarif': r.stdout });
    const bin = path.join(ROOT, 'node_modules/@microsoft/sarif-multitool/bin.js');
    const v = spawnSync(process.execPath, [bin, 'validate', path.join(dir, 'out.sarif')], { encoding: 'utf8', timeout: 170_000 });
    assert.equal(v.status, 0, v.stdout + v.stderr);
    assert.doesNotMatch(v.stdout, /: error /, v.stdout);
    assert.match(v.stdout, /Analysis completed successfully/);
  });
});

describe('rncp referentiel (process)', () => {
  it('prints the JSON of the bundled référentiel', () => {
    const r = rncp(['referentiel', '--json']);
    assert.equal(r.status, 0);
    const ref = JSON.parse(r.stdout);
    assert.equal(ref.id, 'mdc-2023');
    assert.equal(ref.blocs.length, 4);
    assert.deepEqual(ref.blocs[0].activites, ['A1', 'A2']);
    assert.equal(ref.competences.length, 20);
    assert.equal(ref.competences.reduce((n: number, c: { criteres: unknown[] }) => n + c.criteres.length, 0), 79);
    assert.deepEqual(ref.competences[10].criteres[0].id, 'C11.1');
    assert.equal(ref.competences[10].modalite, 'M3');
    assert.deepEqual(ref.modalites.map((m: { competences: string[] }) => m.competences.length), [5, 4, 5, 6]);
  });
  it('lists it for people, and loads a file with positioned errors', () => {
    assert.match(rncp(['referentiel']).stdout, /^ {2}C14 {2}Elaborer et mettre en œuvre une stratégie de négociation adaptée à une affaire en cours {2}\[M3 · 5 critères\]$/m);
    const dir = tmpDir({ 'r.yaml': 'id: x\ntitre: X\nblocs: []\nactivites: []\ncompetences: []\nmodalites: []\nid: y\n' });
    const r = rncp(['referentiel', 'r.yaml'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /r\.yaml:7:1 {2}erreur {2}YAML invalide/);
    assert.equal(rncp(['referentiel', 'nope']).status, 2);
  });
});

describe('rncp check: French typography on stderr', () => {
  it('writes its French messages with no-break spaces, typographic apostrophes and guillemets', () => {
    const dir = tmpDir({
      'a.cas.md': Buffer.from('---\nmodalite: M1\n---\n# \xe9t\xe9 {C1}\n', 'latin1'),
      'c.cas.md': Buffer.from([0x2d, 0x2d, 0x2d, 0, 0, 0]),
      'vide/notes.md': '# notes\n',
    });
    const lines = [
      rncp(['check', 'absent.cas.md', '.'], dir),
      rncp(['check', '--format', 'pdf', '.'], dir),
      rncp(['check', '--max-warnings', '-1', '.'], dir),
      rncp(['check', '--max-file-size', 'douze', '.'], dir),
      rncp(['verifier'], dir),
      rncp(['check', 'vide'], dir),
      rncp(['referentiel', 'inconnu.yaml'], dir),
    ].flatMap((r) => r.stderr.split('\n').filter((l) => l.startsWith('rncp')));
    assert.ok(lines.length >= 8, lines.join('\n'));
    const bad = lines.flatMap((l) => wordingProblems(l).map((p) => `${p} — ${l}`));
    assert.deepEqual(bad, []);
  });
});
