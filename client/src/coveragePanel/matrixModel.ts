/**
 * The matrix drafts × competencies, grouped by bloc, built from the server's coverage
 * model and référentiel. Pure data (no `vscode`): the webview, the CSV export and the
 * unit tests share it.
 */
import type { DraftCoverage, ReferentielResult } from '../../../server/src/core/protocol';
import { type DisplayStatus, draftStatus, hasPoints, shortSummary } from '../coverageText';

/** A column: one competency. */
export interface MatrixColumn {
  id: string;
  titre: string;
}

/** The columns of one bloc. */
export interface MatrixGroup {
  bloc: string;
  titre?: string;
  columns: MatrixColumn[];
}

/** A cell: the status of a competency in a draft and where to open it. */
export interface MatrixCell {
  status: DisplayStatus;
  covered?: number;
  total?: number;
  /** The first tag naming it (0-based), when there is one. */
  at?: { line: number; character: number };
  /** Its points and share (0–1) of the subject's, for an expected competency of a draft with points marks. */
  points?: number;
  share?: number;
}

/** A bloc's points in one draft (its expected competencies'). */
export interface MatrixBlocPoints {
  points: number;
  share: number;
}

/** A row: one draft. */
export interface MatrixRow {
  uri: string;
  /** Workspace-relative path. */
  path: string;
  titre?: string;
  /** The modality id, or the value as written when unknown, or '' without one. */
  modalite: string;
  /** `M1 · 3/5 C · 9/22 crit.` (the CSV's short form; the page writes the counts out). */
  summary: string;
  /** Competencies tagged and criteria covered, when the modality is known. */
  counts?: { competences: { tagged: number; total: number }; criteres: { covered: number; total: number } };
  /** Errors and warnings of the draft (a mark on its row). */
  errors: number;
  warnings: number;
  status?: DisplayStatus;
  /** Cells by competency id; a competency neither expected nor tagged has none. */
  cells: Record<string, MatrixCell>;
  /** The subject's points (sum of its outermost marks) and barème, each when given. */
  points: { total?: number; bareme?: number };
  /** The exam's length and the sum of the duration marks (minutes), each when given. */
  duree: { minutes?: number; marques?: number };
  /** Points per bloc of the expected competencies, when the draft has points marks. */
  blocPoints: Record<string, MatrixBlocPoints>;
}

/** A competency's total over the rows: how many drafts expect it, and have it complete. */
export interface MatrixTotal {
  complete: number;
  expected: number;
}

/** One référentiel's matrix. */
export interface MatrixTable {
  referentiel: { id: string; titre: string };
  groups: MatrixGroup[];
  rows: MatrixRow[];
  /** Per competency id ("C8 : 212/300 sujets complets"). */
  totals: Record<string, MatrixTotal>;
}

/** Every référentiel in use, each with its own columns. */
export interface MatrixModel {
  tables: MatrixTable[];
}

/**
 * Builds the matrix. `referentiels` maps référentiel ids to their content; a référentiel
 * the server could not describe gets columns from what the drafts report.
 */
export function buildMatrix(drafts: DraftCoverage[], referentiels: Map<string, ReferentielResult>, pathOf: (uri: string) => string): MatrixModel {
  const byRef = new Map<string, DraftCoverage[]>();
  for (const d of drafts) {
    const id = d.referentiel?.id ?? '';
    byRef.set(id, [...(byRef.get(id) ?? []), d]);
  }
  const tables: MatrixTable[] = [];
  for (const [id, list] of byRef) {
    const ref = referentiels.get(id);
    const groups = ref ? groupsOf(ref) : groupsFromDrafts(list);
    const rows = list.map((d) => rowOf(d, pathOf)).sort((a, b) => a.path.localeCompare(b.path));
    tables.push({ referentiel: { id: id || '?', titre: ref?.titre ?? list[0].referentiel?.titre ?? '' }, groups, rows, totals: totalsOf(groups, rows) });
  }
  return { tables: tables.sort((a, b) => a.referentiel.id.localeCompare(b.referentiel.id)) };
}

