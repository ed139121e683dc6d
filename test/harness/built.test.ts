import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isStale, OUTPUTS, SOURCES } from '../helpers/built';
import { ROOT } from '../helpers/core';

describe('test harness: bundles rebuilt when their sources are newer', () => {
  let dir: string;
  const at = (name: string, seconds: number) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file)) fs.writeFileSync(file, '');
    fs.utimesSync(file, seconds, seconds);
    return file;
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-built-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is fresh when every output is newer than every source', () => {
    at('src/a.ts', 1000);
    at('src/deep/b.ts', 1500);
    assert.equal(isStale([path.join(dir, 'src')], [at('out/x.js', 2000), at('out/y.js', 2001)]), false);
  });

  it('is stale when a source deep in a folder is newer than the oldest output', () => {
    at('src/a.ts', 1000);
    at('src/deep/b.ts', 3000);
    assert.equal(isStale([path.join(dir, 'src')], [at('out/x.js', 2000), at('out/y.js', 4000)]), true);
  });

  it('is stale when an output is missing, fresh when a source is missing', () => {
    assert.equal(isStale([at('src/a.ts', 1000)], [at('out/x.js', 2000), path.join(dir, 'out/absent.js')]), true);
    assert.equal(isStale([path.join(dir, 'nothing')], [at('out/x.js', 2000)]), false);
  });

  it('watches the real sources and outputs of the build', () => {
    for (const s of SOURCES) assert.ok(fs.existsSync(path.join(ROOT, s)), s);
    const script = fs.readFileSync(path.join(ROOT, 'scripts/build.mjs'), 'utf8');
    assert.deepEqual(OUTPUTS.filter((o) => !script.includes(`outfile: '${o}'`)), []);
  });
});
