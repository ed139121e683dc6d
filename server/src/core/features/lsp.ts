/**
 * Plain mirrors of the LSP shapes the features return, so that the core stays
 * free of `vscode-languageserver` while the adapter can hand these objects to
 * the connection as they are (same field names, same numeric kinds).
 */
import type { Range, Position } from '../text';

/** Markdown shown in hovers and completion documentation. */
export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

/** A hover: Markdown and the range it describes. */
export interface Hover {
  contents: MarkupContent;
  range?: Range;
}

/** An edit of one range of one text. */
export interface TextEdit {
  range: Range;
  newText: string;
  /**
   * The same insertion as a snippet (LSP 3.18 `SnippetTextEdit`), its
   * placeholders as tab stops, for a client that accepts snippet edits; the
   * adapter sends one or the other, never this field.
   */
  snippet?: string;
}

/** Edits by document URI. */
export interface WorkspaceEdit {
  changes: Record<string, TextEdit[]>;
}

/** A command the client runs (a code lens's action). */
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

/** LSP diagnostic severities. */
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
/** An LSP diagnostic severity. */
export type DiagnosticSeverity = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];

/** A diagnostic as published over LSP. */
export interface LspDiagnostic {
  range: Range;
  severity: DiagnosticSeverity;
  code: string;
  source: 'rncp';
  message: string;
  data?: unknown;
}

/** The completion item kinds the features use (LSP numbering). */
export const CompletionItemKind = { Text: 1, Module: 9, Property: 10, Value: 12, Enum: 13, Reference: 18, EnumMember: 20, Constant: 21 } as const;
/** A completion item kind. */
export type CompletionItemKind = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

/**
 * What an editor shows on every row of the completion list, not only on the
 * selected one (LSP 3.17 `CompletionItemLabelDetails`): `detail` right after the
 * label, `description` at the end of the row.
 */
export interface CompletionItemLabelDetails {
  detail?: string;
  description?: string;
}

/** A completion proposal. */
export interface CompletionItem {
  label: string;
  labelDetails?: CompletionItemLabelDetails;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: MarkupContent;
  /** Orders the list: the draft's own modality first. */
  sortText: string;
  filterText?: string;
  textEdit: TextEdit;
  /** Shown selected (the first competency of the modality still to tag). */
  preselect?: boolean;
}

/** Code action kinds (LSP's, plus the source action of this server). */
export const CodeActionKind = {
  QuickFix: 'quickfix',
  Source: 'source',
  /** Adds every missing competency at once. */
  AddMissingCompetencies: 'source.rncp.addMissingCompetencies',
  /** Adds an empty answer key after every question without one. */
  AddAnswerKeys: 'source.rncp.addAnswerKeys',
} as const;

/** A code action with its edit. */
export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: LspDiagnostic[];
  isPreferred?: boolean;
  edit: WorkspaceEdit;
}

/** LSP symbol kinds used here. */
export const SymbolKind = { File: 1, Module: 2, Namespace: 3, Key: 20, String: 15, Constant: 14, Object: 19, EnumMember: 22 } as const;
/** A symbol kind. */
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

/** A symbol of one document (a heading of the outline). */
export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

/** A place in a document. */
export interface Location {
  uri: string;
  range: Range;
}

/** A symbol found across the workspace. */
export interface SymbolInformation {
  name: string;
  kind: SymbolKind;
  location: Location;
  containerName?: string;
}

/** LSP document highlight kinds. */
export const DocumentHighlightKind = { Text: 1, Read: 2, Write: 3 } as const;

/** A highlighted range of the current document. */
export interface DocumentHighlight {
  range: Range;
  kind: (typeof DocumentHighlightKind)[keyof typeof DocumentHighlightKind];
}

/** A hint shown inline in the text. */
export interface InlayHint {
  position: Position;
  label: string;
  tooltip?: MarkupContent;
  paddingLeft?: boolean;
}

/** A code lens: a command shown above a line. */
export interface CodeLens {
  range: Range;
  command: Command;
}

/** Whether two ranges overlap or touch. */
export function rangesTouch(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
