/**
 * Builds an exam document from a draft's analysis (FORMAT.md §10), pure: the
 * candidate's subject, the correctors' file or the evaluation grid, as
 * Markdown cut from the draft's own text at the model's exact offsets (no
 * second parser), so every format derives from the same content.
 */
import type { DraftAnalysis } from '../analyze';
import type { Lang, Localized } from '../i18n';
import { corrigeNonFerme } from '../rules/corrigeNonFerme';
import { candidateMarkdown } from './candidate';
import { correcteurMarkdown } from './correcteur';
import { gridData, grilleMarkdown } from './grille';
import { documentTitle } from './title';
import type { DocumentKind, ExamDocument } from './types';

export { documentTitle } from './title';

/**
 * Why a draft cannot be exported: its containers never closed (`corrige-non-ferme`'s
 * messages, joined), or a part of it not analysed (over the analysis budget: its
 * tags and containers there are unknown).
 */
export function blockedBy(analysis: DraftAnalysis): Localized | undefined {
  const model = analysis.model;
  if (model.incomplete) return { fr: `analyse incomplète : ${model.incomplete.messages.fr}`, en: `incomplete analysis: ${model.incomplete.messages.en}` };
  if (model.internalError !== undefined) return { fr: 'erreur interne pendant la lecture du brouillon', en: 'internal error while reading the draft' };
  if (!model.containers.some((c) => !c.closed)) return undefined;
  const found = corrigeNonFerme.check({ model } as Parameters<typeof corrigeNonFerme.check>[0]);
  const at = (f: { span: { start: number } }) => model.lines.positionAt(f.span.start).line + 1;
  return {
    fr: found.map((f) => `ligne ${at(f)}\u00a0: ${f.messages.fr}`).join('\n'),
    en: found.map((f) => `line ${at(f)}: ${f.messages.en}`).join('\n'),
  };
}

/** What to say before writing: the `[à rédiger]` placeholders left (FORMAT.md §12). */
export function placeholderWarnings(analysis: DraftAnalysis): Localized[] {
  const n = analysis.model.placeholders.length;
  if (n === 0) return [];
  const lines = [...new Set(analysis.model.placeholders.map((p) => analysis.model.lines.positionAt(p.start).line + 1))].join(', ');
  return [{
    fr: n === 1 ? `le sujet contient encore un [à rédiger] (ligne ${lines})` : `le sujet contient encore ${n} [à rédiger] (lignes ${lines})`,
    en: n === 1 ? `the subject still holds one [à rédiger] (line ${lines})` : `the subject still holds ${n} [à rédiger] (lines ${lines})`,
  }];
}

/** The document `kind` of a draft, in `lang`. */
export function buildDocument(analysis: DraftAnalysis, kind: DocumentKind, lang: Lang): ExamDocument {
  const blocked = blockedBy(analysis);
  const base = { kind, title: documentTitle(analysis), warnings: placeholderWarnings(analysis), ...(blocked ? { blocked } : {}) };
  if (kind === 'candidat') return { ...base, markdown: candidateMarkdown(analysis.model) };
  if (kind === 'correcteur') return { ...base, markdown: correcteurMarkdown(analysis, lang) };
  const grid = gridData(analysis);
  return { ...base, markdown: grilleMarkdown(analysis, grid, lang), grid };
}
