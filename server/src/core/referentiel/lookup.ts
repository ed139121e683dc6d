/** Fast look-ups into a référentiel, built once per référentiel object. */
import { canonicalId } from '../ids';
import type { Activite, Bloc, Competence, Critere, Modalite, Referentiel } from './model';

/** Indexes of one référentiel by id. */
export interface ReferentielLookup {
  competence(id: string): Competence | undefined;
  critere(id: string): Critere | undefined;
  modalite(id: string): Modalite | undefined;
  bloc(id: string): Bloc | undefined;
  activite(id: string): Activite | undefined;
  /** Competencies whose number lies between two numbers, in référentiel order. */
  competencesBetween(from: number, to: number): Competence[];
}

const cache = new WeakMap<Referentiel, ReferentielLookup>();

/** The look-ups of a référentiel (memoised on the object). */
export function lookup(ref: Referentiel): ReferentielLookup {
  let l = cache.get(ref);
  if (l) return l;
  const comps = new Map(ref.competences.map((c) => [c.id, c]));
  const crits = new Map(ref.competences.flatMap((c) => c.criteres.map((k) => [k.id, k] as const)));
  const mods = new Map(ref.modalites.map((m) => [m.id, m]));
  const blocs = new Map(ref.blocs.map((b) => [b.id, b]));
  const acts = new Map(ref.activites.map((a) => [a.id, a]));
  l = {
    competence: (id) => comps.get(canonicalId(id)),
    critere: (id) => crits.get(canonicalId(id)),
    modalite: (id) => mods.get(canonicalId(id)),
    bloc: (id) => blocs.get(canonicalId(id)),
    activite: (id) => acts.get(canonicalId(id)),
    competencesBetween: (from, to) => ref.competences.filter((c) => {
      const n = Number(c.id.slice(1));
      return n >= from && n <= to;
    }),
  };
  cache.set(ref, l);
  return l;
}
