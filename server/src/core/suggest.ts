/** Nearest valid codes, for messages and quick fixes. */
import type { CodeRef } from './parse/tagSyntax';
import type { Competence, Referentiel } from './referentiel/model';

/**
 * The competency an unknown code most likely meant: a typo with a doubled or
 * extra digit (`C211` → `C21`… → `C2`), or `C0` → `C1`. Undefined when none is close.
 */
export function nearestCompetence(code: CodeRef, ref: Referentiel): string | undefined {
  const ids = new Set(ref.competences.map((c) => c.id));
  const digits = String(code.competence);
  const candidates: string[] = [];
  // Dropping one digit fixes a key pressed twice or a stray digit.
  for (let i = 0; i < digits.length; i++) candidates.push(`C${Number(digits.slice(0, i) + digits.slice(i + 1))}`);
  if (code.competence === 0) candidates.push('C1');
  const found = candidates.find((c) => ids.has(c) && c !== 'C0');
  if (!found) return undefined;
  return code.critere === undefined ? found : `${found}.${code.critere}`;
}

/** The criterion an unknown one most likely meant: the closest existing rank. */
export function nearestCritere(code: CodeRef, comp: Competence): string | undefined {
  const n = comp.criteres.length;
  if (n === 0 || code.critere === undefined) return undefined;
  const rank = Math.min(Math.max(code.critere, 1), n);
  // Only a near miss is a suggestion: one past the end, or 0 for 1.
  if (Math.abs(rank - code.critere) > 1) return undefined;
  return `${comp.id}.${rank}`;
}
