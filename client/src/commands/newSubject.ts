/**
 * `rncp.newSubject` ("Nouveau sujet…"): picks a modalité and opens a new draft filled
 * with that modalité's skeleton snippet (snippets/rncp.code-snippets, generated from the
 * référentiel), as an unsaved `*.cas.md` next to the workspace's subjects.
 */
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { Services } from '../services';

/** A subject skeleton of the snippets file. */
export interface Skeleton {
  modalite: string;
  name: string;
  description: string;
  body: string;
}

/** Arguments of the command, all optional (tests pass both). */
export interface NewSubjectArgs {
  modalite?: string;
  /** Where the draft will be saved (it opens unsaved). */
  uri?: vscode.Uri | string;
}

/** Reads the skeletons from the extension's snippets file. */
export async function readSkeletons(extensionUri: vscode.Uri): Promise<Skeleton[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'rncp.code-snippets'));
  const snippets = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, { prefix: string[]; body: string[]; description: string }>;
  return Object.entries(snippets).flatMap(([name, s]) => {
    const m = s.body.map((l) => /^modalite: (\S+)$/.exec(l)).find(Boolean);
    return m ? [{ modalite: m[1], name, description: s.description, body: s.body.join('\n') }] : [];
  });
}

/** Registers the command; it resolves to the new editor. */
export function registerNewSubject(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.newSubject', async (args: NewSubjectArgs = {}) => {
    const skeletons = await readSkeletons(s.context.extensionUri);
    const skeleton = args.modalite
      ? skeletons.find((k) => k.modalite.toLowerCase() === args.modalite!.toLowerCase())
      : await vscode.window.showQuickPick(
        skeletons.map((k) => ({ label: k.modalite, description: k.name.replace(/^Sujet \S+ — /, ''), detail: k.description, skeleton: k })),
        { title: t('New subject'), placeHolder: t('Modality of the subject') },
      ).then((p) => p?.skeleton);
    if (!skeleton) return undefined;
    const target = args.uri ? (typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri) : await freeName(skeleton.modalite);
    // An untitled document with a path: nothing is written until the author saves, and
    // the name (*.cas.md) already makes it a draft for the server.
    const doc = target
      ? await vscode.workspace.openTextDocument(target.scheme === 'untitled' ? target : target.with({ scheme: 'untitled' }))
      : await vscode.workspace.openTextDocument({ language: 'casestudy' });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    if (doc.languageId !== 'casestudy') await vscode.languages.setTextDocumentLanguage(doc, 'casestudy');
    await editor.insertSnippet(new vscode.SnippetString(skeleton.body), new vscode.Range(0, 0, doc.lineCount, 0));
    return editor;
  });
}

/** `sujet-m1.cas.md` in the first workspace folder, numbered when taken. */
async function freeName(modalite: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return undefined;
  for (let i = 1; ; i++) {
    const uri = vscode.Uri.joinPath(folder, `${t('subject')}-${modalite.toLowerCase()}${i > 1 ? `-${i}` : ''}.cas.md`);
    const taken = await vscode.workspace.fs.stat(uri).then(() => true, () => false)
      || vscode.workspace.textDocuments.some((d) => d.uri.path === uri.path);
    if (!taken) return uri;
  }
}
