import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const M1 = '---\nmodalite: M1\n---\n';

describe('rule bareme-incoherent', () => {
  it('fires on the outer mark when the inner marks do not add up to it', () => {
    const a = check(`${M1}## Dossier 2 {C2} ⟦(6 points)⟧\n\n1. a {C2.1} (3 points)\n2. b {C2.2} (2 points)\n`, ['bareme-incoherent']);
    const d = a.diagnostics.find((x) => x.code === 'bareme-incoherent')!;
    assert.equal(d.message, 'Dossier 2\u00a0: 6 points annoncés, 5 points dans ses questions.');
    assert.deepEqual(d.data, { replacement: '(5 points)' });
  });
  it('checks every level: an item of items, a section of sections', () => {
    check(`${M1}# Sujet ⟦(10 points)⟧\n\n## D1 (4 points)\n\n1. Partie ⟦(4 points)⟧\n   1. a {C1} (1 point)\n   2. b {C2} (1,5 point)\n\n## D2 (5 points)\n\n- c {C3} (5 points)\n`, ['bareme-incoherent', 'bareme-incoherent']);
  });
  it('is silent when the sums match, and gives no replacement to an element with two marks', () => {
    check(`${M1}## D (1,5 point)\n\n- a {C1} (0,5 point)\n- b {C1} (1 point)\n`, [], { only: ['bareme-incoherent'] });
    const a = check(`${M1}- Partie ⟦(2 points)⟧ (1 point)\n  - a {C1} (1 point)\n`, ['bareme-incoherent']);
    assert.equal(a.diagnostics.find((x) => x.code === 'bareme-incoherent')!.data, undefined);
  });
  it('names a question by “Cette question” and speaks English', () => {
    const a = check(`${M1}- Partie ⟦(2 points)⟧\n  - a {C1} (1 point)\n`, ['bareme-incoherent'], { options: { settings: { lang: 'en' } } });
    assert.equal(a.diagnostics.find((x) => x.code === 'bareme-incoherent')!.message, 'This question: 2 points announced, 1 point in its questions.');
  });
});
