import * as assert from 'node:assert/strict';
import { markdownReport, statusPhrase } from '../../../server/src/core/report/markdown';
import { analyze } from '../../helpers/core';

const DATE = new Date(2026, 11, 2);
const GAPS = '---\nmodalite: M1\ntitre: Sujet à trous\n---\n# S {C1.1 C1.2 C1.3} {C2} {C4.1} {C9} {C21}\n';
const report = (lang: 'fr' | 'en' = 'fr') => markdownReport([{ path: 'a.cas.md', analysis: analyze(GAPS) }], lang, { date: DATE });

describe('report: Markdown for the jury', () => {
  it('opens with the date and the référentiel by its name and version', () => {
    assert.deepEqual(report().split('\n').slice(0, 7), [
      '# Rapport de couverture RNCP', '',
      'Établi le 2 décembre 2026 · Référentiel\u00a0: **Manager du développement commercial** (Référentiel 2023)', '',
      '1 sujet analysé · 1 erreur · 3 avertissements · 2 informations.', '',
      'Légende\u00a0: ✔ complète · ◐ partielle · ✘ absente · ⚠ hors modalité',
    ]);
  });
  it('lists, per competency, its status in words, the criteria covered and the criteria missing', () => {
    const text = report();
    assert.ok(text.includes('| C1 — Concevoir un système de veille | ✔ complète, ses 3 critères visés | C1.1, C1.2, C1.3 | — |'), text);
    assert.ok(text.includes('| ◐ balisée, aucun critère visé | — | C2.1, C2.2, C2.3, C2.4 |'));
    assert.ok(text.includes('| ◐ partielle, 1 critère visé sur 8 | C4.1 | C4.2, C4.3, C4.4, C4.5, C4.6, C4.7, C4.8 |'));
    assert.ok(text.includes('| ✘ absente, non balisée | — | C5.1, C5.2, C5.3 |'));
  });
  it('prints the errors and warnings, not folded, and leaves room for the jury', () => {
    const text = report();
    assert.doesNotMatch(text, /<details>/);
    assert.match(text, /^\*\*Erreurs et avertissements\*\*\n\n- ligne 2, avertissement\u00a0: Compétence C3 non évaluée/m);
    assert.match(text, /^- ligne 5, erreur\u00a0: Compétence inconnue C21\u00a0: .*\(competence-inconnue\)$/m);
    assert.match(text, /^## Avis du jury\n\n\| Sujet \| Avis \(retenu, à revoir, refusé\) \| Observations \|\n\| --- \| --- \| --- \|\n\| a\.cas\.md \| {2}\| {2}\|$/m);
    assert.match(text, /^Date de la réunion\u00a0: {2}$/m);
  });
  it('says it in English', () => {
    const text = report('en');
    assert.match(text, /^Made on 2 December 2026 · Référentiel: \*\*Manager du développement commercial\*\*/m);
    assert.match(text, /^1 subject analysed · 1 error · 3 warnings · 2 infos\.$/m);
    assert.ok(text.includes('| ◐ tagged, no criterion covered |'));
    assert.match(text, /^## Jury’s decision$/m);
  });
  it('words a status by its criteria', () => {
    const k = (covered: boolean) => ({ covered });
    assert.equal(statusPhrase({ status: 'complete', criteres: [k(true)] }, 'fr'), 'complète, son critère visé');
    assert.equal(statusPhrase({ status: 'partielle', criteres: [k(true), k(false)] }, 'fr'), 'partielle, 1 critère visé sur 2');
    assert.equal(statusPhrase({ status: 'partielle', criteres: [k(true), k(true), k(false)] }, 'en'), 'partial, 2 of 3 criteria covered');
  });
});
