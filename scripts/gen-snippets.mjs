// Generates snippets/rncp.code-snippets from the bundled référentiel: one complete subject
// skeleton per modality (front matter, presentation, instructions, context, one annex per
// input the référentiel says the candidate must receive, and "Travail à faire" with one
// tagged question per expected competency, marked so that the marks add up to the `bareme`, each
// followed by an answer key to write), plus the tag snippets and the :::corrige / :::jury containers.
// Run `node scripts/gen-snippets.mjs` after editing referentiels/mdc-2023.yaml;
// `--check` fails when the committed file is stale (used by the tests).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const REF_ID = 'mdc-2023';
const OUT = new URL('snippets/rncp.code-snippets', root);
const ref = parse(readFileSync(new URL(`referentiels/${REF_ID}.yaml`, root), 'utf8'));

/** Escapes text placed inside a snippet placeholder (`$`, `}` and `\` are special there). */
const inPlaceholder = (s) => s.replace(/[\\$}]/g, (c) => `\\${c}`);
/** Escapes text placed outside placeholders (only `$` and `\` are special there). */
const literal = (s) => s.replace(/[\\$]/g, (c) => `\\${c}`);

/** Non-breaking space, before `:` and inside « » in French text. */
const NBSP = '\u00a0';

/** French prose from the référentiel with typographic apostrophes. */
const typo = (s) => s.replace(/'/g, '’');

/**
 * Annex titles of the référentiel's inputs, written as titles: the inputs are
 * fragments of a sentence ("ses forces et ses faiblesses vis-à-vis de la
 * concurrence"), which make poor headings. An input missing here falls back to
 * the fragment without its article.
 */
const ANNEX_TITLES = {
  'de données mercatiques': 'Données mercatiques',
  "du positionnement commercial d'une entreprise, de son offre et de ses engagements RSE": 'Positionnement commercial, offre et engagements RSE de l’entreprise',
  "d'une description des sources d'information disponibles": 'Sources d’information disponibles',
  "les caractéristiques d'un marché": 'Caractéristiques du marché',
  "la stratégie commerciale d'une entreprise": 'Stratégie commerciale de l’entreprise',
  'ses forces et ses faiblesses vis-à-vis de la concurrence': 'Forces et faiblesses face à la concurrence',
  'des avis sur la situation formulée par des responsables de services internes': 'Avis des responsables des services internes',
  "du cahier des charges d'un commanditaire exprimant une demande d'achat ou de référencement": 'Cahier des charges du commanditaire (achat ou référencement)',
  "de l'analyse des marchés et de ses tendances": 'Analyse du marché et de ses tendances',
  "les orientations stratégiques de l'entreprise, son positionnement et les segments de clientèle décrits dans l'énoncé": 'Orientations stratégiques, positionnement et segments de clientèle',
  "d'une situation réelle reconstituée présentant l'organisation et ses composantes (moyens, mode de management, politique salariale)": 'Organisation de l’entreprise (moyens, management, politique salariale)',
};

/** "de données mercatiques" → "Données mercatiques": the annex title of an input. */
function annexTitle(donnee) {
  const known = ANNEX_TITLES[donnee.trim()];
  if (known) return known;
  const t = typo(donnee.trim().replace(/^(de la |de l['’]|du |des |de |d['’]une |d['’]un |les |la |le |l['’]|ses |son |sa )/i, ''));
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The total a skeleton is marked on (FORMAT.md §8.1). */
const BAREME = 20;

/** `BAREME` shared among `k` questions in whole points, the first ones getting one more: 20 over 6 → 4, 4, 3, 3, 3, 3. */
function shares(k) {
  const base = Math.floor(BAREME / k);
  return Array.from({ length: k }, (_, i) => base + (i < BAREME - base * k ? 1 : 0));
}

function skeleton(m) {
  let n = 0;
  const tab = (text) => `\${${++n}:${inPlaceholder(text)}}`;
  const lines = [];
  const comps = m.competences.map((id) => ref.competences.find((c) => c.id === id));
  const range = `${m.competences[0]}–${m.competences.at(-1)}`;
  lines.push('---', `referentiel: ${REF_ID}`, `modalite: ${m.id}`);
  const entreprise = tab('Entreprise');
  const intitule = tab(typo(m.titre));
  lines.push(`titre: "${entreprise} — ${intitule}"`, `duree: "${tab('4 heures')}"`, `bareme: ${BAREME}`, `session: \${${++n}:$CURRENT_YEAR}`, '---', '');
  lines.push(`# \${1} — \${2}`, '');
  lines.push('## Présentation du sujet', '');
  lines.push(literal(`${m.type} — ${m.id} «${NBSP}${typo(m.titre)}${NBSP}» (compétences ${range}).`) + ` ${tab('Présentez le rôle confié au candidat et ce qui est attendu de lui.')}`, '');
  lines.push('## Consignes', '');
  lines.push(`- ${literal(typo(m.livrable.texte))}`, `- ${tab('Durée, documents et matériel autorisés.')}`, '- L’entreprise et les données présentées sont fictives.', '');
  lines.push('## Contexte', '');
  lines.push(tab('Présentez l’entreprise, son marché et la situation qui motive le sujet.'), '');
  lines.push('## Annexes', '');
  m.donnees.forEach((d, i) => {
    lines.push(`### Annexe ${i + 1} — ${literal(annexTitle(d))}`, '');
    const t = annexTitle(d);
    lines.push(tab(`Insérez ici ce que le candidat reçoit${NBSP}: ${t.charAt(0).toLowerCase()}${t.slice(1)}.`), '');
  });
  lines.push('## Travail à faire', '');
  const points = shares(comps.length);
  comps.forEach((c, i) => {
    lines.push(`### Dossier ${i + 1} — ${literal(typo(c.titre))}`, '');
    // FORMAT.md §12: the question to write is a placeholder that keeps `question-a-rediger` until written;
    // its marks add up to the bareme (§8.1) and its answer key waits under it, indented into the item (§9).
    lines.push(`1. ${tab('[à rédiger]')} {${c.id}} (${points[i]} points)`, '', '   :::corrige', `   - ${tab('[à rédiger]')}`, '   :::', '');
  });
  lines.push('$0');
  return { prefix: [`sujet-${m.id.toLowerCase()}`, `rncp-${m.id.toLowerCase()}`], body: lines, description: `Squelette complet d’un sujet ${m.id} — ${m.type} (${range})${NBSP}: en-tête, consignes, contexte, ${m.donnees.length} ${m.donnees.length === 1 ? 'annexe' : 'annexes'} et une question à rédiger par compétence (barème sur ${BAREME}, corrigé à rédiger).` };
}

const snippets = {};
for (const m of ref.modalites) snippets[`Sujet ${m.id} — ${typo(m.titre)}`] = { scope: 'casestudy,markdown', ...skeleton(m) };
const all = ref.competences.map((c) => c.id.slice(1)).join(',');
Object.assign(snippets, {
  'Balise de compétence': { scope: 'casestudy,markdown', prefix: ['balise', 'tag'], body: [`{C\${1|${all}|}}$0`], description: `Balise d’une compétence${NBSP}: {C3}.` },
  'Balise de critère': { scope: 'casestudy,markdown', prefix: ['balise-critere', 'tag-critere'], body: [`{C\${1|${all}|}.\${2:1}}$0`], description: `Balise d’un critère d’évaluation${NBSP}: {C3.2}.` },
  'Balise de plage': { scope: 'casestudy,markdown', prefix: ['balise-plage', 'tag-plage'], body: ['{C${1:1}-C${2:5}}$0'], description: `Balise d’une plage de compétences${NBSP}: {C1-C5}.` },
  'Balise multiple': { scope: 'casestudy,markdown', prefix: ['balise-liste', 'tag-liste'], body: ['{C${1:3}, C${2:4.1}}$0'], description: `Balise de plusieurs codes${NBSP}: {C3, C4.1}.` },
  // FORMAT.md §9: remark-directive containers; indented to a list item's content, they answer that question.
  'Corrigé': { scope: 'casestudy,markdown', prefix: ['corrige', 'rncp-corrige'], body: [':::corrige', '- ${1:[à rédiger]}', ':::', '$0'], description: `Corrigé d’une question (éléments de réponse)${NBSP}: :::corrige … :::. Answer key of a question (expected answer elements).` },
  'Consignes au jury': { scope: 'casestudy,markdown', prefix: ['jury', 'rncp-jury'], body: [':::jury', '${1:[à rédiger]}', ':::', '$0'], description: `Consignes aux correcteurs et au jury${NBSP}: :::jury … :::. Notes to the correctors and the jury.` },
});

const text = `${JSON.stringify(snippets, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error('snippets/rncp.code-snippets is stale: run node scripts/gen-snippets.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT.pathname}: ${Object.keys(snippets).length} snippets`);
}
