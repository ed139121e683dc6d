// Deterministic generated drafts for the bench: French prose, headings, tags
// (mostly valid, some not), bullet and numbered lists, tables, fences, quotes.
// Same seed, same text, on every machine.

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODALITES = {
  M1: { C1: 3, C2: 4, C3: 4, C4: 8, C5: 3 },
  M2: { C6: 6, C7: 4, C8: 3, C9: 2 },
  M3: { C10: 5, C11: 3, C12: 5, C13: 6, C14: 5 },
  M4: { C15: 4, C16: 2, C17: 3, C18: 4, C19: 3, C20: 2 },
};

const SUJETS = ['la confiturerie Maison Verdier', 'les Cycles Durand', 'la coopérative Terres du Sud', "l'atelier Lumière & Bois", 'la brasserie des Trois Vallées', 'le groupe Hôtelier Azur'];
const DEBUTS = [
  "À partir des annexes, analysez", 'Présentez de façon argumentée', 'Identifiez et hiérarchisez', 'Proposez au comité de direction',
  'Évaluez, chiffres à l’appui,', 'Rédigez une note de synthèse sur', 'Justifiez le choix de', 'Construisez un tableau de bord pour suivre',
  'Déterminez les leviers qui permettraient de renforcer', "Élaborez un plan d'action détaillé concernant",
];
const OBJETS = [
  "l'évolution du marché des produits premium", 'la stratégie de distribution omnicanale', 'les forces et faiblesses de l’entreprise',
  'le positionnement prix face aux concurrents', "les attentes des clients professionnels et des particuliers", 'la politique de fidélisation',
  "les risques liés à l'approvisionnement en matières premières", 'le développement à l’export vers la Belgique et le Japon',
  'les indicateurs de performance commerciale', "l'organisation de l'équipe commerciale itinérante", 'la rentabilité par canal de vente',
  'les engagements sociétaux et environnementaux de la marque',
];
const SUITES = [
  'en tenant compte des contraintes budgétaires fixées par la direction.', 'pour la période 2026-2029.',
  "et précisez les ressources humaines et financières nécessaires.", 'en vous appuyant sur les données chiffrées des annexes 1 à 4.',
  'puis formulez trois recommandations opérationnelles.', 'et mesurez leur effet attendu sur le chiffre d’affaires.',
  "sans oublier l'impact sur la marge brute et la trésorerie.", 'en distinguant le court terme et le moyen terme.',
];
const PROSE = [
  "L'entreprise emploie 84 salariés et réalise 13,6 M€ de chiffre d'affaires, dont 15 % à l'export.",
  'La hausse des coûts du sucre, de l’énergie et du verre pèse sur la rentabilité depuis deux exercices.',
  "Les enseignes de la grande distribution demandent des remises supplémentaires de 3 à 5 %.",
  'La vente en ligne progresse de 12,4 % par an et attire une clientèle plus jeune et urbaine.',
  "Le comité de direction souhaite une croissance rentable sans renoncer à l'ancrage local de la marque.",
  'Les concurrents industriels lancent des gammes « allégées » vendues 20 % moins cher en rayon.',
  "La présidente attend des propositions chiffrées, réalistes et compatibles avec l'outil de production.",
  'Le taux d’utilisation de l’atelier atteint 82 %, ce qui limite les volumes supplémentaires.',
];

