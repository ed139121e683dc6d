/**
 * The evaluation grid (FORMAT.md §10): a header, then per bloc and expected
 * competency one row per criterion (its text, the questions that assess it,
 * the jury's columns), points per competency and bloc, the total, and lines
 * for the jurors. As data (`GridData`) and as Markdown from that data.
 */
import type { DraftAnalysis } from '../analyze';
import type { Lang } from '../i18n';
import { findQuestions } from '../questions';
import { lookup } from '../referentiel/lookup';
import { draftVersion } from './hash';
import { questionInfos } from './questionInfo';
import { documentTitle } from './title';
import type { GridData, GridQuestion, GridRow } from './types';

/** The words of the grid, in both languages. */
export const GRILLE_LABELS = {
  fr: {
    title: 'Grille d’évaluation', referentiel: 'Référentiel', modalite: 'Modalité', bareme: 'Barème', duree: 'Durée', version: 'Version du sujet',
    critere: 'Critère', questions: 'Questions', acquis: 'Acquis', partiel: 'Partiellement acquis', non: 'Non acquis', observations: 'Observations',
    nonEvalue: 'non évalué dans ce sujet', points: (n: number) => `${num(n, 'fr')}\u00a0point${n >= 2 ? 's' : ''}`,
    competencePoints: (id: string) => `Points de ${id}\u00a0:`, blocPoints: (id: string) => `Total du ${id.replace(/^B/i, 'bloc ')}\u00a0:`,
    total: 'Total du sujet\u00a0:', noPoints: 'aucun point noté', jury: 'Jury', membre: 'Membre du jury', date: 'Date', signature: 'Signature',
    bloc: (id: string) => id.replace(/^B/i, 'Bloc '), none: '—', sep: '\u00a0; ', colon: '\u00a0:',
  },
  en: {
    title: 'Evaluation grid', referentiel: 'Référentiel', modalite: 'Modality', bareme: 'Marked on', duree: 'Duration', version: 'Subject version',
    critere: 'Criterion', questions: 'Questions', acquis: 'Acquired', partiel: 'Partly acquired', non: 'Not acquired', observations: 'Observations',
    nonEvalue: 'not assessed in this subject', points: (n: number) => `${num(n, 'en')} point${n === 1 ? '' : 's'}`,
    competencePoints: (id: string) => `Points for ${id}:`, blocPoints: (id: string) => `Total for ${id.replace(/^B/i, 'bloc ')}:`,
    total: 'Subject total:', noPoints: 'no points marked', jury: 'Jury', membre: 'Juror', date: 'Date', signature: 'Signature',
    bloc: (id: string) => id.replace(/^B/i, 'Bloc '), none: '—', sep: '; ', colon: ':',
  },
} as const;

/** 1.5 → `1,5` in French. */
function num(n: number, lang: Lang): string {
  const r = String(Math.round(n * 100) / 100);
  return lang === 'fr' ? r.replace('.', ',') : r;
}

