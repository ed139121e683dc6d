import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const M1 = '---\nmodalite: M1\n---\n';

describe('rule points-sans-competence', () => {
  it('fires on a mark whose element and section headings tag nothing', () => {
    const a = check(`${M1}Introduction ⟦(2 points)⟧\n\n## D\n\n- a ⟦(1 point)⟧\n`, ['points-sans-competence', 'points-sans-competence']);
    assert.match(a.diagnostics.find((d) => d.code === 'points-sans-competence')!.message, /^2 points sans compétence\u00a0: aucun tag/);
  });
  it('is silent when the element or a heading above tags a competency, or the outer mark holds marks', () => {
    check(`${M1}# S {C1}\n\n## D\n\n- a (1 point)\n- b {C2} (1 point)\n\n- Partie (2 points)\n  - c {C3} (2 points)\n`, [], { only: ['points-sans-competence'] });
  });
  it('counts a tag in the question’s answer key as the question’s', () => {
    check(`${M1}- a (1 point)\n\n  :::corrige\n  - x {C1.1}\n  :::\n`, [], { only: ['points-sans-competence'] });
  });
});
