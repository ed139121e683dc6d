import * as fs from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { parse, parseDocument } from 'yaml';

// Pins the transcription of the bundled référentiel mdc-2023 (FORMAT.md §4).

interface Bloc { id: string; titre: string }
interface Activite { id: string; bloc: string; titre: string; taches: string[] }
interface Competence { id: string; activite: string; titre: string; enonce: string; criteres: string[] }
interface Modalite {
  id: string; titre: string; type: string; description: string;
  donnees: string[]; attendus: string[];
  livrable: { forme: 'dossier-ecrit' | 'diaporama-oral' | 'oral'; texte: string };
  competences: string[];
}
interface Referentiel {
  id: string; titre: string; version: string;
  blocs: Bloc[]; activites: Activite[]; competences: Competence[]; modalites: Modalite[];
}

const file = path.join(__dirname, '../../referentiels/mdc-2023.yaml');
const text = fs.readFileSync(file, 'utf8');
const ref = parse(text) as Referentiel;

const comp = (id: string): Competence => {
  const c = ref.competences.find((x) => x.id === id);
  assert.ok(c, `compétence ${id} absente`);
  return c;
};
const range = (a: number, b: number, p: string): string[] =>
  Array.from({ length: b - a + 1 }, (_, i) => `${p}${a + i}`);
const isNonEmptyString = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;

