/**
 * Drafts of realistic prose for measurements and tests of the incremental
 * parser: headings, paragraphs with bold and italics in most of them, links to
 * annexes, footnote calls (defined at the end), inline code now and then, HTML
 * comments, a tag every few lines, lists and a table here and there.
 * Deterministic: same length and seed, same text.
 */
import { mulberry32 as rng } from '../helpers/prng';

const WORDS = (
  "l'entreprise emploie salariés et réalise un chiffre d'affaires dont une part à l'export la hausse des coûts " +
  'pèse sur la rentabilité depuis deux exercices les enseignes demandent des remises supplémentaires la vente ' +
  'en ligne progresse chaque année et attire une clientèle plus jeune le comité de direction souhaite une croissance ' +
  'rentable sans renoncer à son ancrage local'
).split(' ');

/** A draft of about `lines` lines (front matter included). */
export function realisticDraft(lines: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out = ['---', 'modalite: M1', 'titre: Étude de cas Maison Verdier', '---', ''];
  let notes = 0;
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const proseLine = () => {
    let s = phrase(6 + Math.floor(r() * 5));
    const x = r();
    if (x < 0.3) s += ` **${phrase(2)}**`;
    else if (x < 0.5) s += ` _${phrase(2)}_`;
    else if (x < 0.6) s += ` (voir [annexe ${1 + Math.floor(r() * 6)}](annexes/a${1 + Math.floor(r() * 6)}.pdf))`;
    else if (x < 0.68) s += `[^${++notes}]`;
    else if (x < 0.73) s += ` \`TVA\``;
    if (r() < 0.3) s += ` {C${1 + Math.floor(r() * 5)}}`;
    return `${s} ${phrase(3)}.`;
  };
  let part = 0;
  while (out.length < lines - notes - 2) {
    const x = r();
    if (x < 0.08) out.push(`## Partie ${++part} — ${phrase(3)} {C${1 + (part % 5)}}`, '');
    else if (x < 0.14) {
      for (let i = 0; i < 2 + Math.floor(r() * 3); i++) out.push(`- ${proseLine()}`);
      out.push('');
    } else if (x < 0.17) {
      out.push('| Canal | CA (k€) | Part |', '| --- | ---: | ---: |');
      for (let i = 0; i < 3; i++) out.push(`| ${pick(['GMS', 'export', 'web', 'CHR'])} | ${Math.floor(r() * 5000)} | ${Math.floor(r() * 100)} % |`);
      out.push('');
    } else if (x < 0.2) out.push(`<!-- ${phrase(4)} -->`, '');
    else {
      for (let i = 0; i < 2 + Math.floor(r() * 4); i++) out.push(proseLine());
      out.push('');
    }
  }
  for (let i = 1; i <= notes; i++) out.push(`[^${i}]: Source : ${phrase(4)}.`);
  return `${out.join('\n')}\n`;
}
