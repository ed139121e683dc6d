/**
 * Hover: what a competency, criterion, range, modality or référentiel is, in
 * Markdown, with what this draft covers of it; points and duration marks and
 * the `bareme` / `duree` values (hoverBareme.ts).
 */
import type { DraftAnalysis } from '../analyze';
import type { CoverageStatus } from '../coverage';
import type { Lang } from '../i18n';
import { lookup } from '../referentiel/lookup';
import type { Competence, Modalite, Referentiel } from '../referentiel/model';
import type { Position } from '../text';
import { baremeHover } from './hoverBareme';
import { targetAt } from './locate';
import type { Hover } from './lsp';
import { formeWord, md, tr } from './markdown';

/** The hover at a position of a draft; undefined where there is nothing to say. */
export function hover(analysis: DraftAnalysis, position: Position, lang: Lang): Hover | undefined {
  const { model, referentiel: ref } = analysis;
  if (!model.isDraft) return undefined;
  const offset = model.lines.offsetAt(position);
  const points = baremeHover(analysis, offset, lang);
  if (points) return { contents: { kind: 'markdown', value: points.value }, range: model.lines.rangeOf(points.span) };
  if (!ref) return undefined;
  const target = targetAt(model, offset);
  if (!target) return undefined;
  const l = lookup(ref);
  let value: string | undefined;
  switch (target.kind) {
    case 'competence': {
      const c = l.competence(target.id);
      if (c) value = competenceHover(analysis, c, lang);
      break;
    }
    case 'critere': {
      const k = l.critere(target.id);
      const c = l.competence(target.competence);
      if (k && c) {
        const covered = namedCriteria(analysis).has(k.id);
        value = [
          `**${k.id}** · ${tr(lang, `critère ${k.rang} de ${c.id}`, `criterion ${k.rang} of ${c.id}`)} — ${mark(covered, lang)}`,
          md(k.texte),
          `**${tr(lang, 'Compétence', 'Competency')}** ${c.id} — ${md(c.titre)}`,
        ].join('\n\n');
      }
      break;
    }
    case 'range': {
      const comps = l.competencesBetween(target.item.from.competence, target.item.to.competence);
      if (comps.length > 0 && target.item.from.critere === undefined && target.item.to.critere === undefined) {
        const text = model.text.slice(target.span.start, target.span.end).toUpperCase();
        value = [
          `**${md(text)}** · ${comps.length} ${tr(lang, 'compétences', 'competencies')}`,
          comps.map((c) => `- **${c.id}** ${md(c.titre)}${statusSuffix(analysis, c.id, lang)}`).join('\n'),
        ].join('\n\n');
      }
      break;
    }
    case 'modalite': {
      const m = l.modalite(target.value);
      if (m) value = modaliteHover(analysis, ref, m, lang);
      break;
    }
    case 'referentiel':
      value = referentielHover(ref, lang);
      break;
  }
  return value === undefined ? undefined : { contents: { kind: 'markdown', value }, range: model.lines.rangeOf(target.span) };
}

/** The ids of the criteria this draft names explicitly (valid ones). */
export function namedCriteria(analysis: DraftAnalysis): Set<string> {
  const out = new Set<string>();
  if (!analysis.referentiel) return out;
  const l = lookup(analysis.referentiel);
  for (const tag of analysis.model.tags) {
    for (const item of tag.items) if (item.kind === 'code' && item.code.critere !== undefined && l.critere(item.code.id)) out.add(item.code.id);
  }
  return out;
}

