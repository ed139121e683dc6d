/** Shared test helpers: the bundled référentiel, an analysis with markers, ranges as text. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDraft, type AnalyzeOptions, type DraftAnalysis } from '../../server/src/core/analyze';
import type { DiagnosticCode } from '../../server/src/core/diagnostic';
import { LineIndex, type Range } from '../../server/src/core/text';
import { nodeReferentielStore } from '../../server/src/workspace/nodeReferentiels';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '../..');

/** One store for the whole test run: the bundled référentiels. */
export const store = nodeReferentielStore(path.join(ROOT, 'referentiels'));

/** The bundled référentiel. */
export function mdc() {
  const ref = store.get('mdc-2023');
  assert.ok(ref, `bundled référentiel missing: ${store.problems.join('; ')}`);
  return ref;
}

/** Analyses a text with the bundled référentiels. */
export function analyze(text: string, fileName = '/drafts/sujet.cas.md', options: Partial<AnalyzeOptions> = {}): DraftAnalysis {
  return analyzeDraft(fileName, text, { resolve: store.resolver, ...options });
}

/** A fixture with `⟦…⟧` markers: the text without them and the marked ranges, in order. */
export function unmark(fixture: string): { text: string; marks: Range[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const ch of fixture) {
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') spans.push({ start: open.pop()!, end: text.length });
    else text += ch;
  }
  spans.sort((a, b) => a.start - b.start);
  const lines = new LineIndex(text);
  return { text, marks: spans.map((s) => lines.rangeOf(s)) };
}

const show = (text: string, r: Range) => {
  const lines = new LineIndex(text);
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} «${text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end))}»`;
};

/**
 * Checks that the diagnostics of `codes` (default: those expected) stand exactly
 * on the marks. `expected[i]` is the code at mark i; `code*N` means N diagnostics there.
 */
export function check(fixture: string, expected: string[], opts: { only?: DiagnosticCode[]; fileName?: string; options?: Partial<AnalyzeOptions> } = {}): DraftAnalysis {
  const { text, marks } = unmark(fixture);
  const want: string[] = [];
  let m = 0;
  for (const e of expected) {
    const [code, times] = e.split('*');
    const mark = marks[m++];
    assert.ok(mark, `no mark for expected ${code}`);
    for (let i = 0; i < Number(times ?? 1); i++) want.push(`${code} ${show(text, mark)}`);
  }
  assert.equal(m, marks.length, 'every mark needs an expected code');
  const codes = new Set<string>(opts.only ?? expected.map((e) => e.split('*')[0]));
  const analysis = analyze(text, opts.fileName, opts.options);
  const got = analysis.diagnostics.filter((d) => codes.has(d.code)).map((d) => `${d.code} ${show(text, d.range)}`);
  assert.deepEqual(got, want);
  return analysis;
}
