/**
 * Go to definition: where a competency, criterion or modality stands in the
 * référentiel's YAML text. The adapter reads the file; this finds the line.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node as YamlNode } from 'yaml';
import { canonicalId } from '../ids';
import { parseYaml } from '../parse/yamlSafety';
import type { Range } from '../text';

/**
 * The range of an entry in a référentiel text: the `id` value of a competency,
 * modality, bloc or activity (`C3` of `- id: C3`), or a criterion's text.
 * Undefined when the text does not hold it.
 */
export function referentielEntryRange(yamlText: string, id: string): Range | undefined {
  const lines = new LineCounter();
  const doc = parseYaml(yamlText, { lineCounter: lines }).doc;
  if (!doc || !isMap(doc.contents)) return undefined;
  const upper = canonicalId(id);
  const crit = /^(C\d+)\.(\d+)$/.exec(upper);
  const list = crit || upper.startsWith('C') ? 'competences' : upper.startsWith('M') ? 'modalites' : upper.startsWith('B') ? 'blocs' : 'activites';
  const seq = doc.contents.get(list, true);
  if (!isSeq(seq)) return undefined;
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const idNode = item.get('id', true);
    if (!isScalar(idNode) || canonicalId(String(idNode.value)) !== (crit ? crit[1] : upper)) continue;
    if (!crit) return toRange(idNode, lines);
    const criteres = item.get('criteres', true);
    const k = isSeq(criteres) ? criteres.items[Number(crit[2]) - 1] : undefined;
    return k ? toRange(k as YamlNode, lines) : undefined;
  }
  return undefined;
}

function toRange(node: YamlNode, lines: LineCounter): Range | undefined {
  if (!node.range) return undefined;
  const a = lines.linePos(node.range[0]);
  const b = lines.linePos(node.range[1]);
  return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
}
