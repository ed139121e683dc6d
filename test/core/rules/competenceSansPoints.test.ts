import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const M1 = '---\nmodalite: M1\n---\n';

describe('rule competence-sans-points', () => {
  it('fires on the first tag of a tagged expected competency with no points while the subject has marks', () => {
    const a = check(`${M1}- a {C1} (3 points)\n- b {⟦C2.1⟧}\n- c {C2.2}\n`, ['competence-sans-points']);
    assert.match(a.diagnostics.find((d) => d.code === 'competence-sans-points')!.message, /^C2 n’a aucun point\u00a0: aucune question notée ne la balise\./);
  });
  it('is silent without marks, for absent competencies, and for competencies outside the modality', () => {
    check(`${M1}- a {C1}\n- b {C2}\n`, [], { only: ['competence-sans-points'] });
    check(`${M1}- a {C1} (3 points)\n- b {C9}\n`, [], { only: ['competence-sans-points'] });
  });
  it('is an information by default', () => {
    const a = check(`${M1}- a {C1} (3 points)\n- b {⟦C2⟧}\n`, ['competence-sans-points']);
    assert.equal(a.diagnostics.find((d) => d.code === 'competence-sans-points')!.severity, 'information');
  });
});
