import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

describe('rule bareme-total', () => {
  it('fires on the bareme value when the outermost marks do not add up to it', () => {
    const a = check('---\nmodalite: M1\nbareme: ⟦20⟧\n---\n## D1 {C1} (6 points)\n\n- a {C1.1} (6 points)\n\n## D2\n\n- b {C2} (13 points)\n', ['bareme-total']);
    const d = a.diagnostics.find((x) => x.code === 'bareme-total')!;
    assert.equal(d.message, 'Barème\u00a0: 19 points dans le sujet pour 20 points annoncés (1 point de moins).');
    assert.deepEqual(d.data, { replacement: '19' });
  });
  it('says when there is no mark at all, and is silent when the sum is right (decimals included)', () => {
    const a = check('---\nmodalite: M1\nbareme: ⟦20⟧\n---\n- a {C1}\n', ['bareme-total']);
    assert.match(a.diagnostics.find((x) => x.code === 'bareme-total')!.message, /sans aucune marque de points/);
    check('---\nmodalite: M1\nbareme: 1\n---\n- a {C1} (0,1 point)\n- b {C1} (0,2 point)\n- c {C2} (0,7 point)\n', [], { only: ['bareme-total'] });
    check('---\nmodalite: M1\n---\n- a {C1} (3 points)\n', [], { only: ['bareme-total'] });
  });
  it('does not count marks in answer keys', () => {
    check('---\nmodalite: M1\nbareme: 3\n---\n- a {C1} (3 points)\n\n  :::corrige\n  - x (1 point)\n  :::\n', [], { only: ['bareme-total'] });
  });
  it('says too many in English', () => {
    const a = check('---\nmodalite: M1\nbareme: ⟦2⟧\n---\n- a {C1} (3 points)\n', ['bareme-total'], { options: { settings: { lang: 'en' } } });
    assert.equal(a.diagnostics.find((x) => x.code === 'bareme-total')!.message, 'Barème: 3 points in the subject for 2 points announced (1 point too many).');
  });
});
