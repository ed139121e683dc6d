import * as assert from 'node:assert/strict';
import { hover } from '../../../server/src/core/features/hover';
import { md } from '../../../server/src/core/features/markdown';
import type { Lang } from '../../../server/src/core/i18n';
import { fixture } from '../../helpers/features';

const FM = '---\nreferentiel: mdc-2023\nmodalite: M1\n---\n';

/** Hovers at the cursor: the Markdown holds every expected piece, and its range is the ⟦mark⟧. */
function check(source: string, expected: (string | RegExp)[] | undefined, lang: Lang = 'fr', fileName?: string) {
  const f = fixture(source, fileName);
  const h = hover(f.analysis, f.position, lang);
  if (!expected) return assert.equal(h, undefined);
  assert.ok(h, 'a hover');
  assert.equal(h.contents.kind, 'markdown');
  for (const e of expected) typeof e === 'string' ? assert.ok(h.contents.value.includes(e), `missing «${e}» in\n${h.contents.value}`) : assert.match(h.contents.value, e);
  assert.deepEqual(h.range, f.marks[0]);
  return h.contents.value;
}

describe('feature hover', () => {
  const cases: [string, string, (string | RegExp)[] | undefined, Lang?, string?][] = [
    ['a competency: statement, bloc, activity, modality, criteria marked', `${FM}# Q {⟦C$$CURSOR$$3⟧}\n\n- {C3.2}\n`, [
      '**C3** — **Déterminer les potentialités',
      'en caractérisant ses forces et ses faiblesses',
      '**Bloc** B1 — Elaborer la stratégie commerciale',
      '**Activité** A2 — Elaboration de la stratégie commerciale',
      '**Modalité** M1 —',
      '1/4 visés dans ce sujet',
      /- \*\*C3\.2\*\* Les forces et les faiblesses.* _\(visé\)_/,
      /- \*\*C3\.1\*\* .* _\(non visé\)_/,
      ' · partielle',
    ]],
    ['a competency in English', `${FM}# Q {⟦C3$$CURSOR$$⟧}\n`, ['**Activity** A2', '0/4 covered in this draft', '_(not covered)_', ' · partial'], 'en'],
    ['a competency outside the modality says so', `${FM}Q {⟦C$$CURSOR$$9⟧}\n`, ['**C9**', 'Hors de la modalité du sujet (M1)']],
    ['a criterion: its text and competency', `${FM}Q {C3, ⟦C3$$CURSOR$$.2⟧}\n`, [
      '**C3.2** · critère 2 de C3 — visé dans ce sujet',
      'Les forces et les faiblesses de l\'entreprise sont identifiées',
      '**Compétence** C3 — Déterminer',
    ]],
    ['a criterion in English', `${FM}Q {⟦C1.$$CURSOR$$3⟧}\n`, ['criterion 3 of C1', '— covered in this draft', '**Competency** C1'], 'en'],
    ['a range lists its competencies', `${FM}Q {⟦C1 -$$CURSOR$$ C3⟧}\n`, ['**C1 - C3** · 3 compétences', '- **C2** Analyser les données']],
    ['a range bound is its competency', `${FM}Q {C1-⟦C$$CURSOR$$3⟧}\n`, ['**C3** — **Déterminer']],
    ['the modalite value: title, kind, competencies, what to give, deliverable', `---\nmodalite: ⟦M$$CURSOR$$1⟧\n---\n{C1}\n`, [
      '**M1 — Elaboration d\'une stratégie commerciale',
      'Étude de cas · livrable : dossier écrit',
      '**Compétences évaluées**',
      '- **C1** Concevoir un système de veille · partielle',
      '- **C5** Proposer la stratégie commerciale à la direction générale · absente',
      '**Ce que le sujet doit fournir au candidat**',
      '- de données mercatiques',
      '**Livrable** : Le candidat prépare un dossier professionnel écrit',
    ]],
    ['the modalite value in English', `---\nmodalite: ⟦m3$$CURSOR$$⟧\n---\n`, ['**M3 — ', 'Cas pratique · deliverable: slides and oral defence', '**Competencies assessed**', '- **C10**'], 'en'],
    ['the referentiel value', `---\nreferentiel: ⟦mdc-$$CURSOR$$2023⟧\nmodalite: M1\n---\n`, [
      '**mdc-2023 — Manager du développement commercial**',
      'Référentiel 2023 · 4 blocs · 20 compétences · 79 critères · 4 modalités',
      '- **B1** Elaborer la stratégie commerciale de l\'entreprise (C1–C5)',
      '- **M4** ',
    ]],
    ['the referentiel value in English', `---\nreferentiel: ⟦mdc-2023$$CURSOR$$⟧\n---\n`, ['20 competencies · 79 criteria · 4 modalities'], 'en'],
    ['nothing on plain text', `${FM}Q$$CURSOR$$ {C3}\n`, undefined],
    ['nothing on an unknown code', `${FM}Q {C$$CURSOR$$21}\n`, undefined],
    ['nothing on an unknown modality', `---\nmodalite: M$$CURSOR$$9\n---\n`, undefined],
    ['nothing in code', `${FM}\`{C$$CURSOR$$3}\`\n`, undefined],
    ['nothing in a non-draft', `# Notes {C$$CURSOR$$3}\n`, undefined, 'fr', '/drafts/notes.md'],
  ];
  for (const [name, source, expected, lang, fileName] of cases) it(name, () => check(source, expected, lang, fileName));

  describe('points and duration', () => {
    const B = '---\nmodalite: M1\nbareme: 20\nduree: 4 h\n---\n';
    /** The whole Markdown of the hover at the cursor, its range the ⟦mark⟧. */
    const exact = (source: string, value: string | undefined, lang: Lang = 'fr') => {
      const f = fixture(source);
      const h = hover(f.analysis, f.position, lang);
      if (value === undefined) return assert.equal(h, undefined);
      assert.equal(h?.contents.value, value);
      assert.deepEqual(h?.range, f.marks[0]);
    };
    const cases: [string, string, string | undefined, Lang?][] = [
      ['an innermost mark: its points shared among its competencies', `${B}## D {C1} (5 pts)\n\n1. Q {C1.1, C2} ⟦(3 p$$CURSOR$$oints)⟧\n2. R (2 points)\n`,
        '**3 points** · C1\u00a0: 1,5\u00a0pt · C2\u00a0: 1,5\u00a0pt'],
      ['a mark shared from the heading says so, in English', `${B}## D {C1}\n\n1. Q ⟦(2$$CURSOR$$ points)⟧\n`,
        '**2 points** · C1: 2\u00a0pt\n\n_Competencies of the section heading_', 'en'],
      ['a mark that assesses nothing', `${B}1. Q ⟦($$CURSOR$$1,5 pt)⟧\n`, '**1,5 point** · n’évalue aucune compétence'],
      ['an outer mark: the sum of its questions, when it does not match', `${B}## D {C1} ⟦(6 p$$CURSOR$$ts)⟧\n\n1. Q {C1.1} (3 points)\n2. R (2 points)\n`,
        '**6 points**\n\nSomme des questions qu’il contient\u00a0: 5 points — ne correspond pas (6 points annoncés)'],
      ['an outer mark that matches', `${B}## D {C1} ⟦$$CURSOR$$(5 pts)⟧\n\n1. Q {C1.1} (3 points)\n2. R (2 points)\n`,
        '**5 points**\n\nSomme des questions qu’il contient\u00a0: 5 points — cohérent'],
      ['a mark in a corrigé is a note for the correctors', `${B}1. Q {C1.1} (1 point)\n\n   :::corrige\n   - x ⟦(0,5 p$$CURSOR$$t)⟧\n   :::\n`,
        '**0,5 point**\n\nNote pour les correcteurs (dans un corrigé), non comptée dans le sujet.'],
      ['a duration mark: its minutes', `${B}## D {C1} ⟦(1 h$$CURSOR$$ 30)⟧\n`, '**1 h 30** (90\u00a0min)'],
      ['the bareme value: the subject\'s points, the gap, points per bloc and competency',
        `---\nmodalite: M1\nbareme: ⟦2$$CURSOR$$0⟧\n---\n## D {C1} (4 pts)\n\n1. Q {C1.1, C2} (2 points)\n2. R {C1} (2 points)\n`,
        '**Barème\u00a0: 20 points**\n\nPoints du sujet\u00a0: 4 points — il manque 16 points\n\n- **B1** 4 points (100\u00a0%)\n'
        + '  - C1\u00a0: 3\u00a0pt (75\u00a0%)\n  - C2\u00a0: 1\u00a0pt (25\u00a0%)\n  - C3\u00a0: 0\u00a0pt (0\u00a0%)\n  - C4\u00a0: 0\u00a0pt (0\u00a0%)\n  - C5\u00a0: 0\u00a0pt (0\u00a0%)'],
      ['the bareme value over, in English', `---\nbareme: ⟦3$$CURSOR$$⟧\n---\n1. Q {C1} (4 points)\n`,
        '**Barème: 3 points**\n\nPoints of the subject: 4 points — 1 point over', 'en'],
      ['the bareme value without marks', `---\nbareme: ⟦20$$CURSOR$$⟧\n---\n1. Q {C1}\n`, '**Barème\u00a0: 20 points**\n\nAucune marque de points dans le sujet.'],
      ['the duree value: minutes, tiers-temps, the sum of the duration marks', `---\nduree: ⟦3 h$$CURSOR$$ 30⟧\n---\n## A (1 h)\n\n## B (45 min)\n`,
        '**Durée\u00a0: 3 h 30** (210\u00a0min)\n\nTiers-temps (temps majoré d’un tiers)\u00a0: 4 h 40\n\nDurées des parties\u00a0: 1 h 45 — 1 h 45 de marge'],
      ['the duree value over, in English', `---\nduree: ⟦1$$CURSOR$$ h⟧\n---\n## A (1 h)\n\n## B (45 min)\n`,
        '**Duration: 1 h** (60\u00a0min)\n\nExtra third (time increased by a third): 1 h 20\n\nDurations of the parts: 1 h 45 — 45 min over', 'en'],
      ['nothing beside a mark', `${B}1. Q {C1} (1 point) $$CURSOR$$ x\n`, undefined],
    ];
    for (const [name, source, value, lang] of cases) it(name, () => exact(source, value, lang));
  });

  it('escapes référentiel text so that it shows as written', () => {
    assert.equal(md('a*b_c [x](y) <b> #1 | `z`'), 'a\\*b\\_c \\[x\\](y) \\<b\\> \\#1 \\| \\`z\\`');
  });
});
