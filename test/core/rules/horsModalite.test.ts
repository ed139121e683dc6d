import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const FM = '---\nmodalite: M1\n---\n';

describe('rule hors-modalite', () => {
  it('fires on a code of another modality, on the code', () => {
    const a = check(`${FM}- Q {C1, ⟦C9⟧}\n- Q {⟦C12.2⟧}\n`, ['hors-modalite', 'hors-modalite']);
    assert.match(a.diagnostics.find((d) => d.code === 'hors-modalite')!.message, /C9 est hors modalité : M1 évalue C1–C5/);
  });
  it('fires once on a range that leaves the modality', () => {
    const a = check(`${FM}{⟦C4-C7⟧}\n`, ['hors-modalite']);
    assert.match(a.diagnostics.find((d) => d.code === 'hors-modalite')!.message, /C6, C7/);
  });
  it('is silent without a modality, on unknown codes, and inside the modality', () => {
    check('---\nreferentiel: mdc-2023\n---\n{C9}\n', [], { only: ['hors-modalite'] });
    check(`${FM}{C21} {C1-C5} {C3.1}\n`, [], { only: ['hors-modalite'] });
  });
});
