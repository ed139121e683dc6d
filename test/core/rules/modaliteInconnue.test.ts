import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

describe('rule modalite-inconnue', () => {
  it('fires on the value', () => {
    const a = check('---\nmodalite: ⟦M5⟧\n---\n', ['modalite-inconnue']);
    assert.match(a.diagnostics[0].message, /M5.*M1, M2, M3, M4/);
  });
  it('covers a quoted value whole', () => {
    check('---\nmodalite: ⟦"M9"⟧\n---\n', ['modalite-inconnue']);
  });
  it('accepts any case', () => {
    const a = check('---\nmodalite: m4\n---\n', [], { only: ['modalite-inconnue'] });
    assert.equal(a.modalite?.id, 'M4');
  });
  it('is silent when the référentiel itself is unknown', () => {
    check('---\nreferentiel: ⟦autre⟧\nmodalite: M9\n---\n', ['referentiel-inconnu'], { only: ['referentiel-inconnu', 'modalite-inconnue'] });
  });
});
