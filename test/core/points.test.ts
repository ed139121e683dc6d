import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/core';

const M1 = '---\nmodalite: M1\n---\n';

/** `check(body, expected)`: the counted marks as a tree (`value[inner]` per element, children indented), the total and points per competency. */
function check(body: string, expected: { tree: string[]; total?: number; byCompetence?: Record<string, number>; duree?: number }): void {
  const a = analyze(M1 + body);
  const b = a.bareme!;
  const lines: string[] = [];
  const walk = (i: number, depth: number) => {
    const e = b.points.elements[i];
    lines.push(`${'  '.repeat(depth)}${e.value}${e.inner === undefined ? '' : `[${e.inner}]`}`);
    for (const c of e.children) walk(c, depth + 1);
  };
  for (const r of b.points.roots) walk(r, 0);
  assert.deepEqual(lines, expected.tree, 'tree');
  assert.equal(b.points.total, expected.total, 'total');
  if (expected.byCompetence) assert.deepEqual(b.points.byCompetence, expected.byCompetence, 'points per competency');
  if ('duree' in expected) assert.equal(b.duree.total, expected.duree, 'duration');
}

describe('barème: sums, nesting and points per competency (FORMAT.md §8.1)', () => {
  it('nests marks by their elements and sums the outermost ones', () => {
    check('## D1 {C1} (6 points)\n\n1. a {C1.1} (3 points)\n2. b {C1.2} (2 points)\n\n## D2 {C2} (4 points)\n\n- c (4 points)\n', {
      tree: ['6[5]', '  3', '  2', '4[4]', '  4'], total: 10, byCompetence: { C1: 5, C2: 4 },
    });
  });
  it('nests list items in list items, and adds the marks of one element', () => {
    check('1. Partie (4 points)\n   1. a {C1} (1 point) (1 point)\n   2. b {C2} (2 pts)\n', { tree: ['4[4]', '  2', '  2'], total: 4, byCompetence: { C1: 2, C2: 2 } });
  });
  it('reads decimal commas and points', () => {
    check('- a {C1} (1,5 point)\n- b {C2} (0.5 pt)\n', { tree: ['1.5', '0.5'], total: 2, byCompetence: { C1: 1.5, C2: 0.5 } });
  });
  it('shares a mark equally among the distinct competencies of its element (criteria for their competency, ranges for each)', () => {
    check('- a {C1.1} {C1.2} {C2} (4 points)\n- b {C3-C5} (3 points)\n', { tree: ['4', '3'], total: 7, byCompetence: { C1: 2, C2: 2, C3: 1, C4: 1, C5: 1 } });
  });
  it('gives an untagged mark to the nearest tagged heading above it, else to nothing', () => {
    check('# Sujet {C5}\n\n## D {C1, C2}\n\n### Sous-partie\n\n- a (2 points)\n\n## E\n\n- b (1 point)\n', { tree: ['2', '1'], total: 3, byCompetence: { C1: 1, C2: 1, C5: 1 } });
    check('- a (2 points)\n', { tree: ['2'], total: 2, byCompetence: {} });
  });
  it('does not count marks in code, HTML, comments, URLs, link destinations, corrigés and jury notes', () => {
    check('- a {C1} `(9 points)` <!-- (9 points) --> [x](<https://x.fr/(9 points)>) (1 point)\n\n```\n(9 points)\n```\n\n:::corrige\n- élément (9 points)\n:::\n\n:::jury\n(9 points)\n:::\n', {
      tree: ['1'], total: 1, byCompetence: { C1: 1 },
    });
  });
  it('counts marks in link text, emphasis, between inline HTML tags and in table rows', () => {
    check('- [lien (1 point)](https://x.fr) {C1}\n- *b (2 points)* {C2}\n- <b>(1 point)</b> {C4}\n\n| Q | P |\n| --- | --- |\n| c {C3} | (3 points) |\n', { tree: ['1', '2', '1', '3'], total: 7, byCompetence: { C1: 1, C2: 2, C4: 1, C3: 3 } });
  });
  it('has no total without marks', () => {
    check('- a {C1}\n', { tree: [], total: undefined, byCompetence: {} });
  });
  it('sums the outermost duration marks only', () => {
    check('## D1 (1 h)\n\n- a (30 min)\n- b (20 min)\n\n## D2 (45 min)\n', { tree: [], duree: 105 });
  });
  it('gives each expected competency its points and share, and each bloc its total', () => {
    const a = analyze(`${M1}- a {C1} (3 points)\n- b {C2, C9} (2 points)\n`);
    assert.deepEqual(a.coverage!.competences.map((c) => [c.id, c.points, c.share]), [['C1', 3, 0.6], ['C2', 1, 0.2], ['C3', 0, 0], ['C4', 0, 0], ['C5', 0, 0]]);
    assert.deepEqual(a.coverage!.points.blocs.map((b) => [b.id, b.points, b.share]), [['B1', 4, 0.8]]);
    assert.equal(a.coverage!.points.total, 5);
  });
  it('reads bareme and duree from the front matter with their ranges', () => {
    const a = analyze('---\nmodalite: M1\nbareme: "20 points"\nduree: 3h30\n---\n- a {C1} (20 points)\n');
    const b = a.bareme!;
    assert.deepEqual([b.bareme?.value, b.dureeValue?.value], [20, 210]);
    assert.equal(a.model.text.slice(b.bareme!.span.start, b.bareme!.span.end), '"20 points"');
    assert.equal(a.model.text.slice(b.dureeValue!.span.start, b.dureeValue!.span.end), '3h30');
    assert.equal(analyze('---\nmodalite: M1\nbareme: 20\n---\n').bareme!.bareme!.value, 20);
  });
});

describe('occurrences in answer keys (FORMAT.md §9)', () => {
  it('marks a tag inside a corrigé or a jury note with its container', () => {
    const a = analyze(`${M1}- a {C1.1}\n\n  :::corrige\n  - x {C1.2}\n  :::\n\n:::jury\n{C1.3}\n:::\n`);
    const c1 = a.coverage!.competences[0];
    assert.deepEqual(c1.occurrences.map((o) => [o.code, o.container]), [['C1.1', undefined], ['C1.2', 'corrige'], ['C1.3', 'jury']]);
  });
});
