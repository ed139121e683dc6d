/**
 * Elements of a draft that hold marks or tags, nested by their spans: a
 * section holds its list items, an item its sub-items. Shared by the barème
 * (points.ts) and the questions (questions.ts).
 */
import type { Span } from './text';

/** A span and the indexes of what stands in it. */
export interface Nested {
  span: Span;
  /** The smallest other element holding it. */
  parent?: number;
  /** The elements it holds directly, in document order. */
  children: number[];
}

/** Whether `outer` holds `inner` (equal spans hold each other). */
export function holds(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Sets `parent` and `children` of elements with distinct spans, in O(n log n):
 * sorted by start, the longer first, each element's parent is the innermost
 * open one that holds it (spans of a Markdown tree never cross).
 */
export function nest<T extends Nested>(elements: T[]): T[] {
  const order = elements.map((_, i) => i).sort((a, b) => elements[a].span.start - elements[b].span.start || elements[b].span.end - elements[a].span.end);
  const open: number[] = [];
  for (const i of order) {
    const e = elements[i];
    while (open.length > 0 && !holds(elements[open[open.length - 1]].span, e.span)) open.pop();
    if (open.length > 0) {
      const p = open[open.length - 1];
      e.parent = p;
      elements[p].children.push(i);
    }
    open.push(i);
  }
  return elements;
}

/** A key for a span (to group what shares an element). */
export function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

/** The index of the first item whose `start` is ≥ `pos` in items sorted by start (`items.length` when none). */
export function firstFrom<T>(items: readonly T[], pos: number, start: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each section, the section it stands in (the nearest one before it with a
 * lower depth), or -1: headings nest by depth.
 */
export function sectionParents(sections: readonly { depth: number }[]): number[] {
  const parents: number[] = [];
  const open: number[] = [];
  sections.forEach((s, i) => {
    while (open.length > 0 && sections[open[open.length - 1]].depth >= s.depth) open.pop();
    parents.push(open.length > 0 ? open[open.length - 1] : -1);
    open.push(i);
  });
  return parents;
}

/** The innermost section holding `span` (or -1), with `parents` from `sectionParents`. */
export function innermostSection(sections: readonly { heading: Span; span: Span }[], parents: readonly number[], span: Span): number {
  let k = firstFrom(sections, span.start + 1, (s) => s.heading.start) - 1;
  while (k >= 0 && !holds(sections[k].span, span)) k = parents[k];
  return k;
}

/**
 * For each span (in document order), the index of the innermost container holding it, or
 * undefined; containers in document order, nested or apart (`:::corrige` blocks). One sweep
 * with the containers open at each span.
 */
export function innermostHolders(containers: readonly { span: Span }[], spans: readonly Span[]): (number | undefined)[] {
  const open: number[] = [];
  let next = 0;
  return spans.map((span) => {
    while (next < containers.length && containers[next].span.start <= span.start) {
      while (open.length > 0 && containers[open[open.length - 1]].span.end < containers[next].span.start) open.pop();
      open.push(next++);
    }
    while (open.length > 0 && containers[open[open.length - 1]].span.end < span.end) open.pop();
    return open.length > 0 ? open[open.length - 1] : undefined;
  });
}
