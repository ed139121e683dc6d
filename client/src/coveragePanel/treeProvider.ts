/**
 * The "active subject" tree of the coverage panel: bloc → compétence → critère, each
 * with its status icon and counts (`C4 · 5/8 critères`, then its points when the subject
 * has marks: `3 pts (15 %) · title`); under them, the places where
 * they are tagged (a click reveals the tag). A missing or partial competency carries its quick fix
 * inline. Everything comes from the server's `rncp/coverage` answer.
 */
import * as vscode from 'vscode';
import type { CompetenceCoverageInfo, CritereCoverageInfo, DraftCoverage, OccurrenceInfo, ReferentielResult } from '../../../server/src/core/protocol';
import type { ActiveDraft, ActiveDraftTracker } from '../activeDraft';
import type { CoverageStore } from '../coverageStore';
import { baseName, competencePoints, competencePointsWords, longSummary, statusLabel } from '../format';
import { t, tn } from '../i18n';
import { critereIcon, OCCURRENCE_ICON, statusIcon } from './icons';

/** A node of the tree. */
export type CoverageNode =
  | { kind: 'bloc'; id: string; titre?: string; competences: CompetenceCoverageInfo[] }
  | { kind: 'competence'; competence: CompetenceCoverageInfo }
  | { kind: 'critere'; critere: CritereCoverageInfo; competence: CompetenceCoverageInfo }
  | { kind: 'horsModaliteGroup'; items: DraftCoverage['horsModalite'] }
  | { kind: 'horsModalite'; item: DraftCoverage['horsModalite'][number] }
  | { kind: 'occurrence'; occurrence: OccurrenceInfo; parentId: string }
  | { kind: 'problems'; items: vscode.Diagnostic[] }
  | { kind: 'problem'; diagnostic: vscode.Diagnostic };

/** Arguments of `rncp.revealOccurrence`. */
export interface RevealArgs {
  uri: string;
  range: OccurrenceInfo['range'];
}

/** Arguments of `rncp.applyFix` (a tree node, or these fields from a test). */
export interface FixArgs {
  uri: string;
  code: 'competence-manquante' | 'critere-manquant';
  id: string;
}

