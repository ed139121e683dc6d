import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

describe('rule competence-manquante', () => {
  it('fires once per absent competency, on the modalite value', () => {
    const a = check('---\nmodalite: ⟦M1⟧\n---\n# S {C1}\n\n{C2.1, C3}\n', ['competence-manquante*2']);
    const msgs = a.diagnostics.filter((d) => d.code === 'competence-manquante').map((d) => d.message);
    assert.match(msgs[0], /^Compétence C4 non évaluée : « Concevoir la stratégie commerciale de l'entreprise » \(attendue par M1\)\.$/);
    assert.match(msgs[1], /C5/);
  });
  it('a range tags every competency it holds', () => {
    check('---\nmodalite: M4\n---\n{C15-C20}\n', [], { only: ['competence-manquante'] });
  });
  it('is silent when the modality is unknown', () => {
    check('---\nmodalite: M7\n---\n', [], { only: ['competence-manquante'] });
  });
  it('can be turned off or raised by settings', () => {
    check('---\nmodalite: M1\n---\n', [], { only: ['competence-manquante'], options: { settings: { severities: { 'competence-manquante': 'off' } } } });
    const a = check('---\nmodalite: ⟦M2⟧\n---\n', ['competence-manquante*4'], { options: { settings: { severities: { 'competence-manquante': 'error' } } } });
    assert.ok(a.diagnostics.every((d) => d.severity === 'error'));
  });
});
