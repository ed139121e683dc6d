import * as assert from 'node:assert/strict';
import { analyze, check } from '../../helpers/core';

describe('rule modalite-absente', () => {
  it('fires on the first line of a .cas.md without front matter', () => {
    check('⟦# Sujet sans modalité⟧\n\nQuestion {C1}\n', ['modalite-absente']);
  });
  it('fires when the front matter has a référentiel but no modalite', () => {
    check('⟦---⟧\nreferentiel: mdc-2023\n---\n', ['modalite-absente'], { fileName: '/d/sujet.md' });
  });
  it('fires when modalite is empty', () => {
    check('⟦---⟧\nmodalite:\n---\n', ['modalite-absente']);
  });
  it('is silent when modalite is given, and on non-drafts', () => {
    check('---\nmodalite: M2\n---\n', [], { only: ['modalite-absente'] });
    assert.deepEqual(analyze('# Notes\n', '/d/notes.md').diagnostics, []);
  });
});
