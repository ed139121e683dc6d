/**
 * The matrix webview (drafts × C1–C20 by bloc) for reviewers. It renders the server's
 * workspace coverage, re-renders when the server reports a change, keeps its filters in
 * the workspace state, opens the place a cell points at, and runs the export.
 */
import * as vscode from 'vscode';
import type { CoverageStore } from '../coverageStore';
import { pointsAndDurationWords, pointsShareWords, statusLabel } from '../format';
import { t, tn, uiLang } from '../i18n';
import type { ReferentielResult } from '../../../server/src/core/protocol';
import { type MatrixFilters, type MatrixMessage, type MatrixStrings, NO_FILTERS, renderMatrixHtml } from './matrixHtml';
import { buildMatrix, type MatrixCell, type MatrixModel } from './matrixModel';
import { relative } from './workspaceTreeProvider';

/** The webview panel type (also used to restore it after a reload). */
export const MATRIX_VIEW_TYPE = 'rncp.matrix';
const FILTERS_KEY = 'rncp.matrix.filters';

/** The matrix built from the server's model, with the référentiels it uses. */
export async function loadMatrix(store: CoverageStore): Promise<MatrixModel> {
  const drafts = await store.all();
  const refs = new Map<string, ReferentielResult>();
  for (const d of drafts) {
    if (!d.referentiel || refs.has(d.referentiel.id)) continue;
    const r = await store.referentiel(d.uri);
    if (r) refs.set(d.referentiel.id, r);
  }
  return buildMatrix(drafts, refs, relative);
}

/** Opens, refreshes and talks to the matrix panel. */
export class MatrixView implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last model and page rendered (for tests). */
  lastModel?: MatrixModel;
  lastHtml?: string;
  private rendering: Promise<void> = Promise.resolve();

  constructor(private readonly context: vscode.ExtensionContext, private readonly store: CoverageStore, private readonly output: vscode.LogOutputChannel) {
    this.disposables.push(
      store.onDidChange(() => { if (this.panel) void this.render(); }),
      vscode.window.registerWebviewPanelSerializer(MATRIX_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => { this.attach(panel); await this.render(); },
      }),
    );
  }

  /** Shows the matrix (creating the panel when needed) and resolves once it is rendered. */
  async show(): Promise<void> {
    if (this.panel) this.panel.reveal(undefined, false);
    else {
      this.attach(vscode.window.createWebviewPanel(MATRIX_VIEW_TYPE, t('Coverage matrix'), vscode.ViewColumn.Active, {
        enableScripts: true,
        retainContextWhenHidden: false,
        localResourceRoots: [],
      }));
    }
    await this.render();
  }

  /** The filters in force (kept per workspace). */
  get filters(): MatrixFilters {
    return { ...NO_FILTERS, ...this.context.workspaceState.get<Partial<MatrixFilters>>(FILTERS_KEY) };
  }

  /** Changes the filters (as the page does) and re-renders. */
  async setFilters(filters: MatrixFilters): Promise<void> {
    await this.context.workspaceState.update(FILTERS_KEY, filters);
    if (this.panel) await this.render();
  }

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return !!this.panel;
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'coverage.svg');
    const subs = [
      panel.webview.onDidReceiveMessage((m: MatrixMessage) => void this.handleMessage(m)),
      panel.onDidChangeViewState((e) => { if (e.webviewPanel.visible) void this.render(); }),
    ];
    panel.onDidDispose(() => {
      for (const s of subs) s.dispose();
      if (this.panel === panel) this.panel = undefined;
    });
  }

  private render(): Promise<void> {
    // Renders run one after the other so a slow answer never overwrites a newer one.
    this.rendering = this.rendering.then(async () => {
      const panel = this.panel;
      if (!panel) return;
      const model = await loadMatrix(this.store);
      if (this.panel !== panel) return;
      const html = renderMatrixHtml({ model, strings: matrixStrings(), filters: this.filters, nonce: nonce(), cspSource: panel.webview.cspSource });
      this.lastModel = model;
      this.lastHtml = html;
      panel.title = t('Coverage matrix');
      panel.webview.html = html;
    }).catch((e) => { this.output.error(e instanceof Error ? e : String(e)); });
    return this.rendering;
  }

  /** Does what the page asks (a filter change, a click on a cell, an export button). */
  async handleMessage(m: MatrixMessage): Promise<void> {
    switch (m.type) {
      case 'filters':
        await this.context.workspaceState.update(FILTERS_KEY, { ...NO_FILTERS, ...m.filters });
        return;
      case 'open': {
        const uri = vscode.Uri.parse(m.uri);
        const at = m.line !== undefined ? new vscode.Position(m.line, m.character ?? 0) : undefined;
        // In the other editor group, the focus kept on the matrix: the reviewer keeps the overview.
        await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true, selection: at ? new vscode.Range(at, at) : undefined });
        return;
      }
      case 'fix':
        await this.addQuestion(vscode.Uri.parse(m.uri), m.id);
        return;
      case 'export':
        await vscode.commands.executeCommand('rncp.exportReport', { format: m.format });
        return;
    }
  }

  /**
   * An absent cell: the subject beside the matrix, and the quick fix "Ajouter une
   * question pour C8" applied (the server's own fix, through `rncp.applyFix`, once the
   * opened draft has its diagnostics).
   */
  async addQuestion(uri: vscode.Uri, id: string): Promise<boolean> {
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const has = () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'rncp' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'competence-manquante');
    if (!has()) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { sub.dispose(); resolve(); }, 5000);
        const sub = vscode.languages.onDidChangeDiagnostics((e) => {
          if (e.uris.some((u) => u.toString() === uri.toString()) && has()) { clearTimeout(timer); sub.dispose(); resolve(); }
        });
      });
    }
    return (await vscode.commands.executeCommand<boolean>('rncp.applyFix', { uri: uri.toString(), code: 'competence-manquante', id })) === true;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The page's texts in the UI language. */
