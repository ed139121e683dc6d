/**
 * The correctors' file (FORMAT.md §10), data-driven: the candidate's subject
 * with, after each question, its criteria, answer key and notes to the jury in
 * a block quote indented into its list item.
 */
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/core/documents/build';
import type { Lang } from '../../../server/src/core/i18n';
import { analyze } from '../../helpers/core';

function check(input: string, expected: string, lang: Lang = 'fr'): void {
  assert.equal(buildDocument(analyze(input), 'correcteur', lang).markdown, expected);
}

const FM = '---\nreferentiel: mdc-2023\nmodalite: M1\n---\n\n';
const C11 = 'C1.1 — Le système de veille proposé est adapté au contexte de l\'entreprise : son organisation est justifiée par des moyens et des ressources disponibles et répond aux besoins d\'information identifiés.';
const C21 = 'C2.1 — Les données et les informations recueillies mettent en perspective les grands enjeux du secteur (évolutions socio-économiques, avancées technologiques, impact des crises, risques géopolitiques) et permettent de dégager des options stratégiques.';

describe('documents: the correctors’ file', () => {
  it('puts after each question its criteria, its answer key (dedented, tags cut) and the notes to the jury', () => {
    check(
      `${FM}## Dossier 1 {C1}\n\n1. Question un {C1.1} (1 point)\n\n   :::corrige\n   - Réponse {C1.1}\n     suite\n   :::\n\n2. Question deux {C2.1} (2 points)\n\n:::jury\nNote <!-- cachée --> au jury.\n:::\n\nFin.\n`,
      `## Dossier 1\n\n1. Question un (1 point)\n\n   > **Critères évalués\u00a0:** ${C11}\n   >\n   > **Éléments de réponse\u00a0:**\n   >\n   > - Réponse\n   >   suite\n\n`
        + `2. Question deux (2 points)\n\n   > **Critères évalués\u00a0:** ${C21}\n   >\n   > **Notes au jury\u00a0:**\n   >\n   > Note au jury.\n\nFin.\n`,
    );
  });

  it('speaks English when asked, joins several criteria, and names competencies for competency tags', () => {
    check(`${FM}- Une question {C1.1} {C2}\n`, `- Une question\n\n  > **Criteria assessed:** ${C11}; C2 — Analyser les données de l'environnement de l'entreprise\n`, 'en');
  });

  it('a question tagged only by its heading, and a table row, get their block after the section and after the table', () => {
    check(
      `${FM}### Dossier 5 {C5.1} (3 points)\n\nPréparez les supports.\n\n:::corrige\nDes diapositives.\n:::\n\n## Annexe\n\n| Question | Points |\n| --- | --- |\n| Une {C2.1} | (1 point) |\n`,
      `### Dossier 5 (3 points)\n\nPréparez les supports.\n\n> **Critères évalués\u00a0:** C5.1 — Les supports proposés sont clairs, synthétiques et faciles à lire.\n>\n> **Éléments de réponse\u00a0:**\n>\n> Des diapositives.\n\n## Annexe\n\n| Question | Points |\n| --- | --- |\n| Une | (1 point) |\n\n> **Critères évalués\u00a0:** ${C21}\n`,
    );
  });
});
