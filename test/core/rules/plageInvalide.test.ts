import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const FM = '---\nmodalite: M1\n---\n';

describe('rule plage-invalide', () => {
  it('fires on a reversed range, with the swapped range as fix', () => {
    const a = check(`${FM}Dossier {⟦C5-C1⟧}\n`, ['plage-invalide']);
    assert.equal(a.diagnostics.find((d) => d.code === 'plage-invalide')?.data?.replacement, 'C1-C5');
  });
  it('keeps an en dash and spaces in the fix', () => {
    const a = check(`${FM}Dossier {⟦C5 – C2⟧}\n`, ['plage-invalide']);
    assert.equal(a.diagnostics.find((d) => d.code === 'plage-invalide')?.data?.replacement, 'C2 – C5');
  });
  it('fires on a criterion bound', () => {
    check(`${FM}{⟦C1.1-C3⟧} {C2, ⟦C3–C4.2⟧}\n`, ['plage-invalide', 'plage-invalide']);
  });
  it('a reversed range tags nothing', () => {
    const a = check(`${FM}{⟦C5-C1⟧}\n`, ['plage-invalide']);
    assert.ok(a.coverage?.competences.every((c) => c.status === 'absente'));
  });
  it('is silent on valid ranges, en dash included, and on a one-competency range', () => {
    const a = check(`${FM}{C1-C5} {C1–C3} {c2 - c4} {C3-C3}\n`, [], { only: ['plage-invalide'] });
    assert.ok(a.coverage?.competences.every((c) => c.status === 'partielle'));
  });
});
