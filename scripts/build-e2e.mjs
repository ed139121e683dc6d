// Bundles the integration suite (test/e2e/suite → test/e2e/out/suite/index.js) and the
// @vscode/test-electron runner. `vscode` is the host's API and mocha (11, CommonJS) is
// resolved from node_modules at run time.
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning' };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['test/e2e/suite/index.ts'], outfile: 'test/e2e/out/suite/index.js', external: ['vscode', 'mocha'] }),
  // The web subset, for the web worker extension host: browser platform, mocha's browser
  // build bundled in, `node:assert/strict` mapped to a small equivalent.
  esbuild.build({
    ...common, platform: 'browser', target: 'es2022', entryPoints: ['test/e2e/suite/web/index.ts'], outfile: 'test/e2e/out/web/index.js',
    external: ['vscode'], mainFields: ['browser', 'module', 'main'], conditions: ['worker', 'browser'],
    plugins: [{ name: 'web-assert', setup: (b) => b.onResolve({ filter: /^node:assert(\/strict)?$/ }, () => ({ path: path.resolve('test/e2e/suite/web/assert.ts') })) }],
  }),
  esbuild.build({ ...common, entryPoints: ['test/e2e/runTestElectron.ts'], outfile: 'test/e2e/out/runTestElectron.js', external: ['@vscode/test-electron'] }),
]);
