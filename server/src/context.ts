/** What every handler may use: the index, the open documents, the settings, the référentiels, the log. */
import type { RncpSettings } from './core/settings';
import type { DocumentSync } from './documents';
import type { Logger } from './guard';
import type { ReferentielStore } from './referentiels';
import type { RncpWorkspace } from './workspace/types';
import type { WorkspaceIndex } from './workspaceIndex';

/** The server's state as the handlers see it. */
export interface ServerContext {
  index: WorkspaceIndex;
  docs: DocumentSync;
  settings: () => RncpSettings;
  store: ReferentielStore;
  /** The files of the workspace (go to definition reads référentiel files through it). */
  workspace: RncpWorkspace;
  log: Logger;
  /** Whether the client applies LSP 3.18 snippet edits (`workspace.workspaceEdit.snippetEditSupport`). */
  snippetEdits: () => boolean;
}
