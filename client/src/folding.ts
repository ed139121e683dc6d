/**
 * Folding by headings for `*.cas.md` drafts. VS Code folds Markdown sections only for the
 * `markdown` language, and a language configuration cannot describe sections; the server's
 * outline (textDocument/documentSymbol: one symbol per heading, spanning its section) can.
 */
import * as vscode from 'vscode';
import { DocumentSymbolRequest, type DocumentSymbol as LspDocumentSymbol } from 'vscode-languageclient';
import type { RncpClient } from './languageClient';

/** Folds each section of a casestudy draft, from its heading to the line before the next one. */
export class SectionFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly client: RncpClient) {}

  async provideFoldingRanges(doc: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[] | undefined> {
    if (!this.client.running) return undefined;
    let symbols: LspDocumentSymbol[] | null;
    try {
      symbols = await this.client.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: doc.uri.toString() } }, token) as LspDocumentSymbol[] | null;
    } catch {
      return undefined;
    }
    const ranges: vscode.FoldingRange[] = [];
    const walk = (list: LspDocumentSymbol[]) => {
      for (const s of list) {
        // A section ends where the next heading starts: fold up to the line before it,
        // without the blank lines that separate them.
        let end = s.range.end.character === 0 ? s.range.end.line - 1 : s.range.end.line;
        while (end > s.range.start.line && end < doc.lineCount && doc.lineAt(end).isEmptyOrWhitespace) end--;
        if (end > s.range.start.line) ranges.push(new vscode.FoldingRange(s.range.start.line, end));
        if (s.children?.length) walk(s.children);
      }
    };
    walk(Array.isArray(symbols) && symbols.length && 'range' in symbols[0] ? symbols : []);
    return ranges;
  }
}

/** Registers the provider for casestudy drafts (Markdown files keep VS Code's own folding). */
export function registerFolding(client: RncpClient): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider({ language: 'casestudy' }, new SectionFoldingProvider(client));
}
