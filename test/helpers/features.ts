/** Helpers for the feature tests: a cursor marker, range marks, and applying edits. */
import * as assert from 'node:assert/strict';
import type { DraftAnalysis } from '../../server/src/core/analyze';
import type { TextEdit } from '../../server/src/core/features/lsp';
import { LineIndex, type Position, type Range } from '../../server/src/core/text';
import { analyze } from './core';

/** The cursor marker of fixtures. */
export const CURSOR = '$$CURSOR$$';

/** A fixture read: its text, its analysis, the cursor and the `⟦…⟧` marks in order. */
export interface Fixture {
  text: string;
  analysis: DraftAnalysis;
  position: Position;
  marks: Range[];
  /** A mark's text. */
  slice(r: Range): string;
}

/** Reads a fixture with `$$CURSOR$$` (at most one) and `⟦…⟧` marks (empty marks are positions). */
export function fixture(source: string, fileName = '/drafts/sujet.cas.md'): Fixture {
  let text = '';
  let cursor = -1;
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith(CURSOR, i)) {
      assert.equal(cursor, -1, 'one cursor per fixture');
      cursor = text.length;
      i += CURSOR.length - 1;
    } else if (source[i] === '⟦') open.push(text.length);
    else if (source[i] === '⟧') spans.push({ start: open.pop()!, end: text.length });
    else text += source[i];
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const lines = new LineIndex(text);
  return {
    text,
    analysis: analyze(text, fileName),
    position: lines.positionAt(cursor === -1 ? 0 : cursor),
    marks: spans.map((s) => lines.rangeOf(s)),
    slice: (r) => text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end)),
  };
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A range as `l:c-l:c`, for readable assertions. */
export function showRange(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
