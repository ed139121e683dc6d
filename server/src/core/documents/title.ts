/** The title of a draft's documents (FORMAT.md §10). */
import type { DraftAnalysis } from '../analyze';
import { titreOf } from './candidate';
import { headingText } from './questionInfo';

/** The document's title: the draft's `titre`, else its first heading, else its file name. */
export function documentTitle(analysis: DraftAnalysis): string {
  const m = analysis.model;
  const titre = titreOf(m);
  if (titre !== undefined) return titre;
  const first = m.sections.findIndex((s) => !m.containers.some((c) => c.span.start <= s.heading.start && s.heading.end <= c.span.end));
  if (first >= 0) {
    const t = headingText(m, first);
    if (t !== '') return t;
  }
  return m.fileName.replace(/^.*[\\/]/, '');
}
