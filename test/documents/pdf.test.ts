/**
 * The PDF (FORMAT.md §10): the HTML printed by the real Chromium, its text
 * read back with pdftotext and compared with the HTML's words. CI installs both
 * (Debian packages `chromium` and `poppler-utils`): a missing one fails the test
 * with its package's name, never skips it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { documentHtml } from '../../server/src/core/documents/html';
import { CHROMIUM_NAMES, findChromium, printPdf } from '../../server/src/documents/pdf';
import { candidate, grid } from '../core/documents/renderFixtures';
import { wordsDiff, wordsOf } from '../helpers/words';

const CHROMIUM = process.env.RNCP_CHROMIUM || '/usr/bin/chromium';

/** The path of a tool on the PATH, or a failure naming the Debian package that has it. */
function need(tool: string, pkg: string): string {
  const found = (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, tool)).find((f) => fs.existsSync(f));
  assert.ok(found, `${tool} not found on the PATH: install the Debian package ${pkg} (apt-get install ${pkg})`);
  return found;
}

function needChromium(): string {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} not found: install the Debian package chromium (apt-get install chromium), or set RNCP_CHROMIUM`);
  return CHROMIUM;
}

/** The text of a PDF, by pdftotext. */
function pdfText(bytes: Uint8Array): { text: string; pages: number } {
  const pdftotext = need('pdftotext', 'poppler-utils');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-pdftest-'));
  try {
    const file = path.join(dir, 'out.pdf');
    fs.writeFileSync(file, bytes);
    const r = spawnSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `pdftotext failed: ${r.stderr}`);
    return { text: r.stdout, pages: (r.stdout.match(/\f/g) ?? []).length };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The page size pdfinfo reads, in points. */
function pageSize(bytes: Uint8Array): { w: number; h: number; line: string } {
  const pdfinfo = need('pdfinfo', 'poppler-utils');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-pdftest-'));
  try {
    fs.writeFileSync(path.join(dir, 'g.pdf'), bytes);
    const info = spawnSync(pdfinfo, [path.join(dir, 'g.pdf')], { encoding: 'utf8' }).stdout;
    const m = info.match(/Page size:\s+([\d.]+) x ([\d.]+).*/)!;
    return { w: Number(m[1]), h: Number(m[2]), line: m[0] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function text(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(text).join('');
  return '';
}

function elements(node: HastRoot | Element): Element[] {
  return node.children.flatMap((c) => (c.type === 'element' ? [c, ...elements(c)] : []));
}

/**
 * pdftotext joins a word cut at a line's hyphen (`sous-` / `traitants` → `soustraitants`):
 * compounds are compared joined, on both sides.
 */
function joinHyphens(text: string): string {
  return text.replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1');
}

/** The words a printed page shows: the body's text and the numbers of its numbered lists' items. */
function printedWords(html: string): string[] {
  const all = elements(unified().use(rehypeParse).parse(html));
  const body = all.find((e) => e.tagName === 'body')!;
  const markers = all
    .filter((e) => e.tagName === 'ol')
    .flatMap((ol) => {
      const start = Number(ol.properties.start ?? 1);
      return ol.children.filter((c) => c.type === 'element' && c.tagName === 'li').map((_, i) => String(start + i));
    });
  return [...wordsOf(joinHyphens(text(body))), ...markers];
}

describe('documents: PDF', function () {
  this.timeout(120_000);

  it('prints the candidate’s subject: its words, A4, the annexes on pages of their own', async () => {
    const html = documentHtml(candidate, 'fr');
    const result = await printPdf(html, { chromium: needChromium() });
    assert.ok(result.ok, result.ok ? '' : result.message.en);
    assert.equal(Buffer.from(result.bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
    const { text: got, pages } = pdfText(result.bytes);
    assert.deepEqual(wordsDiff(wordsOf(joinHyphens(got)), printedWords(html)), { extra: [], missing: [] });
    const size = pageSize(result.bytes);
    assert.ok(Math.abs(size.w - 595) < 2 && Math.abs(size.h - 842) < 2, `A4 portrait: ${size.line}`);
    assert.ok(pages >= 3, `the two annexes start new pages (${pages} pages)`);
    const pageTexts = got.split('\f');
    assert.ok(pageTexts.some((p) => p.trimStart().startsWith('Annexe 1')), 'a page starts with Annexe 1');
    assert.ok(pageTexts.some((p) => p.trimStart().startsWith('Annexe 2')), 'a page starts with Annexe 2');
  });

  it('prints the grid in landscape', async () => {
    const html = documentHtml(grid, 'fr');
    const result = await printPdf(html, { chromium: needChromium() });
    assert.ok(result.ok, result.ok ? '' : result.message.en);
    const size = pageSize(result.bytes);
    assert.ok(size.w > size.h, `landscape: ${size.line}`);
    // The header row repeats on each page the grid spans: compare the words as a set.
    const got = new Set(wordsOf(joinHyphens(pdfText(result.bytes).text)));
    assert.deepEqual([...new Set(printedWords(html))].filter((w) => !got.has(w)), []);
    assert.deepEqual([...got].filter((w) => !printedWords(html).includes(w)), []);
  });

  it('finds Chromium: the one given, else RNCP_CHROMIUM, else the usual names on the PATH', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-chromium-'));
    try {
      const fake = (name: string) => {
        const f = path.join(dir, name);
        fs.writeFileSync(f, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
        return f;
      };
      const chrome = fake('google-chrome');
      assert.equal(findChromium({ env: { PATH: dir } }), chrome);
      const chromium = fake('chromium-browser');
      assert.equal(findChromium({ env: { PATH: `/nonexistent${path.delimiter}${dir}` } }), chromium, 'chromium-browser before google-chrome');
      const other = fake('my-chrome');
      assert.equal(findChromium({ env: { PATH: dir, RNCP_CHROMIUM: other } }), other);
      assert.equal(findChromium({ chromium: chrome, env: { PATH: dir, RNCP_CHROMIUM: other } }), chrome);
      assert.equal(findChromium({ env: { PATH: '/nonexistent' } }), undefined);
      assert.equal(findChromium({ env: { PATH: dir, RNCP_CHROMIUM: path.join(dir, 'missing') } }), undefined, 'a path given but wrong is not replaced by the PATH’s');
      fs.writeFileSync(path.join(dir, 'chromium'), 'not executable', { mode: 0o644 });
      assert.equal(findChromium({ env: { PATH: dir } }), chromium, 'a file without the x bit is not a Chromium');
      assert.deepEqual(CHROMIUM_NAMES, ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when no Chromium is found', async () => {
    const result = await printPdf('<!doctype html><p>x</p>', { env: { PATH: '/nonexistent' } });
    assert.deepEqual(result, {
      ok: false,
      message: { fr: 'aucun Chromium trouvé\u00a0: indiquer son chemin avec --chromium ou RNCP_CHROMIUM', en: 'no Chromium found: give its path with --chromium or RNCP_CHROMIUM' },
    });
  });

  it('says so when printing fails or takes too long, and leaves no temporary folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-chromium-'));
    try {
      const failing = path.join(dir, 'failing');
      fs.writeFileSync(failing, '#!/bin/sh\necho "boom: cannot print" >&2\nexit 3\n', { mode: 0o755 });
      const before = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('rncp-pdf-')).length;
      const r1 = await printPdf('<p>x</p>', { chromium: failing });
      assert.ok(!r1.ok);
      assert.match(r1.message.fr, /^impression PDF échouée \(.*failing\)\u00a0: boom: cannot print$/);
      assert.match(r1.message.en, /^PDF printing failed \(.*failing\): boom: cannot print$/);
      const slow = path.join(dir, 'slow');
      fs.writeFileSync(slow, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
      const t = Date.now();
      const r2 = await printPdf('<p>x</p>', { chromium: slow, timeoutMs: 500 });
      assert.ok(Date.now() - t < 10_000, 'killed on timeout');
      assert.ok(!r2.ok);
      assert.match(r2.message.en, /^PDF printing given up after 1 s/);
      assert.equal(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('rncp-pdf-')).length, before, 'temporary folders removed');
      // No temporary folder to write in: a message, no exception.
      const tmp = process.env.TMPDIR;
      process.env.TMPDIR = path.join(dir, 'missing');
      try {
        const r3 = await printPdf('<p>x</p>', { chromium: failing });
        assert.ok(!r3.ok);
        assert.match(r3.message.en, /^PDF printing failed: .*ENOENT/);
      } finally {
        if (tmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = tmp;
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