/** Hard-wraps prose at `width` columns, as authors' editors do; `indent` for continuation lines. */
function wrap(text, width = 72, indent = '', first = '') {
  const lines = [];
  let line = first;
  for (const word of text.split(' ')) {
    if (line === first) {
      line += word;
    } else if (line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

export function generateDraft(targetLines, seed, modalite = 'M1') {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const comps = Object.entries(MODALITES[modalite]);
  const tag = () => {
    const x = r();
    const [c, n] = pick(comps);
    if (x < 0.55) return `{${c}.${1 + Math.floor(r() * n)}}`;
    if (x < 0.8) return `{${c}}`;
    if (x < 0.88) return `{${c}.${1 + Math.floor(r() * n)}, ${pick(comps)[0]}}`;
    if (x < 0.93) return `{${comps[0][0]}-${comps[comps.length - 1][0]}}`;
    if (x < 0.96) return `{${c}.${n + 3}}`; // unknown criterion
    if (x < 0.98) return `{C2${Math.floor(r() * 9)}}`; // unknown competency
    return `{${c}; ${pick(comps)[0]}}`; // malformed
  };
  const sentence = () => `${pick(DEBUTS)} ${pick(OBJETS)} ${pick(SUITES)}`;
  const out = [];
  const sujet = pick(SUJETS);
  out.push('---', 'referentiel: mdc-2023', `modalite: ${modalite}`, `titre: "Étude de cas — ${sujet}"`, 'duree: "4 heures"', '---', '');
  out.push(`# Étude de cas : ${sujet}`, '');
  let dossier = 0;
  let question = 0;
  while (out.length < targetLines) {
    const k = r();
    if (k < 0.08) {
      dossier++;
      question = 0;
      out.push(`## Dossier ${dossier} — ${pick(OBJETS)}${r() < 0.3 ? ` ${tag()}` : ''}`, '');
    } else if (k < 0.2) {
      question++;
      out.push(`### Question ${dossier}.${question}${r() < 0.4 ? ` ${tag()}` : ''}`, '');
    } else if (k < 0.5) {
      const n = 1 + Math.floor(r() * 4);
      const parts = [];
      for (let i = 0; i < n; i++) parts.push(r() < 0.5 ? pick(PROSE) : sentence());
      if (r() < 0.35) parts[parts.length - 1] += ` ${tag()}`;
      out.push(...wrap(parts.join(' ')), '');
    } else if (k < 0.66) {
      const n = 3 + Math.floor(r() * 5);
      const ordered = r() < 0.3;
      for (let i = 0; i < n; i++) {
        const marker = ordered ? `${i + 1}.` : '-';
        const item = `${sentence()}${r() < 0.2 ? ` ${pick(PROSE)}` : ''}${r() < 0.3 ? ` ${tag()}` : ''}`;
        out.push(...wrap(item, 72, ' '.repeat(marker.length + 1), `${marker} `));
      }
      out.push('');
    } else if (k < 0.78) {
      const cols = 3 + Math.floor(r() * 3);
      out.push(`| Indicateur | ${Array.from({ length: cols - 1 }, (_, i) => 2023 + i).join(' | ')} |`);
      out.push(`| --- |${' ---: |'.repeat(cols - 1)}`);
      const rows = 3 + Math.floor(r() * 7);
      for (let i = 0; i < rows; i++) {
        const cells = Array.from({ length: cols - 1 }, () => `${Math.floor(r() * 9000) / 10} k€`);
        out.push(`| ${pick(OBJETS).slice(0, 28)}${r() < 0.05 ? ` ${tag()}` : ''} | ${cells.join(' | ')} |`);
      }
      out.push('');
    } else if (k < 0.86) {
      const lang = pick(['text', 'csv', 'json']);
      out.push(`\`\`\`${lang}`);
      const n = 3 + Math.floor(r() * 6);
      for (let i = 0; i < n; i++) {
        if (lang === 'json') out.push(`  { "canal": "${pick(['GMS', 'export', 'web', 'CHR'])}", "ca": ${Math.floor(r() * 5000)} },`);
        else if (lang === 'csv') out.push(`${pick(['GMS', 'export', 'web', 'CHR'])};${Math.floor(r() * 5000)};${Math.floor(r() * 100)} %`);
        else out.push(`Extrait du compte rendu ${i + 1} : ${pick(PROSE)}`);
      }
      out.push('```', '');
    } else if (k < 0.93) {
      const n = 1 + Math.floor(r() * 3);
      const quote = Array.from({ length: n }, () => pick(PROSE)).join(' ');
      out.push(...wrap(quote, 72, '> ', '> '));
      out.push('');
    } else {
      out.push(...wrap(`${pick(PROSE)} ${pick(PROSE)}`), '');
    }
  }
  return `${out.slice(0, Math.max(targetLines, 10)).join('\n')}\n`;
}

/** The files of the bench workspace: `count` drafts of about `lines` lines, in folders of 100. */
export function* workspaceFiles(count, lines) {
  const mods = ['M1', 'M2', 'M3', 'M4'];
  for (let i = 0; i < count; i++) {
    const name = `lot-${String(Math.floor(i / 100)).padStart(2, '0')}/sujet-${String(i).padStart(4, '0')}.cas.md`;
    yield [name, generateDraft(lines, 1000 + i, mods[i % 4])];
  }
}

// ---- realistic drafts ---------------------------------------------------------
// Drafts written as real subjects are: most paragraphs carry inline markup (bold,
// italics, links to annexes, reference links, inline code now and then, footnote
// calls), HTML comments for the correctors, tables, annexes at the end with their
// footnote and link definitions, and a tag every few lines.

const ANNEXES = [
  'Chiffres clés de l’entreprise', 'Extrait du compte de résultat', 'Enquête de satisfaction clients', 'Organigramme de la direction commerciale',
  'Étude du marché national', 'Grille tarifaire des concurrents', 'Compte rendu du comité de direction', 'Plan de charge de l’atelier',
];
const TERMES = [
  'chiffre d’affaires', 'marge brute', 'panier moyen', 'taux de fidélisation', 'coût d’acquisition', 'part de marché', 'seuil de rentabilité',
  'besoin en fonds de roulement', 'taux de transformation', 'valeur vie client',
];
const CODES = ['CA_HT', 'taux_marge', 'NPS', 'EBE', 'BFR', 'CAC', 'tableau_bord.xlsx', 'SUM(B2:B9)'];
const NOTES = [
  'Source : comptes annuels certifiés, exercice clos le 31 décembre.', 'Données de panel, cumul annuel mobile à fin septembre.',
  'Hors taxes et hors frais de transport.', 'Estimation de la direction financière, non auditée.',
  'Enquête menée auprès de 1 240 clients, marge d’erreur de 3 points.', 'Chiffres arrondis au millier d’euros.',
];
const COMMENTAIRES = [
  'note du correcteur : valoriser les réponses chiffrées', 'à revoir avec le jury', 'barème : 4 points', 'ne pas modifier ce paragraphe',
  'TODO vérifier les chiffres de l’annexe', 'version validée en commission',
];

/**
 * A draft of about `targetLines` lines as subjects are really written (see
 * above); deterministic for a seed. Link and footnote definitions close it.
 */
export function generateRealisticDraft(targetLines, seed, modalite = 'M1') {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const comps = Object.entries(MODALITES[modalite]);
  const annexes = 4 + Math.floor(r() * 4);
  const tag = () => {
    const x = r();
    const [c, n] = pick(comps);
    if (x < 0.6) return `{${c}.${1 + Math.floor(r() * n)}}`;
    if (x < 0.85) return `{${c}}`;
    if (x < 0.92) return `{${c}.${1 + Math.floor(r() * n)}, ${pick(comps)[0]}}`;
    if (x < 0.95) return `{${comps[0][0]}-${comps[comps.length - 1][0]}}`;
    if (x < 0.97) return `{${c}.${n + 3}}`; // unknown criterion
    if (x < 0.99) return `{C2${Math.floor(r() * 9)}}`; // unknown competency
    return `{${c}; ${pick(comps)[0]}}`; // malformed
  };
  let notes = 0;
  const refs = new Set();
  const annexe = () => 1 + Math.floor(r() * annexes);
  // One piece of inline markup, as authors sprinkle them.
  const markup = () => {
    const x = r();
    if (x < 0.3) return `**${pick(TERMES)}**`;
    if (x < 0.5) return r() < 0.5 ? `*${pick(TERMES)}*` : `_${pick(TERMES)}_`;
    if (x < 0.68) { const a = annexe(); return `(voir [annexe ${a}](#annexe-${a}))`; }
    if (x < 0.8) { const a = annexe(); refs.add(a); return `([annexe ${a}][a${a}])`; }
    if (x < 0.93) return `\`${pick(CODES)}\``;
    // Real subjects have a few dozen notes at most: long drafts call them again.
    if (notes < 30) notes++;
    return `selon les données disponibles[^${1 + Math.floor(r() * notes)}]`;
  };
  const sentence = () => {
    const words = `${pick(DEBUTS)} ${pick(OBJETS)} ${pick(SUITES)}`.split(' ');
    if (r() < 0.8) words.splice(1 + Math.floor(r() * (words.length - 1)), 0, markup());
    return words.join(' ');
  };
  const prose = () => {
    const p = pick(PROSE);
    if (r() < 0.5) return p;
    const words = p.split(' ');
    words.splice(1 + Math.floor(r() * (words.length - 1)), 0, markup());
    return words.join(' ');
  };
  const out = [];
  const sujet = pick(SUJETS);
  out.push('---', 'referentiel: mdc-2023', `modalite: ${modalite}`, `titre: "Étude de cas — ${sujet}"`, 'duree: "4 heures"', 'coefficient: 3', '---', '');
  out.push(`# Étude de cas : ${sujet}`, '');
  out.push(`<!-- ${pick(COMMENTAIRES)} -->`, '');
  // The body, then annexes that take about a fifth of the draft.
  const bodyLines = Math.floor(targetLines * 0.8);
  let dossier = 0;
  let question = 0;
  while (out.length < bodyLines) {
    const k = r();
    if (k < 0.06) {
      dossier++;
      question = 0;
      out.push(`## Dossier ${dossier} — ${pick(OBJETS)}${r() < 0.3 ? ` ${tag()}` : ''}`, '');
    } else if (k < 0.16) {
      question++;
      out.push(`### Question ${dossier}.${question} ${r() < 0.5 ? `(${2 + Math.floor(r() * 5)} points) ` : ''}${r() < 0.6 ? tag() : ''}`.trimEnd(), '');
    } else if (k < 0.52) {
      // A paragraph: inline markup in most, a tag at the end of most.
      const n = 2 + Math.floor(r() * 3);
      const parts = [];
      for (let i = 0; i < n; i++) parts.push(r() < 0.5 ? prose() : sentence());
      if (r() < 0.85) parts[parts.length - 1] += ` ${tag()}`;
      out.push(...wrap(parts.join(' ')), '');
    } else if (k < 0.66) {
      const n = 3 + Math.floor(r() * 4);
      const ordered = r() < 0.3;
      for (let i = 0; i < n; i++) {
        const marker = ordered ? `${i + 1}.` : '-';
        const lead = r() < 0.4 ? `**${pick(TERMES)}** : ` : '';
        const item = `${lead}${sentence()}${r() < 0.55 ? ` ${tag()}` : ''}`;
        out.push(...wrap(item, 72, ' '.repeat(marker.length + 1), `${marker} `));
      }
      out.push('');
    } else if (k < 0.74) {
      const cols = 3 + Math.floor(r() * 3);
      out.push(`| Indicateur | ${Array.from({ length: cols - 1 }, (_, i) => `**${2023 + i}**`).join(' | ')} |`);
      out.push(`| --- |${' ---: |'.repeat(cols - 1)}`);
      const rows = 3 + Math.floor(r() * 5);
      for (let i = 0; i < rows; i++) {
        const cells = Array.from({ length: cols - 1 }, () => `${Math.floor(r() * 9000) / 10} k€`);
        out.push(`| ${r() < 0.3 ? `*${pick(TERMES)}*` : pick(TERMES)}${r() < 0.1 ? ` ${tag()}` : ''} | ${cells.join(' | ')} |`);
      }
      out.push('');
    } else if (k < 0.8) {
      out.push(`<!-- ${pick(COMMENTAIRES)} -->`, '');
    } else if (k < 0.86) {
      const n = 1 + Math.floor(r() * 2);
      const quote = Array.from({ length: n }, () => prose()).join(' ');
      out.push(...wrap(`*${quote}*`, 72, '> ', '> '));
      out.push('');
    } else if (k < 0.9) {
      out.push('```text');
      const n = 2 + Math.floor(r() * 4);
      for (let i = 0; i < n; i++) out.push(`Extrait du compte rendu ${i + 1} : ${pick(PROSE)}`);
      out.push('```', '');
    } else {
      out.push(...wrap(`${prose()} ${sentence()}${r() < 0.5 ? ` ${tag()}` : ''}`), '');
    }
  }
  // Annexes: a heading, a sentence with a footnote or two, a table.
  for (let a = 1; a <= annexes && out.length < targetLines - 6; a++) {
    // `## Annexe 2`: the heading the links' `#annexe-2` names.
    out.push(`## Annexe ${a}`, '', `**${pick(ANNEXES)}**`, '');
    if (notes < 30) notes++;
    out.push(...wrap(`${prose()} Les montants sont donnés en **milliers d’euros**[^${notes}].`), '');
    out.push('| Poste | N-1 | N |', '| --- | ---: | ---: |');
    for (let i = 0; i < 3 + Math.floor(r() * 4); i++) out.push(`| ${pick(TERMES)} | ${Math.floor(r() * 9000)} | ${Math.floor(r() * 9000)} |`);
    out.push('');
  }
  while (out.length < targetLines - notes - refs.size - 2) out.push(...wrap(`${prose()} ${sentence()}`), '');
  for (const a of [...refs].sort((x, y) => x - y)) out.push(`[a${a}]: #annexe-${a}`);
  if (refs.size > 0) out.push('');
  for (let n = 1; n <= notes; n++) out.push(`[^${n}]: ${pick(NOTES)}`);
  return `${out.join('\n')}\n`;
}

/** The files of the realistic bench workspace: `count` realistic drafts of about `lines` lines, in folders of 100. */
export function* realisticWorkspaceFiles(count, lines) {
  const mods = ['M1', 'M2', 'M3', 'M4'];
  for (let i = 0; i < count; i++) {
    const name = `lot-${String(Math.floor(i / 100)).padStart(2, '0')}/sujet-${String(i).padStart(4, '0')}.cas.md`;
    yield [name, generateRealisticDraft(lines, 5000 + i, mods[i % 4])];
  }
}
