/**
 * `rncp.insertTag`: a quick pick of the référentiel's competencies and criteria with their
 * titles (the draft's modality first, with their status), inserting `{C3}` or `{C3.2}` at
 * the cursor. The list comes from the server (`rncp/referentiel`, `rncp/coverage`).
 */
import * as vscode from 'vscode';
import type { DraftCoverage, ReferentielResult } from '../../../server/src/core/protocol';
import { statusLabel } from '../format';
import { t } from '../i18n';
import type { Services } from '../services';

interface TagItem extends vscode.QuickPickItem {
  code?: string;
}

/** Registers the command; `codes` (e.g. `['C3', 'C4.1']`) skips the quick pick. */
export function registerInsertTag(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rncp.insertTag', async (codes?: string[]) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    let picked = codes;
    if (!picked?.length) {
      const uri = editor.document.uri.toString();
      const [coverage, ref] = await Promise.all([s.store.draft(uri), s.store.referentiel(uri)]);
      const items = tagItems(coverage, ref);
      if (!items.length) {
        void vscode.window.showInformationMessage(t('The competencies of this document are unknown: is it an exam subject?'));
        return false;
      }
      const choice = await vscode.window.showQuickPick(items, {
        title: t('Insert a competency tag'),
        placeHolder: t('Type a code or words of a title (C4, veille, négociation…)'),
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (!choice?.code) return false;
      picked = [choice.code];
    }
    const tag = `{${picked.join(', ')}}`;
    return editor.edit((b) => {
      for (const sel of editor.selections) {
        const before = sel.start.character > 0 ? editor.document.getText(new vscode.Range(sel.start.translate(0, -1), sel.start)) : '';
        // A tag closes a sentence or a heading: keep one space before it.
        b.replace(sel, `${before && !/\s/.test(before) ? ' ' : ''}${tag}`);
      }
    });
  });
}

/** The items: the modality's competencies and criteria first, then the rest of the référentiel. */
function tagItems(coverage: DraftCoverage | undefined, ref: ReferentielResult | undefined): TagItem[] {
  const items: TagItem[] = [];
  const expected = coverage?.competences ?? [];
  const expectedIds = new Set(expected.map((c) => c.id));
  if (expected.length) {
    items.push({ label: t('Modality {0}', coverage?.modalite?.id ?? ''), kind: vscode.QuickPickItemKind.Separator });
    for (const c of expected) {
      const covered = c.criteres.filter((k) => k.covered).length;
      items.push({ label: c.id, description: c.titre, detail: `${statusLabel(c.status)} · ${t('{0}/{1} criteria covered', covered, c.criteres.length)}`, code: c.id });
      for (const k of c.criteres) items.push({ label: `$(${k.covered ? 'check' : 'circle-large-outline'}) ${k.id}`, description: k.texte, code: k.id });
    }
  }
  if (ref) {
    for (const b of ref.blocs) {
      const comps = ref.competences.filter((c) => c.bloc === b.id && !expectedIds.has(c.id));
      if (!comps.length) continue;
      items.push({ label: `${b.id} — ${b.titre}`, kind: vscode.QuickPickItemKind.Separator });
      for (const c of comps) {
        items.push({ label: c.id, description: c.titre, detail: c.modalite ? t('assessed by {0}', c.modalite) : undefined, code: c.id });
        for (const k of c.criteres) items.push({ label: `    ${k.id}`, description: k.texte, code: k.id });
      }
    }
  }
  return items;
}
