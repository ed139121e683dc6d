/**
 * The status bar entry on a draft: `M1 · 3/5 compétences · 9/22 critères` (competencies
 * tagged, criteria covered; the status bar has room for the words); a click opens the
 * coverage panel. Hidden on other documents.
 */
import * as vscode from 'vscode';
import type { ActiveDraftTracker } from './activeDraft';
import { competencePointsWords, longSummary, pointsAndDurationWords, statusLabel } from './format';
import { t } from './i18n';

/** Shows the active draft's coverage in the status bar. */
export class CoverageStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly subscription: vscode.Disposable;

  constructor(tracker: ActiveDraftTracker) {
    this.item = vscode.window.createStatusBarItem('rncp.coverage', vscode.StatusBarAlignment.Left, 50);
    this.item.name = t('RNCP coverage');
    this.item.command = 'rncp.showCoverage';
    this.subscription = tracker.onDidChange(() => this.render(tracker));
    this.render(tracker);
  }

  /** The text shown, or undefined when hidden (for tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  private render(tracker: ActiveDraftTracker): void {
    const d = tracker.value?.coverage;
    if (!d) {
      this.item.hide();
      this.visible = false;
      return;
    }
    this.item.text = longSummary(d);
    const tip = new vscode.MarkdownString(undefined, true);
    if (d.titre) tip.appendMarkdown(`**${escapeMarkdown(d.titre)}**\n\n`);
    tip.appendMarkdown(`${longSummary(d)}\n\n`);
    for (const line of pointsAndDurationWords(d)) tip.appendMarkdown(`${escapeMarkdown(line)}\n\n`);
    for (const c of d.competences) {
      const covered = c.criteres.filter((k) => k.covered).length;
      const pts = competencePointsWords(d, c);
      tip.appendMarkdown(`- ${c.id} ${escapeMarkdown(c.titre)} — ${statusLabel(c.status)}, ${t('{0}/{1} criteria covered', covered, c.criteres.length)}${pts ? `, ${escapeMarkdown(pts)}` : ''}\n`);
    }
    for (const h of d.horsModalite) tip.appendMarkdown(`- ${h.id} — ${statusLabel('hors-modalite')}\n`);
    tip.appendMarkdown(`\n${t('Click to open the coverage panel.')}`);
    this.item.tooltip = tip;
    // A missing competency is the one problem a reviewer rejects a subject for: make it visible.
    this.item.backgroundColor = d.competences.some((c) => c.status === 'absente') ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

/** Text shown as is inside Markdown. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
