import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

describe('rule valeur-invalide', () => {
  it('fires on a bareme or duree that cannot be read, on the value', () => {
    const a = check('---\nmodalite: M1\nbareme: ⟦vingt⟧\nduree: ⟦4 heures de préparation⟧\n---\n# S {C1}\n', ['valeur-invalide', 'valeur-invalide']);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'valeur-invalide').map((d) => d.message), [
      'bareme illisible\u00a0: «\u00a0vingt\u00a0». Écrire un nombre positif de points\u00a0: 20, 20,5 ou "20 points".',
      'duree illisible\u00a0: «\u00a04 heures de préparation\u00a0». Écrire une durée\u00a0: 4 heures, 3h30, 1 h 30 min ou 90 min.',
    ]);
  });
  it('reads numbers, decimals and units; refuses lists, zero and a bare duration number', () => {
    check('---\nmodalite: M1\nbareme: 20\nduree: 3h30\n---\n', [], { only: ['valeur-invalide'] });
    check('---\nmodalite: M1\nbareme: "20,5 points"\nduree: "90 min"\n---\n', [], { only: ['valeur-invalide'] });
    check('---\nmodalite: M1\nbareme: ⟦[20]⟧\nduree: ⟦4⟧\n---\n', ['valeur-invalide', 'valeur-invalide']);
    check('---\nmodalite: M1\nbareme: ⟦0⟧\n---\n', ['valeur-invalide']);
  });
  it('is an error by default, its severity a setting, and speaks English', () => {
    const a = check('---\nmodalite: M1\nbareme: ⟦x⟧\n---\n', ['valeur-invalide'], { options: { settings: { lang: 'en' } } });
    const d = a.diagnostics.find((x) => x.code === 'valeur-invalide')!;
    assert.equal(d.severity, 'error');
    assert.equal(d.message, 'bareme cannot be read: “x”. Write a positive number of points: 20, 20.5 or "20 points".');
    check('---\nmodalite: M1\nbareme: x\n---\n', [], { only: ['valeur-invalide'], options: { settings: { severities: { 'valeur-invalide': 'off' } } } });
  });
});
