/**
 * Makes sure the bundles the tests run as processes (server, CLI, worker,
 * extension) are built from the current sources: a plain `npx mocha` after an
 * edit would otherwise test a stale `server/out/cli.js` and pass.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './core';

/** What the bundles are built from (sources, the build script, the version in package.json). */
export const SOURCES = ['server/src', 'client/src', 'scripts/build.mjs', 'package.json'];
/** What `node scripts/build.mjs` writes. */
export const OUTPUTS = ['server/out/server.js', 'server/out/cli.js', 'server/out/analysisWorker.js', 'client/out/extension.js'];

/** The newest modification time of a file or of the files under a folder (0 when absent). */
export function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(p)) t = Math.max(t, newestMtime(path.join(p, e)));
  return t;
}

/** Whether outputs must be built again: one is missing, or a source is newer than the oldest one. */
export function isStale(sources: string[], outputs: string[]): boolean {
  let oldest = Infinity;
  for (const o of outputs) {
    if (!fs.existsSync(o)) return true;
    oldest = Math.min(oldest, fs.statSync(o).mtimeMs);
  }
  return Math.max(0, ...sources.map(newestMtime)) > oldest;
}

let checked = false;

/** Builds the bundles once per test run when they are missing or older than their sources. */
export function ensureBuilt(): void {
  if (checked) return;
  checked = true;
  const abs = (l: string[]) => l.map((p) => path.join(ROOT, p));
  if (isStale(abs(SOURCES), abs(OUTPUTS))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** Path of a built file, built first when stale (plain `mocha` without `npm test`). */
export function built(rel: string): string {
  ensureBuilt();
  return path.join(ROOT, rel);
}