/** Per column: the drafts whose modality expects the competency, and those where it is complete. */
function totalsOf(groups: MatrixGroup[], rows: MatrixRow[]): Record<string, MatrixTotal> {
  const totals: Record<string, MatrixTotal> = {};
  for (const g of groups) {
    for (const c of g.columns) {
      const cells = rows.map((r) => r.cells[c.id]).filter((x) => x && x.status !== 'hors-modalite');
      totals[c.id] = { complete: cells.filter((x) => x.status === 'complete').length, expected: cells.length };
    }
  }
  return totals;
}

function groupsOf(ref: ReferentielResult): MatrixGroup[] {
  return ref.blocs
    .map((b) => ({ bloc: b.id, titre: b.titre, columns: ref.competences.filter((c) => c.bloc === b.id).map((c) => ({ id: c.id, titre: c.titre })) }))
    .filter((g) => g.columns.length > 0);
}

/** Columns from the drafts alone: their expected competencies by bloc, then the others they tag. */
function groupsFromDrafts(drafts: DraftCoverage[]): MatrixGroup[] {
  const groups = new Map<string, Map<string, MatrixColumn>>();
  const add = (bloc: string, c: MatrixColumn) => {
    const g = groups.get(bloc) ?? new Map<string, MatrixColumn>();
    if (!g.has(c.id)) g.set(c.id, c);
    groups.set(bloc, g);
  };
  for (const d of drafts) for (const c of d.competences) add(c.bloc, { id: c.id, titre: c.titre });
  const known = new Set([...groups.values()].flatMap((g) => [...g.keys()]));
  for (const d of drafts) for (const h of d.horsModalite) if (!known.has(h.id)) add('?', { id: h.id, titre: h.titre });
  return [...groups]
    .sort(([a], [b]) => (a === '?' ? 1 : b === '?' ? -1 : a.localeCompare(b, undefined, { numeric: true })))
    .map(([bloc, cols]) => ({ bloc, columns: [...cols.values()].sort((a, b) => a.id.localeCompare(b.id, undefined, { numeric: true })) }));
}

function rowOf(d: DraftCoverage, pathOf: (uri: string) => string): MatrixRow {
  const cells: Record<string, MatrixCell> = {};
  const marked = hasPoints(d);
  for (const c of d.competences) {
    const first = c.occurrences[0]?.range.start;
    cells[c.id] = {
      status: c.status,
      covered: c.criteres.filter((k) => k.covered).length,
      total: c.criteres.length,
      ...(first ? { at: { line: first.line, character: first.character } } : {}),
      ...(marked ? { points: c.points ?? 0, share: c.share ?? 0 } : {}),
    };
  }
  const blocPoints: Record<string, MatrixBlocPoints> = {};
  if (marked) for (const b of d.points.blocs) blocPoints[b.id] = { points: b.points, share: b.share };
  for (const h of d.horsModalite) {
    const first = h.occurrences[0]?.range.start;
    cells[h.id] = { status: 'hors-modalite', ...(first ? { at: { line: first.line, character: first.character } } : {}) };
  }
  return {
    uri: d.uri,
    path: pathOf(d.uri),
    ...(d.titre ? { titre: d.titre } : {}),
    modalite: d.modalite?.id ?? d.modaliteValue ?? '',
    summary: shortSummary(d),
    ...(d.counts ? { counts: { competences: { ...d.counts.competences }, criteres: { ...d.counts.criteres } } } : {}),
    errors: d.diagnostics.error,
    warnings: d.diagnostics.warning,
    ...(draftStatus(d) ? { status: draftStatus(d) } : {}),
    cells,
    points: {
      ...(d.points?.total !== undefined ? { total: d.points.total } : {}),
      ...(d.points?.bareme !== undefined ? { bareme: d.points.bareme } : {}),
    },
    duree: { ...d.duree },
    blocPoints,
  };
}
