/**
 * Symbols: the outline of a draft (its headings, with their tags as detail) and,
 * across the workspace, each competency and criterion where it is tagged.
 */
import type { DraftModel } from '../draft';
import type { Lang } from '../i18n';
import { competenciesOf, itemText } from '../coverage';
import { lookup } from '../referentiel/lookup';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from './lsp';
import { abridge, tr, withoutTags } from './markdown';
import type { IsCancelled, WorkspaceDraft } from './references';

/** The headings of a draft as a tree; the detail lists the codes tagged in each heading. */
export function documentSymbols(model: DraftModel, lang: Lang): DocumentSymbol[] {
  if (!model.isDraft) return [];
  const roots: DocumentSymbol[] = [];
  const stack: { depth: number; symbol: DocumentSymbol }[] = [];
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
  });
  return roots;
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
