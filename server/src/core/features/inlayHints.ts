/** Inlay hints: the short title of the competencies a tag names, after its closing brace. */
import type { DraftAnalysis } from '../analyze';
import { competenciesOf } from '../coverage';
import type { Lang } from '../i18n';
import { shortTitle } from '../referentiel/loader';
import type { Competence } from '../referentiel/model';
import { rangeContains, type Range } from '../text';
import type { InlayHint } from './lsp';
import { abridge, md, tr } from './markdown';

/** The hints of the tags that end within a range. */
export function inlayHints(analysis: DraftAnalysis, range: Range, lang: Lang): InlayHint[] {
  const { model, referentiel: ref } = analysis;
  if (!model.isDraft || !ref) return [];
  const out: InlayHint[] = [];
  for (const tag of model.tags) {
    if (tag.malformed) continue;
    const position = model.lines.positionAt(tag.span.end);
    if (!rangeContains(range, position)) continue;
    const label = hintLabel(tag.items.flatMap((item): Part[] => {
      const comps = competenciesOf(item, ref);
      return item.kind === 'range' && comps.length > 1 ? [{ range: comps }] : comps.map((c) => ({ one: c }));
    }), lang);
    if (!label) continue;
    const comps = [...new Set(tag.items.flatMap((item) => competenciesOf(item, ref)))];
    out.push({
      position,
      label,
      paddingLeft: true,
      tooltip: { kind: 'markdown', value: comps.map((c) => `**${c.id}** ${md(c.titre)}`).join('\n\n') },
    });
  }
  return out;
}

type Part = { one: Competence } | { range: Competence[] };

/** One title alone; several as `C3 : … · C4 : …`; a range as `C1–C5 : 5 compétences`. */
function hintLabel(parts: Part[], lang: Lang): string | undefined {
  const seen = new Set<string>();
  const unique = parts.filter((p) => {
    const key = 'one' in p ? p.one.id : p.range.map((c) => c.id).join();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) return undefined;
  if (unique.length === 1 && 'one' in unique[0]) return abridge(shortTitle(unique[0].one.titre), 60);
  const colon = tr(lang, '\u00a0: ', ': ');
  return unique.map((p) => ('one' in p
    ? `${p.one.id}${colon}${abridge(shortTitle(p.one.titre), 40)}`
    : `${p.range[0].id}–${p.range[p.range.length - 1].id}${colon}${p.range.length} ${tr(lang, 'compétences', 'competencies')}`)).join(' · ');
}
