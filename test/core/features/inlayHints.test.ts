import * as assert from 'node:assert/strict';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import type { Lang } from '../../../server/src/core/i18n';
import { fixture, showRange } from '../../helpers/features';

const FM = '---\nmodalite: M1\n---\n';
const ALL = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };

/** Hints stand at the empty marks ⟦⟧, with these labels. */
function check(source: string, labels: string[], lang: Lang = 'fr') {
  const f = fixture(source);
  const hints = inlayHints(f.analysis, ALL, lang);
  assert.deepEqual(hints.map((h) => `${showRange({ start: h.position, end: h.position })} ${h.label}`), f.marks.map((m, i) => `${showRange(m)} ${labels[i]}`));
  assert.ok(hints.every((h) => h.paddingLeft));
}

describe('feature inlay hints', () => {
  const cases: [string, string, string[], Lang?][] = [
    ['a competency\'s short title after its tag', `${FM}# Q {C3}⟦⟧\n`, ['Déterminer les potentialités']],
    ['a criterion shows its own short text, not its competency\'s title', `${FM}Q {C1.2}⟦⟧ et {c4}⟦⟧\n`, ['Les données collectées sont classées selon leur typologie…', 'Concevoir la stratégie commerciale de l\'entreprise']],
    ['several codes: each with its id, a criterion with its text', `${FM}Q {C1, C1.2, C2}⟦⟧\n`, ['C1 : Concevoir un système de veille · C1.2 : Les données collectées sont classées… · C2 : Analyser les données de l\'environnement…']],
    ['a competency title once per line, a criterion once per line', `${FM}1. Q {C3}⟦⟧ puis {C3} et {C3.2}⟦⟧ {C3, C3.2}\n2. R {C3}⟦⟧\n`,
      ['Déterminer les potentialités', 'Les forces et les faiblesses de l\'entreprise sont…', 'Déterminer les potentialités']],
    ['no title a heading already reads', `${FM}## Déterminer les potentialités de l’entreprise {C3} {C4}⟦⟧\n`, ['Concevoir la stratégie commerciale de l\'entreprise']],
    ['after a heading without points whose questions carry some: their sum', `${FM}## Dossier 1 {C1}⟦⟧⟦⟧\n\n1. Q (2 points)\n2. R (1,5 pt)\n\n### Sous-partie⟦⟧\n\n- S (2,5 pts)\n\n## Dossier 2 (3 pts)\n\n1. Q (3 points)\n`,
      ['Concevoir un système de veille', '· 6 points', '· 2,5 points']],
    ['the sum in English, with no référentiel needed', `---\nreferentiel: inconnu\n---\n## D⟦⟧\n\n1. Q (1 point)\n\n:::corrige\nx (4 pts)\n:::\n`, ['· 1 point'], 'en'],
    ['a range: its size', `${FM}Q {C1-C5}⟦⟧\n`, ['C1–C5 : 5 compétences']],
    ['a range in English', `${FM}Q {C1-C5, C9}⟦⟧\n`, ['C1–C5: 5 competencies · C9: Créer un système de suivi des plans…'], 'en'],
    ['nothing for unknown codes, malformed tags or code', `${FM}{C99} {C3; C4} \`{C3}\`\n`, []],
  ];
  for (const [name, source, labels, lang] of cases) it(name, () => check(source, labels, lang));

  it('keeps to the requested range and gives the full titles as tooltip', () => {
    const f = fixture(`${FM}{C1}\n\n{C3}\n`);
    const hints = inlayHints(f.analysis, { start: { line: 5, character: 0 }, end: { line: 5, character: 9 } }, 'fr');
    assert.equal(hints.length, 1);
    assert.match(hints[0].tooltip!.value, /^\*\*C3\*\* Déterminer les potentialités, les axes/);
  });
});
