import { scanTags } from '../parse/tagSyntax';
import type { Rule, RuleFinding } from './rule';

/** `tag-malforme`: braces that start like a tag but do not follow the grammar. */
export const tagMalforme: Rule<'tag-malforme'> = {
  code: 'tag-malforme',
  defaultSeverity: 'warning',
  description: {
    fr: 'Une balise s’écrit {C3}, {C3.2}, {C1-C5} ou {C3, C4.1} : codes séparés par des virgules ou des espaces.',
    en: 'A tag is written {C3}, {C3.2}, {C1-C5} or {C3, C4.1}: codes separated by commas or spaces.',
  },
  check({ model }) {
    const out: RuleFinding[] = [];
    for (const tag of model.tags) {
      if (!tag.malformed) continue;
      const raw = model.text.slice(tag.span.start, tag.span.end);
      const fix = correctedTag(tag.content, raw.endsWith('}'));
      out.push({
        span: tag.span,
        messages: {
          fr: `Balise mal formée ${raw} : ${fix ? `écrire ${fix}` : 'écrire par exemple {C3}, {C3.2}, {C1-C5} ou {C3, C4}'}.`,
          en: `Malformed tag ${raw}: ${fix ? `write ${fix}` : 'write for instance {C3}, {C3.2}, {C1-C5} or {C3, C4}'}.`,
        },
        data: fix ? { replacement: fix } : undefined,
      });
    }
    return out;
  },
};

/** The tag an author most likely meant, when one is clear (`{C3; C4}` → `{C3, C4}`). */
export function correctedTag(content: string, closed: boolean): string | undefined {
  const cleaned = content
    .replace(/\s+(et|and|ou|or|&)\s+/gi, ', ')
    .replace(/\s*[;/|+]\s*/g, ', ')
    .replace(/\s*,\s*(,\s*)*/g, ', ')
    .replace(/\s*\.\s*$/, '')
    .replace(/,\s*$/, '')
    .trim();
  const candidate = `{${cleaned}}`;
  const [tag] = scanTags(candidate);
  if (!tag || tag.malformed || tag.span.end !== candidate.length) return undefined;
  if (closed && cleaned === content) return undefined;
  return candidate;
}
