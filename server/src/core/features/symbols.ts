/**
 * Symbols: the outline of a draft (its headings, with their tags as detail, and
 * its answer keys and notes to the jury under the section of their question)
 * and, across the workspace, each competency and criterion where it is tagged.
 */
import type { DraftModel } from '../draft';
import { holds } from '../elements';
import type { Questions } from '../questions';
import type { Lang } from '../i18n';
import { competenciesOf, itemText } from '../coverage';
import { lookup } from '../referentiel/lookup';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from './lsp';
import { abridge, tr, withoutTags } from './markdown';
import type { IsCancelled, WorkspaceDraft } from './references';

/**
 * The headings of a draft as a tree; the detail lists the codes tagged in each
 * heading. Each `:::corrige` (`Corrigé`) and `:::jury` (`Note au jury`) is a child
 * of the innermost section holding it, its detail the question it goes with
 * (given `questions`), so that editors fold it.
 */
export function documentSymbols(model: DraftModel, lang: Lang, questions?: Questions): DocumentSymbol[] {
  if (!model.isDraft) return [];
  const roots: DocumentSymbol[] = [];
  const stack: { depth: number; symbol: DocumentSymbol }[] = [];
  const spans: { span: { start: number; end: number }; symbol: DocumentSymbol }[] = [];
  model.sections.forEach((s, i) => {
    const codes = model.tags
      .filter((t) => t.inHeading && t.section === i)
      .flatMap((t) => t.items.map((item) => itemText(model, item)));
    const end = Math.max(s.span.end, s.heading.end);
    const symbol: DocumentSymbol = {
      // Editors reject empty names: a heading made only of tags still needs one.
      name: withoutTags(s.title) || codes.join(', ') || tr(lang, '(sans titre)', '(untitled)'),
      ...(codes.length > 0 ? { detail: codes.join(', ') } : {}),
      kind: SymbolKind.String,
      range: model.lines.rangeOf({ start: s.span.start, end }),
      selectionRange: model.lines.rangeOf(s.heading),
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].depth >= s.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].symbol.children : roots).push(symbol);
    stack.push({ depth: s.depth, symbol });
    spans.push({ span: { start: s.span.start, end }, symbol });
  });
  model.containers.forEach((c, i) => {
    const q = questions?.answers[i] === undefined ? undefined : questions.questions[questions.answers[i]!];
    const detail = q && questionLabel(model, q);
    const symbol: DocumentSymbol = {
      name: c.name === 'corrige' ? tr(lang, 'Corrigé', 'Answer key') : tr(lang, 'Note au jury', 'Note to the jury'),
      ...(detail ? { detail } : {}),
      kind: SymbolKind.Object,
      range: model.lines.rangeOf(c.span),
      selectionRange: model.lines.rangeOf(c.opening),
      children: [],
    };
    // The innermost section or container holding it (sections and outer containers come first in `spans`).
    let parent: DocumentSymbol | undefined;
    let size = Infinity;
    for (const x of spans) {
      if (holds(x.span, c.span) && x.span.end - x.span.start <= size) {
        parent = x.symbol;
        size = x.span.end - x.span.start;
      }
    }
    (parent ? parent.children : roots).push(symbol);
    spans.push({ span: c.span, symbol });
  });
  if (model.containers.length > 0) sortChildren(roots);
  return roots;
}

function sortChildren(list: DocumentSymbol[]): void {
  list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const s of list) sortChildren(s.children);
}

/** A question as a short label: its heading, or the first line of its item without tags and marks. */
function questionLabel(model: DraftModel, q: Questions['questions'][number]): string | undefined {
  const raw = q.kind === 'section' && q.section !== undefined
    ? model.sections[q.section].title
    : model.text.slice(q.span.start, model.lines.lineEnd(model.lines.positionAt(q.span.start).line));
  const text = withoutTags(raw).replace(/\s*\(\s*\d+(?:[.,]\d+)?\s*(?:pts?|points?|min|h(?:\s*\d+)?)\s*\)/gi, '').replace(/^\|\s*|\s*\|$/g, '').trim();
  return text ? abridge(text, 60) : undefined;
}

/**
 * Every tagged competency and criterion of the drafts whose name matches the
 * query (each word of it, ignoring case and accents). A range yields one symbol
 * per competency it holds.
 */
export function workspaceSymbols(drafts: Iterable<WorkspaceDraft>, query: string, isCancelled: IsCancelled = () => false): SymbolInformation[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  const matches = (name: string) => words.every((w) => normalize(name).includes(w));
  const out: SymbolInformation[] = [];
  for (const d of drafts) {
    if (isCancelled()) return [];
    const { model, referentiel: ref } = d.analysis;
    if (!model.isDraft || !ref) continue;
    const l = lookup(ref);
    const file = fileLabel(d.uri);
    for (const tag of model.tags) {
      const container = tag.section === undefined ? file : `${file} › ${withoutTags(model.sections[tag.section].title)}`;
      for (const item of tag.items) {
        const location = { uri: d.uri, range: model.lines.rangeOf(item.span) };
        const found: Pick<SymbolInformation, 'name' | 'kind'>[] = [];
        if (item.kind === 'code' && item.code.critere !== undefined) {
          const k = l.critere(item.code.id);
          if (k) found.push({ name: `${k.id} — ${abridge(k.texte, 80)}`, kind: SymbolKind.EnumMember });
        }
        for (const c of competenciesOf(item, ref)) found.push({ name: `${c.id} — ${c.titre}`, kind: SymbolKind.Key });
        for (const f of found) if (matches(f.name)) out.push({ ...f, location, containerName: container });
      }
    }
  }
  return out;
}

/** The last segment of a URI, decoded, for container names. */
function fileLabel(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function normalize(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
