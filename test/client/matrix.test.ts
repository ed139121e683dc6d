/** The matrix model, its HTML page and the CSV export, from the samples' real coverage. */
import * as assert from 'node:assert/strict';
import { buildMatrix } from '../../client/src/coveragePanel/matrixModel';
import { NO_FILTERS, renderMatrixHtml, type MatrixStrings } from '../../client/src/coveragePanel/matrixHtml';
import { matrixCsv } from '../../client/src/export/csv';
import { cleanPreviewHtml, reportPage } from '../../client/src/export/htmlPage';
import { pathOf, referentielInfo, sampleCoverage } from './samples';

const strings: MatrixStrings = {
  lang: 'fr', title: 'Matrice de couverture', subject: 'Sujet', modalite: 'Modalité', score: 'Score', bloc: 'Bloc', status: 'Statut',
  all: 'Tous', export: 'Exporter :', empty: 'Aucun sujet ne correspond.', noDrafts: 'Aucun sujet.', notAssessed: 'non évaluée', criteria: 'critères',
  statuses: { complete: 'complète', partielle: 'partielle', absente: 'absente', 'hors-modalite': 'hors modalité' },
  competencies: 'compétences', search: 'Chercher un sujet', totals: 'Complets', sortBy: 'cliquer pour trier',
  total: (id, complete, expected) => `${id}\u00a0: ${complete}/${expected} sujets complets`,
  phrase: (cell) => (cell.status === 'partielle' && cell.covered === 0 ? 'balisée, aucun critère visé' : `${cell.status} ${cell.covered ?? ''}/${cell.total ?? ''}`),
  addQuestion: (id) => `Ajouter une question pour ${id}`,
  problems: (errors, warnings) => `${errors} erreurs, ${warnings} avertissements`,
};
const words = { path: 'Sujet', titre: 'Titre', modalite: 'Modalité', summary: 'Score', status: strings.statuses };