/** Everything about a competency, its criteria marked covered or not in this draft. */
export function competenceHover(analysis: DraftAnalysis, c: Competence, lang: Lang): string {
  const l = lookup(analysis.referentiel!);
  const named = namedCriteria(analysis);
  const bloc = l.bloc(c.bloc);
  const act = l.activite(c.activite);
  const mod = c.modalite ? l.modalite(c.modalite) : undefined;
  const facts = [
    bloc && `- **${tr(lang, 'Bloc', 'Bloc')}** ${bloc.id} — ${md(bloc.titre)}`,
    act && `- **${tr(lang, 'Activité', 'Activity')}** ${act.id} — ${md(act.titre)}`,
    mod && `- **${tr(lang, 'Modalité', 'Modality')}** ${mod.id} — ${md(mod.titre)}`,
  ].filter(Boolean);
  const draftModalite = analysis.modalite;
  if (draftModalite && !draftModalite.competences.includes(c.id)) {
    facts.push(`- **${tr(lang, `Hors de la modalité du sujet (${draftModalite.id})`, `Outside the draft's modality (${draftModalite.id})`)}**`);
  }
  const covered = c.criteres.filter((k) => named.has(k.id)).length;
  return [
    `**${c.id}** — **${md(c.titre)}**${statusSuffix(analysis, c.id, lang)}`,
    md(c.enonce),
    facts.join('\n'),
    `**${tr(lang, 'Critères', 'Criteria')}** — ${covered}/${c.criteres.length} ${tr(lang, 'visés dans ce sujet', 'covered in this draft')}`,
    // Statuses in words, never an emoji alone (emoji fonts are missing on many office machines).
    c.criteres.map((k) => `- **${k.id}** ${md(k.texte)} _(${named.has(k.id) ? tr(lang, 'visé', 'covered') : tr(lang, 'non visé', 'not covered')})_`).join('\n'),
  ].join('\n\n');
}

/** A modality: title, kind, competencies, what the subject must give, deliverable. */
export function modaliteHover(analysis: DraftAnalysis | undefined, ref: Referentiel, m: Modalite, lang: Lang): string {
  const l = lookup(ref);
  const parts = [
    `**${m.id} — ${md(m.titre)}**`,
    `${md(m.type)} · ${tr(lang, 'livrable\u00a0: ', 'deliverable: ')}${formeWord(m.livrable.forme, lang)}`,
    `**${tr(lang, 'Compétences évaluées', 'Competencies assessed')}**\n\n${m.competences
      .map((id) => `- **${id}** ${md(l.competence(id)?.titre ?? '')}${analysis ? statusSuffix(analysis, id, lang) : ''}`).join('\n')}`,
  ];
  if (m.donnees.length > 0) {
    parts.push(`**${tr(lang, 'Ce que le sujet doit fournir au candidat', 'What the subject must give the candidate')}**\n\n${m.donnees.map((d) => `- ${md(d)}`).join('\n')}`);
  }
  if (m.description) parts.push(md(m.description));
  parts.push(`**${tr(lang, 'Livrable', 'Deliverable')}**${tr(lang, '\u00a0: ', ': ')}${md(m.livrable.texte || formeWord(m.livrable.forme, lang))}`);
  return parts.join('\n\n');
}

/** A référentiel: identity, sizes, blocs and modalities. */
export function referentielHover(ref: Referentiel, lang: Lang): string {
  const nCrit = ref.competences.reduce((n, c) => n + c.criteres.length, 0);
  const span = (ids: string[]) => (ids.length === 0 ? '' : ids.length === 1 ? ` (${ids[0]})` : ` (${ids[0]}–${ids[ids.length - 1]})`);
  return [
    `**${md(ref.id)} — ${md(ref.titre)}**`,
    [ref.version && md(ref.version), `${ref.blocs.length} blocs`, `${ref.competences.length} ${tr(lang, 'compétences', 'competencies')}`,
      `${nCrit} ${tr(lang, 'critères', 'criteria')}`, `${ref.modalites.length} ${tr(lang, 'modalités', 'modalities')}`].filter(Boolean).join(' · '),
    ref.blocs.map((b) => `- **${b.id}** ${md(b.titre)}${span(ref.competences.filter((c) => c.bloc === b.id).map((c) => c.id))}`).join('\n'),
    ref.modalites.map((m) => `- **${m.id}** ${md(m.titre)}${span(m.competences)}`).join('\n'),
  ].join('\n\n');
}

/** ` · partielle` after an expected competency; nothing for the others. */
function statusSuffix(analysis: DraftAnalysis, id: string, lang: Lang): string {
  const c = analysis.coverage?.competences.find((x) => x.id === id);
  return c ? ` · ${statusText(c.status, lang)}` : '';
}

/** The status words of coverage. */
export function statusText(status: CoverageStatus, lang: Lang): string {
  const words: Record<CoverageStatus, [string, string]> = {
    complete: ['complète', 'complete'],
    partielle: ['partielle', 'partial'],
    absente: ['absente', 'missing'],
  };
  return tr(lang, ...words[status]);
}

function mark(covered: boolean, lang: Lang): string {
  return covered ? tr(lang, 'visé dans ce sujet', 'covered in this draft') : tr(lang, 'non visé dans ce sujet', 'not covered in this draft');
}
