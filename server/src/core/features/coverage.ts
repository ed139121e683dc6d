/** The coverage model of the `rncp/coverage` request, built from an analysis (ranges, no offsets). */
import type { DraftAnalysis } from '../analyze';
import type { Occurrence } from '../coverage';
import type { DraftCoverage, OccurrenceInfo } from '../protocol';
import type { LineIndex } from '../text';

/** A draft's coverage as the client receives it. */
export function draftCoverage(uri: string, analysis: DraftAnalysis, version?: number): DraftCoverage {
  const { model, referentiel, modalite, coverage } = analysis;
  const occ = (o: Occurrence): OccurrenceInfo => occurrenceInfo(model.lines, o);
  const titre = model.frontMatter?.data?.titre;
  const diagnostics = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of analysis.diagnostics) diagnostics[d.severity]++;
  return {
    uri,
    ...(version !== undefined ? { version } : {}),
    ...(typeof titre === 'string' || typeof titre === 'number' ? { titre: String(titre) } : {}),
    ...(referentiel ? { referentiel: { id: referentiel.id, titre: referentiel.titre } } : {}),
    ...(model.frontMatter?.modalite?.value ? { modaliteValue: model.frontMatter.modalite.value } : {}),
    ...(modalite ? { modalite: { id: modalite.id, titre: modalite.titre, type: modalite.type } } : {}),
    ...(coverage ? { counts: coverage.counts } : {}),
    competences: (coverage?.competences ?? []).map((c) => ({
      id: c.id,
      titre: c.titre,
      bloc: c.bloc,
      status: c.status,
      criteres: c.criteres.map((k) => ({ id: k.id, texte: k.texte, covered: k.covered, occurrences: k.occurrences.map(occ) })),
      occurrences: c.occurrences.map(occ),
    })),
    horsModalite: (coverage?.horsModalite ?? []).map((h) => ({ id: h.id, titre: h.titre, occurrences: h.occurrences.map(occ) })),
    diagnostics,
  };
}

function occurrenceInfo(lines: LineIndex, o: Occurrence): OccurrenceInfo {
  return {
    code: o.code,
    range: lines.rangeOf(o.span),
    tagRange: lines.rangeOf(o.tag),
    scopeRange: lines.rangeOf(o.scope),
    ...(o.section !== undefined ? { section: o.section } : {}),
  };
}
