/**
 * Inlay hints: after a tag, the short title of the competencies it names, or
 * the short text of the criteria; after a heading without a points mark whose
 * questions carry some, their sum. No hint repeats what its line already shows.
 */
import type { DraftAnalysis } from '../analyze';
import { competenciesOf } from '../coverage';
import type { Lang } from '../i18n';
import { shortTitle } from '../referentiel/loader';
import { lookup } from '../referentiel/lookup';
import type { Competence, Critere } from '../referentiel/model';
import { rangeContains, type Range } from '../text';
import { points, sectionPoints } from './bareme';
import type { InlayHint } from './lsp';
import { abridge, md, tr } from './markdown';

type Part = { one: Competence } | { critere: Critere; of: Competence } | { range: Competence[] };

/** The hints of the tags that end within a range, and of the headings that do. */
export function inlayHints(analysis: DraftAnalysis, range: Range, lang: Lang): InlayHint[] {
  const { model, referentiel: ref } = analysis;
  if (!model.isDraft) return [];
  const out: InlayHint[] = [];
  if (ref) {
    const l = lookup(ref);
    // What each line already shows: its own text, and the hints given on it so far.
    const shown = new Map<number, Set<string>>();
    for (const tag of model.tags) {
      if (tag.malformed) continue;
      const position = model.lines.positionAt(tag.span.end);
      if (!rangeContains(range, position)) continue;
      let seen = shown.get(position.line);
      if (!seen) shown.set(position.line, (seen = new Set()));
      const lineText = folded(model.text.slice(model.lines.lineStart(position.line), model.lines.lineEnd(position.line)));
      const parts = tag.items.flatMap((item): Part[] => {
        const comps = competenciesOf(item, ref);
        if (item.kind === 'range') return comps.length > 1 ? [{ range: comps }] : comps.map((c) => ({ one: c }));
        if (item.code.critere !== undefined) {
          const k = l.critere(item.code.id);
          return k && comps[0] ? [{ critere: k, of: comps[0] }] : [];
        }
        return comps.map((c) => ({ one: c }));
      }).filter((p) => {
        const key = keyOf(p);
        if (seen.has(key)) return false;
        seen.add(key);
        // A heading that already reads as the competency's title needs no hint.
        return !('one' in p && lineText.includes(folded(shortTitle(p.one.titre))));
      });
      const label = hintLabel(parts, lang);
      if (!label) continue;
      out.push({ position, label, paddingLeft: true, tooltip: { kind: 'markdown', value: tooltip(parts) } });
    }
  }
  const sums = sectionPoints(analysis);
  const marked = new Set(model.marks.filter((m) => m.kind === 'points' && m.inHeading && m.container === undefined).map((m) => m.section));
  model.sections.forEach((s, i) => {
    const sum = sums[i];
    if (sum === undefined || marked.has(i)) return;
    const position = model.lines.positionAt(s.heading.end);
    if (!rangeContains(range, position)) return;
    out.push({
      position,
      label: `· ${points(sum, lang)}`,
      paddingLeft: true,
      tooltip: { kind: 'markdown', value: tr(lang, 'Somme des points des questions de cette section', 'Sum of the points of the questions of this section') },
    });
  });
  // Stable by position: a heading's sum comes after the hints of its tags.
  return out.map((h, i) => ({ h, i })).sort((a, b) => a.h.position.line - b.h.position.line || a.h.position.character - b.h.position.character || a.i - b.i).map((x) => x.h);
}

function keyOf(p: Part): string {
  return 'one' in p ? p.one.id : 'critere' in p ? p.critere.id : p.range.map((c) => c.id).join();
}

/** Lower case, no accents, one space: for "does the line already say it". */
function folded(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
}

/** A criterion's text up to its first pause, abridged. */
export function criterionShort(texte: string, max = 50): string {
  return abridge(texte.split(/\s[:;]\s|,|\s[–-]\s/)[0].trim().replace(/[.;:]$/, ''), max);
}

/** One title or criterion alone; several as `C3 : … · C4.2 : …`; a range as `C1–C5 : 5 compétences`. */
function hintLabel(parts: Part[], lang: Lang): string | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1 && 'one' in parts[0]) return abridge(shortTitle(parts[0].one.titre), 60);
  if (parts.length === 1 && 'critere' in parts[0]) return criterionShort(parts[0].critere.texte, 60);
  const colon = tr(lang, '\u00a0: ', ': ');
  return parts.map((p) => ('one' in p
    ? `${p.one.id}${colon}${abridge(shortTitle(p.one.titre), 40)}`
    : 'critere' in p ? `${p.critere.id}${colon}${criterionShort(p.critere.texte, 40)}`
      : `${p.range[0].id}–${p.range[p.range.length - 1].id}${colon}${p.range.length} ${tr(lang, 'compétences', 'competencies')}`)).join(' · ');
}

function tooltip(parts: Part[]): string {
  return parts.flatMap((p) => ('one' in p ? [`**${p.one.id}** ${md(p.one.titre)}`]
    : 'critere' in p ? [`**${p.critere.id}** ${md(p.critere.texte)}`]
      : p.range.map((c) => `**${c.id}** ${md(c.titre)}`))).join('\n\n');
}
