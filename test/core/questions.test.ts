import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/core';

const M1 = '---\nmodalite: M1\n---\n';

/** `check(body, expected)`: each question as `kind «first tag or mark» corrigés:N jury:N`. */
function check(body: string, expected: string[]): void {
  const a = analyze(M1 + body);
  const text = a.model.text;
  assert.deepEqual(a.questions!.questions.map((q) => `${q.kind} «${text.slice(q.first.start, q.first.end)}» corrigés:${q.corriges.length} jury:${q.jury.length}`), expected);
}

describe('questions and their answer keys (FORMAT.md §9)', () => {
  it('finds list items, rows and paragraphs with a tag or a points mark', () => {
    check('Intro sans balise.\n\n1. a {C1}\n2. b (2 points)\n3. rien\n\n| Q | C |\n| --- | --- |\n| c | {C2} |\n\nUn paragraphe {C3}.\n', [
      'element «{C1}» corrigés:0 jury:0', 'element «(2 points)» corrigés:0 jury:0', 'element «{C2}» corrigés:0 jury:0', 'element «{C3}» corrigés:0 jury:0',
    ]);
  });
  it('takes a heading for a question only when nothing under it is one', () => {
    check('## D1 {C1}\n\nTexte.\n\n## D2 {C2} (3 points)\n\n- q {C2.1}\n\n## D3\n\n### D3.1 {C3}\n', ['section «{C1}» corrigés:0 jury:0', 'element «{C2.1}» corrigés:0 jury:0', 'section «{C3}» corrigés:0 jury:0']);
  });
  it('takes the innermost item: an item holding questions is a group', () => {
    check('1. Partie (4 points)\n   1. a {C1} (2 points)\n   2. b {C2} (2 points)\n', ['element «{C1}» corrigés:0 jury:0', 'element «{C2}» corrigés:0 jury:0']);
  });
  it('gives a nested corrigé to its question and a top-level one to the last question before it', () => {
    check('1. a {C1} (3 points)\n\n   :::corrige\n   - x {C1.1}\n   :::\n\n2. b {C2}\n\n:::corrige\ny\n:::\n\n:::jury\nz\n:::\n\n3. c {C3}\n', [
      'element «{C1}» corrigés:1 jury:0', 'element «{C2}» corrigés:1 jury:1', 'element «{C3}» corrigés:0 jury:0',
    ]);
  });
  it('does not take tagged answer elements for questions, and reads corrigé with its accent', () => {
    check('- a {C1}\n\n  :::corrigé\n  - élément {C1.1} (1 point)\n  :::\n', ['element «{C1}» corrigés:1 jury:0']);
  });
  it('records containers, closed or not, and what stands in them', () => {
    const a = analyze(`${M1}- a {C1}\n\n  :::corrige\n  - b {C2}\n  :::\n\n:::jury\nc (2 points)\n`);
    assert.deepEqual(a.model.containers.map((c) => [c.name, c.closed]), [['corrige', true], ['jury', false]]);
    assert.deepEqual(a.model.tags.map((t) => t.container), [undefined, 0]);
    assert.deepEqual(a.model.marks.map((m) => m.container), [1]);
  });
  it('leaves other directive names and text directives alone', () => {
    const a = analyze(`${M1}:::note\n- a {C1}\n:::\n\nÀ 10:30, voir:C3 et note:abc{C2}.\n`);
    assert.deepEqual(a.model.containers, []);
    assert.deepEqual(a.model.tags.map((t) => t.content), ['C1', 'C2']);
  });
});
