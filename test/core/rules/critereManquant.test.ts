import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

describe('rule critere-manquant', () => {
  it('fires per uncovered criterion, on the code of the first tag naming the competency', () => {
    const a = check('---\nmodalite: M2\n---\n# Dossier {⟦C9⟧}\n\n- {C9.1}\n- {⟦C6-C8⟧}\n', ['critere-manquant', 'critere-manquant*13'], { only: ['critere-manquant'] });
    const ids = a.diagnostics.filter((d) => d.code === 'critere-manquant').map((d) => d.data?.id);
    assert.equal(ids[0], 'C9.2');
    assert.equal(a.diagnostics.find((d) => d.code === 'critere-manquant')!.severity, 'information');
  });
  it('is silent for complete and absent competencies', () => {
    const a = check('---\nmodalite: M2\n---\n{C9.1 C9.2}\n', [], { only: ['critere-manquant'] });
    assert.equal(a.coverage?.competences.find((c) => c.id === 'C9')?.status, 'complete');
  });
  it('names the criterion and its text in English too', () => {
    const a = check('---\nmodalite: M2\n---\n{⟦C9.1⟧}\n', ['critere-manquant'], { options: { settings: { lang: 'en' } } });
    assert.match(a.diagnostics.find((d) => d.code === 'critere-manquant')!.message, /^Criterion C9\.2 is not covered: “Ils permettent une supervision/);
  });
});
