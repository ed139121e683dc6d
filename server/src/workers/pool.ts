/**
 * Analyses many files in parallel: a small pool of worker threads, one per core,
 * each with its own référentiels and block cache. Workers take file paths and
 * give back plain `FileAnalysis` data (diagnostics, coverage, sections, tags),
 * never syntax trees, so the caller keeps results, not trees.
 *
 * Two ways to use it:
 * - `analyzeFilesSync(paths)` for the CLI: blocks the calling thread until every
 *   file is done (it sleeps on an Atomics wait, workers do the work);
 * - `new AnalysisPool()` for the language server: `await pool.analyzeFiles(paths,
 *   onResult)` keeps the event loop free; `pool.close()` when done (or keep the
 *   pool for later re-indexing; idle workers cost a little memory, no CPU).
 *
 * Results come back in the order of the paths. `fromData` (analyzeFile.ts)
 * turns a result back into a `DraftAnalysis` for reports and features.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { RncpSettings } from '../core/settings';
import type { RawPath } from '../files/names';
import type { ReferentielAccess } from '../referentiels';
import type { FileAnalysis } from './analyzeFile';

/** How a pool is set up. */
export interface PoolOptions {
  /** Number of workers (default: one per core, `os.availableParallelism()`). */
  size?: number;
  /** Settings of the analysis (language, severities). */
  settings?: Partial<RncpSettings>;
  /** The folder of bundled référentiels (default: found from the worker's location). */
  referentielsDir?: string;
  /** Where drafts may take référentiel files from (see `ReferentielAccess`). */
  referentielAccess?: ReferentielAccess;
  /** Files larger than this (bytes) are not analysed. */
  maxFileSize?: number;
  /** The worker script (default: `analysisWorker.js` next to the bundle, or the TypeScript source under tsx). */
  workerFile?: string;
  /** Heap limits of each worker (default: young generation 8 MB, old generation 512 MB). */
  resourceLimits?: { maxYoungGenerationSizeMb?: number; maxOldGenerationSizeMb?: number };
}

/** What a worker is sent once, at start. */
export interface WorkerSetup {
  settings?: Partial<RncpSettings>;
  referentielsDir?: string;
  referentielAccess?: ReferentielAccess;
  maxFileSize?: number;
  /** Where results go. */
  port: MessagePort;
  /** Bumped after each result, for a caller that waits synchronously. */
  signal?: SharedArrayBuffer;
}

/** A batch of files for a worker: `first` is the index of `paths[0]` in the caller's list. */
export interface WorkerJob {
  first: number;
  /** Raw paths (a Buffer arrives as a Uint8Array: see `revive`). */
  paths: (string | Uint8Array)[];
}

/** A worker's answer for one file. */
export interface WorkerResult {
  index: number;
  result: FileAnalysis;
}

/** One worker per core, at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Seconds without any result after which the synchronous pool gives up. */
const STALL_SECONDS = 600;

/** Files per message: a few, so that messages are few and the load stays balanced. */
const BATCH = 4;

/** Where the worker script is: the bundle next to this file, or the source under tsx (tests). */
function workerScript(options: PoolOptions): { file: string; eval: boolean } {
  if (options.workerFile) return { file: options.workerFile, eval: /\.ts$/.test(options.workerFile) };
  const bundled = path.join(__dirname, 'analysisWorker.js');
  if (!__filename.endsWith('.ts') && fs.existsSync(bundled)) return { file: bundled, eval: false };
  return { file: path.join(__dirname, 'analysisWorker.ts'), eval: true };
}

/** A worker with its result port. */
interface Slot {
  worker: Worker;
  port: MessagePort;
  /** Files sent and not yet answered. */
  pending: number;
}

function spawn(options: PoolOptions, signal?: SharedArrayBuffer): Slot {
  const script = workerScript(options);
  const { port1, port2 } = new MessageChannel();
  const setup: WorkerSetup = {
    settings: options.settings, referentielsDir: options.referentielsDir, referentielAccess: options.referentielAccess, maxFileSize: options.maxFileSize, port: port2, signal,
  };
  // Source under test: register tsx in the worker, then load the TypeScript entry
  // (the name is built so that the bundler leaves this development-only path alone).
  const tsx = () => require.resolve(['tsx', 'cjs'].join('/'));
  // A small young generation: parse trees die young, and a worker that lets them
  // pile up costs the editor hundreds of megabytes for nothing.
  const resourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512, ...options.resourceLimits };
  const worker = script.eval
    ? new Worker(`require(${JSON.stringify(tsx())}); require(${JSON.stringify(script.file)});`, { eval: true, workerData: setup, transferList: [port2], resourceLimits })
    : new Worker(script.file, { workerData: setup, transferList: [port2], resourceLimits });
  return { worker, port: port1, pending: 0 };
}

