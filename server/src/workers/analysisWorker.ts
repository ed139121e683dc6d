/**
 * The analysis worker thread (bundled as server/out/analysisWorker.js): takes
 * batches of file paths from the pool, answers each file with its plain
 * analysis (see analyzeFile.ts). One référentiel store and one one-shot parser
 * (with its block cache) per worker, kept for the worker's life.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BlockCache } from '../core/incremental/blockCache';
import { blockParser } from '../core/incremental/checked';
import { pathText, revive } from '../files/names';
import { bundledDir, nodeReferentielStore } from '../workspace/nodeReferentiels';
import { OneShotParser } from '../core/incremental/oneShot';
import { analyzeFile } from './analyzeFile';
import type { WorkerJob, WorkerResult, WorkerSetup } from './pool';

const setup = workerData as WorkerSetup;
const access = setup.referentielAccess;
const store = nodeReferentielStore(setup.referentielsDir ?? bundledDir(), {
  ...(access ? { access: () => access } : {}),
  ...(setup.maxFileSize !== undefined ? { maxFileSize: () => setup.maxFileSize! } : {}),
});
// Bounded small: across files, only shared boilerplate (headings, instructions) is reused.
// Drafts are read once: each is parsed whole or through this cache, whichever costs less (see oneShot.ts).
const cache = new BlockCache({ maxEntries: 5_000, maxChars: 4_000_000 });
const parser = new OneShotParser(cache);
const counter = setup.signal ? new Int32Array(setup.signal) : undefined;

parentPort!.on('message', (job: WorkerJob) => {
  job.paths.forEach((file, i) => {
    const index = job.first + i;
    const mode = setup.settings?.incremental ?? 'on';
    const parse = mode === 'on' ? parser.parse : blockParser(mode, cache);
    const { result } = analyzeFile(revive(file), { resolve: store.resolver, settings: setup.settings, parse, maxFileSize: setup.maxFileSize });
    try {
      setup.port.postMessage({ index, result } satisfies WorkerResult);
    } catch (e) {
      // Something in the result that cannot be cloned: say so rather than go silent.
      setup.port.postMessage({ index, result: { path: pathText(file), isDraft: false, error: `result not transferable: ${(e as Error).message}` } } satisfies WorkerResult);
    }
    if (counter) {
      Atomics.add(counter, 0, 1);
      Atomics.notify(counter, 0);
    }
  });
});
