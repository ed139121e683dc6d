/** Makes sure the bundles exist before tests that run them as processes. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './core';

/** Path of a built file; builds once if it is missing (plain `mocha` without `npm test`). */
export function built(rel: string): string {
  const file = path.join(ROOT, rel);
  if (!fs.existsSync(file)) execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  return file;
}
