/**
 * The reviewers' view of the coverage panel: every draft of the workspace with its
 * modalité and score (`M1 · 3/5 C · 9/22 crit.`), worst status first in its icon;
 * under each draft, its expected competencies. A click opens the draft or the tag.
 */
import * as vscode from 'vscode';
import type { CompetenceCoverageInfo, DraftCoverage } from '../../../server/src/core/protocol';
import type { CoverageStore } from '../coverageStore';
import { baseName, draftStatus, longSummary, shortSummary, statusLabel } from '../format';
import { t, tn } from '../i18n';
import { statusIcon } from './icons';
import type { RevealArgs } from './treeProvider';

/** A node: a draft, or one of its competencies. */
export type WorkspaceNode =
  | { kind: 'draft'; draft: DraftCoverage }
  | { kind: 'competence'; draft: DraftCoverage; competence: CompetenceCoverageInfo };

/** Tree data of every draft's coverage. */
export class WorkspaceTreeProvider implements vscode.TreeDataProvider<WorkspaceNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<WorkspaceNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  /** The drafts last listed (for tests). */
  drafts: DraftCoverage[] = [];

  constructor(private readonly store: CoverageStore) {
    // Any change can add, remove or re-score a draft: reload the list.
    this.subscription = store.onDidChange(() => this.emitter.fire(undefined));
  }

  async getChildren(node?: WorkspaceNode): Promise<WorkspaceNode[]> {
    if (!node) {
      this.drafts = [...(await this.store.all())].sort((a, b) => relative(a.uri).localeCompare(relative(b.uri)));
      return this.drafts.map((draft) => ({ kind: 'draft', draft }));
    }
    if (node.kind === 'draft') return node.draft.competences.map((competence) => ({ kind: 'competence', draft: node.draft, competence }));
    return [];
  }

  getTreeItem(node: WorkspaceNode): vscode.TreeItem {
    const uri = vscode.Uri.parse(node.draft.uri);
    if (node.kind === 'draft') {
      const d = node.draft;
      const item = new vscode.TreeItem(baseName(d.uri), d.competences.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = d.uri;
      item.resourceUri = uri;
      item.description = shortSummary(d);
      const status = draftStatus(d);
      item.iconPath = status ? statusIcon(status) : new vscode.ThemeIcon('question');
      const tip = new vscode.MarkdownString();
      if (d.titre) tip.appendMarkdown(`**${escape(d.titre)}**\n\n`);
      tip.appendMarkdown(`${escape(relative(d.uri))}\n\n${escape(longSummary(d))}\n\n`);
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
    item.description = c.titre;
    item.iconPath = statusIcon(c.status);
    item.tooltip = `${c.id} — ${c.titre}: ${statusLabel(c.status)}`;
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

/** The path shown for a draft: relative to its workspace folder. */
export function relative(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
