/**
 * Hover on points and duration (FORMAT.md §8): a mark (its value, how its
 * points are shared, or the sum of the marks it holds), the `bareme` value (the
 * subject's points, the gap, points per bloc and competency) and the `duree`
 * value (minutes, tiers-temps, the sum of the duration marks).
 */
import type { DraftAnalysis } from '../analyze';
import type { Lang } from '../i18n';
import { formatMinutes } from '../parse/marks';
import { samePoints } from '../points';
import type { Span } from '../text';
import { colon, elementOf, markAt, points, pts } from './bareme';
import { md, tr } from './markdown';

/** The Markdown and span of a points or duration hover at an offset, if any. */
export function baremeHover(analysis: DraftAnalysis, offset: number, lang: Lang): { value: string; span: Span } | undefined {
  const { model, bareme } = analysis;
  if (!bareme) return undefined;
  const within = (s: Span) => offset >= s.start && offset <= s.end;
  if (bareme.bareme && within(bareme.bareme.span)) return { value: baremeValueHover(analysis, lang), span: bareme.bareme.span };
  if (bareme.dureeValue && within(bareme.dureeValue.span)) return { value: dureeValueHover(analysis, lang), span: bareme.dureeValue.span };
  const at = markAt(model, offset);
  if (!at) return undefined;
  return { value: markHover(analysis, at.index, lang), span: at.mark.span };
}

function markHover(analysis: DraftAnalysis, index: number, lang: Lang): string {
  const { model, bareme } = analysis;
  const mark = model.marks[index];
  const isPoints = mark.kind === 'points';
  const written = isPoints ? points(mark.value, lang) : formatMinutes(mark.value);
  const head = isPoints ? `**${written}**` : `**${written}**${mark.value >= 60 ? ` (${mark.value}\u00a0min)` : ''}`;
  if (mark.container !== undefined) {
    const where = model.containers[mark.container].name === 'corrige' ? tr(lang, 'dans un corrigé', 'in an answer key') : tr(lang, 'dans une note au jury', 'in a note to the jury');
    return [head, tr(lang,
      `Note pour les correcteurs (${where}), non comptée dans le sujet.`,
      `A note for the correctors (${where}), not counted in the subject.`)].join('\n\n');
  }
  const tree = isPoints ? bareme!.points : bareme!.duree;
  const e = elementOf(tree, index);
  if (e === undefined) return head;
  const element = tree.elements[e];
  const parts = [head];
  if (element.marks.length > 1) {
    parts.push(tr(lang, `Cet élément porte ${element.marks.length} marques, ${isPoints ? points(element.value, lang) : formatMinutes(element.value)} en tout.`,
      `This element holds ${element.marks.length} marks, ${isPoints ? points(element.value, lang) : formatMinutes(element.value)} in all.`));
  }
  if (element.inner !== undefined) {
    const inner = isPoints ? points(element.inner, lang) : formatMinutes(element.inner);
    const ok = samePoints(element.inner, element.value);
    parts.push(isPoints
      ? tr(lang, `Somme des questions qu’il contient\u00a0: ${inner} — ${ok ? 'cohérent' : `ne correspond pas (${points(element.value, lang)} annoncés)`}`,
        `Sum of the questions it holds: ${inner} — ${ok ? 'consistent' : `does not match (${points(element.value, lang)} announced)`}`)
      : tr(lang, `Somme des durées qu’il contient\u00a0: ${inner} — ${ok ? 'cohérent' : `ne correspond pas (${formatMinutes(element.value)} annoncés)`}`,
        `Sum of the durations it holds: ${inner} — ${ok ? 'consistent' : `does not match (${formatMinutes(element.value)} announced)`}`));
    return parts.join('\n\n');
  }
  if (!isPoints) return parts.join('\n\n');
  const share = bareme!.points.shares.find((s) => s.element === e);
  if (!share || share.competences.length === 0) {
    parts[0] = `${head} · ${tr(lang, 'n’évalue aucune compétence', 'assesses no competency')}`;
    return parts.join('\n\n');
  }
  parts[0] = [head, ...share.competences.map((c) => `${c}${colon(lang)}${pts(share.each, lang)}`)].join(' · ');
  if (share.from === 'heading') parts.push(tr(lang, '_Compétences du titre de la section_', '_Competencies of the section heading_'));
  return parts.join('\n\n');
}

function baremeValueHover(analysis: DraftAnalysis, lang: Lang): string {
  const { bareme, coverage } = analysis;
  const b = bareme!.bareme!;
  const total = bareme!.points.total;
  const parts = [b.value === undefined
    ? tr(lang, `**Barème** illisible\u00a0: ${md(b.written)}`, `**Barème** unreadable: ${md(b.written)}`)
    : `**${tr(lang, 'Barème', 'Barème')}${colon(lang)}${points(b.value, lang)}**`];
  if (total === undefined) {
    parts.push(tr(lang, 'Aucune marque de points dans le sujet.', 'No points mark in the subject.'));
  } else {
    let line = `${tr(lang, 'Points du sujet', 'Points of the subject')}${colon(lang)}${points(total, lang)}`;
    if (b.value !== undefined) {
      const gap = b.value - total;
      line += samePoints(gap, 0) ? ` — ${tr(lang, 'le compte est bon', 'they add up')}`
        : gap > 0 ? ` — ${tr(lang, `il manque ${points(gap, lang)}`, `${points(gap, lang)} short`)}`
          : ` — ${tr(lang, `${points(-gap, lang)} de trop`, `${points(-gap, lang)} over`)}`;
    }
    parts.push(line);
  }
  const blocs = coverage?.points.blocs ?? [];
  if (total !== undefined && blocs.length > 0) {
    const percent = (share: number) => `${Math.round(share * 100)}${tr(lang, '\u00a0%', '%')}`;
    parts.push(blocs.map((bl) => [
      `- **${bl.id}** ${points(bl.points, lang)} (${percent(bl.share)})`,
      ...coverage!.competences.filter((c) => c.bloc === bl.id).map((c) => `  - ${c.id}${colon(lang)}${pts(c.points, lang)} (${percent(c.share)})`),
    ].join('\n')).join('\n'));
  }
  return parts.join('\n\n');
}

function dureeValueHover(analysis: DraftAnalysis, lang: Lang): string {
  const { bareme } = analysis;
  const d = bareme!.dureeValue!;
  const sum = bareme!.duree.total;
  if (d.value === undefined) {
    return tr(lang, `**Durée** illisible\u00a0: ${md(d.written)}`, `**Duration** unreadable: ${md(d.written)}`);
  }
  const parts = [
    `**${tr(lang, 'Durée', 'Duration')}${colon(lang)}${formatMinutes(d.value)}** (${d.value}\u00a0min)`,
    `${tr(lang, 'Tiers-temps (temps majoré d’un tiers)', 'Extra third (time increased by a third)')}${colon(lang)}${formatMinutes(Math.round(d.value * 4 / 3))}`,
  ];
  if (sum === undefined) parts.push(tr(lang, 'Aucune marque de durée dans le sujet.', 'No duration mark in the subject.'));
  else {
    const over = sum - d.value;
    parts.push(`${tr(lang, 'Durées des parties', 'Durations of the parts')}${colon(lang)}${formatMinutes(sum)}${over > 0
      ? ` — ${tr(lang, `${formatMinutes(over)} de trop`, `${formatMinutes(over)} over`)}`
      : over < 0 ? ` — ${tr(lang, `${formatMinutes(-over)} de marge`, `${formatMinutes(-over)} to spare`)}` : ''}`);
  }
  return parts.join('\n\n');
}
