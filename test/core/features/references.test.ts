import * as assert from 'node:assert/strict';
import { codeIdAt, highlights, references } from '../../../server/src/core/features/references';
import { fixture, showRange } from '../../helpers/features';

const FM = '---\nmodalite: M1\n---\n';

/** The highlights at the cursor stand exactly on the marks. */
function check(source: string) {
  const f = fixture(source);
  assert.deepEqual(highlights(f.analysis, f.position).map((h) => showRange(h.range)), f.marks.map(showRange));
}

describe('feature references and highlights', () => {
  const cases: [string, string][] = [
    ['a competency: its codes, criteria and ranges holding it', `${FM}# Q {⟦C$$CURSOR$$3⟧}\n\n{⟦C3.1⟧, C4} {⟦C1-C5⟧} {⟦c3⟧} {C13} {C3.9}\n`],
    ['a criterion: the tags naming it', `${FM}# Q {C3}\n\n{⟦C3.$$CURSOR$$1⟧, C3.2} {⟦C3.1⟧}\n`],
    ['a range bound', `${FM}{⟦C1⟧-C$$CURSOR$$2} {⟦C2⟧}\n`.replace('{⟦C1⟧-C', '{⟦C1-C').replace('2} {⟦C2', '2⟧} {⟦C2')],
    ['nothing off a code', `${FM}Q$$CURSOR$$ {C3}\n`],
  ];
  for (const [name, source] of cases) it(name, () => check(source));

  it('finds the code under the cursor', () => {
    const f = fixture(`${FM}Q {C4, C$$CURSOR$$3.2}\n`);
    assert.equal(codeIdAt(f.analysis, f.position), 'C3.2');
  });

  it('finds references across drafts, and stops when cancelled', () => {
    const a = fixture(`${FM}# Q {⟦C3⟧}\n`);
    const b = fixture(`${FM}Texte {C1, ⟦C3.4⟧}\n`, '/d/b.cas.md');
    const n = fixture('# Notes {C3}\n', '/d/notes.md');
    const list = [{ uri: 'file:///a', analysis: a.analysis }, { uri: 'file:///b', analysis: b.analysis }, { uri: 'file:///n', analysis: n.analysis }];
    assert.deepEqual(references(list, 'C3').map((l) => `${l.uri} ${showRange(l.range)}`), [
      `file:///a ${showRange(a.marks[0])}`,
      `file:///b ${showRange(b.marks[0])}`,
    ]);
    assert.deepEqual(references(list, 'C3', () => true), []);
  });
});
