// Indexes a folder with the worker pool and keeps the results as plain
// analyses, as the language server's workspace index would once it uses the
// pool; prints the time and the process's peak memory (workers included).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const lib = createRequire(import.meta.url)(join(ROOT, 'bench/out/entry.cjs'));
const files = [];
const visit = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory() && !e.name.startsWith('.')) visit(join(d, e.name));
    else if (e.isFile() && e.name.endsWith('.md')) files.push(join(d, e.name));
  }
};
visit(process.argv[2]);
files.sort();
const store = lib.nodeReferentielStore();
const pool = new lib.AnalysisPool({ workerFile: join(ROOT, 'server/out/analysisWorker.js') });
const t0 = performance.now();
const results = await pool.analyzeFiles(files);
const kept = results.map((r) => (r.data ? lib.fromData(r.path, r.data, store.resolver) : undefined));
const ms = performance.now() - t0;
const status = readFileSync('/proc/self/status', 'utf8');
const mb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)[1]) / 1024;
const out = { files: files.length, drafts: kept.filter(Boolean).length, workers: pool.size, ms, peakMB: mb('VmHWM'), rssMB: mb('VmRSS'), heapMB: process.memoryUsage().heapUsed / 2 ** 20 };
await pool.close();
process.stdout.write(`${JSON.stringify(out)}\n`);