describe('référentiel mdc-2023 (données)', () => {
  it('parses as YAML without errors or warnings', () => {
    const doc = parseDocument(text, { strict: true, uniqueKeys: true });
    assert.deepEqual(doc.errors, []);
    assert.deepEqual(doc.warnings, []);
  });

  it('has the identity keys', () => {
    assert.equal(ref.id, 'mdc-2023');
    assert.equal(ref.titre, 'Manager du développement commercial');
    assert.equal(ref.version, 'Référentiel 2023');
    assert.deepEqual(Object.keys(ref), ['id', 'titre', 'version', 'blocs', 'activites', 'competences', 'modalites']);
  });

  it('has the 4 blocs with their titles', () => {
    assert.deepEqual(ref.blocs, [
      { id: 'B1', titre: "Elaborer la stratégie commerciale de l'entreprise" },
      { id: 'B2', titre: "Concevoir un plan d'actions commerciales" },
      { id: 'B3', titre: 'Piloter la stratégie commerciale omnicanale' },
      { id: 'B4', titre: 'Manager les équipes commerciales' },
    ]);
  });

  it('has the 8 activités, in their blocs, with their tâches', () => {
    assert.deepEqual(ref.activites.map((a) => a.id), range(1, 8, 'A'));
    assert.deepEqual(ref.activites.map((a) => a.bloc), ['B1', 'B1', 'B2', 'B2', 'B3', 'B3', 'B4', 'B4']);
    const counts: Record<string, number> = { A1: 8, A2: 14, A3: 10, A4: 6, A5: 10, A6: 7, A7: 11, A8: 11 };
    for (const a of ref.activites) {
      assert.ok(isNonEmptyString(a.titre), `${a.id} titre`);
      assert.ok(a.taches.length >= 1, `${a.id} sans tâche`);
      assert.equal(a.taches.length, counts[a.id], `${a.id} tâches`);
      for (const t of a.taches) {
        assert.ok(isNonEmptyString(t), `${a.id} tâche vide`);
        assert.ok(!t.startsWith('➤') && !/[<>]/.test(t), `${a.id} tâche non nettoyée: ${t}`);
      }
    }
    assert.equal(ref.activites[0].titre, "Conception d'un système de veille et analyse des données collectées");
    assert.equal(ref.activites[0].taches[0], "Organisation d'un système de veille");
    // the second row of bloc 1 (no heading) continues A1
    assert.equal(ref.activites[0].taches[4], "Analyse des données de l'environnement de l'entreprise");
    assert.equal(ref.activites[1].taches.at(-1), 'Anticipation des objections');
  });

  it('has the 20 compétences C1..C20 in order, attached to their activités', () => {
    assert.deepEqual(ref.competences.map((c) => c.id), range(1, 20, 'C'));
    const act: Record<string, string> = {
      C1: 'A1', C2: 'A1', C3: 'A2', C4: 'A2', C5: 'A2', C6: 'A3', C7: 'A3', C8: 'A4', C9: 'A4',
      C10: 'A5', C11: 'A5', C12: 'A5', C13: 'A6', C14: 'A6', C15: 'A7', C16: 'A7', C17: 'A7',
      C18: 'A8', C19: 'A8', C20: 'A8',
    };
    for (const c of ref.competences) {
      assert.equal(c.activite, act[c.id], `${c.id} activité`);
      assert.ok(isNonEmptyString(c.titre), `${c.id} titre`);
      assert.ok(isNonEmptyString(c.enonce), `${c.id} énoncé`);
      assert.ok(!/^C\d/.test(c.enonce), `${c.id} énoncé garde son libellé`);
      assert.ok(c.enonce.startsWith(c.titre), `${c.id} titre n'est pas le début de l'énoncé`);
      assert.ok(!/[,.;:]$/.test(c.titre), `${c.id} titre ponctué`);
    }
    assert.equal(comp('C1').titre, 'Concevoir un système de veille');
    assert.ok(comp('C1').enonce.endsWith('nécessaires à une réflexion stratégique.'));
  });

  it('has the exact number of criteria per compétence (79 in all)', () => {
    const expected: Record<string, number> = {
      C1: 3, C2: 4, C3: 4, C4: 8, C5: 3, C6: 6, C7: 4, C8: 3, C9: 2, C10: 5,
      C11: 3, C12: 5, C13: 6, C14: 5, C15: 4, C16: 2, C17: 3, C18: 4, C19: 3, C20: 2,
    };
    const actual = Object.fromEntries(ref.competences.map((c) => [c.id, c.criteres.length]));
    assert.deepEqual(actual, expected);
    assert.equal(ref.competences.reduce((n, c) => n + c.criteres.length, 0), 79);
    for (const c of ref.competences) {
      for (const k of c.criteres) {
        assert.ok(isNonEmptyString(k), `${c.id} critère vide`);
        assert.ok(!/^C\d/.test(k), `${c.id} critère garde son libellé: ${k}`);
        assert.ok(!k.startsWith('-'), `${c.id} critère garde son tiret: ${k}`);
        assert.ok(!k.trimEnd().endsWith(':'), `${c.id} a une phrase d'introduction comme critère: ${k}`);
        assert.ok(!/[<>]|&amp;/.test(k), `${c.id} critère non nettoyé: ${k}`);
      }
    }
  });

  it('keeps exact criterion texts (spot checks)', () => {
    assert.ok(comp('C1').criteres[0].startsWith("Le système de veille proposé est adapté au contexte de l'entreprise :"));
    assert.ok(comp('C2').criteres[3].startsWith('Sont clairement identifiés'));
    assert.ok(comp('C3').criteres[0].startsWith('Le positionnement commercial est choisi'));
    assert.ok(comp('C4').criteres[0].startsWith('elle prend en compte les choix stratégiques des concurrents'));
    assert.ok(comp('C4').criteres[4].startsWith('elle propose une politique tarifaire'));
    assert.equal(comp('C4').criteres[7], "elle reflète les engagements RSE pris par l'entreprise sur chaque pilier : économique, social et environnemental.");
    assert.ok(comp('C6').criteres[0].startsWith("Le plan d'actions proposé se décompose en projets"));
    assert.ok(comp('C11').criteres[0].startsWith('Les données des clients sont organisées'));
    assert.equal(comp('C13').criteres[2], "met en avant le positionnement commercial de l'entreprise et valorise ses avantages concurrentiels");
    assert.equal(comp('C14').criteres[0], 'Les méthodes et les axes de la négociation présentés sont réalistes et adaptés au contexte.');
    assert.ok(comp('C16').criteres[0].startsWith('Le projet de réorganisation ou de dynamisation détaille'));
    assert.equal(comp('C20').criteres[1], 'Le projet de réorganisation/dynamisation précise la nature des nouveaux indicateurs destinés à être analysés lors de l’entretien annuel d’évaluation.');
  });

  it('has the 4 modalités with their compétences, types and livrables', () => {
    assert.deepEqual(ref.modalites.map((m) => m.id), ['M1', 'M2', 'M3', 'M4']);
    assert.deepEqual(
      Object.fromEntries(ref.modalites.map((m) => [m.id, m.competences])),
      { M1: range(1, 5, 'C'), M2: range(6, 9, 'C'), M3: range(10, 14, 'C'), M4: range(15, 20, 'C') },
    );
    assert.deepEqual(ref.modalites.map((m) => m.type),
      ['Étude de cas', 'Étude de cas', 'Cas pratique', 'Mise en situation professionnelle reconstituée']);
    assert.deepEqual(ref.modalites.map((m) => m.livrable.forme), ['dossier-ecrit', 'dossier-ecrit', 'diaporama-oral', 'oral']);
    assert.deepEqual(ref.modalites.map((m) => m.livrable.texte), [
      'Le candidat prépare un dossier professionnel écrit ayant vocation à être présenté au comité de direction.',
      "L'étude de cas fait l'objet d'un dossier écrit",
      "Le cas pratique fait l'objet d'un support de présentation type diaporama et d'une soutenance orale.",
      "Cette mise en situation professionnelle reconstituée fait l'objet d'une soutenance orale.",
    ]);
    for (const m of ref.modalites) {
      assert.ok(isNonEmptyString(m.titre), `${m.id} titre`);
      assert.ok(isNonEmptyString(m.description), `${m.id} description`);
      assert.ok(m.donnees.length >= 1 && m.donnees.every(isNonEmptyString), `${m.id} données`);
      assert.ok(m.attendus.length >= 1 && m.attendus.every(isNonEmptyString), `${m.id} attendus`);
      for (const s of m.attendus) assert.ok(!s.startsWith('-'), `${m.id} attendu garde son tiret: ${s}`);
    }
    // every compétence belongs to exactly one modalité
    assert.deepEqual(ref.modalites.flatMap((m) => m.competences), range(1, 20, 'C'));
  });

  it('keeps exact modalité texts and fixes the extraction breaks', () => {
    const [m1, m2, m3, m4] = ref.modalites;
    assert.equal(m1.titre, "Elaboration d'une stratégie commerciale issue d'une analyse-diagnostic de marché");
    assert.equal(m1.donnees.length, 3);
    assert.equal(m1.attendus.length, 14);
    assert.equal(m1.attendus[6],
      "formule des critiques sur les limites du système de veille en place et propose l'accès à d'autres sources et/ou le lancement études complémentaires permettant d'améliorer le recueil et le traitement des informations");
    assert.equal(m2.titre, "Conception d'un plan d'actions commerciales");
    assert.equal(m2.donnees.length, 4);
    assert.ok(m2.description.startsWith("Si la forme du plan n'est pas strictement imposée"));
    assert.ok(m2.description.includes('notoriété & image'));
    assert.ok(m2.description.endsWith("leur cohérence et leur justification avec l'environnement stratégique, le positionnement et la diversité des parcours clients."));
    assert.equal(m3.titre, "Analyse, conception et négociation d'une offre commerciale");
    assert.equal(m3.attendus.length, 6);
    assert.ok(m3.attendus[4].startsWith('volet 5 :'));
    assert.ok(m3.attendus[5].startsWith('En synthèse'));
    assert.equal(m4.titre, "Mise en place d'une réorganisation et/ou d'une action de dynamisation de son équipe");
    assert.ok(m4.description.startsWith('Le candidat constitue son équipe'));
  });

  it('has no HTML left', () => {
    assert.ok(!/<\/?(p|b|i|u|li|ul)\b|&amp;|➤/.test(text));
  });
});
