import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const FM = '---\nmodalite: M1\n---\n';

describe('rule critere-inconnu', () => {
  it('fires on C3.9 and C3.0, on the code', () => {
    const a = check(`${FM}- Q1 {⟦C3.9⟧}\n- Q2 {C3.1 ⟦c3.0⟧}\n`, ['critere-inconnu', 'critere-inconnu']);
    assert.match(a.diagnostics.find((d) => d.code === 'critere-inconnu')!.message, /C3 compte 4 critères/);
  });
  it('suggests the nearest criterion for a near miss only', () => {
    const a = check(`${FM}{⟦C3.5⟧} {⟦C3.9⟧}\n`, ['critere-inconnu', 'critere-inconnu']);
    const data = a.diagnostics.filter((d) => d.code === 'critere-inconnu').map((d) => d.data?.replacement);
    assert.deepEqual(data, ['C3.4', undefined]);
  });
  it('is silent on existing criteria, and leaves unknown competencies to competence-inconnue', () => {
    check(`${FM}{C3.4} {C4.8} {C21.1}\n`, [], { only: ['critere-inconnu'] });
  });
});
