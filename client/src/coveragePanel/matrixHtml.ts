/**
 * The HTML of the matrix webview: drafts × competencies grouped by bloc, cells coloured
 * by status (theme colours), filters by bloc / modalité / status, export buttons. Pure:
 * the texts come in as `MatrixStrings`, so it can be unit-tested without VS Code. The
 * little script only filters, remembers and posts messages; the extension does the rest.
 */
import { DISPLAY_STATUSES, type DisplayStatus } from '../coverageText';
import type { MatrixModel, MatrixRow, MatrixTable } from './matrixModel';

/** Which rows and columns show; '' means "all". */
export interface MatrixFilters {
  bloc: string;
  modalite: string;
  status: '' | DisplayStatus;
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
}

/** Messages the page posts to the extension. */
export type MatrixMessage =
  | { type: 'filters'; filters: MatrixFilters }
  | { type: 'open'; uri: string; line?: number; character?: number }
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
<body data-bloc="${esc(f.bloc)}" data-modalite="${esc(f.modalite)}" data-status="${esc(f.status)}">
<header>
  <h1>${esc(s.title)}</h1>
  <form class="filters" id="filters">
    <label>${esc(s.bloc)} <select id="f-bloc">${option('', s.all, f.bloc)}${blocs.map((b) => option(b, b, f.bloc)).join('')}</select></label>
    <label>${esc(s.modalite)} <select id="f-modalite">${option('', s.all, f.modalite)}${modalites.map((m) => option(m, m, f.modalite)).join('')}</select></label>
    <label>${esc(s.status)} <select id="f-status">${option('', s.all, f.status)}${DISPLAY_STATUSES.map((st) => option(st, `${SYMBOL[st]} ${s.statuses[st]}`, f.status)).join('')}</select></label>
  </form>
  <div class="actions"><span>${esc(s.export)}</span>
    <button type="button" data-export="markdown">Markdown</button>
    <button type="button" data-export="csv">CSV</button>
    <button type="button" data-export="html">HTML</button>
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

