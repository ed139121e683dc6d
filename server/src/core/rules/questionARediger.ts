import { innermostHolders } from '../elements';
import type { Rule, RuleFinding } from './rule';

/**
 * `question-a-rediger`: a question that still holds the placeholder `[à rédiger]`
 * (FORMAT.md §12). Its tags count for coverage, so without this warning an
 * inserted skeleton or quick fix would read "complete" before a word is written.
 */
export const questionARediger: Rule<'question-a-rediger'> = {
  code: 'question-a-rediger',
  defaultSeverity: 'warning',
  description: {
    fr: 'Une question insérée par un squelette ou une correction rapide garde [à rédiger] jusqu’à ce que son énoncé soit écrit.',
    en: 'A question inserted by a skeleton or a quick fix keeps [à rédiger] until its wording is written.',
  },
  check({ model }) {
    const out: RuleFinding[] = [];
    const holders = innermostHolders(model.containers, model.placeholders);
    for (const [k, span] of model.placeholders.entries()) {
      // In an answer key or a jury note, it is the key that is still to write, not the question.
      const container = holders[k] === undefined ? undefined : model.containers[holders[k]!];
      if (container) {
        out.push({
          span,
          messages: container.name === 'corrige'
            ? { fr: 'Corrigé à rédiger\u00a0: remplacer [à rédiger] par les éléments de réponse attendus.', en: 'Answer key still to write: replace [à rédiger] with the expected answer elements.' }
            : { fr: 'Note au jury à rédiger\u00a0: remplacer [à rédiger] par les consignes aux correcteurs.', en: 'Jury note still to write: replace [à rédiger] with the instructions to the correctors.' },
        });
        continue;
      }
      // The codes of the question: the tags of the smallest scope (list item, row, block or section) holding it.
      let best: { size: number; ids: string[] } | undefined;
      for (const tag of model.tags) {
        if (tag.malformed || tag.scope.start > span.start || tag.scope.end < span.end) continue;
        const size = tag.scope.end - tag.scope.start;
        const ids = tag.items.map((i) => (i.kind === 'code' ? i.code.id : `${i.from.id}-${i.to.id}`));
        if (!best || size < best.size) best = { size, ids };
        else if (size === best.size) best.ids.push(...ids);
      }
      const codes = best && best.ids.length > 0 ? ` (${[...new Set(best.ids)].join(', ')})` : '';
      out.push({
        span,
        messages: {
          fr: `Question à rédiger${codes} : remplacer [à rédiger] par son énoncé.`,
          en: `Question still to write${codes}: replace [à rédiger] with its wording.`,
        },
      });
    }
    return out;
  },
};
