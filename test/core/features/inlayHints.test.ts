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
    ['a criterion shows its competency', `${FM}Q {C1.2}⟦⟧ et {c4}⟦⟧\n`, ['Concevoir un système de veille', 'Concevoir la stratégie commerciale de l\'entreprise']],
    ['several codes: each with its id, once', `${FM}Q {C1, C1.2, C2}⟦⟧\n`, ['C1 : Concevoir un système de veille · C2 : Analyser les données de l\'environnement…']],
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
