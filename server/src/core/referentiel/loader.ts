/**
 * Loads a référentiel from its YAML (or JSON) text and validates it.
 * Broken input is data: the loader never throws, it returns diagnostics.
 */
import { isMap, LineCounter, type Node as YamlNode } from 'yaml';
import { canonicalId } from '../ids';
import { yamlErrorMessage } from '../parse/yamlMessages';
import { aliasProblem, parseYaml, safeToJS, type YamlProblem } from '../parse/yamlSafety';
import type { Localized } from '../i18n';
import type { Range } from '../text';
import type { Activite, Bloc, Competence, Critere, FormeLivrable, Modalite, Referentiel } from './model';

/** A problem found while loading a référentiel. */
export interface LoadDiagnostic {
  severity: 'error' | 'warning';
  message: Localized;
  /** Where in the référentiel text, when known. */
  range?: Range;
}

/** The result of loading: a value unless the text is unusable, and what was wrong. */
export interface LoadResult {
  value?: Referentiel;
  diagnostics: LoadDiagnostic[];
}

const FORMES: FormeLivrable[] = ['dossier-ecrit', 'diaporama-oral', 'oral'];

/** Parses and validates a référentiel text (YAML; JSON is YAML too). */
export function loadReferentiel(text: string): LoadResult {
  const diagnostics: LoadDiagnostic[] = [];
  const lines = new LineCounter();
  const parsed = parseYaml(text, { lineCounter: lines });
  const at = (offset: number) => {
    const p = lines.linePos(Math.min(offset, text.length));
    return { line: p.line - 1, character: p.col - 1 };
  };
  const problem = (p: YamlProblem) => diagnostics.push({
    severity: 'error',
    message: { fr: `YAML invalide : ${p.message.fr}.`, en: `Invalid YAML: ${p.message.en}.` },
    range: { start: at(p.start), end: at(Math.max(p.start, p.end)) },
  });
  const doc = parsed.doc;
  if (!doc) {
    problem(parsed.failure!);
    return { diagnostics };
  }
  const rangeOfNode = (node: unknown): Range | undefined => {
    const r = (node as YamlNode | undefined)?.range;
    if (!r) return undefined;
    return { start: at(r[0]), end: at(r[1]) };
  };
  const error = (fr: string, en: string, node?: unknown) =>
    diagnostics.push({ severity: 'error', message: { fr, en }, range: rangeOfNode(node) });
  for (const e of doc.errors) {
    problem({ start: e.pos[0], end: e.pos[0], message: yamlErrorMessage(e.code, e.message) });
  }
  if (doc.errors.length > 0) return { diagnostics };
  if (!isMap(doc.contents)) {
    error('Le référentiel doit être un objet (id, titre, blocs, activites, competences, modalites).',
      'The référentiel must be a mapping (id, titre, blocs, activites, competences, modalites).', doc.contents);
    return { diagnostics };
  }
  const aliases = aliasProblem(doc);
  const js = aliases ? undefined : safeToJS(doc);
  if (aliases ?? js?.failure) {
    problem((aliases ?? js?.failure)!);
    return { diagnostics };
  }
  const root = doc.contents;
  const raw = js!.value as Record<string, unknown>;
  const nodeAt = (...path: (string | number)[]) => root.getIn(path, true);

  const str = (v: unknown, path: (string | number)[], label: string, required = true): string => {
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number') return String(v);
    if (required) error(`Champ « ${label} » manquant ou vide.`, `Field "${label}" is missing or empty.`, nodeAt(...path) ?? nodeAt(...path.slice(0, -1)));
    return '';
  };
  const list = (v: unknown, path: (string | number)[], label: string): unknown[] => {
    if (Array.isArray(v)) return v;
    error(`Champ « ${label} » : une liste est attendue.`, `Field "${label}": a list is expected.`, nodeAt(...path) ?? root);
    return [];
  };
  const strings = (v: unknown, path: (string | number)[], label: string): string[] =>
    list(v, path, label).map((x, i) => str(x, [...path, i], `${label}[${i + 1}]`)).filter((s) => s !== '');
  const seen = new Set<string>();
  const uniqueId = (v: unknown, path: (string | number)[], pattern: RegExp, kind: string): string => {
    const id = canonicalId(str(v, path, `${kind}.id`));
    if (!id) return '';
    if (!pattern.test(id)) error(`Identifiant « ${id} » mal formé pour ${kind}.`, `Malformed ${kind} id "${id}".`, nodeAt(...path));
    if (seen.has(id)) error(`Identifiant en double : ${id}.`, `Duplicate id: ${id}.`, nodeAt(...path));
    seen.add(id);
    return id;
  };
  const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

  const id = str(raw.id, ['id'], 'id');
  const titre = str(raw.titre, ['titre'], 'titre');
  const version = str(raw.version, ['version'], 'version', false) || undefined;

  const blocs: Bloc[] = list(raw.blocs, ['blocs'], 'blocs').map((b, i) => ({
    id: uniqueId(obj(b).id, ['blocs', i, 'id'], /^B\d+$/, 'bloc'),
    titre: str(obj(b).titre, ['blocs', i, 'titre'], 'blocs.titre'),
    activites: [],
  }));
  const blocById = new Map(blocs.map((b) => [b.id, b]));

  const activites: Activite[] = list(raw.activites, ['activites'], 'activites').map((a, i) => {
    const o = obj(a);
    const act: Activite = {
      id: uniqueId(o.id, ['activites', i, 'id'], /^A\d+$/, 'activité'),
      bloc: canonicalId(str(o.bloc, ['activites', i, 'bloc'], 'activites.bloc')),
      titre: str(o.titre, ['activites', i, 'titre'], 'activites.titre'),
      taches: o.taches === undefined ? [] : strings(o.taches, ['activites', i, 'taches'], 'taches'),
    };
    const bloc = blocById.get(act.bloc);
    if (bloc) bloc.activites.push(act.id);
    else if (act.bloc) error(`L’activité ${act.id} renvoie à un bloc inconnu : ${act.bloc}.`, `Activity ${act.id} names an unknown bloc: ${act.bloc}.`, nodeAt('activites', i, 'bloc'));
    return act;
  });
  const activiteById = new Map(activites.map((a) => [a.id, a]));

  const competences: Competence[] = list(raw.competences, ['competences'], 'competences').map((c, i) => {
    const o = obj(c);
    const cid = uniqueId(o.id, ['competences', i, 'id'], /^C\d+$/, 'compétence');
    const activite = canonicalId(str(o.activite, ['competences', i, 'activite'], 'competences.activite'));
    const act = activiteById.get(activite);
    if (!act && activite) error(`La compétence ${cid} renvoie à une activité inconnue : ${activite}.`, `Competency ${cid} names an unknown activity: ${activite}.`, nodeAt('competences', i, 'activite'));
    const enonce = str(o.enonce, ['competences', i, 'enonce'], 'competences.enonce');
    const criteres: Critere[] = strings(o.criteres, ['competences', i, 'criteres'], 'criteres').map((texte, k) => ({
      id: `${cid}.${k + 1}`, competence: cid, rang: k + 1, texte,
    }));
    if (criteres.length === 0) error(`La compétence ${cid} n’a aucun critère.`, `Competency ${cid} has no criterion.`, nodeAt('competences', i));
    return {
      id: cid,
      titre: str(o.titre, ['competences', i, 'titre'], 'competences.titre', false) || shortTitle(enonce),
      enonce, bloc: act?.bloc ?? '', activite, criteres,
    };
  });
  const competenceById = new Map(competences.map((c) => [c.id, c]));

  const modalites: Modalite[] = list(raw.modalites, ['modalites'], 'modalites').map((m, i) => {
    const o = obj(m);
    const mid = uniqueId(o.id, ['modalites', i, 'id'], /^M\d+$/, 'modalité');
    const liv = obj(o.livrable);
    let forme = str(liv.forme, ['modalites', i, 'livrable', 'forme'], 'livrable.forme') as FormeLivrable;
    if (forme && !FORMES.includes(forme)) {
      error(`Forme de livrable inconnue « ${forme} » (attendu : ${FORMES.join(', ')}).`, `Unknown deliverable form "${forme}" (expected: ${FORMES.join(', ')}).`, nodeAt('modalites', i, 'livrable', 'forme'));
      forme = 'dossier-ecrit';
    }
    const comps = strings(o.competences, ['modalites', i, 'competences'], 'modalites.competences').map(canonicalId);
    comps.forEach((c, k) => {
      const comp = competenceById.get(c);
      if (!comp) error(`La modalité ${mid} renvoie à une compétence inconnue : ${c}.`, `Modality ${mid} names an unknown competency: ${c}.`, nodeAt('modalites', i, 'competences', k));
      else if (comp.modalite) error(`La compétence ${c} est déjà évaluée par ${comp.modalite}.`, `Competency ${c} is already assessed by ${comp.modalite}.`, nodeAt('modalites', i, 'competences', k));
      else comp.modalite = mid;
    });
    return {
      id: mid,
      titre: str(o.titre, ['modalites', i, 'titre'], 'modalites.titre'),
      type: str(o.type, ['modalites', i, 'type'], 'modalites.type'),
      description: str(o.description, ['modalites', i, 'description'], 'modalites.description', false),
      donnees: o.donnees === undefined ? [] : strings(o.donnees, ['modalites', i, 'donnees'], 'donnees'),
      attendus: o.attendus === undefined ? [] : strings(o.attendus, ['modalites', i, 'attendus'], 'attendus'),
      livrable: { forme, texte: str(liv.texte, ['modalites', i, 'livrable', 'texte'], 'livrable.texte', false) },
      competences: comps.filter((c) => competenceById.has(c)),
    };
  });

  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  if (hasErrors || !id) return { diagnostics };
  return { value: { id, titre, version, blocs, activites, competences, modalites }, diagnostics };
}

/** The statement up to its first comma, the short title used in hints. */
export function shortTitle(enonce: string): string {
  const cut = enonce.split(/,|\s[–-]\s/)[0].trim();
  return cut.replace(/[.;:]$/, '');
}
