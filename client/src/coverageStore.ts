/**
 * The client's copy of the server's coverage model. Views ask it for a draft's or the
 * workspace's coverage; it asks the server (`rncp/coverage`) once and keeps the answer
 * until the server says it changed (`rncp/coverageChanged`). Nothing here reads drafts.
 */
import * as vscode from 'vscode';
import type { DraftCoverage, ReferentielResult } from '../../server/src/core/protocol';
import type { RncpClient } from './languageClient';

/** Coalesces bursts of change notifications (typing) into one refresh of the views. */
const DEBOUNCE_MS = 150;

/** Cached coverage answers, invalidated by the server's notifications. */
export class CoverageStore implements vscode.Disposable {
  private readonly drafts = new Map<string, Promise<DraftCoverage | undefined>>();
  private workspace?: Promise<DraftCoverage[]>;
  private readonly referentiels = new Map<string, Promise<ReferentielResult | undefined>>();
  private pending: Set<string> | 'all' | undefined;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly emitter = new vscode.EventEmitter<string[] | undefined>();
  /** Fires (debounced) with the URIs whose coverage changed, `undefined` for "all". */
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly client: RncpClient) {
    this.subscription = client.onDidChangeCoverage((uris) => this.invalidate(uris));
  }

  /** The coverage of a document, undefined when it is not a draft. */
  draft(uri: vscode.Uri | string): Promise<DraftCoverage | undefined> {
    const key = uri.toString();
    let p = this.drafts.get(key);
    if (!p) {
      p = this.client.coverage(key);
      this.drafts.set(key, p);
      // "Not a draft" is not kept: the server may not have seen the document open yet,
      // and a failed request (server down) must be retried.
      void p.then((d) => { if (!d && this.drafts.get(key) === p) this.drafts.delete(key); });
    }
    return p;
  }

  /** Every draft the server knows, sorted by URI. */
  all(): Promise<DraftCoverage[]> {
    if (!this.workspace) {
      const p = this.client.allCoverage();
      this.workspace = p;
      void p.then((list) => {
        if (list.length === 0 && !this.client.running && this.workspace === p) this.workspace = undefined;
      });
    }
    return this.workspace;
  }

  /** The référentiel of a draft (cached by référentiel id once known, else by URI). */
  referentiel(uri?: string): Promise<ReferentielResult | undefined> {
    const key = uri ?? '';
    let p = this.referentiels.get(key);
    if (!p) {
      p = this.client.referentiel(uri);
      this.referentiels.set(key, p);
      void p.then((r) => { if (!r) this.referentiels.delete(key); });
    }
    return p;
  }

  /** Forgets everything and tells the views (the "refresh" button). */
  refresh(): void {
    this.invalidate(undefined);
  }

  /** Resolves after the next change event (tests and commands that just edited a draft). */
  nextChange(): Promise<string[] | undefined> {
    return new Promise((resolve) => {
      const sub = this.onDidChange((uris) => { sub.dispose(); resolve(uris); });
    });
  }

  private invalidate(uris: string[] | undefined): void {
    this.workspace = undefined;
    if (uris === undefined) {
      this.drafts.clear();
      this.referentiels.clear();
      this.pending = 'all';
    } else {
      for (const u of uris) {
        this.drafts.delete(u);
        this.referentiels.delete(u);
      }
      if (this.pending !== 'all') this.pending = new Set([...(this.pending ?? []), ...uris]);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const p = this.pending;
      this.pending = undefined;
      this.emitter.fire(p === 'all' || p === undefined ? undefined : [...p]);
    }, DEBOUNCE_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
