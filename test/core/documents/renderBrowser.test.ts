/**
 * The renderers run in the browser server's Web Worker too: bundled as the
 * browser build bundles them (esbuild, `worker`/`browser` conditions), they pull
 * in no Node built-in, and run in a context without `require`, `process` nor
 * `Buffer`, the .docx bytes identical in zip structure to Node's.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
import JSZip from 'jszip';
import { ROOT } from '../../helpers/core';
import { candidate, grid } from './renderFixtures';

describe('documents: renderers in a browser bundle', function () {
  this.timeout(60_000);

  it('bundle without Node built-ins and render html, docx and csv without Node globals', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-render-browser-'));
    try {
      const entry = path.join(dir, 'entry.ts');
      fs.writeFileSync(entry, `import { renderDocument } from ${JSON.stringify(path.join(ROOT, 'server/src/core/documents/render'))};\n(globalThis as any).renderDocument = renderDocument;\n`);
      const result = await esbuild.build({
        entryPoints: [entry],
        outfile: path.join(dir, 'render.js'),
        bundle: true,
        write: false,
        platform: 'browser',
        target: 'es2022',
        format: 'iife',
        mainFields: ['browser', 'module', 'main'],
        conditions: ['worker', 'browser'],
        nodePaths: [path.join(ROOT, 'node_modules')],
        define: { 'process.env.NODE_ENV': '"production"' },
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      assert.ok(inputs.some((i) => /node_modules\/docx\//.test(i)), 'docx is bundled');
      const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
      assert.deepEqual(imports, [], 'no import left to resolve at run time (no Node built-in)');
      const sandbox: Record<string, unknown> = { TextEncoder, TextDecoder, setTimeout, clearTimeout, queueMicrotask, console };
      sandbox.self = sandbox;
      vm.createContext(sandbox);
      vm.runInContext(result.outputFiles[0].text, sandbox);
      assert.equal(vm.runInContext('typeof require + typeof process + typeof Buffer', sandbox), 'undefinedundefinedundefined');
      const render = sandbox.renderDocument as (d: unknown, f: string, l: string) => Promise<string | Uint8Array>;
      const html = await render(candidate, 'html', 'fr');
      assert.match(html as string, /^<!doctype html>/);
      const bytes = await render(grid, 'docx', 'fr');
      const zip = await JSZip.loadAsync(bytes as Uint8Array);
      assert.match(await zip.file('word/document.xml')!.async('string'), /w:orient="landscape"/);
      assert.match((await render(grid, 'csv', 'fr')) as string, /^\ufeffBloc;/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
