/**
 * The code lenses of the front matter: on the `modalite` line, how much of the
 * modality the draft covers; on the `bareme` line, the subject's points against
 * it and the least-weighted expected competencies; on the `duree` line, the
 * duration marks against it and the tiers-temps.
 */
import type { DraftAnalysis } from '../analyze';
import type { Lang } from '../i18n';
import { formatMinutes, formatPoints } from '../parse/marks';
import { samePoints } from '../points';
import { COMMANDS } from '../protocol';
import type { Span } from '../text';
import { colon, pts } from './bareme';
import type { CodeLens } from './lsp';
import { tr } from './markdown';

/** `3/5 compétences · 9/22 critères`: competencies tagged, criteria covered. */
export function coverageTitle(analysis: DraftAnalysis, lang: Lang): string | undefined {
  const counts = analysis.coverage?.counts;
  if (!counts) return undefined;
  const { competences: c, criteres: k } = counts;
  return tr(lang,
    `${c.tagged}/${c.total} compétences · ${k.covered}/${k.total} critères`,
    `${c.tagged}/${c.total} competencies · ${k.covered}/${k.total} criteria`);
}

/** `18 / 20 points · C3 0,5 pt (la moins dotée)`, or the expected competencies with no points. */
export function baremeTitle(analysis: DraftAnalysis, lang: Lang): string | undefined {
  const b = analysis.bareme;
  const value = b?.bareme?.value;
  if (!b || value === undefined) return undefined;
  const l = lang === 'en' ? 'en' : 'fr';
  const total = b.points.total ?? 0;
  const parts = [`${formatPoints(total, l)} / ${formatPoints(value, l)} points`];
  const comps = analysis.coverage?.competences ?? [];
  if (b.points.total !== undefined && comps.length > 0) {
    const zero = comps.filter((c) => samePoints(c.points, 0)).map((c) => c.id);
    if (zero.length > 0) parts.push(`${pts(0, lang)}${colon(lang)}${zero.join(', ')}`);
    else {
      const least = Math.min(...comps.map((c) => c.points));
      const ids = comps.filter((c) => samePoints(c.points, least)).map((c) => c.id);
      if (ids.length < comps.length) {
        parts.push(`${ids.join(', ')} ${pts(least, lang)} (${ids.length > 1 ? tr(lang, 'les moins dotées', 'the least weighted') : tr(lang, 'la moins dotée', 'the least weighted')})`);
      }
    }
  }
  return parts.join(' · ');
}

/** `3 h 30 / 4 h · tiers-temps 5 h 20`: the duration marks against `duree`, and the time with a third more. */
export function dureeTitle(analysis: DraftAnalysis, lang: Lang): string | undefined {
  const d = analysis.bareme?.dureeValue?.value;
  if (d === undefined) return undefined;
  const sum = analysis.bareme!.duree.total;
  const third = `${tr(lang, 'tiers-temps', 'extra third')} ${formatMinutes(Math.round(d * 4 / 3))}`;
  return sum === undefined ? third : `${formatMinutes(sum)} / ${formatMinutes(d)} · ${third}`;
}

/** The lenses above the `modalite`, `bareme` and `duree` lines; their command opens the coverage view of the client. */
export function codeLenses(analysis: DraftAnalysis, uri: string, lang: Lang): CodeLens[] {
  const { model } = analysis;
  if (!model.isDraft) return [];
  const fm = model.frontMatter;
  const out: CodeLens[] = [];
  const lens = (at: Span | undefined, title: string | undefined) => {
    if (!at || !title) return;
    const line = model.lines.positionAt(at.start).line;
    out.push({ range: model.lines.lineRange(line), command: { title, command: COMMANDS.showCoverage, arguments: [uri] } });
  };
  lens(fm?.modalite?.span, coverageTitle(analysis, lang));
  lens(analysis.bareme?.bareme?.span, baremeTitle(analysis, lang));
  lens(analysis.bareme?.dureeValue?.span, dureeTitle(analysis, lang));
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
