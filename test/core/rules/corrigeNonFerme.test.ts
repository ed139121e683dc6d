import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const M1 = '---\nmodalite: M1\n---\n';

describe('rule corrige-non-ferme', () => {
  it('fires on the opening line of a container never closed, at the top level or in a list item', () => {
    const a = check(`${M1}1. a {C1}\n\n   ⟦:::corrige⟧\n   - x\n2. b {C2}\n\n⟦:::jury⟧\nnote\n`, ['corrige-non-ferme', 'corrige-non-ferme']);
    assert.match(a.diagnostics.find((d) => d.code === 'corrige-non-ferme')!.message, /^Bloc corrigé \(:::corrige\) jamais fermé\u00a0:/);
  });
  it('takes an inner container closed by the outer one’s fence for unclosed', () => {
    check(`${M1}:::corrige\nA\n⟦:::jury⟧\nB\n:::\n`, ['corrige-non-ferme']);
  });
  it('is silent on closed containers (more colons too) and on other names', () => {
    check(`${M1}:::corrige\nA\n:::\n\n::::jury\nB\n::::\n\n:::note\n`, [], { only: ['corrige-non-ferme'] });
  });
  it('is an error by default', () => {
    const a = check(`${M1}⟦:::corrigé⟧\n`, ['corrige-non-ferme']);
    assert.equal(a.diagnostics.find((d) => d.code === 'corrige-non-ferme')!.severity, 'error');
  });
});
