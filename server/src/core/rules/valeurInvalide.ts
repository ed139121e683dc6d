import type { Rule, RuleFinding } from './rule';

/** `valeur-invalide`: `bareme` or `duree` in the front matter cannot be read (FORMAT.md §8). */
export const valeurInvalide: Rule<'valeur-invalide'> = {
  code: 'valeur-invalide',
  defaultSeverity: 'error',
  description: {
    fr: 'bareme est un nombre positif de points (20, 20,5, "20 points") et duree une durée (4 heures, 3h30, 90 min).',
    en: 'bareme is a positive number of points (20, 20.5, "20 points") and duree a length of time (4 heures, 3h30, 90 min).',
  },
  check({ bareme }) {
    const out: RuleFinding[] = [];
    const b = bareme?.bareme;
    if (b && b.value === undefined) {
      out.push({
        span: b.span,
        messages: {
          fr: `bareme illisible : « ${b.written} ». Écrire un nombre positif de points : 20, 20,5 ou "20 points".`,
          en: `bareme cannot be read: “${b.written}”. Write a positive number of points: 20, 20.5 or "20 points".`,
        },
      });
    }
    const d = bareme?.dureeValue;
    if (d && d.value === undefined) {
      out.push({
        span: d.span,
        messages: {
          fr: `duree illisible : « ${d.written} ». Écrire une durée : 4 heures, 3h30, 1 h 30 min ou 90 min.`,
          en: `duree cannot be read: “${d.written}”. Write a length of time: 4 heures, 3h30, 1 h 30 min or 90 min.`,
        },
      });
    }
    return out;
  },
};
