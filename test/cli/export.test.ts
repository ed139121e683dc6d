/**
 * `rncp export` (FORMAT.md §10), the built CLI run as a process: beside the
 * draft, --out-dir, -o, many drafts at once, never over an existing file
 * without --force nor over a draft even with it, blocked by an unclosed
 * container, exit statuses as `rncp check` (1 a problem of a draft, 2 usage or I/O).
 * Only md is rendered on this branch; html, docx, csv and pdf are the renderers'.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { built } from '../helpers/built';
import { ROOT } from '../helpers/core';
import { checkNoLeak } from '../documents/noLeak';
import { wordingProblems } from '../tidy/wording';

function rncp(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [built('server/out/cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const M1 = fs.readFileSync(path.join(ROOT, 'samples/m1-maison-verdier.cas.md'), 'utf8');
const SMALL = '---\nmodalite: M1\ntitre: "Petit"\n---\n\n1. Question {C1.1} (2 points)\n\n   :::corrige\n   Réponse secrète\n   :::\n';
const OPEN = '---\nmodalite: M1\n---\n\n1. Question {C1.1}\n\n:::jury\njamais fermé\n';
const TODO = '---\nmodalite: M1\n---\n\n1. [à rédiger] {C1.1}\n';

function dir(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-export-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    fs.writeFileSync(path.join(d, name), content);
  }
  return d;
}

describe('rncp export (process)', () => {
  it('writes the candidate’s subject in Markdown beside the draft by default, with no tag and nothing of the answer key', () => {
    const d = dir({ 'm1.cas.md': M1 });
    const r = rncp(['export', 'm1.cas.md'], d);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'm1.candidat.md\n');
    const out = fs.readFileSync(path.join(d, 'm1.candidat.md'), 'utf8');
    assert.doesNotMatch(out, /\{C|:::/);
    checkNoLeak(M1, out);
  });

  it('writes the correctors’ file and the grid, in French or English', () => {
    const d = dir({ 'sujet.cas.md': SMALL });
    assert.equal(rncp(['export', 'sujet.cas.md', '--version', 'correcteur'], d).status, 0);
    assert.match(fs.readFileSync(path.join(d, 'sujet.correcteur.md'), 'utf8'), /> \*\*Éléments de réponse\u00a0:\*\*\n   >\n   > Réponse secrète\n/);
    assert.equal(rncp(['export', 'sujet.cas.md', '--version', 'grille', '--lang', 'en'], d).status, 0);
    assert.match(fs.readFileSync(path.join(d, 'sujet.grille.md'), 'utf8'), /^# Evaluation grid — Petit\n/);
  });

  it('many drafts at once into --out-dir; -o for one draft only', () => {
    const d = dir({ 'a.cas.md': SMALL, 'sous/b.md': SMALL, 'out/.keep': '' });
    const r = rncp(['export', 'a.cas.md', 'sous/b.md', '--out-dir', 'out'], d);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'out/a.candidat.md\nout/b.candidat.md\n');
    assert.ok(fs.existsSync(path.join(d, 'out/b.candidat.md')));
    const o = rncp(['export', 'a.cas.md', '-o', 'sujet-candidat.md'], d);
    assert.equal(o.status, 0, o.stderr);
    assert.ok(fs.existsSync(path.join(d, 'sujet-candidat.md')));
    const two = rncp(['export', 'a.cas.md', 'sous/b.md', '-o', 'x.md'], d);
    assert.equal(two.status, 2);
    assert.match(two.stderr, /-o ne prend qu’un seul brouillon/);
    assert.equal(rncp(['export', 'a.cas.md', '--out-dir', 'absent'], d).status, 2);
  });

  it('never replaces an existing file without --force, and a draft never, even with it', () => {
    const d = dir({ 'a.cas.md': SMALL, 'a.candidat.md': 'à moi\n', 'autre.md': '---\nmodalite: M2\n---\nUn autre sujet.\n' });
    const r = rncp(['export', 'a.cas.md'], d);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^rncp\u00a0: a\.cas\.md\u00a0: a\.candidat\.md existe déjà\u00a0: ajoutez --force pour le remplacer\n$/);
    assert.equal(fs.readFileSync(path.join(d, 'a.candidat.md'), 'utf8'), 'à moi\n');
    assert.equal(rncp(['export', 'a.cas.md', '--force'], d).status, 0);
    assert.match(fs.readFileSync(path.join(d, 'a.candidat.md'), 'utf8'), /^# Petit\n/);
    for (const target of ['autre.md', 'a.cas.md', 'nouveau.cas.md']) {
      const w = rncp(['export', 'a.cas.md', '-o', target, '--force'], d);
      assert.equal(w.status, 2, target);
      assert.match(w.stderr, /brouillon de sujet/, target);
    }
    assert.equal(fs.readFileSync(path.join(d, 'autre.md'), 'utf8'), '---\nmodalite: M2\n---\nUn autre sujet.\n');
    assert.equal(fs.readFileSync(path.join(d, 'a.cas.md'), 'utf8'), SMALL);
    assert.ok(!fs.existsSync(path.join(d, 'nouveau.cas.md')));
  });

  it('does not write a draft with a container never closed (status 1), warns of placeholders', () => {
    const d = dir({ 'open.cas.md': OPEN, 'todo.cas.md': TODO });
    const r = rncp(['export', 'open.cas.md', 'todo.cas.md'], d);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, 'todo.candidat.md\n');
    assert.ok(!fs.existsSync(path.join(d, 'open.candidat.md')));
    assert.match(r.stderr, /^rncp\u00a0: open\.cas\.md\u00a0: document non écrit\u00a0: ligne 7\u00a0: Bloc jury \(:::jury\) jamais fermé/m);
    assert.match(r.stderr, /^rncp\u00a0: todo\.cas\.md\u00a0: attention\u00a0: le sujet contient encore un \[à rédiger\] \(ligne 5\)$/m);
    const en = rncp(['export', 'open.cas.md', '--lang', 'en'], d);
    assert.match(en.stderr, /^rncp: open\.cas\.md: document not written: line 7: Jury block/m);
  });

  it('usage and I/O errors exit 2 with a message', () => {
    const d = dir({ 'a.cas.md': SMALL, 'notes.md': '# Notes\n' });
    const cases: [string[], RegExp][] = [
      [['export'], /aucun brouillon à exporter/],
      [['export', 'a.cas.md', '--format', 'csv'], /le format csv n’existe que pour la grille/],
      [['export', 'a.cas.md', '--format', 'xml'], /--format attend md, html, docx, pdf, csv/],
      [['export', 'a.cas.md', '--version', 'eleve'], /--version attend candidat, correcteur, grille/],
      [['export', 'a.cas.md', '-o', 'x.md', '--out-dir', '.'], /-o et --out-dir s’excluent/],
      [['export', 'absent.cas.md'], /absent\.cas\.md\u00a0: fichier non lu/],
      [['export', 'notes.md'], /notes\.md\u00a0: n’est pas un brouillon de sujet/],
      [['export', 'a.cas.md', '--lang', 'de'], /--lang attend fr ou en/],
      [['export', 'a.cas.md', '--bogus'], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const r = rncp(args, d);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.deepEqual(wordingProblems(r.stderr.split('\n\n')[0]), [], r.stderr);
    }
    assert.deepEqual(fs.readdirSync(d).sort(), ['a.cas.md', 'notes.md']);
  });

  it('is in the help', () => {
    const d = dir({});
    assert.match(rncp(['--help'], d).stdout, /rncp export FICHIER\.\.\. \[--version candidat\|correcteur\|grille\]/);
    assert.match(rncp(['--help', '--lang', 'en'], d).stdout, /rncp export FILE\.\.\. \[--version candidat\|correcteur\|grille\]/);
    assert.equal(rncp(['export', '--help'], d).status, 0);
  });
});

describe('rncp export: every format (process)', () => {
  it('writes a standalone HTML page, a Word file and a PDF with no tag, answer key or jury note, and the grid as CSV', async () => {
    const JSZip = (await import('jszip')).default;
    // HTML and Word number ordered lists themselves: their text has no "1.", so the draft is read as bullets.
    const bullets = M1.replace(/^( *)\d\. /gm, '$1- ');
    const mammoth = await import('mammoth');
    const d = dir({ 'm1.cas.md': M1 });
    const html = rncp(['export', 'm1.cas.md', '--format', 'html'], d);
    assert.equal(html.status, 0, html.stderr);
    const page = fs.readFileSync(path.join(d, 'm1.candidat.html'), 'utf8');
    assert.match(page, /^<!doctype html>/i);
    assert.doesNotMatch(page, /\{C\d|:::|<script/);
    // The page's text, tags stripped, against the draft: nothing hidden shows, nothing else is lost.
    checkNoLeak(bullets, page.replace(/<style[\s\S]*?<\/style>/, '').replace(/<title>[\s\S]*?<\/title>/, '').replace(/<[^>]+>/g, ' ').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&(amp|lt|gt|quot);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e as 'amp']) ?? '', { markdown: false });

    const docx = rncp(['export', 'm1.cas.md', '--format', 'docx'], d);
    assert.equal(docx.status, 0, docx.stderr);
    const bytes = fs.readFileSync(path.join(d, 'm1.candidat.docx'));
    assert.equal(bytes.subarray(0, 2).toString(), 'PK');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    assert.match(xml, /w:pStyle w:val="Heading1"/);
    assert.match(xml, /<w:numPr>/);
    checkNoLeak(bullets, (await mammoth.extractRawText({ buffer: bytes })).value, { markdown: false });

    const csv = rncp(['export', 'm1.cas.md', '--version', 'grille', '--format', 'csv'], d);
    assert.equal(csv.status, 0, csv.stderr);
    const grid = fs.readFileSync(path.join(d, 'm1.grille.csv'), 'utf8');
    assert.equal(grid.charCodeAt(0), 0xfeff);
    // A header row and one row per criterion of M1 (22), each ending with CRLF.
    assert.equal(grid.match(/\r\nB\d;C\d+ — [^;]*;C\d+\.\d+;/g)?.length, 22);

    const pdf = rncp(['export', 'm1.cas.md', '--version', 'grille', '--format', 'pdf'], d);
    assert.equal(pdf.status, 0, pdf.stderr);
    assert.equal(fs.readFileSync(path.join(d, 'm1.grille.pdf')).subarray(0, 5).toString(), '%PDF-');
    const none = rncp(['export', 'm1.cas.md', '--format', 'pdf', '--chromium', '/nulle/part/chromium', '-o', 'x.pdf'], d);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Chromium/);
    assert.equal(fs.existsSync(path.join(d, 'x.pdf')), false);
  });
});
