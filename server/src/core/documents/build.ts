/**
 * Builds an exam document from a draft's analysis (FORMAT.md §10). Scaffolding
 * while the documents are written: the candidate, correctors' and grid builders
 * replace this body (issue 12).
 */
import type { DraftAnalysis } from '../analyze';
import type { Lang } from '../i18n';
import type { DocumentKind, ExamDocument } from './types';

/** The document `kind` of a draft, in `lang`. */
export function buildDocument(analysis: DraftAnalysis, kind: DocumentKind, _lang: Lang): ExamDocument {
  const m = analysis.model;
  const titre = m.frontMatter?.data?.titre;
  return { kind, title: typeof titre === 'string' ? titre : m.fileName, markdown: m.text.slice(m.bodyStart), warnings: [] };
}
