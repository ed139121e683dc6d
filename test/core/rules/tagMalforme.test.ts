import * as assert from 'node:assert/strict';
import { correctedTag } from '../../../server/src/core/rules/tagMalforme';
import { check } from '../../helpers/core';

const FM = '---\nmodalite: M1\n---\n';

describe('rule tag-malforme', () => {
  it('fires on the braces of {C3; C4} and {C3 et C4}', () => {
    const a = check(`${FM}- Q {C1} ⟦{C3; C4}⟧\n- Q ⟦{C3 et C4}⟧\n`, ['tag-malforme', 'tag-malforme']);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'tag-malforme').map((d) => d.data?.replacement), ['{C3, C4}', '{C3, C4}']);
  });
  it('fires on a trailing comma, a glued suffix and an unclosed tag', () => {
    check(`${FM}⟦{C3,}⟧ ⟦{C3x}⟧ ⟦{C3 à voir⟧\n`, ['tag-malforme', 'tag-malforme', 'tag-malforme']);
  });
  it('is silent on ordinary braces and valid tags', () => {
    check(`${FM}{foo} {} { C3} {c} {C3} {C3.2} {C1-C5} {C3, C4.1} {C3 C4.1} {C3 }\n`, [], { only: ['tag-malforme'] });
  });
  it('proposes a correction only when one is clear', () => {
    assert.equal(correctedTag('C3 / C4.2', true), '{C3, C4.2}');
    assert.equal(correctedTag('C3 et C4 et C5', true), '{C3, C4, C5}');
    assert.equal(correctedTag('C3 à voir', false), undefined);
  });
});
