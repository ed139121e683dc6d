/** The `rncp referentiel --json` view of a référentiel (FORMAT.md §7, plus full texts). */
import type { Referentiel } from '../referentiel/model';

/** Plain data in the contract's shape; extra keys carry the complete texts. */
export function referentielJson(ref: Referentiel): unknown {
  return {
    id: ref.id,
    titre: ref.titre,
    version: ref.version,
    blocs: ref.blocs.map((b) => ({ id: b.id, titre: b.titre, activites: b.activites })),
    activites: ref.activites.map((a) => ({ id: a.id, titre: a.titre, bloc: a.bloc, taches: a.taches })),
    competences: ref.competences.map((c) => ({
      id: c.id, titre: c.titre, bloc: c.bloc, activite: c.activite, modalite: c.modalite ?? null, enonce: c.enonce,
      criteres: c.criteres.map((k) => ({ id: k.id, texte: k.texte })),
    })),
    modalites: ref.modalites.map((m) => ({
      id: m.id, titre: m.titre, competences: m.competences, type: m.type, description: m.description,
      donnees: m.donnees, attendus: m.attendus, livrable: m.livrable,
    })),
  };
}

/** A short human listing of a référentiel. */
export function referentielText(ref: Referentiel, lang: 'fr' | 'en'): string {
  const out = [`${ref.id} — ${ref.titre}${ref.version ? ` (${ref.version})` : ''}`];
  for (const b of ref.blocs) {
    out.push('', `${b.id} — ${b.titre}`);
    for (const c of ref.competences.filter((x) => x.bloc === b.id)) {
      const n = c.criteres.length;
      out.push(`  ${c.id.padEnd(4)} ${c.titre}  [${c.modalite ?? '—'} · ${n} ${lang === 'fr' ? 'critère' : 'criteri'}${lang === 'fr' ? (n > 1 ? 's' : '') : n > 1 ? 'a' : 'on'}]`);
    }
  }
  out.push('');
  for (const m of ref.modalites) out.push(`${m.id} — ${m.type}${lang === 'fr' ? '\u00a0: ' : ': '}${m.titre} (${m.competences.join(', ')})`);
  return out.join('\n');
}
