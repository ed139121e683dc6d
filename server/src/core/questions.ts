/**
 * The questions of a draft and the answer keys that answer them (FORMAT.md §9).
 * A question is a list item, table row or paragraph that holds a tag or a
 * points mark (and no other question), or a heading with a tag or points mark
 * and no question under it. A `:::corrige` answers the question it is nested
 * in; at the top level, the last question before it.
 */
import type { DraftModel } from './draft';
import { firstFrom, holds, nest, type Nested, sectionParents, spanKey } from './elements';
import { isCounted } from './points';
import type { Span } from './text';

/** One question of a draft. */
export interface Question {
  /** `section` for a heading question, else `element` (a list item, table row or block). */
  kind: 'element' | 'section';
  /** The list item, row or block; for a heading question, its section. */
  span: Span;
  /** Its first tag or points mark (where its diagnostics stand). */
  first: Span;
  /** For a heading question, the section (index into `model.sections`). */
  section?: number;
  /** The `:::corrige` containers that answer it (indexes into `model.containers`). */
  corriges: number[];
  /** The `:::jury` containers that stand with it. */
  jury: number[];
}

/** The questions and, per container, the question it goes with. */
export interface Questions {
  questions: Question[];
  /** For each container of `model.containers`, the index of its question (undefined: none before it). */
  answers: (number | undefined)[];
}

interface Candidate extends Nested {
  first: Span;
}

/** Finds the questions of a draft and what answers them. */
export function findQuestions(model: DraftModel): Questions {
  // Tags and points marks outside containers, by the element they stand in.
  const byScope = new Map<string, Candidate>();
  const headings = new Map<number, Span>();
  const add = (f: { span: Span; scope: Span; inHeading: boolean; section?: number; container?: number }) => {
    if (f.container !== undefined) return;
    if (f.inHeading) {
      const s = f.section!;
      const first = headings.get(s);
      if (!first || f.span.start < first.start) headings.set(s, f.span);
      return;
    }
    const key = spanKey(f.scope);
    const c = byScope.get(key);
    if (!c) byScope.set(key, { span: f.scope, first: f.span, children: [] });
    else if (f.span.start < c.first.start) c.first = f.span;
  };
  for (const t of model.tags) if (!t.malformed) add(t);
  for (const m of model.marks) if (m.kind === 'points' && isCounted(m)) add(m);

  const elements = nest([...byScope.values()].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end));
  const items: Question[] = elements
    .filter((e) => e.children.length === 0)
    .map((e) => ({ kind: 'element' as const, span: e.span, first: e.first, corriges: [], jury: [] }));
  // Heading questions, deepest sections first: a section with any question under it is not one.
  const parents = sectionParents(model.sections);
  const holdsQuestion = new Set<number>();
  const headed: Question[] = [];
  for (const s of [...headings.keys()].sort((a, b) => model.sections[b].depth - model.sections[a].depth || a - b)) {
    const span = model.sections[s].span;
    const k = firstFrom(items, span.start, (q) => q.span.start);
    if (holdsQuestion.has(s) || (k < items.length && items[k].span.start < span.end)) continue;
    headed.push({ kind: 'section', span, first: headings.get(s)!, section: s, corriges: [], jury: [] });
    for (let p = parents[s]; p >= 0; p = parents[p]) holdsQuestion.add(p);
  }
  const questions = [...items, ...headed].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const position = new Map(questions.map((q, i) => [q, i]));

  const answers = model.containers.map((c, ci) => {
    let best: number | undefined;
    // Nested in an element question: element questions hold no other, so the last one starting before it is the only candidate.
    const j = firstFrom(items, c.span.start + 1, (q) => q.span.start) - 1;
    const holder = j >= 0 && holds(items[j].span, c.span) ? items[j] : undefined;
    if (holder) best = position.get(holder);
    else {
      // At the top level: the last question that starts before it.
      const k = firstFrom(questions, c.span.start, (q) => q.first.start) - 1;
      if (k >= 0) best = k;
    }
    if (best !== undefined) (c.name === 'corrige' ? questions[best].corriges : questions[best].jury).push(ci);
    return best;
  });
  return { questions, answers };
}
