import type { Rule } from './rule';

/**
 * `question-sans-corrige`: in a draft that holds at least one `:::corrige`, a
 * question that none answers (FORMAT.md §9), on its first tag or mark.
 */
export const questionSansCorrige: Rule<'question-sans-corrige'> = {
  code: 'question-sans-corrige',
  defaultSeverity: 'information',
  description: {
    fr: 'Dès qu’un sujet a un corrigé, chaque question a le sien (:::corrige après la question).',
    en: 'Once a subject has an answer key, every question has its own (:::corrige after the question).',
  },
  check({ model, questions }) {
    if (!questions || model.incomplete || !model.containers.some((c) => c.name === 'corrige')) return [];
    return questions.questions
      .filter((q) => q.corriges.length === 0)
      .map((q) => ({
        span: q.first,
        messages: {
          fr: 'Question sans corrigé : ajouter après elle un bloc corrigé (:::corrige) avec les éléments de réponse attendus.',
          en: 'Question without an answer key: add a :::corrige block after it with the expected answer elements.',
        },
      }));
  },
};