describe('client: coverage matrix', () => {
  const drafts = sampleCoverage();
  const refs = new Map([['mdc-2023', referentielInfo()]]);

  it('has one row per draft and the 20 competencies grouped by the 4 blocs', () => {
    const m = buildMatrix(drafts, refs, pathOf);
    assert.equal(m.tables.length, 1);
    const [t] = m.tables;
    assert.deepEqual(t.groups.map((g) => g.bloc), ['B1', 'B2', 'B3', 'B4']);
    assert.deepEqual(t.groups.flatMap((g) => g.columns.map((c) => c.id)), Array.from({ length: 20 }, (_, i) => `C${i + 1}`));
    assert.deepEqual(t.rows.map((r) => r.path), drafts.map((d) => pathOf(d.uri)).sort());
  });

  it('gives each cell the draft’s status, hors-modalité included, and where to open it', () => {
    const t = buildMatrix(drafts, refs, pathOf).tables[0];
    const gaps = t.rows.find((r) => r.path === 'samples/m1-lacunes.cas.md')!;
    assert.equal(gaps.summary, 'M1 · 4/5 C · 10/22 crit.');
    assert.equal(gaps.status, 'absente');
    assert.equal(gaps.cells.C5.status, 'absente');
    assert.equal(gaps.cells.C5.at, undefined);
    assert.equal(gaps.cells.C2.status, 'partielle');
    assert.deepEqual([gaps.cells.C4.covered, gaps.cells.C4.total], [3, 8]);
    assert.equal(gaps.cells.C9.status, 'hors-modalite');
    assert.ok(gaps.cells.C9.at);
    assert.equal(gaps.cells.C12, undefined);
    const full = t.rows.find((r) => r.path === 'samples/m1-maison-verdier.cas.md')!;
    assert.equal(full.status, 'complete');
    assert.ok(['C1', 'C2', 'C3', 'C4', 'C5'].every((c) => full.cells[c].status === 'complete'));
  });

  it('falls back to the drafts’ own competencies when the référentiel is not described', () => {
    const t = buildMatrix(drafts, new Map(), pathOf).tables[0];
    assert.deepEqual(t.groups.map((g) => g.bloc), ['B1', 'B2', 'B3', 'B4']);
    assert.equal(t.groups.flatMap((g) => g.columns).length, 20);
  });

  it('renders a page with escaped texts, the filters in force and one cell per competency', () => {
    const evil = drafts.map((d, i) => (i === 0 ? { ...d, titre: '<script>alert(1)</script>' } : d));
    const html = renderMatrixHtml({ model: buildMatrix(evil, refs, pathOf), strings, filters: { ...NO_FILTERS, bloc: 'B2' }, nonce: 'N0NCE', cspSource: 'vscode-resource:' });
    assert.ok(!html.includes('<script>alert'), 'user text is escaped');
    assert.match(html, /<body data-bloc="B2" data-modalite="" data-status="">/);
    assert.match(html, /<option value="B2" selected>/);
    assert.match(html, /script-src 'nonce-N0NCE'/);
    assert.equal((html.match(/<tr data-modalite=/g) ?? []).length, drafts.length);
    assert.equal((html.match(/<td class="cell /g) ?? []).length, drafts.length * 20);
    assert.match(html, /data-status="absente" data-rank="0" data-uri="file:\/\/\/samples\/m1-lacunes.cas.md"/);
  });

  it('totals each competency over the drafts that expect it', () => {
    const t = buildMatrix(drafts, refs, pathOf).tables[0];
    // Two M1 drafts expect C1–C5: C1 complete in both, C5 only in maison-verdier.
    assert.deepEqual([t.totals.C1, t.totals.C5], [{ complete: 2, expected: 2 }, { complete: 1, expected: 2 }]);
    // C9: expected by the two M2 drafts (m1-lacunes tags it outside its modality, which does not count).
    assert.equal(t.totals.C9.expected, drafts.filter((d) => d.modalite?.id === 'M2').length);
    const html = renderMatrixHtml({ model: buildMatrix(drafts, refs, pathOf), strings, filters: NO_FILTERS, nonce: 'N', cspSource: 'c' });
    assert.match(html, /<tfoot>\n<tr><th class="draft corner" scope="row">Complets<\/th><td><\/td><td><\/td><td class="total" data-bloc="B1" title="C1\u00a0: 2\/2 sujets complets">2\/2<\/td>/);
  });

  it('shows titles (the file in the tooltip), readable scores, a mark on drafts with problems', () => {
    const t = buildMatrix(drafts, refs, pathOf).tables[0];
    const gaps = t.rows.find((r) => r.path === 'samples/m1-lacunes.cas.md')!;
    assert.deepEqual([gaps.errors, gaps.warnings], [0, 4]);
    const html = renderMatrixHtml({ model: buildMatrix(drafts, refs, pathOf), strings, filters: NO_FILTERS, nonce: 'N', cspSource: 'c' });
    const tr = html.split('\n').find((l) => l.includes('data-uri="file:///samples/m1-lacunes.cas.md" data-search'))!;
    assert.match(tr, /<th class="draft" scope="row"><a href="#" data-uri="[^"]+" title="samples\/m1-lacunes\.cas\.md">Décolletage Perrin — réorienter le portefeuille de marchés<\/a> <span class="problems" title="0 erreurs, 4 avertissements"/);
    assert.match(tr, /<td class="score" title="M1 · 4\/5 C · 10\/22 crit\.">4\/5 compétences<br>10\/22 critères<\/td>/);
  });

  it('offers the question to add on an absent cell, words partial ones, and is keyboard-driven', () => {
    const html = renderMatrixHtml({ model: buildMatrix(drafts, refs, pathOf), strings, filters: NO_FILTERS, nonce: 'N', cspSource: 'c' });
    assert.match(html, /<td class="cell absente" data-bloc="B1" data-comp="C5" data-status="absente" data-rank="0" data-uri="file:\/\/\/samples\/m1-lacunes\.cas\.md" data-fix="C5" title="C5 — Proposer la stratégie commerciale à la direction générale\u00a0: absente 0\/3 — Ajouter une question pour C5"/);
    assert.match(html, /data-comp="C2" data-status="partielle"[^>]* title="C2 — [^"]*\u00a0: balisée, aucun critère visé"/);
    // Sortable headers are buttons; a search box; the table scrolls in its own box with sticky headers and subject column.
    assert.equal((html.match(/<button type="button" class="sort" data-sort=/g) ?? []).length, 3 + 20);
    assert.match(html, /<input type="search" id="f-search"/);
    assert.match(html, /thead th \{ position: sticky;/);
    assert.match(html, /th\.draft \{ position: sticky; left: 0;/);
    assert.match(html, /ArrowDown/);
  });

  it('exports the matrix as semicolon CSV with a BOM, status words and criteria counts', () => {
    const csv = matrixCsv(buildMatrix(drafts, refs, pathOf), words);
    assert.ok(csv.startsWith('\uFEFFSujet;Titre;Modalité;Score;C1;C2;'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, drafts.length + 1);
    const gaps = lines.find((l) => l.startsWith('samples/m1-lacunes.cas.md;'))!.split(';');
    assert.equal(gaps[3], 'M1 · 4/5 C · 10/22 crit.');
    assert.equal(gaps[4 + 4], 'absente 0/3', 'C5');
    assert.equal(gaps[4 + 3], 'partielle 3/8', 'C4');
    assert.equal(gaps[4 + 8], 'hors modalité', 'C9');
    assert.equal(gaps[4 + 11], '', 'C12 is neither expected nor tagged');
  });

  it('quotes CSV fields and neutralises formulas', () => {
    const d = { ...drafts[0], titre: '=HYPERLINK("x";"y")' };
    const csv = matrixCsv(buildMatrix([d], refs, pathOf), words);
    assert.ok(csv.includes(`;"'=HYPERLINK(""x"";""y"")";`));
  });

  it('strips the preview-only markup from the HTML export and escapes the page title', () => {
    const rendered = '<span id="markdown-mermaid" aria-hidden="true" data-config="{}"></span>\n\t\t\t\t<h1 data-line="0" class="code-line" dir="auto" id="r">Rapport</h1>\n<table data-line="10" class="code-line" dir="auto">';
    assert.equal(cleanPreviewHtml(rendered), '<h1 id="r">Rapport</h1>\n<table>');
    assert.match(reportPage('<p>x</p>', 'A <b> & c', 'fr'), /<title>A &lt;b&gt; &amp; c<\/title>/);
  });
});
