/** What every handler may use: the index, the open documents, the settings, the référentiels, the log. */
import type { RncpSettings } from './core/settings';
import type { DocumentSync } from './documents';
import type { Logger } from './guard';
import type { ReferentielStore } from './referentiels';
import type { WorkspaceIndex } from './workspaceIndex';

/** The server's state as the handlers see it. */
export interface ServerContext {
  index: WorkspaceIndex;
  docs: DocumentSync;
  settings: () => RncpSettings;
  store: ReferentielStore;
  /** The folder of the bundled référentiel files (for go to definition). */
  referentielDir: string;
  log: Logger;
  /** Whether the client applies LSP 3.18 snippet edits (`workspace.workspaceEdit.snippetEditSupport`). */
  snippetEdits: () => boolean;
}