/** Minutes → `4 h`, `3 h 30`, `45 min`. */
export function dureeText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m}\u00a0min`;
  return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
}

/** A table cell: pipes escaped, on one line. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** The grid as data. */
export function gridData(analysis: DraftAnalysis): GridData {
  const model = analysis.model;
  const ref = analysis.referentiel;
  const l = ref ? lookup(ref) : undefined;
  const questions = analysis.questions ?? findQuestions(model);
  const infos = questionInfos(model, questions.questions, ref);
  const rows: GridRow[] = [];
  for (const c of analysis.coverage?.competences ?? []) {
    const comp = l?.competence(c.id);
    for (const k of comp?.criteres ?? c.criteres.map((x) => ({ id: x.id, texte: x.texte }))) {
      const qs: GridQuestion[] = infos
        .filter((i) => i.criteres.has(k.id))
        .map((i) => (i.points !== undefined ? { label: i.label, points: i.points } : { label: i.label }));
      rows.push({ bloc: c.bloc, competence: c.id, competenceTitre: c.titre, critere: k.id, texte: k.texte, questions: qs });
    }
  }
  const competences: Record<string, number> = {};
  for (const c of analysis.coverage?.competences ?? []) competences[c.id] = c.points;
  const blocs: Record<string, number> = {};
  for (const b of analysis.coverage?.points.blocs ?? []) blocs[b.id] = b.points;
  const bareme = analysis.bareme?.bareme?.value;
  const duree = analysis.bareme?.dureeValue?.value;
  const total = analysis.coverage?.points.total ?? analysis.bareme?.points.total;
  return {
    header: {
      titre: documentTitle(analysis),
      referentiel: ref?.id ?? model.frontMatter?.referentiel?.value ?? '',
      modalite: analysis.modalite?.id ?? model.frontMatter?.modalite?.value ?? '',
      ...(bareme !== undefined ? { bareme } : {}),
      ...(duree !== undefined ? { duree } : {}),
      version: draftVersion(model.text),
    },
    rows,
    points: { competences, blocs, ...(total !== undefined ? { total } : {}) },
  };
}

/** The grid as Markdown, from its data. */
export function grilleMarkdown(analysis: DraftAnalysis, grid: GridData, lang: Lang): string {
  const L = GRILLE_LABELS[lang];
  const ref = analysis.referentiel;
  const l = ref ? lookup(ref) : undefined;
  const h = grid.header;
  const out: string[] = [`# ${L.title} — ${h.titre}`, ''];
  const refTitle = ref && ref.id === h.referentiel ? ` — ${ref.titre}` : '';
  const mod = h.modalite && l?.modalite(h.modalite);
  out.push(
    `- **${L.referentiel}${L.colon}** ${h.referentiel || L.none}${refTitle}`,
    `- **${L.modalite}${L.colon}** ${h.modalite || L.none}${mod ? ` — ${mod.titre}` : ''}`,
    `- **${L.bareme}${L.colon}** ${h.bareme !== undefined ? L.points(h.bareme) : L.none}`,
    `- **${L.duree}${L.colon}** ${h.duree !== undefined ? dureeText(h.duree) : L.none}`,
    `- **${L.version}${L.colon}** ${h.version}`,
    '',
  );
  const blocOrder: string[] = [];
  for (const r of grid.rows) if (!blocOrder.includes(r.bloc)) blocOrder.push(r.bloc);
  for (const b of blocOrder) {
    const bloc = l?.bloc(b);
    out.push(`## ${L.bloc(b)}${bloc ? ` — ${bloc.titre}` : ''}`, '');
    const comps: string[] = [];
    for (const r of grid.rows) if (r.bloc === b && !comps.includes(r.competence)) comps.push(r.competence);
    for (const c of comps) {
      const rows = grid.rows.filter((r) => r.competence === c);
      out.push(`### ${c} — ${rows[0].competenceTitre}`, '');
      out.push(`| ${L.critere} | ${L.questions} | ${L.acquis} | ${L.partiel} | ${L.non} | ${L.observations} |`, '| --- | --- | :---: | :---: | :---: | --- |');
      for (const r of rows) {
        const qs = r.questions.length === 0
          ? `*${L.nonEvalue}*`
          : r.questions.map((q) => (q.points !== undefined ? `${q.label} (${L.points(q.points)})` : q.label)).join(L.sep);
        out.push(`| ${cell(`${r.critere} — ${r.texte}`)} | ${cell(qs)} |  |  |  |  |`);
      }
      out.push('', `**${L.competencePoints(c)}** ${L.points(grid.points.competences[c] ?? 0)}`, '');
    }
    out.push(`**${L.blocPoints(b)}** ${L.points(grid.points.blocs[b] ?? 0)}`, '');
  }
  const total = grid.points.total;
  out.push(`**${L.total}** ${total === undefined ? L.noPoints : `${L.points(total)}${h.bareme !== undefined ? ` / ${num(h.bareme, lang)}` : ''}`}`, '');
  out.push(`## ${L.jury}`, '', `| ${L.membre} | ${L.date} | ${L.signature} |`, '| --- | --- | --- |', '|  |  |  |', '|  |  |  |', '|  |  |  |', '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
