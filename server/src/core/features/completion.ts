/**
 * Completion: competency codes, criteria and ranges inside `{…}`, the keys
 * and values of the front matter, and points marks after a question
 * (completionMarks.ts). Works on the raw line before the cursor so
 * that half-typed tags (not yet valid, often unclosed) still get proposals.
 */
import type { DraftAnalysis } from '../analyze';
import type { Lang } from '../i18n';
import { lookup } from '../referentiel/lookup';
import type { Competence } from '../referentiel/model';
import type { Position, Range } from '../text';
import { markCompletions } from './completionMarks';
import { competenceHover, modaliteHover, namedCriteria, statusText } from './hover';
import { CompletionItemKind, type CompletionItem } from './lsp';
import { abridge, md, tr } from './markdown';

/** What completion needs besides the draft. */
export interface CompletionContext {
  lang: Lang;
  /** The bundled référentiels (`referentiel:` values). */
  referentiels: { id: string; titre: string }[];
}

/** The characters after which an editor should ask for completion. */
export const COMPLETION_TRIGGERS = ['{', '.', ',', '-', '–', ' ', ':', '('];

/** The keys proposed in a front matter, in order. */
const KEYS: { key: string; fr: string; en: string }[] = [
  { key: 'modalite', fr: 'Modalité d’évaluation du sujet (M1…)', en: 'The evaluation modality of the subject (M1…)' },
  { key: 'referentiel', fr: 'Référentiel : identifiant fourni ou chemin d’un fichier .yaml', en: 'Référentiel: a bundled id or the path of a .yaml file' },
  { key: 'titre', fr: 'Titre du sujet', en: 'Title of the subject' },
];

/** The proposals at a position of a draft (none outside tags and the front matter). */
export function completions(analysis: DraftAnalysis, position: Position, ctx: CompletionContext): CompletionItem[] {
  const { model } = analysis;
  if (!model.isDraft) return [];
  const offset = model.lines.offsetAt(position);
  const prefix = model.text.slice(model.lines.lineStart(position.line), offset);
  const fm = model.frontMatter;
  // Inside the YAML (not on a fence line; an unclosed block runs to the end).
  const inYaml = fm && offset >= fm.content.start && (offset < fm.content.end || (offset === fm.content.end && fm.errors.some((e) => e.unclosed)));
  if (inYaml && position.line > model.lines.positionAt(fm.span.start).line) {
    return frontMatterCompletions(analysis, prefix, position, ctx);
  }
  if (offset < model.bodyStart) return [];
  const tags = tagCompletions(analysis, prefix, position, offset, ctx.lang);
  return tags.length > 0 ? tags : markCompletions(analysis, position, offset, ctx.lang);
}