function matrixStrings(): MatrixStrings {
  return {
    lang: uiLang(),
    title: t('Coverage matrix'),
    subject: t('Subject'),
    modalite: t('Modality'),
    score: t('Score'),
    bloc: t('Bloc'),
    status: t('Status'),
    all: t('All'),
    export: t('Export:'),
    empty: t('No subject matches these filters.'),
    noDrafts: t('No subject in this workspace.'),
    statuses: { complete: statusLabel('complete'), partielle: statusLabel('partielle'), absente: statusLabel('absente'), 'hors-modalite': statusLabel('hors-modalite') },
    notAssessed: t('not assessed by the modality'),
    criteria: t('criteria'),
    competencies: t('competencies'),
    search: t('Search subjects'),
    totals: t('Complete'),
    total: (id, complete, expected) => t('{0}: {1}/{2} complete subjects', id, complete, expected),
    phrase: (cell) => cellPhrase(cell),
    addQuestion: (id) => t('Add a question for {0}', id),
    problems: (errors, warnings) => [errors ? tn(errors, '{0} error', '{0} errors') : '', warnings ? tn(warnings, '{0} warning', '{0} warnings') : ''].filter(Boolean).join(', '),
    sortBy: t('click to sort'),
    points: t('Points'),
    subjectPoints: (row) => pointsAndDurationWords(row).join(' · '),
    blocPoints: (bloc) => t('Points of bloc {0}', bloc),
    pointsShare: (points, share) => pointsShareWords(points, share),
    shareBefore: t('Competencies under'),
    shareAfter: t('% of the points'),
    shareLabel: t('Highlight the competencies under this share of the subject’s points (percent)'),
  };
}

/** A fresh nonce for the webview's CSP, from Web Crypto (present in Node 20 and in browsers). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A cell's status in plain words: "balisée, aucun critère visé" rather than "0/4 · partielle". */
export function cellPhrase(cell: MatrixCell): string {
  const covered = cell.covered ?? 0;
  const total = cell.total ?? 0;
  switch (cell.status) {
    case 'complete': return t('complete, every criterion covered');
    case 'absente': return t('missing, not tagged');
    case 'hors-modalite': return t('outside the modality');
    case 'partielle': return covered === 0 ? t('tagged, no criterion covered') : t('partial, {0}/{1} criteria covered', covered, total);
  }
}
