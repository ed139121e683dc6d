import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

describe('rule duree-depassee', () => {
  it('fires on the duree value when the outermost duration marks exceed it', () => {
    const a = check('---\nmodalite: M1\nduree: ⟦3 h⟧\n---\n## D1 (2 h)\n\n- a {C1} (1 h 30)\n\n## D2 (1h15)\n', ['duree-depassee']);
    assert.equal(a.diagnostics.find((d) => d.code === 'duree-depassee')!.message, 'Durée dépassée\u00a0: 3 h 15 dans le sujet pour 3 h d’épreuve (15 min de trop).');
  });
  it('is silent when they fit, without duree, or without marks; not counted in corrigés', () => {
    check('---\nmodalite: M1\nduree: 4 heures\n---\n## D1 (2 h)\n\n## D2 (2 h)\n\n:::jury\n(30 min)\n:::\n', [], { only: ['duree-depassee'] });
    check('---\nmodalite: M1\n---\n## D1 (5 h)\n', [], { only: ['duree-depassee'] });
    check('---\nmodalite: M1\nduree: 1 h\n---\n## D1\n', [], { only: ['duree-depassee'] });
  });
});
