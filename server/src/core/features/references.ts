/**
 * References and highlights: every tag of a competency (its code, its criteria,
 * a range holding it) or of a criterion (tags naming it), in one draft or many.
 */
import type { DraftAnalysis } from '../analyze';
import { competenciesOf } from '../coverage';
import type { TagItem } from '../parse/tagSyntax';
import type { Referentiel } from '../referentiel/model';
import type { Position, Span } from '../text';
import { targetAt } from './locate';
import { DocumentHighlightKind, type DocumentHighlight, type Location } from './lsp';

/** An analysed draft and its URI: what workspace-wide features walk. */
export interface WorkspaceDraft {
  uri: string;
  analysis: DraftAnalysis;
}

/** Asked between drafts so that long work stops when the request is cancelled. */
export type IsCancelled = () => boolean;

/** The competency or criterion id under the cursor, when there is one. */
export function codeIdAt(analysis: DraftAnalysis, position: Position): string | undefined {
  if (!analysis.model.isDraft) return undefined;
  const t = targetAt(analysis.model, analysis.model.lines.offsetAt(position));
  return t?.kind === 'competence' || t?.kind === 'critere' ? t.id : undefined;
}

/** Whether a tag item names a competency (directly, by a criterion or a range) or a criterion. */
export function itemNames(item: TagItem, id: string, ref: Referentiel | undefined): boolean {
  const upper = id.toUpperCase();
  if (upper.includes('.')) return item.kind === 'code' && item.code.id === upper;
  if (ref) return competenciesOf(item, ref).some((c) => c.id === upper);
  // Without a référentiel, a code still names its own competency.
  const n = Number(upper.slice(1));
  return item.kind === 'code' ? item.code.competence === n : item.from.competence <= n && n <= item.to.competence;
}

/** The spans of the tag items that name an id in one draft, in text order. */
export function occurrencesIn(analysis: DraftAnalysis, id: string): Span[] {
  const out: Span[] = [];
  for (const tag of analysis.model.tags) {
    for (const item of tag.items) if (itemNames(item, id, analysis.referentiel)) out.push(item.span);
  }
  return out;
}

/** Every place an id is tagged across drafts. */
export function references(drafts: Iterable<WorkspaceDraft>, id: string, isCancelled: IsCancelled = () => false): Location[] {
  const out: Location[] = [];
  for (const d of drafts) {
    if (isCancelled()) return [];
    if (!d.analysis.model.isDraft) continue;
    for (const span of occurrencesIn(d.analysis, id)) out.push({ uri: d.uri, range: d.analysis.model.lines.rangeOf(span) });
  }
  return out;
}

/** The tags of the code under the cursor, in the current draft. */
export function highlights(analysis: DraftAnalysis, position: Position): DocumentHighlight[] {
  const id = codeIdAt(analysis, position);
  if (!id) return [];
  return occurrencesIn(analysis, id).map((span) => ({ range: analysis.model.lines.rangeOf(span), kind: DocumentHighlightKind.Text }));
}
