/**
 * The reviewers' view of the coverage panel: every draft of the workspace with its
 * modalité and score (`M1 · 3/5 C · 9/22 crit.`, short for the side bar; the long
 * form in the tooltip), worst status first in its icon; under each draft, its expected
 * competencies. At 300 subjects: grouped by modalité or by folder, and filtered to the
 * incomplete ones. A click opens the draft or the tag.
 */
import * as vscode from 'vscode';
import type { CompetenceCoverageInfo, DraftCoverage } from '../../../server/src/core/protocol';
import type { CoverageStore } from '../coverageStore';
import { baseName, competencePoints, competencePointsWords, draftPoints, draftStatus, longSummary, pointsAndDurationWords, shortSummary, statusLabel } from '../format';
import { t, tn } from '../i18n';
import { statusIcon } from './icons';
import type { RevealArgs } from './treeProvider';

/** How the drafts are grouped. */
export type WorkspaceGrouping = 'none' | 'modalite' | 'folder';

/** A node: a group of drafts, a draft, or one of its competencies. */
export type WorkspaceNode =
  | { kind: 'group'; key: string; drafts: DraftCoverage[] }
  | { kind: 'draft'; draft: DraftCoverage }
  | { kind: 'competence'; draft: DraftCoverage; competence: CompetenceCoverageInfo };

/** Tree data of every draft's coverage. */
export class WorkspaceTreeProvider implements vscode.TreeDataProvider<WorkspaceNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<WorkspaceNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  /** The drafts last listed (for tests). */
  drafts: DraftCoverage[] = [];
  /** How the drafts are grouped. */
  grouping: WorkspaceGrouping = 'none';
  /** Whether complete drafts are hidden. */
  incompleteOnly = false;

  constructor(private readonly store: CoverageStore) {
    // Any change can add, remove or re-score a draft: reload the list.
    this.subscription = store.onDidChange(() => this.emitter.fire(undefined));
  }

  /** Groups and filters as asked, and shows the list again. */
  setView(view: { grouping?: WorkspaceGrouping; incompleteOnly?: boolean }): void {
    if (view.grouping) this.grouping = view.grouping;
    if (view.incompleteOnly !== undefined) this.incompleteOnly = view.incompleteOnly;
    this.emitter.fire(undefined);
  }

  async getChildren(node?: WorkspaceNode): Promise<WorkspaceNode[]> {
    if (!node) {
      const all = [...(await this.store.all())].sort((a, b) => relative(a.uri).localeCompare(relative(b.uri)));
      this.drafts = this.incompleteOnly ? all.filter((d) => draftStatus(d) !== 'complete') : all;
      if (this.grouping === 'none') return this.drafts.map((draft) => ({ kind: 'draft', draft }));
      const groups = new Map<string, DraftCoverage[]>();
      for (const d of this.drafts) {
        const key = groupKey(d, this.grouping);
        groups.set(key, [...(groups.get(key) ?? []), d]);
      }
      // Drafts without a modality (key '') last.
      return [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, undefined, { numeric: true })))
        .map(([key, drafts]) => ({ kind: 'group', key, drafts }));
    }
    if (node.kind === 'group') return node.drafts.map((draft) => ({ kind: 'draft', draft }));
    if (node.kind === 'draft') return node.draft.competences.map((competence) => ({ kind: 'competence', draft: node.draft, competence }));
    return [];
  }

  getTreeItem(node: WorkspaceNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const label = node.key === '' ? (this.grouping === 'modalite' ? t('No modality') : t('Workspace root')) : this.grouping === 'modalite' ? t('Modality {0}', node.key) : node.key;
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${this.grouping}:${node.key}`;
      const incomplete = node.drafts.filter((d) => draftStatus(d) !== 'complete').length;
      item.description = `${tn(node.drafts.length, '{0} subject', '{0} subjects')} · ${t('{0} to complete', incomplete)}`;
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'modalite' ? 'symbol-enum' : 'folder');
      item.contextValue = 'group';
      return item;
    }
    const uri = vscode.Uri.parse(node.draft.uri);
    if (node.kind === 'draft') {
      const d = node.draft;
      const item = new vscode.TreeItem(baseName(d.uri), d.competences.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = d.uri;
      item.resourceUri = uri;
      const pts = draftPoints(d);
      item.description = pts ? `${shortSummary(d)} · ${pts}` : shortSummary(d);
      const status = draftStatus(d);
      item.iconPath = status ? statusIcon(status) : new vscode.ThemeIcon('question');
      const tip = new vscode.MarkdownString();
      if (d.titre) tip.appendMarkdown(`**${escape(d.titre)}**\n\n`);
      tip.appendMarkdown(`${escape(relative(d.uri))}\n\n${escape(longSummary(d))}\n\n`);
      for (const line of pointsAndDurationWords(d)) tip.appendMarkdown(`${escape(line)}\n\n`);
      tip.appendMarkdown([
        tn(d.diagnostics.error, '{0} error', '{0} errors'),
        tn(d.diagnostics.warning, '{0} warning', '{0} warnings'),
        tn(d.diagnostics.information, '{0} info', '{0} infos'),
      ].join(' · '));
      item.tooltip = tip;
      item.contextValue = 'draft';
      item.command = { command: 'vscode.open', title: t('Open'), arguments: [uri] };
      return item;
    }
    const c = node.competence;
    const covered = c.criteres.filter((k) => k.covered).length;
    const item = new vscode.TreeItem(t('{0} · {1}/{2} criteria', c.id, covered, c.criteres.length), vscode.TreeItemCollapsibleState.None);
    item.id = `${node.draft.uri}#${c.id}`;
    const pts = competencePoints(node.draft, c);
    const ptsWords = competencePointsWords(node.draft, c);
    item.description = pts ? `${pts} · ${c.titre}` : c.titre;
    item.iconPath = statusIcon(c.status);
    item.tooltip = `${c.id} — ${c.titre}: ${statusLabel(c.status)}${ptsWords ? ` · ${ptsWords}` : ''}`;
    item.contextValue = `competence ${c.status}`;
    const first = c.occurrences[0];
    item.command = first
      ? { command: 'rncp.revealOccurrence', title: t('Go to the tag'), arguments: [{ uri: node.draft.uri, range: first.range } satisfies RevealArgs] }
      : { command: 'vscode.open', title: t('Open'), arguments: [uri] };
    return item;
  }

  /** Reloads the list. */
  refresh(): void {
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** The group of a draft: its modality, or the folder it is in (relative to the workspace). */
function groupKey(d: DraftCoverage, by: WorkspaceGrouping): string {
  if (by === 'modalite') return d.modalite?.id ?? d.modaliteValue ?? '';
  const rel = relative(d.uri);
  return rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
}

/** The path shown for a draft: relative to its workspace folder. */
export function relative(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
