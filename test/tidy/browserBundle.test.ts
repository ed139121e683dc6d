/**
 * The browser bundles (client in the web worker extension host, server in a Web Worker)
 * import no Node built-in: checked on the metafiles `npm run build` writes beside them.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Metafile, nodeBuiltinsIn, nodeGlobalsIn } from './nodeBuiltins';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLES = ['client/out/browserExtension.meta.json', 'server/out/browserServer.meta.json'];
/** Imported for `printable`; its Buffer helpers serve raw file names, which only the Node side has. */
const NODE_ONLY_HELPERS = new Set(['server/src/files/names.ts']);

describe('browser bundles', () => {
  for (const file of BUNDLES) {
    it(`${file}: no Node built-in among the inputs and imports`, () => {
      const meta = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Metafile;
      assert.ok(Object.keys(meta.inputs).length > 10, 'the metafile lists the bundle’s inputs');
      assert.deepEqual(nodeBuiltinsIn(meta), []);
      // Workers have no `document` either: a package's DOM build (picked by the `browser` condition) is wrong here.
      assert.deepEqual(Object.keys(meta.inputs).filter((i) => /\.dom\.js$/.test(i)), []);
      // Nor Node globals in our own modules (a `setImmediate` once kept the web server from notifying).
      const ours = Object.keys(meta.inputs).filter((i) => /^(server|client)\/src\//.test(i));
      assert.deepEqual(nodeGlobalsIn(Object.fromEntries(ours.map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')])), NODE_ONLY_HELPERS), []);
    });
  }

  it('the browser server bundle leaves the worker pool and the Node entries out', () => {
    const meta = JSON.parse(readFileSync(path.join(ROOT, 'server/out/browserServer.meta.json'), 'utf8')) as Metafile;
    const inputs = Object.keys(meta.inputs);
    assert.deepEqual(inputs.filter((i) => /server\/src\/(workers|cli)\/|server\/src\/server\.ts|workspace\/nodeWorkspace|vscode-languageserver\/lib\/node\//.test(i)), []);
    // The référentiels are embedded: there is no file system to read them from.
    assert.ok(inputs.some((i) => /referentiels\/mdc-2023\.yaml$/.test(i)), 'mdc-2023.yaml is an input');
  });

  it('the source check finds setImmediate, process and Buffer calls, not comments nor allowed files', () => {
    const found = nodeGlobalsIn({
      'a.ts': 'const t = setImmediate(() => 1);\n// process.exit() in a comment\nconst b = Buffer.from(x);',
      'b.ts': 'if (process.platform === "win32") {}',
      'c.ts': 'Buffer.alloc(1)',
    }, new Set(['c.ts']));
    assert.deepEqual(found, ['a.ts:1: const t = setImmediate(() => 1);', 'a.ts:3: const b = Buffer.from(x);', 'b.ts:1: if (process.platform === "win32") {}']);
  });

  it('the checker finds a Node built-in input, a node: import and an external built-in', () => {
    const fake: Metafile = {
      inputs: {
        fs: {},
        'server/src/a.ts': { imports: [{ path: 'node:path', external: true }, { path: 'server/src/b.ts' }] },
        'server/src/b.ts': { imports: [{ path: 'worker_threads', external: true }, { path: 'fs/promises', external: true }] },
        'node_modules/yaml/browser/index.js': { imports: [{ path: 'node_modules/yaml/browser/dist/index.js' }] },
      },
    };
    assert.deepEqual(nodeBuiltinsIn(fake), ['input fs', 'server/src/a.ts -> node:path', 'server/src/b.ts -> worker_threads', 'server/src/b.ts -> fs/promises']);
  });
});
