/**
 * The house's layering, enforced: the checker (test/tidy/layering.ts) on the
 * repository finds nothing, on a fixture tree with every kind of forbidden import
 * finds each one, and the built extension bundle carries no parser and no server
 * code but the shared pure modules.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { built } from '../helpers/built';
import { ROOT } from '../helpers/core';
import { checkLayering, computedImports, forbiddenInCore, SHARED } from './layering';

/** Writes a tree of files under a new temporary folder. */
function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-layering-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('tidy: layering', function () {
  this.timeout(60_000);

  it('the repository has no forbidden import', async () => {
    assert.deepEqual(await checkLayering(ROOT), []);
  });

  it('the checker reports each kind of forbidden import of a fixture tree', async () => {
    const dir = tree({
      'server/src/core/ok.ts': "import { parse } from 'yaml';\nimport type { Other } from './types';\n// require('fs') in a comment is no import\nexport const ok = (s: string): Other => parse(s);\n",
      'server/src/core/types.ts': 'export interface Other { a?: 1 }\n',
      'server/src/core/editor.ts': "import * as vscode from 'vscode';\nexport const w = vscode;\n",
      'server/src/core/lsp.ts': "import { type Connection } from 'vscode-languageserver/node';\nexport type C = Connection;\n",
      'server/src/core/disk.ts': "import { readFileSync } from 'node:fs';\nimport * as p from 'path';\nexport const j = p.join;\n",
      'server/src/core/lazy.ts': "export const w = () => require('worker_threads');\nexport const c = () => import('child_process');\nexport const q = () => import('fs/promises');\n",
      'server/src/core/computed.ts': "const m = 'fs';\nexport const a = () => require(m);\nexport const b = (x: string) => import(x);\nexport const s = \"import(x) in a string\";\n",
      'server/src/core/reach.ts': "import { store } from '../store';\nexport const s = store;\n",
      'server/src/store.ts': "import * as fs from 'fs';\nexport const store = fs;\n",
      'server/src/core/protocol.ts': "export const REQUEST = 'x/y';\n",
      'server/src/core/maybeDraft.ts': "import { ok } from './ok';\nexport const guard = ok;\n",
      'server/src/core/parse/detect.ts': "import { parse } from 'yaml';\nexport const isDraft = (s: string) => !!parse(s);\nexport interface Split { a?: 1 }\n",
      'client/src/extension.ts': [
        "import type { Split } from '../../server/src/core/parse/detect';",
        "import { isDraft } from '../../server/src/core/parse/detect';",
        "import { REQUEST } from '../../server/src/core/protocol';",
        "import { guard } from '../../server/src/core/maybeDraft';",
        'export const all = [isDraft, REQUEST, guard] as const;',
        'export type S = Split;',
        '',
      ].join('\n'),
      'client/src/typesOnly.ts': "import type { Other } from '../../server/src/core/types';\nexport type O = Other;\n",
    });
    try {
      const got = (await checkLayering(dir)).map((v) => `${v.rule} ${v.file} → ${v.imports}`).sort();
      assert.deepEqual(got, [
        'client-imports-server client/src/extension.ts → server/src/core/parse/detect.ts',
        'core-computed-import server/src/core/computed.ts → import(…)',
        'core-computed-import server/src/core/computed.ts → require(…)',
        'core-forbidden-module server/src/core/disk.ts → node:fs',
        'core-forbidden-module server/src/core/disk.ts → path',
        'core-forbidden-module server/src/core/editor.ts → vscode',
        'core-forbidden-module server/src/core/lazy.ts → child_process',
        'core-forbidden-module server/src/core/lazy.ts → fs/promises',
        'core-forbidden-module server/src/core/lazy.ts → worker_threads',
        'core-forbidden-module server/src/core/lsp.ts → vscode-languageserver/node',
        'core-outside-core server/src/core/reach.ts → server/src/store.ts',
        'shared-imports server/src/core/maybeDraft.ts → server/src/core/ok.ts',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('knows what the core may not import', () => {
    for (const m of ['fs', 'node:fs', 'fs/promises', 'path', 'node:path', 'worker_threads', 'child_process', 'crypto', 'node:test', 'vscode', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'vscode-languageclient/node', 'vscode-jsonrpc']) {
      assert.ok(forbiddenInCore(m), m);
    }
    for (const m of ['yaml', 'unified', 'remark-parse', 'remark-gfm', 'mdast', 'fs-extra-like-name', '@scope/fs']) assert.ok(!forbiddenInCore(m), m);
    assert.deepEqual(computedImports("const a = require(x); import('y'); // import(z)\n/* require(w) */ const s = 'require(v)'; f.import(u);"), ['require(…)']);
  });

  it('the core’s tsconfig refuses vscode* and Node imports, side-effect imports included', () => {
    // A probe compiled with the core's own settings (extended from a temporary folder).
    const probe = (source: string) => {
      const dir = tree({
        'tsconfig.json': JSON.stringify({
          extends: path.join(ROOT, 'server/src/core/tsconfig.json'),
          compilerOptions: { composite: false, declaration: false, emitDeclarationOnly: false, noEmit: true, noUnusedLocals: false, rootDir: path.parse(ROOT).root },
          include: [], files: ['probe.ts'],
        }),
        'probe.ts': source,
      });
      try {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
        return { status: r.status, out: r.stdout + r.stderr };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    const core = JSON.stringify(path.join(ROOT, 'server/src/core/text'));
    assert.equal(probe(`import { LineIndex } from ${core};\nexport const l = new LineIndex('x');\n`).status, 0, 'a clean probe compiles');
    for (const bad of ["import 'vscode';", "import * as v from 'vscode';\nexport const x = v;", "import 'vscode-languageserver/node';", "import 'node:fs';", "import { join } from 'path';\nexport const j = join;"]) {
      const r = probe(`${bad}\n`);
      assert.notEqual(r.status, 0, `${bad} compiled:\n${r.out}`);
    }
  });

  it('the extension bundle holds no YAML parser, no draft parser and no server code but the shared modules', () => {
    built('client/out/extension.js');
    const meta = JSON.parse(fs.readFileSync(built('client/out/extension.meta.json'), 'utf8')) as { inputs: Record<string, unknown> };
    const inputs = Object.keys(meta.inputs);
    assert.ok(inputs.some((i) => i.startsWith('client/src/')), 'the metafile lists the client sources');
    assert.deepEqual(inputs.filter((i) => i.includes('node_modules/yaml/')), []);
    assert.deepEqual(inputs.filter((i) => i.startsWith('server/src/core/parse/')), []);
    assert.deepEqual(inputs.filter((i) => i.startsWith('server/')).sort(), [...SHARED].sort());
  });
});
