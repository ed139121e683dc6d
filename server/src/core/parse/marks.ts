/**
 * Points and duration marks (FORMAT.md §8): `(4 points)`, `(1,5 pt)`, `(45 min)`,
 * `(1 h 30)`, and the `bareme` / `duree` values of the front matter. Pure string
 * work on a piece of prose, like the tag scanner: the caller decides which
 * pieces are prose (not code, HTML, comments or URLs).
 */
import type { Span } from '../text';

/** What a mark gives: points, or minutes of the exam. */
export type MarkKind = 'points' | 'duree';

/** A mark as written in the source. */
export interface MarkSyntax {
  kind: MarkKind;
  /** Points, or minutes. */
  value: number;
  /** The parentheses and what they hold. */
  span: Span;
}

/** Spaces a mark may hold: no line break (a mark stands on one line, like a tag), no-break spaces included. */
const S = String.raw`[ \t\u00a0\u202f]*`;
const NUMBER = String.raw`(\d{1,6}(?:[.,]\d{1,3})?)`;
const POINTS = new RegExp(String.raw`^\(${S}${NUMBER}${S}(?:pts?|points?)${S}\)`, 'i');
/** `4 heures`, `4 h`, `4h`, `3h30`, `3 h 30`, `1 h 30 min`, `90 min`, `90 minutes`. */
const DURATION = String.raw`(?:(\d{1,3})${S}(?:h|heures?)(?:${S}(\d{1,2})(?:${S}(?:min|minutes?))?)?|(\d{1,4})${S}(?:min|minutes?))`;
const DURATION_MARK = new RegExp(String.raw`^\(${S}${DURATION}${S}\)`, 'i');
const DURATION_VALUE = new RegExp(String.raw`^${DURATION}$`, 'i');
const BAREME_VALUE = new RegExp(String.raw`^${NUMBER}(?:${S}(?:pts?|points?))?$`, 'i');

/** A number written with a decimal comma or point. */
function decimal(written: string): number {
  return Number(written.replace(',', '.'));
}

/** Minutes from the groups of DURATION; undefined for `1 h 75`. */
function minutes(h: string | undefined, m: string | undefined, onlyMinutes: string | undefined): number | undefined {
  if (onlyMinutes !== undefined) return Number(onlyMinutes);
  const mm = m === undefined ? 0 : Number(m);
  if (mm >= 60) return undefined;
  return Number(h) * 60 + mm;
}

/** Finds the marks in a piece of prose source that starts at document offset `base`. */
export function scanMarks(src: string, base = 0): MarkSyntax[] {
  const out: MarkSyntax[] = [];
  let i = src.indexOf('(');
  while (i !== -1) {
    const rest = src.slice(i, i + 40);
    const p = POINTS.exec(rest);
    if (p) {
      const value = decimal(p[1]);
      if (value > 0) out.push({ kind: 'points', value, span: { start: base + i, end: base + i + p[0].length } });
      i = src.indexOf('(', i + p[0].length);
      continue;
    }
    const d = DURATION_MARK.exec(rest);
    if (d) {
      const value = minutes(d[1], d[2], d[3]);
      if (value !== undefined && value > 0) out.push({ kind: 'duree', value, span: { start: base + i, end: base + i + d[0].length } });
      i = src.indexOf('(', i + d[0].length);
      continue;
    }
    i = src.indexOf('(', i + 1);
  }
  return out;
}

/** Whether a text may hold a mark (a cheap test before parsing). */
export function mayHoldMark(src: string): boolean {
  return /\([ \t\u00a0\u202f]*\d/.test(src);
}

/** The minutes of a `duree` value (FORMAT.md §8.2); undefined when it cannot be read. */
export function parseDuree(written: string): number | undefined {
  const m = DURATION_VALUE.exec(written.trim());
  if (!m) return undefined;
  const value = minutes(m[1], m[2], m[3]);
  return value !== undefined && value > 0 ? value : undefined;
}

/** The points of a `bareme` value (FORMAT.md §8.1: `20`, `20.5`, `"20 points"`); undefined when it cannot be read. */
export function parseBareme(written: string): number | undefined {
  const m = BAREME_VALUE.exec(written.trim());
  if (!m) return undefined;
  const value = decimal(m[1]);
  return value > 0 ? value : undefined;
}

export { formatMinutes, formatPoints } from '../pointsFormat';
