/**
 * Coverage of one draft (FORMAT.md §5): which expected competencies are
 * tagged, which criteria are named, and where.
 */
import type { DraftModel } from './draft';
import type { ContainerName } from './parse/blocks';
import type { Bareme } from './points';
import type { Competence, Modalite, Referentiel } from './referentiel/model';
import { lookup } from './referentiel/lookup';
import type { CodeRef, TagItem } from './parse/tagSyntax';
import type { Span } from './text';

/** Status of an expected competency. */
export type CoverageStatus = 'complete' | 'partielle' | 'absente';

/** One place where a competency or criterion is tagged. */
export interface Occurrence {
  /** The code or range as written, upper-case (`C3.2`, `C1-C5`). */
  code: string;
  /** The characters of that code or range. */
  span: Span;
  /** The whole tag's braces. */
  tag: Span;
  /** What the tag covers (its section or block). */
  scope: Span;
  /** The title of the innermost section, if any. */
  section?: string;
  /** Set when the tag stands in a `:::corrige` or `:::jury` container (FORMAT.md §9: "in the answer key"). */
  container?: ContainerName;
}

/** Coverage of one criterion. */
export interface CritereCoverage {
  id: string;
  texte: string;
  covered: boolean;
  occurrences: Occurrence[];
}

/** Coverage of one competency. */
export interface CompetenceCoverage {
  id: string;
  titre: string;
  bloc: string;
  status: CoverageStatus;
  criteres: CritereCoverage[];
  occurrences: Occurrence[];
  /** The points it gets (FORMAT.md §8.1: each innermost mark shared among the competencies it assesses). */
  points: number;
  /** Its share of the subject's points (0 to 1; 0 when the subject has none). */
  share: number;
}

/** The points of one bloc's expected competencies. */
export interface BlocPoints {
  id: string;
  titre: string;
  points: number;
  share: number;
}

/** Coverage of a draft for its modality. */
export interface Coverage {
  modalite: string;
  /** The expected competencies, in référentiel order. */
  competences: CompetenceCoverage[];
  /** Competencies tagged although the modality does not assess them. */
  horsModalite: { id: string; titre: string; occurrences: Occurrence[] }[];
  counts: { competences: { tagged: number; complete: number; total: number }; criteres: { covered: number; total: number } };
  /** The subject's points (sum of the outermost marks; undefined: no mark) and its `bareme` (undefined: none, or unreadable). */
  points: { total?: number; bareme?: number; blocs: BlocPoints[] };
}

/** The known competencies a tag item names (criteria count for their competency). */
export function competenciesOf(item: TagItem, ref: Referentiel): Competence[] {
  const l = lookup(ref);
  if (item.kind === 'code') {
    const c = l.competence(`C${item.code.competence}`);
    if (!c) return [];
    if (item.code.critere !== undefined && !l.critere(item.code.id)) return [];
    return [c];
  }
  if (!isValidRange(item)) return [];
  if (!l.competence(`C${item.from.competence}`) && !l.competence(`C${item.to.competence}`)) return [];
  return l.competencesBetween(item.from.competence, item.to.competence);
}

/** A range is valid when both bounds are competencies and the start is not after the end. */
export function isValidRange(item: Extract<TagItem, { kind: 'range' }>): boolean {
  return item.from.critere === undefined && item.to.critere === undefined && item.from.competence <= item.to.competence;
}

/** Every code of a tag item, bounds of ranges included. */
export function codesOf(item: TagItem): CodeRef[] {
  return item.kind === 'code' ? [item.code] : [item.from, item.to];
}

/** Every code of every well-formed tag of a draft, in document order. */
export function codesIn(model: DraftModel): CodeRef[] {
  return model.tags.flatMap((tag) => tag.items.flatMap(codesOf));
}

/** The text of an item as written, upper-cased (`C1-C5`). */
export function itemText(model: DraftModel, item: TagItem): string {
  return model.text.slice(item.span.start, item.span.end).toUpperCase();
}

/** Computes the coverage of a draft for a modality. */
export function computeCoverage(model: DraftModel, ref: Referentiel, modalite: Modalite): Coverage {
  const l = lookup(ref);
  const byComp = new Map<string, Occurrence[]>();
  const byCrit = new Map<string, Occurrence[]>();
  const push = (m: Map<string, Occurrence[]>, id: string, o: Occurrence) => {
    const list = m.get(id);
    if (list) list.push(o);
    else m.set(id, [o]);
  };
  for (const tag of model.tags) {
    if (tag.malformed) continue;
    for (const item of tag.items) {
      const occ: Occurrence = {
        code: itemText(model, item), span: item.span, tag: tag.span, scope: tag.scope,
        section: tag.section === undefined ? undefined : model.sections[tag.section].title,
        ...(tag.container === undefined ? {} : { container: model.containers[tag.container].name }),
      };
      for (const c of competenciesOf(item, ref)) push(byComp, c.id, occ);
      if (item.kind === 'code' && item.code.critere !== undefined && l.critere(item.code.id)) push(byCrit, item.code.id, occ);
    }
  }
  const expected = new Set(modalite.competences);
  const competences: CompetenceCoverage[] = modalite.competences.map((id) => {
    const c = l.competence(id)!;
    const occurrences = byComp.get(id) ?? [];
    const criteres = c.criteres.map((k) => {
      const o = byCrit.get(k.id) ?? [];
      return { id: k.id, texte: k.texte, covered: o.length > 0, occurrences: o };
    });
    const status: CoverageStatus = occurrences.length === 0 ? 'absente' : criteres.every((k) => k.covered) ? 'complete' : 'partielle';
    return { id, titre: c.titre, bloc: c.bloc, status, criteres, occurrences, points: 0, share: 0 };
  });
  const horsModalite = ref.competences
    .filter((c) => !expected.has(c.id) && byComp.has(c.id))
    .map((c) => ({ id: c.id, titre: c.titre, occurrences: byComp.get(c.id)! }));
  const allCrit = competences.flatMap((c) => c.criteres);
  return {
    modalite: modalite.id,
    competences,
    horsModalite,
    counts: {
      competences: {
        tagged: competences.filter((c) => c.status !== 'absente').length,
        complete: competences.filter((c) => c.status === 'complete').length,
        total: competences.length,
      },
      criteres: { covered: allCrit.filter((k) => k.covered).length, total: allCrit.length },
    },
    points: { blocs: [] },
  };
}

/** The coverage with each expected competency's points and share, and each bloc's total (FORMAT.md §8.1). */
export function addPoints(coverage: Coverage, bareme: Bareme, ref: Referentiel): Coverage {
  const total = bareme.points.total;
  const shareOf = (p: number) => (total ? p / total : 0);
  const competences = coverage.competences.map((c) => {
    const points = bareme.points.byCompetence[c.id] ?? 0;
    return { ...c, points, share: shareOf(points) };
  });
  const blocs: BlocPoints[] = [];
  for (const c of competences) {
    let b = blocs.find((x) => x.id === c.bloc);
    if (!b) {
      b = { id: c.bloc, titre: ref.blocs.find((x) => x.id === c.bloc)?.titre ?? c.bloc, points: 0, share: 0 };
      blocs.push(b);
    }
    b.points += c.points;
  }
  for (const b of blocs) b.share = shareOf(b.points);
  return { ...coverage, competences, points: { total, bareme: bareme.bareme?.value, blocs } };
}
