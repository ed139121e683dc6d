/**
 * What stands under the cursor in a draft: a competency or criterion code of a
 * tag, a range, the `modalite` or `referentiel` value. Shared by hover,
 * references, highlights and definition so that they agree on what a click means.
 */
import type { DraftModel, Tag } from '../draft';
import type { CodeRef, TagItem } from '../parse/tagSyntax';
import type { Span } from '../text';

/** Something a feature can act on, with the characters it spans. */
export type Target =
  | { kind: 'competence'; id: string; span: Span; tag: Tag }
  | { kind: 'critere'; id: string; competence: string; span: Span; tag: Tag }
  | { kind: 'range'; item: Extract<TagItem, { kind: 'range' }>; span: Span; tag: Tag }
  | { kind: 'modalite'; value: string; span: Span }
  | { kind: 'referentiel'; value: string; span: Span };

/** The target at an offset (a cursor just after a code still points at it). */
export function targetAt(model: DraftModel, offset: number): Target | undefined {
  const fm = model.frontMatter;
  for (const key of ['modalite', 'referentiel'] as const) {
    const v = fm?.[key];
    if (v?.value && within(v.span, offset)) return { kind: key, value: v.value, span: v.span };
  }
  const tag = tagAt(model, offset);
  if (!tag) return undefined;
  for (const item of tag.items) {
    if (!within(item.span, offset)) continue;
    if (item.kind === 'code') return codeTarget(item.code, tag);
    if (within(item.from.span, offset)) return codeTarget(item.from, tag);
    if (within(item.to.span, offset)) return codeTarget(item.to, tag);
    return { kind: 'range', item, span: item.span, tag };
  }
  return undefined;
}

/** The tag whose braces hold an offset (binary search: tags are in text order). */
export function tagAt(model: DraftModel, offset: number): Tag | undefined {
  let lo = 0;
  let hi = model.tags.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = model.tags[mid];
    if (offset < t.span.start) hi = mid - 1;
    else if (offset > t.span.end) lo = mid + 1;
    else return t;
  }
  return undefined;
}

function codeTarget(code: CodeRef, tag: Tag): Target {
  const competence = `C${code.competence}`;
  return code.critere === undefined
    ? { kind: 'competence', id: competence, span: code.span, tag }
    : { kind: 'critere', id: code.id, competence, span: code.span, tag };
}

function within(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
