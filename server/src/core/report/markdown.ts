/**
 * The `--format markdown` report a reviewer pastes or prints for the jury: a
 * header (date, référentiel by name and version), per draft its points against
 * its barème and its duration, its coverage with points per competency and bloc,
 * the missing criteria and its errors and warnings (printed, never folded), the
 * matrix drafts × compétences by bloc, then room for the jury's decision. The
 * extension's export writes the same text (and renders it as a printable page).
 */
import type { CoverageStatus } from '../coverage';
import type { Lang } from '../i18n';
import type { Referentiel } from '../referentiel/model';
import { formatMinutes, formatPoints } from '../parse/marks';
import { countSeverities, type FileReport, pointsFigures, statusWord } from './files';
import { coverageSummary, percent, pointsWord, ptsShort } from './summary';

type CellStatus = CoverageStatus | 'hors-modalite';

/**
 * Text symbols, not emoji: emoji fonts are missing on many office machines and
 * vanish when printed. Always next to the status in words, except in the
 * matrix's cells, whose legend says them.
 */
const SYMBOL: Record<CellStatus, string> = { complete: '✔', partielle: '◐', absente: '✘', 'hors-modalite': '⚠' };

/** What a report may be told besides the drafts. */
export interface MarkdownReportOptions {
  /** The date printed in the header (default: today). */
  date?: Date;
}

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2 décembre 2026` / `2 December 2026`. */
export function longDate(d: Date, lang: Lang): string {
  return `${d.getDate()} ${MONTHS[lang][d.getMonth()]} ${d.getFullYear()}`;
}

/** `3 erreurs`, `1 erreur`, `0 erreur` (French singular below 2; English only for 1). */
function count(n: number, lang: Lang, fr: [string, string], en: [string, string]): string {
  const [one, other] = lang === 'fr' ? fr : en;
  return `${n} ${(lang === 'fr' ? n < 2 : n === 1) ? one : other}`;
}

/**
 * A competency's status in plain words, with its criteria: a partial one with
 * no criterion named reads "balisée, aucun critère visé", not "0/4 · partielle".
 */
export function statusPhrase(c: { status: CoverageStatus; criteres: readonly { covered: boolean }[] }, lang: Lang): string {
  const covered = c.criteres.filter((k) => k.covered).length;
  const total = c.criteres.length;
  const fr = lang === 'fr';
  switch (c.status) {
    case 'complete':
      return fr ? `complète, ${total === 1 ? 'son critère visé' : `ses ${total} critères visés`}` : `complete, ${total === 1 ? 'its criterion covered' : `all ${total} criteria covered`}`;
    case 'absente':
      return fr ? 'absente, non balisée' : 'missing, not tagged';
    case 'partielle':
      if (covered === 0) return fr ? 'balisée, aucun critère visé' : 'tagged, no criterion covered';
      return fr ? `partielle, ${covered} ${covered < 2 ? 'critère visé' : 'critères visés'} sur ${total}` : `partial, ${covered} of ${total} criteria covered`;
  }
}

/** Renders the Markdown report. */
export function markdownReport(files: FileReport[], lang: Lang, options: MarkdownReportOptions = {}): string {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const out: string[] = [];
  out.push(fr ? '# Rapport de couverture RNCP' : '# RNCP coverage report', '');
  const refs = new Map<string, Referentiel>();
  for (const f of files) if (f.analysis.referentiel) refs.set(f.analysis.referentiel.id, f.analysis.referentiel);
  const named = [...refs.values()].map((r) => `**${escapeCell(r.titre)}**${r.version ? ` (${escapeCell(r.version)})` : ''}`);
  out.push(`${fr ? 'Établi le' : 'Made on'} ${longDate(options.date ?? new Date(), lang)}${named.length ? ` · ${named.length > 1 ? 'Référentiels' : 'Référentiel'}${colon}${named.join(', ')}` : ''}`, '');
  const n = countSeverities(files);
  out.push(`${[
    count(files.length, lang, ['sujet analysé', 'sujets analysés'], ['subject analysed', 'subjects analysed']),
    count(n.error, lang, ['erreur', 'erreurs'], ['error', 'errors']),
    count(n.warning, lang, ['avertissement', 'avertissements'], ['warning', 'warnings']),
    count(n.information, lang, ['information', 'informations'], ['info', 'infos']),
  ].join(' · ')}.`, '');
  out.push(`${fr ? 'Légende' : 'Legend'}${colon}${(['complete', 'partielle', 'absente', 'hors-modalite'] as const).map((s) => `${SYMBOL[s]} ${statusWord(s, lang)}`).join(' · ')}`, '');

  for (const { path, analysis } of files) {
    const titre = analysis.model.frontMatter?.data?.titre;
    out.push(`## ${escapeCell(path)}${typeof titre === 'string' ? ` — ${escapeCell(titre)}` : ''}`, '');
    const marks = marksLine(pointsFigures(analysis), lang);
    if (marks) out.push(marks, '');
    const c = analysis.coverage;
    if (!c) {
      out.push(fr ? '_Couverture non calculée\u00a0: modalité absente ou inconnue._' : '_Coverage not computed: missing or unknown modality._', '');
    } else {
      out.push(`**${coverageSummary(c, lang)}**`, '');
      const marked = c.points?.total !== undefined;
      out.push(fr ? '| Compétence | Statut | Critères visés | Critères non visés | Points |' : '| Competency | Status | Criteria covered | Criteria not covered | Points |', '| --- | --- | --- | --- | --: |');
      const blocs = c.points?.blocs ?? [];
      c.competences.forEach((comp, i) => {
        // A criterion tagged only in an answer key or a jury note is observed there, not asked (FORMAT.md §9).
        const covered = comp.criteres.filter((k) => k.covered)
          .map((k) => (k.occurrences.every((o) => o.container) ? `${k.id} ${fr ? '(corrigé)' : '(answer key)'}` : k.id));
        const missing = comp.criteres.filter((k) => !k.covered).map((k) => k.id);
        out.push(`| ${comp.id} — ${escapeCell(comp.titre)} | ${SYMBOL[comp.status]} ${statusPhrase(comp, lang)} | ${covered.length ? covered.join(', ') : '—'} | ${missing.length ? missing.join(', ') : '—'} | ${marked ? sharePhrase(comp.points ?? 0, comp.share ?? 0, lang) : '—'} |`);
        // After the last competency of a bloc, the bloc's total.
        const next = c.competences[i + 1];
        const bloc = blocs.find((b) => b.id === comp.bloc);
        if (marked && bloc && next?.bloc !== comp.bloc) {
          out.push(`| **Total ${bloc.id} — ${escapeCell(bloc.titre)}** |  |  |  | **${sharePhrase(bloc.points, bloc.share, lang)}** |`);
        }
      });
      out.push('');
      if (c.horsModalite.length) {
        out.push(`${SYMBOL['hors-modalite']} ${fr ? 'Hors modalité' : 'Outside the modality'}${colon}${c.horsModalite.map((h) => h.id).join(', ')}`, '');
      }
    }
    const errs = analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    if (errs.length) {
      out.push(`**${fr ? 'Erreurs et avertissements' : 'Errors and warnings'}**`, '');
      for (const d of errs) {
        const word = d.severity === 'error' ? (fr ? 'erreur' : 'error') : (fr ? 'avertissement' : 'warning');
        out.push(`- ${fr ? 'ligne' : 'line'} ${d.range.start.line + 1}, ${word}${colon}${escapeCell(d.message)} (${d.code})`);
      }
      out.push('');
    }
  }

  const byRef = new Map<string, { ref: Referentiel; files: FileReport[] }>();
  for (const f of files) {
    const ref = f.analysis.referentiel;
    if (!ref || !f.analysis.coverage) continue;
    const entry = byRef.get(ref.id) ?? { ref, files: [] };
    entry.files.push(f);
    byRef.set(ref.id, entry);
  }
  for (const { ref, files: group } of byRef.values()) {
    out.push(fr ? `## Matrice des sujets × compétences (${escapeCell(ref.titre)})` : `## Subjects × competencies matrix (${escapeCell(ref.titre)})`, '');
    for (const bloc of ref.blocs) {
      const comps = ref.competences.filter((c) => c.bloc === bloc.id);
      if (comps.length === 0) continue;
      out.push(`### ${bloc.id} — ${escapeCell(bloc.titre)}`, '');
      out.push(`| ${fr ? 'Sujet' : 'Subject'} | ${fr ? 'Modalité' : 'Modality'} | ${comps.map((c) => c.id).join(' | ')} |`);
      out.push(`| --- | --- |${comps.map(() => ' :-: |').join('')}`);
      for (const f of group) {
        const cov = f.analysis.coverage!;
        const cells = comps.map((c) => {
          const s = cellStatus(cov.competences.find((x) => x.id === c.id)?.status, cov.horsModalite.some((h) => h.id === c.id));
          return s ? SYMBOL[s] : '·';
        });
        out.push(`| ${escapeCell(f.path)} | ${cov.modalite} | ${cells.join(' | ')} |`);
      }
      out.push('');
    }
  }

  // Room for the jury: one row per subject to write the decision by hand.
  if (files.length > 0) {
    out.push(fr ? '## Avis du jury' : '## Jury’s decision', '');
    out.push(fr ? '| Sujet | Avis (retenu, à revoir, refusé) | Observations |' : '| Subject | Decision (accepted, to revise, rejected) | Notes |', '| --- | --- | --- |');
    for (const f of files) out.push(`| ${escapeCell(f.path)} |  |  |`);
    out.push('', fr ? 'Date de la réunion\u00a0:  \nMembres du jury et signatures\u00a0:' : 'Date of the meeting:  \nJury members and signatures:', '');
  }
  return out.join('\n');
}

