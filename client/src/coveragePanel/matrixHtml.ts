/**
 * The HTML of the matrix webview: drafts × competencies grouped by bloc, cells coloured
 * by status (theme colours) with each competency's points under its status, a points
 * column per bloc and the subject's points against its barème, filters by bloc /
 * modalité / status and "compétences sous N % des points" (cells under the share
 * highlighted, other rows hidden), a search box, sortable columns, per-competency
 * totals, export buttons. Built for 300 subjects: the header rows
 * and the subject column stay in view while the table scrolls both ways. Pure: the texts
 * come in as `MatrixStrings`, so it can be unit-tested without VS Code. The little script
 * only filters, sorts, moves the focus and posts messages; the extension does the rest.
 */
import { DISPLAY_STATUSES, type DisplayStatus, formatPoints, percent, ptsShort } from '../coverageText';
import type { MatrixCell, MatrixModel, MatrixRow, MatrixTable } from './matrixModel';

/** Which rows and columns show; '' means "all". */
export interface MatrixFilters {
  bloc: string;
  modalite: string;
  status: '' | DisplayStatus;
  /**
   * "Compétences sous N % des points" (0–100): the cells of expected competencies whose share of
   * the subject's points is under N are highlighted, and only rows with such a cell show.
   * Absent: no such filter.
   */
  share?: number;
}

/** No filter. */
export const NO_FILTERS: MatrixFilters = { bloc: '', modalite: '', status: '' };

/** The texts of the page, in the UI language. */
export interface MatrixStrings {
  lang: string;
  title: string;
  subject: string;
  modalite: string;
  score: string;
  bloc: string;
  status: string;
  all: string;
  export: string;
  empty: string;
  noDrafts: string;
  statuses: Record<DisplayStatus, string>;
  notAssessed: string;
  criteria: string;
  competencies: string;
  /** The search box's label and placeholder. */
  search: string;
  /** The label of the totals row. */
  totals: string;
  /** `C8 : 212/300 sujets complets`, from the id, the complete and the expected counts. */
  total: (id: string, complete: number, expected: number) => string;
  /** A cell's status in plain words ("balisée, aucun critère visé"). */
  phrase: (cell: MatrixCell) => string;
  /** The tooltip of an absent cell's action ("Ajouter une question pour C8"). */
  addQuestion: (id: string) => string;
  /** The mark of a draft with errors or warnings ("2 erreurs, 1 avertissement"). */
  problems: (errors: number, warnings: number) => string;
  /** The tooltip of a sortable column header. */
  sortBy: string;
  /** The header of the subject's points column. */
  points: string;
  /** A subject's points in words ("19 points sur 20 annoncés"), '' when it has no mark nor barème. */
  subjectPoints: (row: MatrixRow) => string;
  /** The title of a bloc's points column ("Points du bloc B1"). */
  blocPoints: (bloc: string) => string;
  /** A competency's or bloc's points in words ("3 points, soit 15 % des points du sujet"). */
  pointsShare: (points: number, share: number) => string;
  /** The share filter: the words before and after its number input, and its accessible name. */
  shareBefore: string;
  shareAfter: string;
  shareLabel: string;
}

/** Messages the page posts to the extension. */
export type MatrixMessage =
  | { type: 'filters'; filters: MatrixFilters }
  | { type: 'open'; uri: string; line?: number; character?: number }
  | { type: 'fix'; uri: string; id: string }
  | { type: 'export'; format: 'markdown' | 'csv' | 'html' };

const SYMBOL: Record<DisplayStatus, string> = { complete: '✔', partielle: '◐', absente: '✘', 'hors-modalite': '⚠' };

/** Everything the page needs. */
export interface MatrixPage {
  model: MatrixModel;
  strings: MatrixStrings;
  filters: MatrixFilters;
  /** Nonce of the inline style and script (Content-Security-Policy). */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource: string;
}