function table(t: MatrixTable, s: MatrixStrings): string {
  const head1 = t.groups.map((g) => `<th class="bloc" colspan="${g.columns.length}" data-bloc="${esc(g.bloc)}" title="${esc(g.titre ?? g.bloc)}">${esc(g.bloc)}${g.titre ? `<span class="bloc-title"> — ${esc(g.titre)}</span>` : ''}</th>`).join('');
  const head2 = t.groups.flatMap((g) => g.columns.map((c) => `<th class="comp" data-bloc="${esc(g.bloc)}" title="${esc(`${c.id} — ${c.titre}`)}">${esc(c.id)}</th>`)).join('');
  const rows = t.rows.map((r) => row(r, t, s)).join('\n');
  return `<section class="table" data-referentiel="${esc(t.referentiel.id)}">
<h2>${esc(t.referentiel.id)}${t.referentiel.titre ? ` — ${esc(t.referentiel.titre)}` : ''}</h2>
<table>
<thead>
<tr><th rowspan="2" class="draft">${esc(s.subject)}</th><th rowspan="2">${esc(s.modalite)}</th><th rowspan="2">${esc(s.score)}</th>${head1}</tr>
<tr>${head2}</tr>
</thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function row(r: MatrixRow, t: MatrixTable, s: MatrixStrings): string {
  const cells = t.groups.flatMap((g) => g.columns.map((c) => {
    const cell = r.cells[c.id];
    if (!cell) return `<td class="cell none" data-bloc="${esc(g.bloc)}" title="${esc(`${c.id} — ${s.notAssessed}`)}">·</td>`;
    const counts = cell.total !== undefined ? ` · ${cell.covered}/${cell.total} ${s.criteria}` : '';
    const at = cell.at ? ` data-line="${cell.at.line}" data-character="${cell.at.character}"` : '';
    const partial = cell.status === 'partielle' && cell.total !== undefined ? `<small>${cell.covered}/${cell.total}</small>` : '';
    return `<td class="cell ${cell.status}" data-bloc="${esc(g.bloc)}" data-status="${cell.status}" data-uri="${esc(r.uri)}"${at} title="${esc(`${c.id} — ${c.titre} : ${s.statuses[cell.status]}${counts}`)}" tabindex="0">${SYMBOL[cell.status]}${partial}</td>`;
  })).join('');
  return `<tr data-modalite="${esc(r.modalite)}" data-uri="${esc(r.uri)}"><th class="draft"><a href="#" data-uri="${esc(r.uri)}" title="${esc(r.titre ?? r.path)}">${esc(r.path)}</a></th><td>${esc(r.modalite || '—')}</td><td class="score">${esc(r.summary)}</td>${cells}</tr>`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Escapes text and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; position: sticky; top: 0; background: var(--vscode-editor-background); padding: 8px 0; z-index: 2; }
h1 { font-size: 1.3em; margin: 0; }
h2 { font-size: 1.1em; margin: 16px 0 8px; }
.filters { display: flex; gap: 12px; flex-wrap: wrap; }
select, button { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); padding: 2px 4px; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 3px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
.actions { display: flex; gap: 6px; align-items: center; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,.35)); padding: 3px 6px; text-align: center; white-space: nowrap; }
th.draft { text-align: left; font-weight: normal; }
th.bloc { font-weight: 600; white-space: normal; }
.bloc-title { font-weight: normal; opacity: .75; font-size: .9em; }
td.score { font-variant-numeric: tabular-nums; }
.cell { min-width: 2.2em; font-weight: 600; }
.cell small { display: block; font-weight: normal; font-size: .8em; }
td.cell[data-status] { cursor: pointer; }
.complete { color: var(--vscode-charts-green); background: color-mix(in srgb, var(--vscode-charts-green) 18%, transparent); }
.partielle { color: var(--vscode-charts-yellow); background: color-mix(in srgb, var(--vscode-charts-yellow) 18%, transparent); }
.absente { color: var(--vscode-charts-red); background: color-mix(in srgb, var(--vscode-charts-red) 20%, transparent); }
.hors-modalite { color: var(--vscode-charts-orange); background: color-mix(in srgb, var(--vscode-charts-orange) 20%, transparent); }
.none { color: var(--vscode-disabledForeground); }
.legend .cell { display: inline-block; padding: 0 4px; }
.dim { opacity: .25; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
.empty { font-style: italic; opacity: .8; }
`;

// Runs in the webview. Filters hide whole bloc columns, rows of other modalities, and rows
// without a visible cell of the chosen status (other cells are dimmed). The filters are
// posted to the extension, which keeps them in the workspace state.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const body = document.body;
  // The extension keeps the filters and writes them into the page at each render.
  const f = { bloc: body.dataset.bloc || '', modalite: body.dataset.modalite || '', status: body.dataset.status || '' };
  const sel = { bloc: document.getElementById('f-bloc'), modalite: document.getElementById('f-modalite'), status: document.getElementById('f-status') };
  for (const k of Object.keys(sel)) {
    if (![...sel[k].options].some((o) => o.value === f[k])) f[k] = '';
    sel[k].value = f[k];
    sel[k].addEventListener('change', () => { f[k] = sel[k].value; apply(); vscode.postMessage({ type: 'filters', filters: f }); });
  }
  function apply() {
    document.querySelectorAll('[data-bloc]').forEach((el) => { if (el !== body) el.hidden = !!f.bloc && el.dataset.bloc !== f.bloc; });
    let shown = 0;
    document.querySelectorAll('tbody tr').forEach((tr) => {
      let ok = !f.modalite || tr.dataset.modalite === f.modalite;
      if (ok && f.status) ok = [...tr.querySelectorAll('td.cell')].some((td) => !td.hidden && td.dataset.status === f.status);
      tr.hidden = !ok;
      if (ok) shown++;
      tr.querySelectorAll('td.cell').forEach((td) => td.classList.toggle('dim', !!f.status && td.dataset.status !== f.status));
    });
    document.querySelectorAll('section.table').forEach((s) => { s.hidden = ![...s.querySelectorAll('tbody tr')].some((tr) => !tr.hidden); });
    document.getElementById('no-match').hidden = shown > 0 || !document.querySelector('tbody tr');
  }
  function open(el) {
    const uri = el.dataset.uri;
    if (!uri) return;
    const msg = { type: 'open', uri };
    if (el.dataset.line !== undefined) { msg.line = Number(el.dataset.line); msg.character = Number(el.dataset.character); }
    vscode.postMessage(msg);
  }
  document.addEventListener('click', (e) => {
    const el = e.target.closest('[data-uri], [data-export]');
    if (!el) return;
    e.preventDefault();
    if (el.dataset.export) vscode.postMessage({ type: 'export', format: el.dataset.export });
    else if (el.tagName !== 'TR') open(el);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target.matches && e.target.matches('td.cell[data-uri]')) open(e.target);
  });
  apply();
})();
`;
