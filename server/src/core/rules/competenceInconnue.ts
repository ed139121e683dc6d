import { codesIn } from '../coverage';
import { lookup } from '../referentiel/lookup';
import { nearestCompetence } from '../suggest';
import type { Rule, RuleFinding } from './rule';

/** `competence-inconnue`: a code whose competency is not in the référentiel (`{C21}`, `{C0}`). */
export const competenceInconnue: Rule<'competence-inconnue'> = {
  code: 'competence-inconnue',
  defaultSeverity: 'error',
  description: {
    fr: 'Chaque code doit désigner une compétence du référentiel.',
    en: 'Every code must name a competency of the référentiel.',
  },
  check({ model, referentiel }) {
    if (!referentiel) return [];
    const l = lookup(referentiel);
    const out: RuleFinding[] = [];
    for (const code of codesIn(model)) {
      const id = `C${code.competence}`;
      if (l.competence(id)) continue;
      const near = nearestCompetence(code, referentiel);
      out.push({
        span: code.span,
        messages: {
          fr: `Compétence inconnue ${code.id} : le référentiel « ${referentiel.titre} » va de ${first(referentiel)} à ${last(referentiel)}.`,
          en: `Unknown competency ${code.id}: the référentiel “${referentiel.titre}” runs from ${first(referentiel)} to ${last(referentiel)}.`,
        },
        data: { id: code.id, replacement: near },
      });
    }
    return out;
  },
};

const first = (r: { competences: { id: string }[] }) => r.competences[0]?.id ?? '';
const last = (r: { competences: { id: string }[] }) => r.competences[r.competences.length - 1]?.id ?? '';