/** Renders the page. */
export function renderMatrixHtml(p: MatrixPage): string {
  const { model, strings: s, filters: f } = p;
  const blocs = unique(model.tables.flatMap((t) => t.groups.map((g) => g.bloc)));
  const modalites = unique(model.tables.flatMap((t) => t.rows.map((r) => r.modalite)).filter(Boolean)).sort();
  const option = (value: string, label: string, selected: string) => `<option value="${esc(value)}"${value === selected ? ' selected' : ''}>${esc(label)}</option>`;
  const tables = model.tables.map((t) => table(t, s)).join('\n');
  return `<!DOCTYPE html>
<html lang="${esc(s.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${p.cspSource} 'nonce-${p.nonce}'; script-src 'nonce-${p.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.title)}</title>
<style nonce="${p.nonce}">${CSS}</style>
</head>
<body data-bloc="${esc(f.bloc)}" data-modalite="${esc(f.modalite)}" data-status="${esc(f.status)}"${validShare(f.share) ? ` data-share="${f.share}"` : ''}>
<header>
  <h1>${esc(s.title)}</h1>
  <form class="filters" id="filters" role="search">
    <label>${esc(s.search)} <input type="search" id="f-search" placeholder="${esc(s.search)}" autocomplete="off"></label>
    <label>${esc(s.bloc)} <select id="f-bloc">${option('', s.all, f.bloc)}${blocs.map((b) => option(b, b, f.bloc)).join('')}</select></label>
    <label>${esc(s.modalite)} <select id="f-modalite">${option('', s.all, f.modalite)}${modalites.map((m) => option(m, m, f.modalite)).join('')}</select></label>
    <label>${esc(s.status)} <select id="f-status">${option('', s.all, f.status)}${DISPLAY_STATUSES.map((st) => option(st, `${SYMBOL[st]} ${s.statuses[st]}`, f.status)).join('')}</select></label>
    <label class="share">${esc(s.shareBefore)} <input type="number" id="f-share" min="0" max="100" step="1" inputmode="numeric" aria-label="${esc(s.shareLabel)}" title="${esc(s.shareLabel)}" value="${validShare(f.share) ? f.share : ''}">&nbsp;${esc(s.shareAfter)}</label>
  </form>
  <div class="actions"><span>${esc(s.export)}</span>
    <button type="button" data-export="html">HTML</button>
    <button type="button" data-export="markdown">Markdown</button>
    <button type="button" data-export="csv">CSV</button>
  </div>
</header>
<p class="legend">${DISPLAY_STATUSES.map((st) => `<span class="cell ${st}">${SYMBOL[st]}</span> ${esc(s.statuses[st])}`).join(' · ')} · <span class="cell none">·</span> ${esc(s.notAssessed)}</p>
${model.tables.length ? tables : `<p class="empty">${esc(s.noDrafts)}</p>`}
<p class="empty" id="no-match" hidden>${esc(s.empty)}</p>
<script nonce="${p.nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

/** A header cell whose button sorts the rows by `key`. */
function sortable(key: string, label: string, s: MatrixStrings, attrs = '', title = label): string {
  return `<th${attrs} aria-sort="none"><button type="button" class="sort" data-sort="${esc(key)}" title="${esc(`${title} — ${s.sortBy}`)}">${esc(label)}</button></th>`;
}

/** Whether a share filter is a number the page can use. */
function validShare(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;
}

function table(t: MatrixTable, s: MatrixStrings): string {
  // Each bloc: its competencies, then its points column (Σ) when a draft of the table has points.
  const marked = t.rows.some((r) => r.points.total !== undefined);
  const head1 = t.groups.map((g) => `<th class="bloc" colspan="${g.columns.length + (marked ? 1 : 0)}" data-bloc="${esc(g.bloc)}" title="${esc(g.titre ?? g.bloc)}">${esc(g.bloc)}${g.titre ? `<span class="bloc-title"> — ${esc(g.titre)}</span>` : ''}</th>`).join('');
  const head2 = t.groups.flatMap((g) => [
    ...g.columns.map((c) => sortable(c.id, c.id, s, ` class="comp" data-bloc="${esc(g.bloc)}"`, `${c.id} — ${c.titre}`)),
    ...(marked ? [sortable(`bloc:${g.bloc}`, 'Σ', s, ` class="bloc-total" data-bloc="${esc(g.bloc)}"`, s.blocPoints(g.bloc))] : []),
  ]).join('');
  const foot = t.groups.flatMap((g) => [
    ...g.columns.map((c) => {
      const total = t.totals[c.id] ?? { complete: 0, expected: 0 };
      return `<td class="total" data-bloc="${esc(g.bloc)}" title="${esc(s.total(c.id, total.complete, total.expected))}">${total.expected ? `${total.complete}/${total.expected}` : '·'}</td>`;
    }),
    ...(marked ? [`<td class="total bloc-total" data-bloc="${esc(g.bloc)}"></td>`] : []),
  ]).join('');
  const rows = t.rows.map((r) => row(r, t, s, marked)).join('\n');
  return `<section class="table" data-referentiel="${esc(t.referentiel.id)}">
<h2>${esc(t.referentiel.titre || t.referentiel.id)}</h2>
<div class="scroll" tabindex="-1">
<table>
<thead>
<tr>${sortable('subject', s.subject, s, ' rowspan="2" class="draft corner"')}${sortable('modalite', s.modalite, s, ' rowspan="2"')}${sortable('score', s.score, s, ' rowspan="2"')}${sortable('points', s.points, s, ' rowspan="2"')}${head1}</tr>
<tr>${head2}</tr>
</thead>
<tbody>
${rows}
</tbody>
<tfoot>
<tr><th class="draft corner" scope="row">${esc(s.totals)}</th><td></td><td></td><td></td>${foot}</tr>
</tfoot>
</table>
</div>
</section>`;
}

/** Sort ranks: what needs work first. */
const RANK: Record<DisplayStatus, number> = { absente: 0, partielle: 1, 'hors-modalite': 2, complete: 3 };

function row(r: MatrixRow, t: MatrixTable, s: MatrixStrings, marked: boolean): string {
  const lang = s.lang;
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const blocCell = (bloc: string) => {
    const b = r.blocPoints[bloc];
    if (!b) return `<td class="bloc-total none" data-bloc="${esc(bloc)}" data-points="-1">·</td>`;
    return `<td class="bloc-total" data-bloc="${esc(bloc)}" data-points="${b.points}" title="${esc(`${s.blocPoints(bloc)}${colon}${s.pointsShare(b.points, b.share)}`)}">${esc(ptsShort(b.points, lang))}<small>${esc(percent(b.share, lang))}</small></td>`;
  };
  const cells = t.groups.flatMap((g) => [...g.columns.map((c) => {
    const cell = r.cells[c.id];
    if (!cell) return `<td class="cell none" data-bloc="${esc(g.bloc)}" data-comp="${esc(c.id)}" data-rank="4" title="${esc(`${c.id} — ${s.notAssessed}`)}">·</td>`;
    const at = cell.at ? ` data-line="${cell.at.line}" data-character="${cell.at.character}"` : '';
    const partial = cell.status === 'partielle' && cell.total !== undefined ? `<small>${cell.covered}/${cell.total}</small>` : '';
    // An absent competency has no place to open: its cell offers the question to add instead.
    const fix = cell.status === 'absente' ? ` data-fix="${esc(c.id)}"` : '';
    const points = cell.points !== undefined && cell.status !== 'hors-modalite';
    // An absent competency has no tag, hence no points: its tooltip offers the question instead.
    const pointsWords = points && cell.status !== 'absente' ? ` · ${s.pointsShare(cell.points!, cell.share ?? 0)}` : '';
    const title = `${c.id} — ${c.titre}${colon}${s.phrase(cell)}${pointsWords}${cell.status === 'absente' ? ` — ${s.addQuestion(c.id)}` : ''}`;
    const share = points ? ` data-points="${cell.points}" data-share="${cell.share ?? 0}"` : '';
    const pts = points ? `<small class="pts">${esc(ptsShort(cell.points!, lang))}</small>` : '';
    return `<td class="cell ${cell.status}" data-bloc="${esc(g.bloc)}" data-comp="${esc(c.id)}" data-status="${cell.status}" data-rank="${RANK[cell.status]}" data-uri="${esc(r.uri)}"${at}${fix} title="${esc(title)}"${share} tabindex="-1">${SYMBOL[cell.status]}${partial}${pts}</td>`;
  }), ...(marked ? [blocCell(g.bloc)] : [])]).join('');
  const name = r.titre || r.path;
  const problems = r.errors + r.warnings > 0
    ? ` <span class="problems${r.errors ? ' errors' : ''}" title="${esc(s.problems(r.errors, r.warnings))}" aria-label="${esc(s.problems(r.errors, r.warnings))}">${r.errors ? '⊗' : '⚠'} ${r.errors + r.warnings}</span>`
    : '';
  const c = r.counts;
  const score = c
    ? `${c.competences.tagged}/${c.competences.total} ${esc(s.competencies)}<br>${c.criteres.covered}/${c.criteres.total} ${esc(s.criteria)}`
    : esc(r.summary);
  const ratio = c ? (c.competences.tagged / Math.max(1, c.competences.total)) * 1000 + c.criteres.covered / Math.max(1, c.criteres.total) : -1;
  const { total, bareme } = r.points;
  const pointsText = total === undefined ? '—' : bareme === undefined ? formatPoints(total, lang) : `${formatPoints(total, lang)}/${formatPoints(bareme, lang)}`;
  const pointsTitle = s.subjectPoints(r);
  const off = total !== undefined && bareme !== undefined && Math.abs(total - bareme) > 1e-6;
  return `<tr data-modalite="${esc(r.modalite)}" data-uri="${esc(r.uri)}" data-search="${esc(`${r.path} ${r.titre ?? ''}`.toLowerCase())}" data-name="${esc(name.toLowerCase())}" data-score="${ratio.toFixed(4)}" data-points="${total ?? -1}">`
    + `<th class="draft" scope="row"><a href="#" data-uri="${esc(r.uri)}" title="${esc(r.path)}">${esc(name)}</a>${problems}</th>`
    + `<td>${esc(r.modalite || '—')}</td><td class="score" title="${esc(r.summary)}">${score}</td>`
    + `<td class="points${off ? ' off' : ''}"${pointsTitle ? ` title="${esc(pointsTitle)}"` : ''}>${esc(pointsText)}</td>${cells}</tr>`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Escapes text and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
html, body { height: 100%; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px; margin: 0; display: flex; flex-direction: column; box-sizing: border-box; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; background: var(--vscode-editor-background); padding: 8px 0; }
h1 { font-size: 1.3em; margin: 0; }
h2 { font-size: 1.1em; margin: 8px 0; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; }
select, button, input { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); padding: 2px 4px; }
input[type=search] { color: var(--vscode-input-foreground); background: var(--vscode-input-background); border-color: var(--vscode-input-border, transparent); min-width: 14em; }
.actions button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 3px 10px; cursor: pointer; }
.actions button:hover { background: var(--vscode-button-hoverBackground); }
.actions { display: flex; gap: 6px; align-items: center; }
:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
section.table { display: flex; flex-direction: column; min-height: 0; flex: 1; }
/* The table scrolls both ways inside its box: the header rows and the subject column stay in view. */
.scroll { overflow: auto; flex: 1; min-height: 12em; max-height: calc(100vh - 9em); }
table { border-collapse: separate; border-spacing: 0; }
th, td { border-right: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,.35)); border-bottom: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,.35)); padding: 3px 6px; text-align: center; white-space: nowrap; background: var(--vscode-editor-background); }
thead th { position: sticky; z-index: 2; }
thead tr:first-child th { top: 0; }
thead tr:nth-child(2) th { top: var(--row1, 2.2em); }
tfoot td, tfoot th { position: sticky; bottom: 0; z-index: 2; font-variant-numeric: tabular-nums; font-size: .9em; }
th.draft { position: sticky; left: 0; z-index: 1; text-align: left; font-weight: normal; max-width: 22em; overflow: hidden; text-overflow: ellipsis; }
th.corner { z-index: 3; }
th.bloc { font-weight: 600; white-space: normal; min-width: 8em; }
.bloc-title { font-weight: normal; opacity: .75; font-size: .9em; }
button.sort { background: none; border: none; color: inherit; font-weight: 600; cursor: pointer; padding: 0; }
th[aria-sort=ascending] button.sort::after { content: ' ▲'; font-size: .75em; }
th[aria-sort=descending] button.sort::after { content: ' ▼'; font-size: .75em; }
td.score { font-variant-numeric: tabular-nums; font-size: .85em; text-align: left; line-height: 1.2; }
.problems { font-size: .85em; color: var(--vscode-editorWarning-foreground); margin-left: 4px; }
.problems.errors { color: var(--vscode-editorError-foreground); }
.cell { min-width: 2.2em; font-weight: 600; }
.cell small { display: block; font-weight: normal; font-size: .8em; }
.cell small.pts { opacity: .85; }
td.points, td.bloc-total { font-variant-numeric: tabular-nums; font-size: .85em; }
td.bloc-total small { display: block; opacity: .75; }
th.bloc-total, td.bloc-total { border-left: 2px solid var(--vscode-editorWidget-border, rgba(128,128,128,.5)); }
td.points.off { color: var(--vscode-editorWarning-foreground); font-weight: 600; }
.share input { width: 4.5em; }
/* Under the share filter: the competencies that get too small a share of the points. */
td.cell.low { outline: 2px dashed var(--vscode-editorWarning-foreground); outline-offset: -3px; }
td.cell[data-uri] { cursor: pointer; }
.complete { color: var(--vscode-charts-green); background: color-mix(in srgb, var(--vscode-charts-green) 18%, var(--vscode-editor-background)); }
.partielle { color: var(--vscode-charts-yellow); background: color-mix(in srgb, var(--vscode-charts-yellow) 18%, var(--vscode-editor-background)); }
.absente { color: var(--vscode-charts-red); background: color-mix(in srgb, var(--vscode-charts-red) 20%, var(--vscode-editor-background)); }
.hors-modalite { color: var(--vscode-charts-orange); background: color-mix(in srgb, var(--vscode-charts-orange) 20%, var(--vscode-editor-background)); }
.none { color: var(--vscode-disabledForeground); }
.legend { margin: 4px 0; }
.legend .cell { display: inline-block; padding: 0 4px; }
.dim { opacity: .25; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
.empty { font-style: italic; opacity: .8; }
`;

// Runs in the webview. Filters hide whole bloc columns, rows of other modalities, rows
// that do not match the search, and rows without a visible cell of the chosen status
// (other cells are dimmed). The filters are posted to the extension, which keeps them
// in the workspace state. Headers sort the rows; arrow keys move between cells.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const body = document.body;
  // The extension keeps the filters and writes them into the page at each render.
  const f = { bloc: body.dataset.bloc || '', modalite: body.dataset.modalite || '', status: body.dataset.status || '' };
  const sel = { bloc: document.getElementById('f-bloc'), modalite: document.getElementById('f-modalite'), status: document.getElementById('f-status') };
  const search = document.getElementById('f-search');
  const share = document.getElementById('f-share');
  const readShare = (v) => { if (v === undefined || String(v).trim() === '') return undefined; const n = Number(v); return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined; };
  f.share = readShare(body.dataset.share);
  share.value = f.share === undefined ? '' : String(f.share);
  const postFilters = () => vscode.postMessage({ type: 'filters', filters: f });
  share.addEventListener('input', () => { f.share = readShare(share.value); apply(); postFilters(); });
  // Escape empties the number: the filter is off.
  share.addEventListener('keydown', (e) => { if (e.key === 'Escape' && share.value !== '') { e.preventDefault(); share.value = ''; f.share = undefined; apply(); postFilters(); } });
  const state = vscode.getState() || {};
  search.value = state.search || '';
  for (const k of Object.keys(sel)) {
    if (![...sel[k].options].some((o) => o.value === f[k])) f[k] = '';
    sel[k].value = f[k];
    sel[k].addEventListener('change', () => { f[k] = sel[k].value; apply(); postFilters(); });
  }
  search.addEventListener('input', () => { vscode.setState({ ...vscode.getState(), search: search.value }); apply(); });
  function apply() {
    const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    document.querySelectorAll('[data-bloc]').forEach((el) => { if (el !== body) el.hidden = !!f.bloc && el.dataset.bloc !== f.bloc; });
    let shown = 0;
    document.querySelectorAll('tbody tr').forEach((tr) => {
      let ok = (!f.modalite || tr.dataset.modalite === f.modalite) && words.every((w) => tr.dataset.search.includes(w));
      if (ok && f.status) ok = [...tr.querySelectorAll('td.cell')].some((td) => !td.hidden && td.dataset.status === f.status);
      // Compétences sous N % des points: only the expected competencies of drafts with points have a share.
      const limit = f.share === undefined ? undefined : f.share / 100;
      tr.querySelectorAll('td.cell').forEach((td) => td.classList.toggle('low', limit !== undefined && td.dataset.share !== undefined && Number(td.dataset.share) < limit - 1e-9));
      if (ok && limit !== undefined) ok = [...tr.querySelectorAll('td.cell.low')].some((td) => !td.hidden);
      tr.hidden = !ok;
      if (ok) shown++;
      tr.querySelectorAll('td.cell').forEach((td) => td.classList.toggle('dim', !!f.status && td.dataset.status !== f.status));
    });
    document.querySelectorAll('section.table').forEach((s) => { s.hidden = ![...s.querySelectorAll('tbody tr')].some((tr) => !tr.hidden); });
    document.getElementById('no-match').hidden = shown > 0 || !document.querySelector('tbody tr');
    // The second header row sticks just under the first, whatever its height.
    document.querySelectorAll('table').forEach((t) => { const r = t.tHead && t.tHead.rows[0]; if (r) t.style.setProperty('--row1', r.getBoundingClientRect().height + 'px'); });
  }
  function sortBy(button) {
    const th = button.closest('th');
    const table = th.closest('table');
    const key = button.dataset.sort;
    const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    table.querySelectorAll('thead th[aria-sort]').forEach((x) => x.setAttribute('aria-sort', 'none'));
    th.setAttribute('aria-sort', dir);
    const value = (tr) => {
      if (key === 'subject') return tr.dataset.name;
      if (key === 'modalite') return tr.dataset.modalite;
      if (key === 'score') return Number(tr.dataset.score);
      if (key === 'points') return Number(tr.dataset.points);
      if (key.startsWith('bloc:')) { const td = tr.querySelector('td.bloc-total[data-bloc="' + key.slice(5) + '"]'); return td ? Number(td.dataset.points) : -1; }
      const td = tr.querySelector('td.cell[data-comp="' + key + '"]');
      return td ? Number(td.dataset.rank) : 9;
    };
    const tbody = table.tBodies[0];
    const rows = [...tbody.rows];
    rows.sort((a, b) => {
      const x = value(a), y = value(b);
      const c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
      return (dir === 'ascending' ? c : -c) || a.dataset.name.localeCompare(b.dataset.name);
    });
    for (const r of rows) tbody.appendChild(r);
  }
  function open(el) {
    const uri = el.dataset.uri;
    if (!uri) return;
    if (el.dataset.fix) { vscode.postMessage({ type: 'fix', uri, id: el.dataset.fix }); return; }
    const msg = { type: 'open', uri };
    if (el.dataset.line !== undefined) { msg.line = Number(el.dataset.line); msg.character = Number(el.dataset.character); }
    vscode.postMessage(msg);
  }
  document.addEventListener('click', (e) => {
    const el = e.target.closest('[data-uri], [data-export], [data-sort]');
    if (!el) return;
    e.preventDefault();
    if (el.dataset.export) vscode.postMessage({ type: 'export', format: el.dataset.export });
    else if (el.dataset.sort) sortBy(el);
    else if (el.tagName !== 'TR') { if (el.tagName === 'TD') focusCell(el); open(el); }
  });
  // One tab stop for the grid: the focused cell; arrows move, Enter opens.
  let current = document.querySelector('td.cell[data-uri]');
  if (current) current.tabIndex = 0;
  function focusCell(td) {
    if (!td) return;
    if (current) current.tabIndex = -1;
    current = td;
    td.tabIndex = 0;
    td.focus();
  }
  function visibleCells(tr) { return [...tr.querySelectorAll('td.cell')].filter((td) => !td.hidden); }
  function visibleRows(tbody) { return [...tbody.rows].filter((r) => !r.hidden); }
  document.addEventListener('keydown', (e) => {
    const td = e.target.closest && e.target.closest('td.cell');
    if (!td) return;
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(td); return; }
    const tr = td.parentElement;
    const cells = visibleCells(tr);
    const i = cells.indexOf(td);
    const rows = visibleRows(tr.parentElement);
    const j = rows.indexOf(tr);
    let next;
    if (e.key === 'ArrowRight') next = cells[i + 1];
    else if (e.key === 'ArrowLeft') next = cells[i - 1];
    else if (e.key === 'ArrowDown') next = rows[j + 1] && visibleCells(rows[j + 1])[i];
    else if (e.key === 'ArrowUp') next = rows[j - 1] && visibleCells(rows[j - 1])[i];
    else if (e.key === 'Home') next = cells[0];
    else if (e.key === 'End') next = cells[cells.length - 1];
    else return;
    e.preventDefault();
    focusCell(next);
  });
  document.querySelectorAll('td.cell').forEach((td) => td.addEventListener('focus', () => { if (current !== td) focusCell(td); }));
  window.addEventListener('resize', apply);
  apply();
})();
`;
