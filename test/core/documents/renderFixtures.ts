/**
 * Exam documents for the renderers' tests (test/core/documents/render.test.ts,
 * test/documents/pdf.test.ts): a candidate-like subject with every kind of
 * Markdown a draft holds, and an evaluation grid of ten criteria in two blocs.
 */
import type { ExamDocument, GridData, GridRow } from '../../../server/src/core/documents/types';

export const CANDIDATE_MD = `# Étude de cas : la boulangerie Martin

**Durée : 3 h** — *barème sur 100 points*

Vous êtes assistant de gestion chez [Martin SA](https://example.org/martin). Lisez l’ensemble du dossier
avant de répondre.\\
Une seconde ligne après un saut.

## Dossier 1 — Analyse (40 points)

1. Présentez l’entreprise (10 points).
2. Analysez ses forces :
   1. la production ;
   2. la distribution.
3. Proposez deux actions (\`priorité\`) :
   - une action commerciale ;
   - une action ~~financière~~ logistique.

> Note : le chiffre d’affaires est donné en **annexe 2**.
>
> Une seconde note citée.

| Année | Chiffre d’affaires | Résultat |
|:------|-------------------:|:--------:|
| 2023 | 1 200 k€ | 80 k€ |
| 2025 (prévision) | non-communiqué | avant-projet sous-traitance |
| 2024 | 1 350 k€<br>(estimé) | 95 k€ |

![Plan du magasin](plan.png)

## Dossier 2 — Propositions (60 points)

- Rédigez une note de synthèse.
- Calculez le seuil de rentabilité :

\`\`\`text
SR = CF / taux de MCV
MCV = CA - CV
\`\`\`

4. Concluez (question numérotée après le code).

## Annexe 1 — Organigramme

Texte de l’annexe.

## Annexe 2 — Données

Autres données chiffrées.
`;

export const candidate: ExamDocument = {
  kind: 'candidat',
  title: 'Étude de cas : la boulangerie Martin',
  markdown: CANDIDATE_MD,
  warnings: [],
};

function row(bloc: string, competence: string, competenceTitre: string, critere: string, texte: string, questions: GridRow['questions']): GridRow {
  return { bloc, competence, competenceTitre, critere, texte, questions };
}

const ROWS: GridRow[] = [
  row('Bloc 1', 'C1.1', 'Analyser l’environnement', 'C1.1.1', 'Les forces et les faiblesses sont identifiées', [{ label: 'Dossier 1, question 2', points: 10 }]),
  row('Bloc 1', 'C1.1', 'Analyser l’environnement', 'C1.1.2', 'Le marché est décrit ; ses acteurs "clés" sont nommés\net classés', [{ label: 'Dossier 1, question 1', points: 10 }, { label: 'Dossier 1, question 2', points: 10 }]),
  row('Bloc 1', 'C1.2', 'Diagnostiquer', 'C1.2.1', 'Le diagnostic est argumenté', [{ label: 'Dossier 1, question 3', points: 20 }]),
  row('Bloc 1', 'C1.2', 'Diagnostiquer', 'C1.2.2', 'Les sources sont citées', []),
  row('Bloc 1', 'C1.3', 'Chiffrer', 'C1.3.1', 'Les calculs sont justes', [{ label: 'Dossier 1, question 3', points: 20 }]),
  row('Bloc 2', 'C2.1', 'Proposer des actions', 'C2.1.1', 'Les actions sont réalistes', [{ label: 'Dossier 2', points: 30 }]),
  row('Bloc 2', 'C2.1', 'Proposer des actions', 'C2.1.2', 'Les actions sont hiérarchisées', [{ label: 'Dossier 2', points: 30 }]),
  row('Bloc 2', 'C2.2', 'Communiquer', 'C2.2.1', 'La note est structurée', [{ label: 'Dossier 2, question 1', points: 15.5 }]),
  row('Bloc 2', 'C2.2', 'Communiquer', 'C2.2.2', 'L’orthographe est maîtrisée', [{ label: 'Dossier 2, question 1' }]),
  row('Bloc 2', 'C2.3', 'Évaluer', 'C2.3.1', 'Le seuil de rentabilité est calculé', [{ label: 'Dossier 2, question 2', points: 14.5 }]),
];

export const GRID: GridData = {
  header: { titre: 'Étude de cas : la boulangerie Martin', referentiel: 'mdc-2023', modalite: 'étude de cas', bareme: 100, duree: 180, version: 'a1b2c3d' },
  rows: ROWS,
  points: { competences: { 'C1.1': 20, 'C1.2': 20, 'C1.3': 20, 'C2.1': 30, 'C2.2': 15.5, 'C2.3': 14.5 }, blocs: { 'Bloc 1': 40, 'Bloc 2': 60 }, total: 100 },
};

/** A grid's Markdown as the builder might write it: header, one table per bloc, one row per criterion. */
function gridMarkdown(grid: GridData): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# Grille d’évaluation : ${grid.header.titre}`,
    '',
    `- **Référentiel** : ${grid.header.referentiel}`,
    `- **Modalité** : ${grid.header.modalite}`,
    `- **Barème** : ${grid.header.bareme} points`,
    `- **Durée** : ${grid.header.duree} minutes`,
    `- **Version** : ${grid.header.version}`,
  ];
  for (const bloc of [...new Set(grid.rows.map((r) => r.bloc))]) {
    lines.push('', `## ${bloc} (${grid.points.blocs[bloc]} points)`, '');
    lines.push('| Compétence | Critère | Texte | Questions | Points | Acquis | Partiellement acquis | Non acquis | Observations |');
    lines.push('|---|---|---|---|---:|---|---|---|---|');
    for (const r of grid.rows.filter((x) => x.bloc === bloc)) {
      const q = r.questions.length ? r.questions.map((x) => x.label).join(' ; ') : '*non évalué dans ce sujet*';
      const p = r.questions.map((x) => (x.points === undefined ? '' : String(x.points))).filter(Boolean).join(' + ');
      lines.push(`| ${r.competence} ${cell(r.competenceTitre)} | ${r.critere} | ${cell(r.texte)} | ${q} | ${p} |  |  |  |  |`);
    }
  }
  lines.push('', `**Total** : ${grid.points.total} points`, '', 'Jurés : noms, dates et signatures', '');
  return lines.join('\n');
}

export const grid: ExamDocument = {
  kind: 'grille',
  title: 'Grille d’évaluation : Étude de cas : la boulangerie Martin',
  markdown: gridMarkdown(GRID),
  grid: GRID,
  warnings: [],
};
