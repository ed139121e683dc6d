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

  it('escapes référentiel text so that it shows as written', () => {
    assert.equal(md('a*b_c [x](y) <b> #1 | `z`'), 'a\\*b\\_c \\[x\\](y) \\<b\\> \\#1 \\| \\`z\\`');
  });
});
