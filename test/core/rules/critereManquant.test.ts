import * as assert from 'node:assert/strict';
import type { Lang } from '../../../server/src/core/i18n';
import { check } from '../../helpers/core';

const M2 = '---\nmodalite: M2\n---\n';

/** The critere-manquant diagnostics of a fixture: each one's id, uncovered criteria and message. */
function messages(fixture: string, expected: string[], lang: Lang = 'fr') {
  const a = check(fixture, expected, { only: ['critere-manquant'], options: { settings: { lang } } });
  return a.diagnostics.filter((d) => d.code === 'critere-manquant').map((d) => ({ id: d.data?.id, criteres: d.data?.criteres, message: d.message }));
}

describe('rule critere-manquant', () => {
  it('fires once per partial competency, on the code of the first tag naming it, listing its uncovered criteria', () => {
    assert.deepEqual(messages(`${M2}# Dossier {⟦C9⟧}\n\n- {C9.1}\n- {⟦C6-C8⟧}\n- {C6.2, C9}\n`, ['critere-manquant', 'critere-manquant*3']), [
      { id: 'C9', criteres: ['C9.2'], message: 'C9 partielle : 1 critère non visé — C9.2' },
      { id: 'C6', criteres: ['C6.1', 'C6.3', 'C6.4', 'C6.5', 'C6.6'], message: 'C6 partielle : 5 critères non visés — C6.1, C6.3, C6.4, C6.5, C6.6' },
      { id: 'C7', criteres: ['C7.1', 'C7.2', 'C7.3', 'C7.4'], message: 'C7 partielle : 4 critères non visés — C7.1, C7.2, C7.3, C7.4' },
      { id: 'C8', criteres: ['C8.1', 'C8.2', 'C8.3'], message: 'C8 partielle : 3 critères non visés — C8.1, C8.2, C8.3' },
    ]);
  });
  it('stands on a criterion when the first tag names the competency through one', () => {
    assert.deepEqual(messages(`${M2}Intro.\n\n1. Q {⟦C9.1⟧}\n2. Q {C9}\n`, ['critere-manquant']).map((m) => m.message), ['C9 partielle : 1 critère non visé — C9.2']);
  });
  it('is information by default, and its severity is a setting', () => {
    const a = check(`${M2}{⟦C9.1⟧}\n`, ['critere-manquant']);
    assert.equal(a.diagnostics.find((d) => d.code === 'critere-manquant')!.severity, 'information');
    check(`${M2}{C9.1}\n`, [], { only: ['critere-manquant'], options: { settings: { severities: { 'critere-manquant': 'off' } } } });
  });
  it('is silent for complete and absent competencies', () => {
    const a = check(`${M2}{C9.1 C9.2}\n`, [], { only: ['critere-manquant'] });
    assert.equal(a.coverage?.competences.find((c) => c.id === 'C9')?.status, 'complete');
  });
  it('says it in English too', () => {
    assert.deepEqual(messages(`${M2}{⟦C9.1⟧} {⟦C8⟧}\n`, ['critere-manquant', 'critere-manquant'], 'en').map((m) => m.message), [
      'C9 partial: 1 criterion not covered — C9.2',
      'C8 partial: 3 criteria not covered — C8.1, C8.2, C8.3',
    ]);
  });
});
