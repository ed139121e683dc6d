/**
 * YAML read defensively, for front matters and référentiel files alike: the
 * parser's own failures (a stack overflow on absurd nesting), aliases that name
 * no anchor (`titre: *Important*`, an everyday typo) and alias bombs (anchors
 * of anchors, each expanding the previous one nine times) become positioned
 * problems instead of exceptions, and the library never prints warnings of its
 * own (`logLevel: 'error'`: its warnings would reach the user's terminal raw).
 */
import { type Document, isAlias, isCollection, isPair, isScalar, type Node as YamlNode, parseDocument, visit } from 'yaml';
import { grouped, type Localized } from '../i18n';

/** Options every YAML parse of the project uses. */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;

/**
 * Most nodes a document may stand for once its aliases are expanded. A front
 * matter holds tens of nodes and the bundled référentiel a few thousand; an
 * eight-level alias bomb stands for 43 million.
 */
export const MAX_YAML_EXPANSION = 100_000;

/** A problem of a YAML text beyond its syntax, at string offsets of that text. */
export interface YamlProblem {
  start: number;
  end: number;
  message: Localized;
}

/** A parsed document, or why none could be built (too nested, or the parser itself failed). */
export interface SafeParse {
  doc?: Document.Parsed;
  failure?: YamlProblem;
}

/**
 * Most `[` / `{` open at once. The YAML library recurses on flow collections:
 * 3,000 nested `[` took it 9 s before it gave up on its own stack.
 */
export const MAX_YAML_NESTING = 64;

/**
 * The first `[` or `{` that opens more than `limit` flow collections at once,
 * counted over-generously (quotes are not skipped) and from zero again at each
 * line that starts in the first column, where no flow collection goes on.
 */
export function nestingProblem(text: string, limit = MAX_YAML_NESTING): YamlProblem | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || c === 13) && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d !== 32 && d !== 9 && d !== 10 && d !== 13 && d !== 93 && d !== 125) depth = 0;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) {
        return {
          start: i, end: i + 1,
          message: { fr: `YAML trop imbriqué (plus de ${limit} [ ou { ouverts à la fois)`, en: `YAML nested too deeply (more than ${limit} [ or { open at once)` },
        };
      }
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** Parses YAML; a failure of the parser itself (never expected, but seen on absurd nesting) is returned. */
export function parseYaml(text: string, options: Record<string, unknown> = {}): SafeParse {
  const nested = nestingProblem(text);
  if (nested) return { failure: nested };
  try {
    return { doc: parseDocument(text, { ...YAML_OPTIONS, ...options }) };
  } catch (e) {
    return { failure: { start: 0, end: 0, message: tooComplex(e) } };
  }
}

/**
 * The first alias that names no anchor before it, or at which the expansion of
 * the document passes `limit` nodes. Run before `toJS`, which would throw on
 * the first and spend memory and time on the second.
 */
export function aliasProblem(doc: Document.Parsed, limit = MAX_YAML_EXPANSION): YamlProblem | undefined {
  const anchors = new Map<string, YamlNode>();
  const aliasSize = new Map<YamlNode, number>();
  const inProgress = new Set<YamlNode>();
  // Nodes the value stands for once expanded, capped just above the limit.
  const size = (node: unknown): number => {
    if (isAlias(node)) return aliasSize.get(node) ?? 1;
    if (isScalar(node) || !node || typeof node !== 'object') return 1;
    if (isPair(node)) return Math.min(limit + 1, size(node.key) + size(node.value));
    if (!isCollection(node) || inProgress.has(node)) return 1;
    inProgress.add(node);
    let n = 1;
    for (const item of node.items) {
      n += size(item);
      if (n > limit) break;
    }
    inProgress.delete(node);
    return Math.min(n, limit + 1);
  };
  let total = 0;
  let problem: YamlProblem | undefined;
  try {
    visit(doc, {
      Node(_key, node) {
        total++;
        if (isAlias(node)) {
          const target = anchors.get(node.source);
          const [start, end] = node.range ?? [0, 0];
          if (!target) {
            problem = {
              start, end,
              message: {
                fr: `alias *${node.source} sans ancre &${node.source} avant lui : pour un texte qui commence par *, mettez-le entre guillemets ("*${node.source}")`,
                en: `alias *${node.source} has no anchor &${node.source} before it: to write a text that starts with *, quote it ("*${node.source}")`,
              },
            };
            return visit.BREAK;
          }
          const n = size(target);
          aliasSize.set(node, n);
          total += n;
          if (total > limit) {
            problem = {
              start, end,
              message: {
                fr: `trop d’alias : développés, ils dépasseraient ${grouped(limit, '\u00a0')} valeurs (alias *${node.source})`,
                en: `too many aliases: expanded, they would exceed ${grouped(limit, ',')} values (alias *${node.source})`,
              },
            };
            return visit.BREAK;
          }
        } else if (node.anchor) {
          anchors.set(node.anchor, node);
        }
        return undefined;
      },
    });
  } catch (e) {
    return { start: 0, end: 0, message: tooComplex(e) };
  }
  return problem;
}

/** `toJS` that never throws; the limits are the ones `aliasProblem` checked. */
export function safeToJS(doc: Document.Parsed): { value?: unknown; failure?: YamlProblem } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_YAML_EXPANSION }) };
  } catch (e) {
    return { failure: { start: 0, end: 0, message: tooComplex(e) } };
  }
}

/** The message for a YAML text the library could not process, without the library's words. */
function tooComplex(e: unknown): Localized {
  const stack = e instanceof RangeError;
  return stack
    ? { fr: 'YAML trop imbriqué pour être lu', en: 'YAML nested too deeply to be read' }
    : { fr: 'YAML illisible (trop complexe)', en: 'unreadable YAML (too complex)' };
}
