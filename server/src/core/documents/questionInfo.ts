/**
 * What the correctors' file and the grid say of each question (FORMAT.md §9–10):
 * how a reader finds it (`Dossier 2, question 3`), its points, and the criteria
 * or competencies its tags name.
 */
import { competenciesOf, isValidRange } from '../coverage';
import type { DraftModel, Tag } from '../draft';
import type { Question } from '../questions';
import { isCounted } from '../points';
import { lookup } from '../referentiel/lookup';
import type { Referentiel } from '../referentiel/model';
import { inlineCut, linesOf, mergeCuts, stripLines } from './strip';

/** One criterion or competency a question assesses. */
export interface Assessed {
  /** `C3.2` or `C3`. */
  id: string;
  /** The criterion's text, or the competency's title (absent when the référentiel does not know it). */
  text?: string;
}

/** A question as the documents name it. */
export interface QuestionInfo {
  question: Question;
  /** `Dossier 1, question 2`, or a heading question's title. */
  label: string;
  /** Its points (counted marks), when it has any. */
  points?: number;
  /** The criteria (or competencies) its tags name, distinct, in order. */
  assessed: Assessed[];
  /** The criteria its tags name explicitly (FORMAT.md §5: only these are covered). */
  criteres: Set<string>;
}

/** A heading's text without its tags, marks, `#`s and quote markers. */
export function headingText(model: DraftModel, section: number): string {
  const s = model.sections[section];
  const inside = (x: { span: { start: number; end: number } }) => s.heading.start <= x.span.start && x.span.end <= s.heading.end;
  const cuts = mergeCuts([...model.tags.filter(inside), ...model.marks.filter(inside)].map((x) => inlineCut(model.text, x.span)));
  const first = stripLines(model.text, linesOf(model.text, s.heading.start, s.heading.end), cuts).find((l) => l !== null) ?? '';
  return first.replace(/^[\s>]*#{0,6}\s*/, '').replace(/\s+#+\s*$/, '').trim();
}

/** `Dossier 1 — Organiser la veille` → `Dossier 1`: what comes before a dash or colon, when something does. */
export function shortTitle(title: string): string {
  const m = /^(.+?)\s+[—–-]\s+\S/.exec(title) ?? /^(.+?)\s*:\s+\S/.exec(title);
  return m ? m[1].trim() : title;
}

/** The innermost section holding an offset. */
function sectionAt(model: DraftModel, offset: number): number | undefined {
  let best: number | undefined;
  for (const [i, s] of model.sections.entries()) {
    if (s.heading.start <= offset && offset < Math.max(s.span.end, s.heading.end)) {
      if (best === undefined || s.depth > model.sections[best].depth) best = i;
    }
  }
  return best;
}

/** The tags a question names: its own (outside containers), else those of the nearest tagged heading above it. */
function questionTags(model: DraftModel, q: Question): Tag[] {
  const own = model.tags.filter((t) => !t.malformed && t.container === undefined && q.span.start <= t.span.start && t.span.end <= q.span.end);
  if (own.length > 0) return own;
  for (let s = sectionAt(model, q.span.start); s !== undefined;) {
    const sec = model.sections[s];
    const heading = model.tags.filter((t) => !t.malformed && t.inHeading && t.section === s);
    if (heading.length > 0) return heading;
    // The enclosing section: the innermost one holding this heading, of a lower depth.
    let parent: number | undefined;
    for (const [i, p] of model.sections.entries()) {
      if (p.depth < sec.depth && p.heading.start < sec.heading.start && sec.heading.start < p.span.end && (parent === undefined || p.depth > model.sections[parent].depth)) parent = i;
    }
    s = parent;
  }
  return [];
}

/** What each question assesses, its label and points. */
export function questionInfos(model: DraftModel, questions: Question[], ref: Referentiel | undefined): QuestionInfo[] {
  const l = ref ? lookup(ref) : undefined;
  const perSection = new Map<number | undefined, number>();
  return questions.map((q) => {
    const tags = questionTags(model, q);
    const assessed: Assessed[] = [];
    const seen = new Set<string>();
    const criteres = new Set<string>();
    const add = (id: string, text?: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      assessed.push(text === undefined ? { id } : { id, text });
    };
    for (const t of tags) {
      for (const item of t.items) {
        if (item.kind === 'code' && item.code.critere !== undefined) {
          if (t.container === undefined && q.span.start <= t.span.start && t.span.end <= q.span.end) criteres.add(item.code.id);
          add(item.code.id, l?.critere(item.code.id)?.texte);
        } else if (item.kind === 'code') {
          add(item.code.id, l?.competence(item.code.id)?.titre);
        } else if (ref) {
          for (const c of competenciesOf(item, ref)) add(c.id, c.titre);
        } else if (isValidRange(item)) {
          for (let n = item.from.competence; n <= item.to.competence; n++) add(`C${n}`);
        }
      }
    }
    let points: number | undefined;
    const counted = model.marks.filter((m) => m.kind === 'points' && isCounted(m) && q.span.start <= m.span.start && m.span.end <= q.span.end);
    const own = q.kind === 'section' ? counted.filter((m) => m.inHeading && m.section === q.section) : [];
    for (const m of own.length > 0 ? own : counted) points = (points ?? 0) + m.value;

    let label: string;
    if (q.kind === 'section') label = shortTitle(headingText(model, q.section!));
    else {
      const s = sectionAt(model, q.span.start);
      const k = (perSection.get(s) ?? 0) + 1;
      perSection.set(s, k);
      // An ordered list item goes by its own number.
      const n = /^(\d{1,9})[.)]/.exec(model.text.slice(q.span.start, q.span.start + 11));
      const number = n ? String(Number(n[1])) : String(k);
      label = s === undefined ? `Question ${number}` : `${shortTitle(headingText(model, s))}, question ${number}`;
    }
    return { question: q, label, ...(points !== undefined ? { points } : {}), assessed, criteres };
  });
}