/** `3 pts (15 %)`: a competency's or bloc's points and share of the subject's. */
function sharePhrase(points: number, share: number, lang: Lang): string {
  return `${ptsShort(points, lang)} (${percent(share, lang)})`;
}

/**
 * The subject's points against its barème and its duration marks against its duration:
 * `Points : 19 sur 20 annoncés · Durée : 3 h 15 dans le sujet pour 3 h d’épreuve`.
 */
export function marksLine(f: ReturnType<typeof pointsFigures>, lang: Lang): string {
  const fr = lang === 'fr';
  const colon = fr ? '\u00a0: ' : ': ';
  const parts: string[] = [];
  const { total, bareme } = f.points;
  if (total !== null || bareme !== null) {
    let p: string;
    if (total !== null && bareme !== null) p = fr ? `${formatPoints(total, lang)} sur ${pointsWord(bareme, lang)} annoncés` : `${formatPoints(total, lang)} of ${pointsWord(bareme, lang)} announced`;
    else if (total !== null) p = fr ? `${pointsWord(total, lang)}, sans barème annoncé` : `${pointsWord(total, lang)}, no barème announced`;
    else p = fr ? `aucune question notée, ${pointsWord(bareme!, lang)} annoncés` : `no question marked, ${pointsWord(bareme!, lang)} announced`;
    parts.push(`**Points**${colon}${p}`);
  }
  const { minutes, marques } = f.duree;
  if (minutes !== null || marques !== null) {
    let d: string;
    if (minutes !== null && marques !== null) d = fr ? `${formatMinutes(marques)} dans le sujet pour ${formatMinutes(minutes)} d’épreuve` : `${formatMinutes(marques)} in the subject for a ${formatMinutes(minutes)} exam`;
    else if (minutes !== null) d = fr ? `${formatMinutes(minutes)} d’épreuve` : `${formatMinutes(minutes)} exam`;
    else d = fr ? `${formatMinutes(marques!)} dans le sujet, durée de l’épreuve non annoncée` : `${formatMinutes(marques!)} in the subject, exam length not announced`;
    parts.push(`**${fr ? 'Durée' : 'Duration'}**${colon}${d}`);
  }
  return parts.join(' · ');
}

function cellStatus(status: CoverageStatus | undefined, outside: boolean): CellStatus | undefined {
  return status ?? (outside ? 'hors-modalite' : undefined);
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
