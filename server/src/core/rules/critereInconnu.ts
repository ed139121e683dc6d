import { codesIn } from '../coverage';
import { lookup } from '../referentiel/lookup';
import { nearestCritere } from '../suggest';
import type { Rule, RuleFinding } from './rule';

/** `critere-inconnu`: a criterion that does not exist (`{C3.9}`, `{C3.0}`). */
export const critereInconnu: Rule<'critere-inconnu'> = {
  code: 'critere-inconnu',
  defaultSeverity: 'error',
  description: {
    fr: 'Chaque critère doit exister dans le référentiel pour sa compétence.',
    en: 'Every criterion must exist in the référentiel for its competency.',
  },
  check({ model, referentiel }) {
    if (!referentiel) return [];
    const l = lookup(referentiel);
    const out: RuleFinding[] = [];
    for (const code of codesIn(model)) {
      if (code.critere === undefined) continue;
      const comp = l.competence(`C${code.competence}`);
      if (!comp || l.critere(code.id)) continue;
      const n = comp.criteres.length;
      out.push({
        span: code.span,
        messages: {
          fr: `Critère inconnu ${code.id} : ${comp.id} compte ${n} critère${n > 1 ? 's' : ''} (${comp.id}.1 à ${comp.id}.${n}).`,
          en: `Unknown criterion ${code.id}: ${comp.id} has ${n} criteri${n > 1 ? 'a' : 'on'} (${comp.id}.1 to ${comp.id}.${n}).`,
        },
        data: { id: code.id, replacement: nearestCritere(code, comp) },
      });
    }
    return out;
  },
};
