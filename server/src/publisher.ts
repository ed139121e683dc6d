/**
 * What the server pushes when the index changes: the diagnostics of each draft
 * (all of an open draft's, as soon as it is analysed; of an unopened one, its
 * errors and warnings, or all of them, as `workspaceDiagnostics` says) and
 * `rncp/coverageChanged` for drafts whose coverage changed.
 */
import type { Connection, Disposable } from 'vscode-languageserver';
import { draftCoverage } from './core/features/coverage';
import { toLspDiagnostic } from './core/features/diagnostics';
import { COVERAGE_CHANGED_NOTIFICATION, type CoverageChangedParams } from './core/protocol';
import type { RncpSettings } from './core/settings';
import { background, type Logger } from './guard';
import type { IndexChange, IndexEntry, WorkspaceIndex } from './workspaceIndex';

/** Publishes diagnostics and coverage notifications for the index's changes. */
export class Publisher implements Disposable {
  /** URIs that have diagnostics on the client (so that only they are ever cleared). */
  private readonly published = new Set<string>();
  /** The last coverage sent per index key (without version), to notify real changes only. */
  private readonly coverage = new Map<string, string>();
  private readonly pending = new Set<string>();
  private flushing?: ReturnType<typeof setTimeout>;
  private readonly subscription: Disposable;

  constructor(
    private readonly connection: Connection,
    index: WorkspaceIndex,
    private readonly settings: () => RncpSettings,
    private readonly log: Logger,
  ) {
    this.subscription = index.onDidChange((change) => this.changed(change));
  }

  private changed({ key, entry, previous }: IndexChange): void {
    if (previous && previous.uri !== entry?.uri) this.clear(previous.uri);
    const mode = this.settings().workspaceDiagnostics;
    if (entry && (entry.open || mode !== 'off')) this.publish(entry, entry.open || mode === 'all');
    else if (entry) this.clear(entry.uri);
    const signature = entry ? JSON.stringify({ ...draftCoverage(entry.uri, entry.analysis), uri: undefined }) : undefined;
    if (signature !== this.coverage.get(key) || previous?.uri !== entry?.uri) {
      if (signature === undefined) this.coverage.delete(key);
      else this.coverage.set(key, signature);
      if (previous && previous.uri !== entry?.uri) this.pending.add(previous.uri);
      if (entry) this.pending.add(entry.uri);
      this.scheduleFlush();
    }
  }

  /** Sends a draft's diagnostics; `all` false keeps its errors and warnings only. */
  private publish(entry: IndexEntry, all: boolean): void {
    const kept = all ? entry.analysis.diagnostics : entry.analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    this.published.add(entry.uri);
    const diagnostics = kept.map(toLspDiagnostic);
    background(this.log, 'publish diagnostics', () => this.connection.sendDiagnostics({ uri: entry.uri, version: entry.version, diagnostics }));
  }

  private clear(uri: string): void {
    if (!this.published.delete(uri)) return;
    background(this.log, 'clear diagnostics', () => this.connection.sendDiagnostics({ uri, diagnostics: [] }));
  }

  /** One notification for the drafts changed in the same turn (a scan, a settings change). */
  private scheduleFlush(): void {
    if (this.flushing) return;
    // setTimeout, not setImmediate: the browser server's Web Worker has no setImmediate.
    this.flushing = setTimeout(() => {
      this.flushing = undefined;
      const params: CoverageChangedParams = { uris: [...this.pending].sort() };
      this.pending.clear();
      if (params.uris.length > 0) background(this.log, 'coverage notification', () => this.connection.sendNotification(COVERAGE_CHANGED_NOTIFICATION, params));
    });
  }

  dispose(): void {
    this.subscription.dispose();
    if (this.flushing) clearTimeout(this.flushing);
  }
}
