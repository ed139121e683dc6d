/**
 * The exam documents' renderers (FORMAT.md §10), their outputs read back with
 * the formats' own readers: the HTML parsed by rehype-parse, the .docx unzipped
 * (jszip) and its XML checked, then turned back into text by mammoth, the CSV
 * by a small RFC 4180 parser. Each shows the document's words, and nothing else
 * but the renderer's few labels.
 */
import * as assert from 'node:assert/strict';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { gridCsv } from '../../../server/src/core/documents/csv';
import { renderDocument } from '../../../server/src/core/documents/render';
import type { ExamDocument } from '../../../server/src/core/documents/types';
import { wordsDiff, wordsOf } from '../../helpers/words';
import { candidate, GRID, grid } from './renderFixtures';

/** The words a reader should find in any format of a document: its Markdown's text, an image as "Image" and its alt text. */
export function markdownWords(markdown: string): string[] {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const tree = processor.runSync(processor.parse(markdown)) as MdastRoot;
  const parts: string[] = [];
  const walk = (node: { type: string; value?: string; alt?: string | null; children?: unknown[] }): void => {
    if (node.type === 'image') parts.push('Image', node.alt ?? '');
    else if (node.type === 'html') {
      if (!/^\s*<!--|^<br\s*\/?>$/i.test(node.value ?? '')) parts.push(node.value ?? '');
    } else if (typeof node.value === 'string') parts.push(node.value);
    for (const c of (node.children ?? []) as Array<typeof node>) walk(c);
  };
  walk(tree);
  return wordsOf(parts.join(' '));
}

/** Parses a standalone HTML page. */
function parseHtml(html: string): HastRoot {
  return unified().use(rehypeParse).parse(html);
}

/** Every element of a hast tree, depth first. */
function elements(node: HastRoot | Element): Element[] {
  return node.children.flatMap((c) => (c.type === 'element' ? [c, ...elements(c)] : []));
}

function text(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(text).join('');
  return '';
}

function assertSameWords(got: string[], expected: string[], what: string): void {
  const diff = wordsDiff(got, expected);
  assert.deepEqual(diff, { extra: [], missing: [] }, `${what}: words differ`);
}

async function html(doc: ExamDocument): Promise<string> {
  const out = await renderDocument(doc, 'html', 'fr');
  assert.equal(typeof out, 'string');
  return out as string;
}

async function docx(doc: ExamDocument): Promise<{ bytes: Uint8Array; zip: JSZip; xml: string }> {
  const bytes = await renderDocument(doc, 'docx', 'fr');
  assert.ok(bytes instanceof Uint8Array, 'docx gives bytes');
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { bytes, zip, xml };
}

/** A tiny RFC 4180 parser (any separator): the records, each a list of fields. */
function parseCsv(text: string, sep = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      assert.ok(c !== '\n' && c !== '\r' && c !== '"', `bare ${JSON.stringify(c)} at ${i} outside quotes`);
      field += c;
    }
  }
  assert.ok(!quoted, 'a quoted field is closed');
  assert.equal(field, '', 'the last record ends with CRLF');
  assert.equal(record.length, 0, 'the last record ends with CRLF');
  return records;
}

