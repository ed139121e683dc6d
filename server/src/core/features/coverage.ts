/** The coverage model of the `rncp/coverage` request, built from an analysis (ranges, no offsets). */
import type { DraftAnalysis } from '../analyze';
import type { Occurrence } from '../coverage';
import type { DraftCoverage, DraftPointsInfo, OccurrenceInfo } from '../protocol';
import type { LineIndex } from '../text';

/** A draft's coverage as the client receives it. */
export function draftCoverage(uri: string, analysis: DraftAnalysis, version?: number): DraftCoverage {
  const { model, referentiel, modalite, coverage, bareme } = analysis;
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
      points: c.points ?? 0,
      share: c.share ?? 0,
    })),
    horsModalite: (coverage?.horsModalite ?? []).map((h) => ({ id: h.id, titre: h.titre, occurrences: h.occurrences.map(occ) })),
    points: draftPoints(analysis),
    duree: {
      ...(bareme?.dureeValue?.value !== undefined ? { minutes: bareme.dureeValue.value } : {}),
      ...(bareme?.duree.total !== undefined ? { marques: bareme.duree.total } : {}),
    },
    diagnostics,
  };
}

/** The subject's points from the barème (also without a modality), the blocs' from the coverage. */
function draftPoints({ bareme, coverage }: DraftAnalysis): DraftPointsInfo {
  const total = bareme?.points.total;
  const value = bareme?.bareme?.value;
  return {
    ...(total !== undefined ? { total } : {}),
    ...(value !== undefined ? { bareme: value } : {}),
    blocs: (coverage?.points?.blocs ?? []).map((b) => ({ id: b.id, titre: b.titre, points: b.points, share: b.share })),
  };
}

function occurrenceInfo(lines: LineIndex, o: Occurrence): OccurrenceInfo {
  return {
    code: o.code,
    range: lines.rangeOf(o.span),
    tagRange: lines.rangeOf(o.tag),
    scopeRange: lines.rangeOf(o.scope),
    ...(o.section !== undefined ? { section: o.section } : {}),
    ...(o.container !== undefined ? { container: o.container } : {}),
  };
}
