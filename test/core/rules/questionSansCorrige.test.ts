import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const M1 = '---\nmodalite: M1\n---\n';

describe('rule question-sans-corrige', () => {
  it('once a draft has a corrigé, fires on the first tag or mark of each question without one', () => {
    const a = check(`${M1}1. a {C1} (2 points)\n\n   :::corrige\n   - x\n   :::\n\n2. b ⟦(1 point)⟧ {C2}\n\n## D3 ⟦{C3}⟧\n\nTexte.\n`, ['question-sans-corrige', 'question-sans-corrige']);
    assert.equal(a.diagnostics.find((d) => d.code === 'question-sans-corrige')!.message, 'Question sans corrigé\u00a0: ajouter après elle un bloc corrigé (:::corrige) avec les éléments de réponse attendus.');
  });
  it('is silent in a draft without any corrigé (a jury note is not one)', () => {
    check(`${M1}1. a {C1}\n\n:::jury\nx\n:::\n`, [], { only: ['question-sans-corrige'] });
  });
  it('gives a top-level corrigé to the last question before it', () => {
    check(`${M1}1. a {C1}\n\n:::corrige\nx\n:::\n\n2. b ⟦{C2}⟧\n`, ['question-sans-corrige']);
  });
});