function frontMatterCompletions(analysis: DraftAnalysis, prefix: string, position: Position, ctx: CompletionContext): CompletionItem[] {
  const { lang } = ctx;
  const fm = analysis.model.frontMatter!;
  const keyTyped = /^\s*([A-Za-z_-]*)$/.exec(prefix);
  if (keyTyped) {
    const range = back(position, keyTyped[1].length);
    const present = new Set(Object.keys(fm.data ?? {}).map((k) => k.toLowerCase()));
    if (fm.modalite) present.add('modalite');
    if (fm.referentiel) present.add('referentiel');
    return KEYS.filter((k) => !present.has(k.key)).map((k, i) => ({
      label: k.key,
      kind: CompletionItemKind.Property,
      detail: tr(lang, k.fr, k.en),
      sortText: String(i),
      textEdit: { range, newText: `${k.key}: ` },
    }));
  }
  const valueTyped = /^\s*(modalite|referentiel)\s*:\s*["']?([^\s"'#]*)$/i.exec(prefix);
  if (!valueTyped) return [];
  const range = back(position, valueTyped[2].length);
  if (valueTyped[1].toLowerCase() === 'referentiel') {
    return ctx.referentiels.map((r, i) => ({
      label: r.id, kind: CompletionItemKind.Module, detail: r.titre, sortText: pad(i), textEdit: { range, newText: r.id },
    }));
  }
  const ref = analysis.referentiel;
  if (!ref) return [];
  return ref.modalites.map((m, i) => ({
    label: m.id,
    kind: CompletionItemKind.EnumMember,
    detail: `${m.titre} (${m.competences[0]}–${m.competences[m.competences.length - 1]})`,
    documentation: { kind: 'markdown', value: modaliteHover(undefined, ref, m, lang) },
    sortText: pad(i),
    textEdit: { range, newText: m.id },
  }));
}

function tagCompletions(analysis: DraftAnalysis, prefix: string, position: Position, offset: number, lang: Lang): CompletionItem[] {
  const { model, referentiel: ref, modalite } = analysis;
  if (!ref) return [];
  // No tags in code: a code block, or inside an inline code span on this line.
  const block = model.blocks.find((b) => b.span.start <= offset && offset <= b.span.end);
  if (block && (block.findings.type === 'code' || block.findings.type === 'html')) return [];
  if ((prefix.match(/`/g)?.length ?? 0) % 2 === 1) return [];
  const brace = prefix.lastIndexOf('{');
  if (brace === -1 || prefix.indexOf('}', brace) !== -1 || prefix[brace - 1] === '\\') return [];
  const inner = prefix.slice(brace + 1);
  if (!/^[Cc0-9.,\-– \t]*$/.test(inner) || (inner !== '' && !/^[Cc]/.test(inner))) return [];
  const word = /[Cc]?\d*(?:\.\d*)?$/.exec(inner)![0];
  const before = inner.slice(0, inner.length - word.length);
  const range = back(position, word.length);
  const l = lookup(ref);
  const expected = new Set(modalite?.competences ?? []);

  const criterion = /^[Cc](\d+)\.\d*$/.exec(word);
  if (criterion) {
    const c = l.competence(`C${criterion[1]}`);
    if (!c) return [];
    const named = namedCriteria(analysis);
    // Statuses in words: emoji fonts are missing on many office machines.
    const covered = (id: string) => (named.has(id) ? tr(lang, 'visé dans ce sujet', 'covered in this draft') : tr(lang, 'non visé dans ce sujet', 'not covered in this draft'));
    return c.criteres.map((k) => ({
      label: k.id,
      labelDetails: { detail: ` ${abridge(k.texte, 60)}`, description: named.has(k.id) ? tr(lang, 'visé', 'covered') : tr(lang, 'non visé', 'not covered') },
      kind: CompletionItemKind.EnumMember,
      detail: `${abridge(k.texte, 80)} · ${covered(k.id)}`,
      documentation: { kind: 'markdown', value: `${md(k.texte)}\n\n_${covered(k.id)}_` },
      sortText: pad(k.rang),
      filterText: k.id,
      textEdit: { range, newText: k.id },
    }));
  }

  const rangeStart = /[Cc](\d+)\s*[-–]\s*$/.exec(before);
  const candidates = rangeStart ? ref.competences.filter((c) => num(c) > Number(rangeStart[1])) : ref.competences;
  const absent = new Set(analysis.coverage?.competences.filter((c) => c.status === 'absente').map((c) => c.id));
  const firstAbsent = modalite?.competences.find((id) => absent.has(id));
  const items: CompletionItem[] = candidates.map((c) => competenceItem(analysis, c, range, modalite ? expected.has(c.id) : undefined, c.id === firstAbsent && !rangeStart, lang));
  if (!rangeStart && modalite && modalite.competences.length > 1) {
    const all = `${modalite.competences[0]}-${modalite.competences[modalite.competences.length - 1]}`;
    items.push({
      label: all,
      labelDetails: { detail: ` ${tr(lang, `toutes les compétences de ${modalite.id}`, `every competency of ${modalite.id}`)}` },
      kind: CompletionItemKind.Constant,
      detail: tr(lang, `Toutes les compétences de ${modalite.id}`, `Every competency of ${modalite.id}`),
      documentation: { kind: 'markdown', value: modalite.competences.map((id) => `- **${id}** ${md(l.competence(id)?.titre ?? '')}`).join('\n') },
      sortText: '0-9999',
      filterText: all,
      textEdit: { range, newText: all },
    });
  }
  return items;
}

/**
 * A competency, its title on its row and its status in words at the end of it:
 * its coverage in this draft, or "hors modalité" for one the draft's modality
 * does not assess (`inModalite` undefined: no modality known, nothing to say).
 */
function competenceItem(analysis: DraftAnalysis, c: Competence, range: Range, inModalite: boolean | undefined, preselect: boolean, lang: Lang): CompletionItem {
  const status = analysis.coverage?.competences.find((x) => x.id === c.id)?.status;
  const state = status ? statusText(status, lang) : inModalite === false ? tr(lang, 'hors modalité', 'outside the modality') : undefined;
  return {
    label: c.id,
    labelDetails: { detail: ` ${abridge(c.titre, 60)}`, ...(state ? { description: state } : {}) },
    kind: CompletionItemKind.EnumMember,
    detail: state ? `${c.titre} · ${state}` : c.titre,
    documentation: { kind: 'markdown', value: competenceHover(analysis, c, lang) },
    // The draft's own modality first, then the others, each in référentiel order.
    sortText: `${inModalite === false ? 1 : 0}-${pad(num(c))}`,
    filterText: c.id,
    textEdit: { range, newText: c.id },
    ...(preselect ? { preselect: true } : {}),
  };
}

function num(c: Competence): number {
  return Number(c.id.slice(1));
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

/** The range of the `n` characters before a position (the word being typed). */
function back(p: Position, n: number): Range {
  return { start: { line: p.line, character: p.character - n }, end: p };
}
