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
  points: 'Points',
  subjectPoints: (row) => (row.points.total === undefined ? '' : `${row.points.total} points sur ${row.points.bareme ?? '?'} annoncés`),
  blocPoints: (bloc) => `Points du bloc ${bloc}`,
  pointsShare: (points, share) => `${points} points, soit ${Math.round(share * 100)}\u00a0% des points du sujet`,
  shareBefore: 'Compétences sous', shareAfter: '% des points', shareLabel: 'Mettre en évidence les compétences sous cette part des points du sujet (en pourcentage)',
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
    assert.match(html, /<tfoot>\n<tr><th class="draft corner" scope="row">Complets<\/th><td><\/td><td><\/td><td><\/td><td class="total" data-bloc="B1" title="C1\u00a0: 2\/2 sujets complets">2\/2<\/td>/);
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
    assert.match(html, /data-comp="C2" data-status="partielle"[^>]* title="C2 — [^"]*\u00a0: balisée, aucun critère visé · 0 points, soit 0\u00a0% des points du sujet"/);
    // Sortable headers are buttons; a search box; the table scrolls in its own box with sticky headers and subject column.
    assert.equal((html.match(/<button type="button" class="sort" data-sort=/g) ?? []).length, 4 + 20 + 4, 'subject, modality, score, points; C1–C20; the 4 blocs’ points');
    assert.match(html, /<input type="search" id="f-search"/);
    assert.match(html, /thead th \{ position: sticky;/);
    assert.match(html, /th\.draft \{ position: sticky; left: 0;/);
    assert.match(html, /ArrowDown/);
  });

  it('gives each cell of a draft with marks its points and share, each row its bloc points and its total', () => {
    const t = buildMatrix(drafts, refs, pathOf).tables[0];
    const gaps = t.rows.find((r) => r.path === 'samples/m4-lacunes.cas.md')!;
    assert.deepEqual(gaps.points, { total: 19, bareme: 20 });
    assert.deepEqual(gaps.duree, { minutes: 180, marques: 195 });
    assert.deepEqual(['C15', 'C16', 'C17', 'C19'].map((c) => gaps.cells[c].points), [8.5, 2.5, 3, 0]);
    assert.equal(gaps.cells.C17.share, 3 / 19);
    assert.deepEqual(gaps.blocPoints, { B4: { points: 19, share: 1 } });
    const full = t.rows.find((r) => r.path === 'samples/m1-maison-verdier.cas.md')!;
    assert.deepEqual(full.points, { total: 20, bareme: 20 });
    assert.deepEqual(['C1', 'C2', 'C3', 'C4', 'C5'].map((c) => full.cells[c].share), [0.15, 0.2, 0.2, 0.3, 0.15]);
    // Outside the modality: no points of its own.
    const m1 = t.rows.find((r) => r.path === 'samples/m1-lacunes.cas.md')!;
    assert.equal(m1.cells.C9.points, undefined);
  });

  it('shows the points under each status, a points column per bloc and the subject’s total against its barème', () => {
    const html = renderMatrixHtml({ model: buildMatrix(drafts, refs, pathOf), strings, filters: NO_FILTERS, nonce: 'N', cspSource: 'c' });
    const tr = html.split('\n').find((l) => l.includes('data-uri="file:///samples/m4-lacunes.cas.md" data-search'))!;
    assert.match(tr, /data-points="19">/);
    assert.match(tr, /<td class="points off" title="19 points sur 20 annoncés">19\/20<\/td>/, 'under its barème: marked');
    assert.match(tr, /<td class="cell complete" data-bloc="B4" data-comp="C15" [^>]* title="C15 — [^"]*\u00a0: complete \d+\/\d+ · 8\.5 points, soit 45\u00a0% des points du sujet" data-points="8\.5" data-share="0\.4473684210526316"[^>]*>✔<small class="pts">8,5 pts<\/small><\/td>/);
    assert.match(tr, /data-comp="C17" data-status="partielle"[^>]*>◐<small>1\/3<\/small><small class="pts">3 pts<\/small><\/td>/);
    assert.match(tr, /data-comp="C19" data-status="absente"[^>]*>✘<small class="pts">0 pt<\/small><\/td>/);
    assert.match(tr, /<td class="bloc-total" data-bloc="B4" data-points="19" title="Points du bloc B4\u00a0: 19 points, soit 100\u00a0% des points du sujet">19 pts<small>100\u00a0%<\/small><\/td><\/tr>$/);
    assert.match(tr, /<td class="bloc-total none" data-bloc="B1" data-points="-1">·<\/td>/, 'a bloc its modality does not assess');
    const full = html.split('\n').find((l) => l.includes('data-uri="file:///samples/m1-maison-verdier.cas.md" data-search'))!;
    assert.match(full, /<td class="points" title="20 points sur 20 annoncés">20\/20<\/td>/);
    assert.match(html, /<th class="bloc" colspan="6" data-bloc="B1"/, 'C1–C5 and the bloc’s points');
    assert.match(html, /<th class="bloc-total" data-bloc="B4" aria-sort="none"><button type="button" class="sort" data-sort="bloc:B4" title="Points du bloc B4 — cliquer pour trier">Σ<\/button><\/th>/);
  });

  it('has no points column when no draft has marks, and a dash for a draft without', () => {
    const bare = drafts.map((d) => ({ ...d, points: { blocs: [] }, competences: d.competences.map((c) => ({ ...c, points: 0, share: 0 })) }));
    const html = renderMatrixHtml({ model: buildMatrix(bare, refs, pathOf), strings, filters: NO_FILTERS, nonce: 'N', cspSource: 'c' });
    assert.doesNotMatch(html, /class="bloc-total|class="pts"|data-share=/);
    assert.match(html, /<th class="bloc" colspan="5" data-bloc="B1"/);
    assert.match(html, /<td class="points">—<\/td>/);
  });

  it('filters the competencies under N % of the points, from a number input kept with the other filters', () => {
    const model = buildMatrix(drafts, refs, pathOf);
    const off = renderMatrixHtml({ model, strings, filters: NO_FILTERS, nonce: 'N', cspSource: 'c' });
    assert.match(off, /<body data-bloc="" data-modalite="" data-status="">/);
    assert.match(off, /<label class="share">Compétences sous <input type="number" id="f-share" min="0" max="100" step="1" inputmode="numeric" aria-label="Mettre en évidence [^"]*" title="[^"]*" value="">&nbsp;% des points<\/label>/);
    const on = renderMatrixHtml({ model, strings, filters: { ...NO_FILTERS, share: 10 }, nonce: 'N', cspSource: 'c' });
    assert.match(on, /<body data-bloc="" data-modalite="" data-status="" data-share="10">/);
    assert.match(on, /id="f-share"[^>]* value="10">/);
    // The script highlights the cells under the share (class low) and keeps the rows that have one; Escape clears it.
    assert.match(on, /classList\.toggle\('low'/);
    assert.match(on, /td\.cell\.low \{ outline:/);
    assert.match(on, /e\.key === 'Escape'/);
    // A value out of range is no filter.
    assert.match(renderMatrixHtml({ model, strings, filters: { ...NO_FILTERS, share: 250 }, nonce: 'N', cspSource: 'c' }), /<body data-bloc="" data-modalite="" data-status="">/);
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
