/** textDocument/codeAction: quick fixes and the source action adding missing competencies. */
import type { CancellationToken, CodeAction, CodeActionParams, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { codeActions } from '../core/features/codeActions';
import type { WorkspaceEdit as CoreWorkspaceEdit } from '../core/features/lsp';
import type { ServerContext } from '../context';

/** The actions for the requested range, with their edits. */
export async function onCodeAction(ctx: ServerContext, params: CodeActionParams, _token: CancellationToken): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const entry = await ctx.docs.fresh(uri);
  if (!entry) return [];
  const snippets = ctx.snippetEdits();
  const version = ctx.docs.documents.get(uri)?.version ?? null;
  return codeActions(entry.analysis, uri, params.range, ctx.settings().lang, params.context?.only)
    .map((a) => ({ ...a, edit: toLspEdit(a.edit, snippets, version) }));
}

/**
 * The core's edit as LSP wants it: snippet edits (LSP 3.18, `documentChanges`
 * only) when the client accepts them and the edit has one, so the inserted
 * `[à rédiger]` comes selected with Tab to the next; plain `changes` otherwise.
 */
export function toLspEdit(edit: CoreWorkspaceEdit, snippets: boolean, version: number | null): WorkspaceEdit {
  const entries = Object.entries(edit.changes);
  if (snippets && entries.some(([, edits]) => edits.some((e) => e.snippet !== undefined))) {
    return {
      documentChanges: entries.map(([uri, edits]): TextDocumentEdit => ({
        textDocument: { uri, version },
        edits: edits.map((e) => (e.snippet !== undefined
          ? { range: e.range, snippet: { kind: 'snippet', value: e.snippet } }
          : { range: e.range, newText: e.newText })),
      })),
    };
  }
  return { changes: Object.fromEntries(entries.map(([uri, edits]) => [uri, edits.map((e) => ({ range: e.range, newText: e.newText }))])) };
}
