/**
 * The barème of a draft (FORMAT.md §8): points and duration marks nested by
 * the elements that hold them, their sums, the points each competency gets,
 * and the `bareme` / `duree` values of the front matter.
 */
import { competenciesOf, isValidRange } from './coverage';
import type { DraftModel, Mark, Tag } from './draft';
import { firstFrom, holds, innermostSection, type Nested, nest, sectionParents, spanKey } from './elements';
import { type MarkKind, parseBareme, parseDuree } from './parse/marks';
import type { Referentiel } from './referentiel/model';
import type { Span } from './text';

/** An element (section, list item, row or block) holding counted marks of one kind. */
export interface MarkedElement extends Nested {
  kind: MarkKind;
  /** Its own marks (indexes into `model.marks`), outside the elements it holds. */
  marks: number[];
  /** The sum of its own marks. */
  value: number;
  /** The sum of the values of the elements it holds directly (when it holds some). */
  inner?: number;
}

/** How an innermost points mark is shared among competencies (FORMAT.md §8.1). */
export interface PointsShare {
  /** The element (index into `points.elements`). */
  element: number;
  /** The distinct competencies it assesses, in order of first tag. */
  competences: string[];
  /** Points per competency (`value / competences.length`; 0 when none). */
  each: number;
  /** Where the competencies come from: tags in the element, or the nearest tagged heading above it. */
  from: 'element' | 'heading' | 'none';
}

/** Marks of one kind, nested. */
export interface MarkTree {
  elements: MarkedElement[];
  /** The outermost elements, in document order. */
  roots: number[];
  /** The sum of the outermost marks; undefined when there is no mark. */
  total?: number;
}

/** A `bareme` or `duree` value: its number when it reads, where it stands. */
export interface ReadValue {
  /** Points, or minutes; undefined when the value cannot be read (`valeur-invalide`). */
  value?: number;
  written: string;
  span: Span;
}

/** Everything §8 says about a draft. */
export interface Bareme {
  points: MarkTree & {
    shares: PointsShare[];
    /** Points per competency id (only competencies that get some). */
    byCompetence: Record<string, number>;
  };
  duree: MarkTree;
  /** The front matter's `bareme`, when given. */
  bareme?: ReadValue;
  /** The front matter's `duree` (minutes), when given. */
  dureeValue?: ReadValue;
}

/** Two sums of decimal points are equal when they differ by rounding only. */
export function samePoints(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

/** Whether a mark is counted: marks inside `:::corrige` / `:::jury` are notes for the correctors. */
export function isCounted(mark: Mark): boolean {
  return mark.container === undefined;
}

function tree(model: DraftModel, kind: MarkKind): MarkTree {
  const byScope = new Map<string, MarkedElement>();
  model.marks.forEach((m, i) => {
    if (m.kind !== kind || !isCounted(m)) return;
    const key = spanKey(m.scope);
    const e = byScope.get(key);
    if (e) {
      e.marks.push(i);
      e.value += m.value;
    } else {
      byScope.set(key, { kind, span: m.scope, marks: [i], value: m.value, children: [] });
    }
  });
  const elements = nest([...byScope.values()].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end));
  for (const e of elements) if (e.children.length > 0) e.inner = e.children.reduce((s, c) => s + elements[c].value, 0);
  const roots = elements.map((_, i) => i).filter((i) => elements[i].parent === undefined);
  return { elements, roots, total: roots.length > 0 ? roots.reduce((s, r) => s + elements[r].value, 0) : undefined };
}

/** The competencies a tag assesses, with the référentiel when there is one (criteria count for their competency). */
export function tagCompetencies(tag: Tag, ref: Referentiel | undefined): string[] {
  if (tag.malformed) return [];
  const out: string[] = [];
  for (const item of tag.items) {
    if (ref) {
      for (const c of competenciesOf(item, ref)) out.push(c.id);
    } else if (item.kind === 'code') {
      out.push(`C${item.code.competence}`);
    } else if (isValidRange(item)) {
      for (let n = item.from.competence; n <= item.to.competence; n++) out.push(`C${n}`);
    }
  }
  return out;
}

function distinct(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** Shares each innermost points mark among the competencies it assesses. */
function share(model: DraftModel, points: MarkTree, ref: Referentiel | undefined): { shares: PointsShare[]; byCompetence: Record<string, number> } {
  const shares: PointsShare[] = [];
  const byCompetence: Record<string, number> = {};
  // Tags are in document order: those inside an element are found from its start.
  const tags = model.tags;
  const parents = sectionParents(model.sections);
  const headingIds = new Map<number, string[]>();
  for (const t of tags) {
    if (!t.inHeading || t.section === undefined) continue;
    const ids = tagCompetencies(t, ref);
    if (ids.length > 0) headingIds.set(t.section, distinct([...(headingIds.get(t.section) ?? []), ...ids]));
  }
  points.elements.forEach((e, i) => {
    if (e.children.length > 0) return;
    const inside: string[] = [];
    for (let k = firstFrom(tags, e.span.start, (t) => t.span.start); k < tags.length && tags[k].span.start < e.span.end; k++) {
      if (holds(e.span, tags[k].span)) inside.push(...tagCompetencies(tags[k], ref));
    }
    let competences = distinct(inside);
    let from: PointsShare['from'] = competences.length > 0 ? 'element' : 'none';
    if (competences.length === 0) {
      // The nearest enclosing section whose heading has tags (the innermost first).
      for (let k = innermostSection(model.sections, parents, e.span); k >= 0; k = parents[k]) {
        const ids = headingIds.get(k);
        if (ids) {
          competences = ids;
          from = 'heading';
          break;
        }
      }
    }
    const each = competences.length > 0 ? e.value / competences.length : 0;
    for (const c of competences) byCompetence[c] = (byCompetence[c] ?? 0) + each;
    shares.push({ element: i, competences, each, from });
  });
  return { shares, byCompetence };
}

function readValue(v: { value: string; span: Span; notText?: string } | undefined, parse: (s: string) => number | undefined): ReadValue | undefined {
  if (!v) return undefined;
  const value = v.notText && v.notText !== 'number' ? undefined : parse(v.value);
  return { value, written: v.value, span: v.span };
}

/** Computes the barème of a draft: marks, sums, points per competency, front matter values. */
export function computeBareme(model: DraftModel, ref?: Referentiel): Bareme {
  const points = tree(model, 'points');
  const duree = tree(model, 'duree');
  const fm = model.frontMatter;
  const b = readValue(fm?.bareme, parseBareme);
  // A bare number of minutes or hours is ambiguous: `duree: 4` is not read.
  const d = fm?.duree?.notText ? { value: undefined, written: fm.duree.value, span: fm.duree.span } : readValue(fm?.duree, parseDuree);
  return {
    points: { ...points, ...share(model, points, ref) },
    duree,
    ...(b ? { bareme: b } : {}),
    ...(d ? { dureeValue: d } : {}),
  };
}
