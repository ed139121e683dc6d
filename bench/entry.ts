/** What the bench measures in-process, bundled by bench/run.mjs exactly as the server bundles it. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export { analyzeDraft } from '../server/src/core/analyze';
export { BlockCache } from '../server/src/core/incremental/blockCache';
export { OneShotParser } from '../server/src/core/incremental/oneShot';
export { splitBlocks } from '../server/src/core/parse/blockSplit';
export { ReferentielStore } from '../server/src/referentiels';
export { nodeReferentielStore } from '../server/src/workspace/nodeReferentiels';
export { AnalysisPool } from '../server/src/workers/pool';
export { fromData } from '../server/src/workers/analyzeFile';

/** The baseline: the very remark pipeline of the core (remark-parse + remark-gfm), one parse of the whole text. */
const processor = unified().use(remarkParse).use(remarkGfm);
export function remarkParseText(text: string): unknown {
  return processor.parse(text);
}
