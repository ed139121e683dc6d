// Generates snippets/rncp.code-snippets from the bundled référentiel: one complete subject
// skeleton per modality (front matter, presentation, instructions, context, one annex per
// input the référentiel says the candidate must receive, and "Travail à faire" with one
// tagged question per expected competency), plus the tag snippets.
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

/** "de données mercatiques" → "Données mercatiques": the annex title of an input. */
function annexTitle(donnee) {
  const t = donnee.trim().replace(/^(de la |de l['’]|du |des |de |d['’]une |d['’]un |les |la |le |l['’]|ses |son |sa )/i, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function skeleton(m) {
  let n = 0;
  const tab = (text) => `\${${++n}:${inPlaceholder(text)}}`;
  const lines = [];
  const comps = m.competences.map((id) => ref.competences.find((c) => c.id === id));
  const range = `${m.competences[0]}–${m.competences.at(-1)}`;
  lines.push('---', `referentiel: ${REF_ID}`, `modalite: ${m.id}`);
  const entreprise = tab('Entreprise');
  const intitule = tab(m.titre);
  lines.push(`titre: "${entreprise} — ${intitule}"`, `duree: "${tab('4 heures')}"`, `session: \${${++n}:$CURRENT_YEAR}`, '---', '');
  lines.push(`# \${1} — \${2}`, '');
  lines.push('## Présentation du sujet', '');
  lines.push(literal(`${m.type} — ${m.id} « ${m.titre} » (compétences ${range}).`) + ` ${tab('Présentez le rôle confié au candidat et ce qui est attendu de lui.')}`, '');
  lines.push('## Consignes', '');
  lines.push(`- ${literal(m.livrable.texte)}`, `- ${tab('Durée, documents et matériel autorisés.')}`, '- L’entreprise et les données présentées sont fictives.', '');
  lines.push('## Contexte', '');
  lines.push(tab('Présentez l’entreprise, son marché et la situation qui motive le sujet.'), '');
  lines.push('## Annexes', '');
  m.donnees.forEach((d, i) => {
    lines.push(`### Annexe ${i + 1} — ${literal(annexTitle(d))}`, '');
    const t = annexTitle(d);
    lines.push(tab(`Insérez ici ce que le candidat reçoit : ${t.charAt(0).toLowerCase()}${t.slice(1)}.`), '');
  });
  lines.push('## Travail à faire', '');
  comps.forEach((c, i) => {
    lines.push(`### Dossier ${i + 1} — ${literal(c.titre)}`, '');
    lines.push(`1. ${tab(`Question évaluant : ${c.titre.charAt(0).toLowerCase()}${c.titre.slice(1)}.`)} {${c.id}}`, '');
  });
  lines.push('$0');
  return { prefix: [`sujet-${m.id.toLowerCase()}`, `rncp-${m.id.toLowerCase()}`], body: lines, description: `Squelette complet d’un sujet ${m.id} — ${m.type} (${range}) : en-tête, contexte, annexes et une question balisée par compétence.` };
}

const snippets = {};
for (const m of ref.modalites) snippets[`Sujet ${m.id} — ${m.titre}`] = { scope: 'casestudy,markdown', ...skeleton(m) };
const all = ref.competences.map((c) => c.id.slice(1)).join(',');
Object.assign(snippets, {
  'Balise de compétence': { scope: 'casestudy,markdown', prefix: ['balise', 'tag'], body: [`{C\${1|${all}|}}$0`], description: 'Balise d’une compétence : {C3}.' },
  'Balise de critère': { scope: 'casestudy,markdown', prefix: ['balise-critere', 'tag-critere'], body: [`{C\${1|${all}|}.\${2:1}}$0`], description: 'Balise d’un critère d’évaluation : {C3.2}.' },
  'Balise de plage': { scope: 'casestudy,markdown', prefix: ['balise-plage', 'tag-plage'], body: ['{C${1:1}-C${2:5}}$0'], description: 'Balise d’une plage de compétences : {C1-C5}.' },
  'Balise multiple': { scope: 'casestudy,markdown', prefix: ['balise-liste', 'tag-liste'], body: ['{C${1:3}, C${2:4.1}}$0'], description: 'Balise de plusieurs codes : {C3, C4.1}.' },
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