describe('documents: renderers', () => {
  describe('md', () => {
    it('gives the Markdown as is', async () => {
      assert.equal(await renderDocument(candidate, 'md', 'fr'), candidate.markdown);
    });
  });

  describe('html', () => {
    it('is one standalone page: doctype, lang, charset, one title, embedded CSS, no script nor external resource', async () => {
      const page = await html(candidate);
      assert.match(page, /^<!doctype html>/i);
      const tree = parseHtml(page);
      const all = elements(tree);
      const tag = (name: string) => all.filter((e) => e.tagName === name);
      assert.equal(tag('html').length, 1);
      assert.equal(tag('html')[0].properties.lang, 'fr');
      assert.ok(tag('meta').some((m) => m.properties.charSet === 'utf-8'), '<meta charset="utf-8">');
      assert.equal(tag('title').length, 1);
      assert.equal(text(tag('title')[0]), candidate.title);
      assert.equal(tag('style').length, 1);
      assert.deepEqual(tag('script'), []);
      assert.deepEqual(tag('link'), []);
      assert.deepEqual(tag('img'), [], 'an image is its alternative text: the page loads nothing');
      assert.deepEqual(all.filter((e) => e.properties.src !== undefined), []);
      assert.ok(!/url\(/.test(text(tag('style')[0])), 'no url() in the CSS');
    });

    it('has print CSS: A4 with 2 cm margins, a page break before each annex', async () => {
      const tree = parseHtml(await html(candidate));
      const style = text(elements(tree).find((e) => e.tagName === 'style')!);
      assert.match(style, /@page\s*\{\s*size:\s*A4;\s*margin:\s*2cm;?\s*\}/);
      assert.match(style, /\.page-break\s*\{[^}]*break-before:\s*page/);
      const breaks = elements(tree).filter((e) => Array.isArray(e.properties.className) && e.properties.className.includes('page-break'));
      assert.deepEqual(breaks.map((e) => text(e)), ['Annexe 1 — Organigramme', 'Annexe 2 — Données']);
    });

    it('breaks the page once before `Annexes` and the annex under it, not before the first heading', async () => {
      const doc: ExamDocument = { ...candidate, markdown: '# Annexes\n\nIntro.\n\n## Annexes\n\n### Annexe 1\n\nA.\n\n### Annexe 2\n\nB.\n\n## Annexer n’est pas une annexe\n' };
      const breaks = elements(parseHtml(await html(doc)))
        .filter((e) => Array.isArray(e.properties.className) && e.properties.className.includes('page-break'))
        .map((e) => `${e.tagName} ${text(e)}`);
      assert.deepEqual(breaks, ['h1 Annexes', 'h2 Annexes', 'h3 Annexe 2'], 'the first h1 is the first child: the CSS keeps it from breaking');
      const { xml } = await docx(doc);
      const paras = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]);
      const broken = paras.filter((p) => /<w:pageBreakBefore\/>/.test(p)).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)</g)].map((t) => t[1]).join(''));
      assert.deepEqual(broken, ['Annexes', 'Annexe 2']);
    });

    it('has accessible tables: every header cell scope="col"', async () => {
      const all = elements(parseHtml(await html(candidate)));
      const th = all.filter((e) => e.tagName === 'th');
      assert.equal(th.length, 3);
      assert.ok(th.every((e) => e.properties.scope === 'col'));
      assert.equal(all.filter((e) => e.tagName === 'thead').length, 1);
    });

    it('maps the Markdown onto HTML: headings, nested lists, quote, code, link, emphasis', async () => {
      const all = elements(parseHtml(await html(candidate)));
      const count = (name: string) => all.filter((e) => e.tagName === name).length;
      assert.equal(count('h1'), 1);
      assert.equal(count('h2'), 4);
      assert.equal(count('ol'), 3, 'the numbered list, its nested one, the list after the code');
      assert.equal(count('ul'), 2);
      assert.equal(count('blockquote'), 1);
      assert.equal(count('pre'), 1);
      assert.equal(count('del'), 1);
      assert.ok(all.some((e) => e.tagName === 'a' && e.properties.href === 'https://example.org/martin'));
      assert.equal(all.find((e) => e.tagName === 'ol' && e.properties.start !== undefined)?.properties.start, 4);
    });

    it('shows the Markdown’s words, and only them', async () => {
      const body = elements(parseHtml(await html(candidate))).find((e) => e.tagName === 'body')!;
      assertSameWords(wordsOf(text(body)), markdownWords(candidate.markdown), 'HTML body');
    });

    it('renders no HTML of the draft: tags shown as text, comments dropped', async () => {
      const doc: ExamDocument = { ...candidate, markdown: '# T\n\nUn <b onclick="x()">gras</b> ici <!-- caché -->\n\n<script>alert(1)</script>\n\n<div>bloc</div>\n' };
      const page = await html(doc);
      const all = elements(parseHtml(page));
      assert.deepEqual(all.filter((e) => ['script', 'b', 'div'].includes(e.tagName)), []);
      assert.ok(!page.includes('caché'), 'a comment is dropped');
      const body = text(all.find((e) => e.tagName === 'body')!);
      assert.match(body, /<b onclick="x\(\)">gras<\/b>/);
      assert.match(body, /<script>alert\(1\)<\/script>/);
    });

    it('titles the footnotes "Notes"', async () => {
      const all = elements(parseHtml(await html({ ...candidate, markdown: 'Voir la note[^1].\n\n[^1]: Source : Insee.\n' })));
      const section = all.find((e) => e.tagName === 'section')!;
      assert.equal(text(elements(section).find((e) => e.tagName === 'h2')!), 'Notes');
      assert.ok(!text(section).includes('Footnotes'));
    });

    it('renders <br> in a table cell as a line break, and nothing else of the HTML', async () => {
      const doc: ExamDocument = { ...candidate, markdown: '| a | b |\n|---|---|\n| un<br>deux | trois<br/>quatre <i>x</i> |\n' };
      const all = elements(parseHtml(await html(doc)));
      assert.equal(all.filter((e) => e.tagName === 'br').length, 2);
      assert.deepEqual(all.filter((e) => e.tagName === 'i'), []);
      const { xml, bytes } = await docx(doc);
      assert.equal((xml.match(/<w:br\/>/g) ?? []).length, 2);
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      assert.match(value, /un<br \/>deux/);
      assert.match(value, /&lt;i&gt;x&lt;\/i&gt;/);
    });

    it('escapes the title', async () => {
      const page = await html({ ...candidate, title: 'A </title><script>x</script> & B' });
      const all = elements(parseHtml(page));
      assert.equal(text(all.find((e) => e.tagName === 'title')!), 'A </title><script>x</script> & B');
      assert.deepEqual(all.filter((e) => e.tagName === 'script'), []);
    });

    it('prints the grid in landscape, its header cells scoped', async () => {
      const tree = parseHtml(await html(grid));
      const all = elements(tree);
      const style = text(all.find((e) => e.tagName === 'style')!);
      assert.match(style, /@page\s*\{\s*size:\s*A4 landscape/);
      const th = all.filter((e) => e.tagName === 'th');
      assert.equal(th.length, 18, 'two tables of nine columns');
      assert.ok(th.every((e) => e.properties.scope === 'col'));
      assert.equal(all.filter((e) => e.tagName === 'tbody').flatMap((b) => elements(b).filter((e) => e.tagName === 'tr')).length, GRID.rows.length);
      const body = all.find((e) => e.tagName === 'body')!;
      assertSameWords(wordsOf(text(body)), markdownWords(grid.markdown), 'grid HTML body');
    });
  });

  describe('docx', () => {
    it('is a Word file: title, French, heading styles, numbered lists with nested levels, header rows', async () => {
      const { zip, xml } = await docx(candidate);
      const core = await zip.file('docProps/core.xml')!.async('string');
      assert.ok(core.includes(`<dc:title>${candidate.title}</dc:title>`), 'the document title');
      const styles = await zip.file('word/styles.xml')!.async('string');
      assert.match(styles, /<w:lang w:val="fr-FR"/);
      for (const id of ['Heading1', 'Heading2']) assert.ok(xml.includes(`<w:pStyle w:val="${id}"/>`), id);
      assert.equal((xml.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length, 4);
      assert.ok((xml.match(/<w:numPr>/g) ?? []).length >= 10, 'list items are numbered paragraphs');
      assert.ok(xml.includes('<w:ilvl w:val="1"/>'), 'nested items on level 1');
      const numbering = await zip.file('word/numbering.xml')!.async('string');
      assert.match(numbering, /<w:numFmt w:val="decimal"\/>/);
      assert.match(numbering, /<w:numFmt w:val="bullet"\/>/);
      assert.match(numbering, /<w:start w:val="4"\/>/, 'the list after the code starts at 4, as in the Markdown');
      assert.equal((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g) ?? []).length, 1, 'one table, one header row');
      assert.equal((xml.match(/<w:pageBreakBefore\/>|<w:pageBreakBefore w:val="(true|1|on)"\/>/g) ?? []).length, 2, 'a page break before each annex');
      assert.match(xml, /w:orient="portrait"|<w:pgSz w:w="11906" w:h="16838"/);
      assert.ok(!xml.includes('w:orient="landscape"'));
      assert.match(xml, /<w:rFonts w:ascii="Courier New"/, 'code is monospaced');
      const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
      assert.ok(rels.includes('https://example.org/martin'), 'the link is a hyperlink');
      assert.match(xml, /<w:hyperlink /);
      assert.match(xml, /<w:ind w:left="720"/, 'the quote is indented');
    });

    it('reads back (mammoth) as the Markdown’s words', async () => {
      const { bytes } = await docx(candidate);
      const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      assert.deepEqual(messages.filter((m) => m.type === 'error'), []);
      assertSameWords(wordsOf(value), markdownWords(candidate.markdown), 'docx text');
    });

    it('reads back as HTML with headings, lists and a table', async () => {
      const { bytes } = await docx(candidate);
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      assert.match(value, /<h1>Étude de cas/);
      assert.equal((value.match(/<h2>/g) ?? []).length, 4);
      assert.match(value, /<ol><li>Présentez/);
      assert.match(value, /<ul><li>une action commerciale/);
      assert.match(value, /<table>/);
      assert.match(value, /<strong>Durée : 3 h<\/strong>/);
    });

    it('lays the grid out in landscape, one row per criterion under a repeated header row', async () => {
      const { bytes, xml } = await docx(grid);
      assert.match(xml, /w:orient="landscape"/);
      const size = xml.match(/<w:pgSz [^>]*>/)![0];
      const w = Number(size.match(/w:w="(\d+)"/)![1]);
      const h = Number(size.match(/w:h="(\d+)"/)![1]);
      assert.ok(w > h, `landscape page wider than high: ${size}`);
      assert.equal((xml.match(/<w:tr>|<w:tr /g) ?? []).length, GRID.rows.length + 2, 'ten criteria and two header rows');
      assert.equal((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g) ?? []).length, 2);
      for (const r of GRID.rows) assert.ok(xml.includes(`>${r.critere}<`), r.critere);
      // The jury's four empty columns get room to write in, at a fixed layout across the page.
      const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1].matchAll(/w:w="(\d+)"/g)].map((x) => Number(x[1])));
      assert.equal(grids.length, 2);
      for (const cols of grids) {
        assert.equal(cols.length, 9);
        assert.ok(cols.slice(5, 8).every((w) => w === cols[5] && w > 1000), `jury columns: ${cols.join(' ')}`);
        assert.ok(Math.abs(cols[8] - 2 * cols[5]) <= 1, `Observations, twice as wide: ${cols.join(' ')}`);
        assert.ok(Math.abs(cols.reduce((a, b) => a + b) - (16838 - 2 * 850)) < 20, `the page's width: ${cols.join(' ')}`);
      }
      assert.match(xml, /<w:tblLayout w:type="fixed"\/>/);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      assertSameWords(wordsOf(value), markdownWords(grid.markdown), 'grid docx text');
    });

    it('restarts numbering for each list and keeps a task list’s boxes', async () => {
      const doc: ExamDocument = { ...candidate, markdown: '1. a\n2. b\n\nTexte.\n\n1. c\n\n- [x] fait\n- [ ] à faire\n' };
      const { bytes, xml } = await docx(doc);
      const ids = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
      assert.equal(ids.length, 5);
      assert.equal(ids[0], ids[1]);
      assert.notEqual(ids[1], ids[2], 'the second list starts again');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      assert.match(value, /☒ fait/);
      assert.match(value, /☐ à faire/);
    });

    it('shows a draft’s HTML as text and drops its comments', async () => {
      const doc: ExamDocument = { ...candidate, markdown: 'Un <b>gras</b> <!-- caché -->\n\n<div>bloc</div>\n' };
      const { bytes } = await docx(doc);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      assert.match(value, /Un <b>gras<\/b>/);
      assert.match(value, /<div>bloc<\/div>/);
      assert.ok(!value.includes('caché'));
    });

    it('shows a footnote where it is defined, its label first, the reference in superscript', async () => {
      const doc: ExamDocument = { ...candidate, markdown: 'Voir la note[^src].\n\n[^src]: Source : Insee, 2024.\n' };
      const { bytes, xml } = await docx(doc);
      assert.match(xml, /<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">\[src\]<\/w:t>/);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      assert.match(value, /\[src\] Source : Insee, 2024\./);
    });

    it('renders an empty document', async () => {
      const { xml } = await docx({ ...candidate, markdown: '' });
      assert.match(xml, /<w:body>/);
    });
  });

  describe('csv', () => {
    it('is UTF-8 with a BOM, ; between fields, CRLF after each record, a header row', () => {
      const csv = gridCsv(GRID, 'fr');
      assert.ok(csv.startsWith('\ufeffBloc;Compétence;Critère;Texte;Questions;Points;Acquis;Partiellement acquis;Non acquis;Observations\r\n'));
      const records = parseCsv(csv.slice(1));
      assert.equal(records.length, GRID.rows.length + 1);
      assert.ok(records.every((r) => r.length === 10), 'ten fields per record');
      assert.deepEqual(records.slice(1).map((r) => r[2]), GRID.rows.map((r) => r.critere));
      assert.deepEqual(records[1], ['Bloc 1', 'C1.1 — Analyser l’environnement', 'C1.1.1', 'Les forces et les faiblesses sont identifiées', 'Dossier 1, question 2', '10', '', '', '', '']);
    });

    it('quotes a field holding ;, " or a line break, its quotes doubled', () => {
      const csv = gridCsv(GRID, 'fr');
      assert.ok(csv.includes(';"Le marché est décrit ; ses acteurs ""clés"" sont nommés\net classés";'));
      const records = parseCsv(csv.slice(1));
      assert.equal(records[2][3], GRID.rows[1].texte);
      assert.equal(records[2][4], 'Dossier 1, question 1\nDossier 1, question 2');
      assert.equal(records[2][5], '10\n10');
    });

    it('says a criterion no question assesses, writes French decimals, and English headers in English', () => {
      const fr = parseCsv(gridCsv(GRID, 'fr').slice(1));
      assert.equal(fr[4][4], 'non évalué dans ce sujet');
      assert.equal(fr[4][5], '');
      assert.equal(fr[8][5], '15,5');
      assert.equal(fr[9][5], '', 'a question without mark');
      const en = parseCsv(gridCsv(GRID, 'en').slice(1));
      assert.deepEqual(en[0], ['Block', 'Competency', 'Criterion', 'Text', 'Questions', 'Points', 'Acquired', 'Partly acquired', 'Not acquired', 'Remarks']);
      assert.equal(en[4][4], 'not assessed in this subject');
      assert.equal(en[8][5], '15.5');
    });

    it('renderDocument gives the grid’s CSV, and refuses a document without grid', async () => {
      assert.equal(await renderDocument(grid, 'csv', 'fr'), gridCsv(GRID, 'fr'));
      await assert.rejects(renderDocument(candidate, 'csv', 'fr'), /le format csv est réservé à la grille d’évaluation/);
      await assert.rejects(renderDocument(candidate, 'csv', 'en'), /the csv format is for the evaluation grid only/);
    });
  });
});