/**
 * Analyses files on worker threads and waits for all of them, blocking the
 * calling thread (for the CLI, which has nothing else to do). Results are in
 * the order of `paths`.
 */
export function analyzeFilesSync(paths: RawPath[], options: PoolOptions = {}): FileAnalysis[] {
  const results: (FileAnalysis | undefined)[] = new Array(paths.length);
  if (paths.length === 0) return [];
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const size = Math.min(options.size ?? defaultPoolSize(), Math.ceil(paths.length / BATCH));
  const slots = Array.from({ length: size }, () => spawn(options, signal));
  let next = 0;
  let done = 0;
  let idle = 0;
  const feed = (slot: Slot) => {
    // Two batches in flight per worker, so that a worker never waits for the main thread.
    while (slot.pending < 2 * BATCH && next < paths.length) {
      const job: WorkerJob = { first: next, paths: paths.slice(next, next + BATCH) };
      next += job.paths.length;
      slot.pending += job.paths.length;
      slot.worker.postMessage(job);
    }
  };
  try {
    for (const slot of slots) feed(slot);
    while (done < paths.length) {
      const seen = Atomics.load(counter, 0);
      let got = false;
      for (const slot of slots) {
        for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) {
          const r = m.message as WorkerResult;
          results[r.index] = r.result;
          slot.pending--;
          done++;
          got = true;
        }
        feed(slot);
      }
      if (got) {
        idle = 0;
      } else if (done < paths.length) {
        // Workers catch every error of a file; only a dead worker (out of memory) goes silent.
        if (Atomics.wait(counter, 0, seen, 1000) === 'timed-out' && ++idle > STALL_SECONDS) throw new Error('the analysis workers stopped answering');
      }
    }
  } finally {
    for (const slot of slots) {
      slot.port.close();
      slot.worker.unref();
      void slot.worker.terminate();
    }
  }
  return results as FileAnalysis[];
}

/**
 * A pool of analysis workers for a long-running process (the language server's
 * workspace index). Workers start on first use and stay until `close()`.
 */
export class AnalysisPool {
  private slots: Slot[] = [];
  private readonly queue: { path: RawPath; resolve: (r: FileAnalysis) => void; reject: (e: Error) => void }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: FileAnalysis) => void; reject: (e: Error) => void; slot: Slot }>();
  private seq = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions = {}) {}

  /** Number of workers the pool runs when busy. */
  get size(): number {
    return this.options.size ?? defaultPoolSize();
  }

  /** Analyses one file on a worker. */
  analyzeFile(file: RawPath): Promise<FileAnalysis> {
    if (this.closed) return Promise.reject(new Error('analysis pool closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ path: file, resolve, reject });
      this.pump();
    });
  }

  /**
   * Analyses files on the workers; `onResult` is called as each one is done (in
   * completion order) so that an index can publish early. Resolves with every
   * result in the order of `paths`.
   */
  analyzeFiles(paths: RawPath[], onResult?: (result: FileAnalysis, index: number) => void): Promise<FileAnalysis[]> {
    return Promise.all(paths.map((p, i) => this.analyzeFile(p).then((r) => {
      onResult?.(r, i);
      return r;
    })));
  }

  /** Stops the workers; pending analyses fail. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('analysis pool closed');
    for (const q of this.queue.splice(0)) q.reject(error);
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => {
      s.port.close();
      return s.worker.terminate();
    }));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.pending < BATCH);
      if (!slot && this.slots.length < this.size) slot = this.start();
      if (!slot) return;
      const q = this.queue.shift()!;
      const index = this.seq++;
      this.waiting.set(index, { resolve: q.resolve, reject: q.reject, slot });
      slot.pending++;
      slot.worker.postMessage({ first: index, paths: [q.path] } satisfies WorkerJob);
    }
  }

  private start(): Slot {
    const slot = spawn(this.options);
    // Idle workers must not keep the process alive.
    slot.worker.unref();
    slot.port.unref();
    slot.port.on('message', (m: WorkerResult) => {
      const w = this.waiting.get(m.index);
      if (!w) return;
      this.waiting.delete(m.index);
      slot.pending--;
      w.resolve(m.result);
      this.pump();
    });
    const fail = (e: Error) => {
      this.slots = this.slots.filter((s) => s !== slot);
      for (const [i, w] of [...this.waiting]) {
        if (w.slot !== slot) continue;
        this.waiting.delete(i);
        w.reject(e);
      }
      if (!this.closed) this.pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`analysis worker exited (${code})`));
    });
    this.slots.push(slot);
    return slot;
  }
}
