/** The code lens on the `modalite` line: how much of the modality the draft covers. */
import type { DraftAnalysis } from '../analyze';
import type { Lang } from '../i18n';
import { COMMANDS } from '../protocol';
import type { CodeLens } from './lsp';
import { tr } from './markdown';

/** `3/5 compétences · 9/22 critères`: competencies tagged, criteria covered. */
export function coverageTitle(analysis: DraftAnalysis, lang: Lang): string | undefined {
  const counts = analysis.coverage?.counts;
  if (!counts) return undefined;
  const { competences: c, criteres: k } = counts;
  return tr(lang,
    `${c.tagged}/${c.total} compétences · ${k.covered}/${k.total} critères`,
    `${c.tagged}/${c.total} competencies · ${k.covered}/${k.total} criteria`);
}

/** The lens above the `modalite` line; its command opens the coverage view of the client. */
export function codeLenses(analysis: DraftAnalysis, uri: string, lang: Lang): CodeLens[] {
  const at = analysis.model.frontMatter?.modalite;
  const title = coverageTitle(analysis, lang);
  if (!analysis.model.isDraft || !at || !title) return [];
  const line = analysis.model.lines.positionAt(at.span.start).line;
  return [{ range: analysis.model.lines.lineRange(line), command: { title, command: COMMANDS.showCoverage, arguments: [uri] } }];
}