/** Tree data of the active draft's coverage. */
export class ActiveDraftTreeProvider implements vscode.TreeDataProvider<CoverageNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<CoverageNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private draft?: ActiveDraft;
  private referentiel?: ReferentielResult;
  private readonly subscription: vscode.Disposable;
  /** The tree view, to set its title description and message. */
  view?: vscode.TreeView<CoverageNode>;

  private readonly diagnosticsSubscription: vscode.Disposable;

  constructor(tracker: ActiveDraftTracker, private readonly store: CoverageStore) {
    this.subscription = tracker.onDidChange((d) => void this.update(d));
    // The subject's own problems head the tree: redraw when they change.
    this.diagnosticsSubscription = vscode.languages.onDidChangeDiagnostics((e) => {
      const uri = this.draft?.coverage?.uri;
      if (uri && e.uris.some((u) => u.toString() === uri)) this.emitter.fire(undefined);
    });
    void this.update(tracker.value);
  }

  /** The active subject's rncp diagnostics, errors first, then by line. */
  private problems(uri: string): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(vscode.Uri.parse(uri))
      .filter((d) => d.source === 'rncp')
      .sort((a, b) => a.severity - b.severity || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }

  /** The coverage shown (for tests and commands). */
  get coverage(): DraftCoverage | undefined {
    return this.draft?.coverage;
  }

  private async update(d: ActiveDraft | undefined): Promise<void> {
    this.draft = d;
    this.showTexts(d);
    this.emitter.fire(undefined);
    // Bloc titles come from the référentiel: the tree is drawn first, titled when they arrive.
    const referentiel = d?.coverage ? await this.store.referentiel(d.coverage.uri) : undefined;
    if (this.draft !== d || referentiel === this.referentiel) return;
    this.referentiel = referentiel;
    this.emitter.fire(undefined);
  }

  /** The view's description (file and counts) and its message when there is no tree to show. */
  private showTexts(d: ActiveDraft | undefined): void {
    if (this.view) {
      const c = d?.coverage;
      this.view.description = c ? `${baseName(c.uri)} · ${longSummary(c)}` : undefined;
      this.view.message = !d
        ? undefined
        : !c
          ? t('{0} is not an exam subject: give its modality in the front matter (modalite, for example M1), or name it .cas.md.', baseName(d.uri.toString()))
          : !c.counts
            ? t('Coverage needs a known modality: give it in the front matter (modalite, for example M1).')
            : undefined;
    }
  }

  getChildren(node?: CoverageNode): CoverageNode[] {
    const d = this.draft?.coverage;
    if (!d) return [];
    if (!node) {
      const blocs = new Map<string, CompetenceCoverageInfo[]>();
      for (const c of d.competences) blocs.set(c.bloc, [...(blocs.get(c.bloc) ?? []), c]);
      const problems = this.problems(d.uri);
      const roots: CoverageNode[] = [
        // The author's own problems first: the Problems panel mixes them with every other subject's.
        ...(problems.length > 0 ? [{ kind: 'problems', items: problems } satisfies CoverageNode] : []),
        ...[...blocs].map(([id, competences]): CoverageNode => ({
          kind: 'bloc', id, titre: this.referentiel?.blocs.find((b) => b.id === id)?.titre, competences,
        })),
      ];
      if (d.horsModalite.length) roots.push({ kind: 'horsModaliteGroup', items: d.horsModalite });
      return roots;
    }
    switch (node.kind) {
      case 'bloc': return node.competences.map((competence) => ({ kind: 'competence', competence }));
      case 'competence': return [
        ...node.competence.criteres.map((critere): CoverageNode => ({ kind: 'critere', critere, competence: node.competence })),
        ...node.competence.occurrences.map((occurrence): CoverageNode => ({ kind: 'occurrence', occurrence, parentId: node.competence.id })),
      ];
      case 'critere': return node.critere.occurrences.map((occurrence) => ({ kind: 'occurrence', occurrence, parentId: node.critere.id }));
      case 'horsModaliteGroup': return node.items.map((item) => ({ kind: 'horsModalite', item }));
      case 'horsModalite': return node.item.occurrences.map((occurrence) => ({ kind: 'occurrence', occurrence, parentId: node.item.id }));
      case 'occurrence': return [];
      case 'problems': return node.items.map((diagnostic) => ({ kind: 'problem', diagnostic }));
      case 'problem': return [];
    }
  }

  getTreeItem(node: CoverageNode): vscode.TreeItem {
    const uri = this.draft?.coverage?.uri ?? '';
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    const None = vscode.TreeItemCollapsibleState.None;
    switch (node.kind) {
      case 'bloc': {
        const item = new vscode.TreeItem(`${node.id}${node.titre ? ` — ${node.titre}` : ''}`, vscode.TreeItemCollapsibleState.Expanded);
        const done = node.competences.filter((c) => c.status === 'complete').length;
        const d = this.draft?.coverage;
        const bloc = d?.points?.blocs.find((b) => b.id === node.id);
        const pts = d && bloc ? competencePoints(d, bloc) : '';
        item.description = `${t('{0}/{1} complete', done, node.competences.length)}${pts ? ` · ${pts}` : ''}`;
        item.id = `${uri}#${node.id}`;
        item.contextValue = 'bloc';
        item.iconPath = new vscode.ThemeIcon('symbol-namespace');
        return item;
      }
      case 'competence': {
        const c = node.competence;
        const covered = c.criteres.filter((k) => k.covered).length;
        const item = new vscode.TreeItem(t('{0} · {1}/{2} criteria', c.id, covered, c.criteres.length), Collapsed);
        const d = this.draft?.coverage;
        const pts = d ? competencePoints(d, c) : '';
        const ptsWords = d ? competencePointsWords(d, c) : '';
        item.description = pts ? `${pts} · ${c.titre}` : c.titre;
        item.id = `${uri}#${c.id}`;
        item.iconPath = statusIcon(c.status);
        item.tooltip = new vscode.MarkdownString(`**${c.id} — ${c.titre}**\n\n${statusLabel(c.status)} · ${t('{0}/{1} criteria covered', covered, c.criteres.length)}${ptsWords ? `\n\n${ptsWords}` : ''}`);
        item.accessibilityInformation = { label: `${c.id}, ${statusLabel(c.status)}, ${covered}/${c.criteres.length}${ptsWords ? `, ${ptsWords}` : ''}` };
        // A missing competency has a server quick fix (a tagged question), a partial one too
        // (a placeholder question per uncovered criterion); a complete one has none.
        item.contextValue = c.status === 'complete' ? 'competence complete' : `competence ${c.status} fixable`;
        return item;
      }
      case 'critere': {
        const k = node.critere;
        const item = new vscode.TreeItem(k.id, k.occurrences.length ? Collapsed : None);
        item.description = k.texte;
        item.tooltip = new vscode.MarkdownString(`**${k.id}** — ${k.covered ? t('covered') : t('not covered')}\n\n${k.texte}`);
        item.id = `${uri}#${k.id}`;
        item.iconPath = critereIcon(k.covered);
        item.contextValue = k.covered ? 'critere covered' : 'critere manquant';
        return item;
      }
      case 'horsModaliteGroup': {
        const item = new vscode.TreeItem(t('Outside the modality'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = node.items.map((h) => h.id).join(', ');
        item.id = `${uri}#hors-modalite`;
        item.iconPath = statusIcon('hors-modalite');
        item.contextValue = 'horsModaliteGroup';
        return item;
      }
      case 'horsModalite': {
        const h = node.item;
        const item = new vscode.TreeItem(h.id, Collapsed);
        item.description = h.titre;
        item.id = `${uri}#hors-${h.id}`;
        item.iconPath = statusIcon('hors-modalite');
        item.tooltip = t('{0} is tagged but the modality does not assess it.', h.id);
        item.contextValue = 'competence hors-modalite';
        return item;
      }
      case 'occurrence': {
        const o = node.occurrence;
        const line = o.range.start.line + 1;
        // The code first (several tags often share a section), then where it stands.
        const item = new vscode.TreeItem(`{${o.code}}`, None);
        const where = o.container === 'corrige' ? ` · ${t('in the answer key')}` : o.container === 'jury' ? ` · ${t('in a note to the jury')}` : '';
        item.description = `${o.section ? `${t('line {0}', line)} — ${o.section}` : t('line {0}', line)}${where}`;
        item.id = `${uri}#${node.parentId}@${o.range.start.line}:${o.range.start.character}`;
        item.iconPath = OCCURRENCE_ICON;
        item.contextValue = 'occurrence';
        item.command = { command: 'rncp.revealOccurrence', title: t('Go to the tag'), arguments: [{ uri, range: o.range } satisfies RevealArgs] };
        return item;
      }
      case 'problems': {
        const count = (s: vscode.DiagnosticSeverity) => node.items.filter((x) => x.severity === s).length;
        const errors = count(vscode.DiagnosticSeverity.Error);
        const warnings = count(vscode.DiagnosticSeverity.Warning);
        const others = node.items.length - errors - warnings;
        // Open when something needs fixing; informations alone (criteria to name) wait folded.
        const item = new vscode.TreeItem(t('Problems of this subject'), errors + warnings > 0 ? vscode.TreeItemCollapsibleState.Expanded : Collapsed);
        item.description = [
          errors ? tn(errors, '{0} error', '{0} errors') : '',
          warnings ? tn(warnings, '{0} warning', '{0} warnings') : '',
          others ? tn(others, '{0} info', '{0} infos') : '',
        ].filter(Boolean).join(' · ');
        item.id = `${uri}#problems`;
        item.iconPath = new vscode.ThemeIcon(errors ? 'error' : warnings ? 'warning' : 'info');
        item.contextValue = 'problems';
        return item;
      }
      case 'problem': {
        const d = node.diagnostic;
        const item = new vscode.TreeItem(d.message, None);
        const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
        item.description = t('line {0}', d.range.start.line + 1);
        item.tooltip = `${d.message} [${code}]`;
        item.id = `${uri}#problem@${d.range.start.line}:${d.range.start.character}:${code}:${d.message}`;
        item.iconPath = new vscode.ThemeIcon(d.severity === vscode.DiagnosticSeverity.Error ? 'error' : d.severity === vscode.DiagnosticSeverity.Warning ? 'warning' : 'info');
        item.contextValue = 'problem';
        const range = { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } };
        item.command = { command: 'rncp.revealOccurrence', title: t('Go to the problem'), arguments: [{ uri, range } satisfies RevealArgs] };
        return item;
      }
    }
  }

  /** The arguments of `rncp.applyFix` for a node, when it has a fix. */
  fixArgs(node: CoverageNode): FixArgs | undefined {
    const uri = this.draft?.coverage?.uri;
    if (!uri) return undefined;
    if (node.kind === 'competence' && node.competence.status === 'absente') return { uri, code: 'competence-manquante', id: node.competence.id };
    // `critere-manquant` is one diagnostic per competency: its fix adds every uncovered criterion at once.
    if (node.kind === 'competence' && node.competence.status === 'partielle') return { uri, code: 'critere-manquant', id: node.competence.id };
    return undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.diagnosticsSubscription.dispose();
    this.emitter.dispose();
  }
}
