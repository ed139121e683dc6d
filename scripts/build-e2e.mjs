// Bundles the integration suite (test/e2e/suite → test/e2e/out/suite/index.js) and the
// @vscode/test-electron runner. `vscode` is the host's API and mocha (11, CommonJS) is
// resolved from node_modules at run time.
import * as esbuild from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning' };
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['test/e2e/suite/index.ts'], outfile: 'test/e2e/out/suite/index.js', external: ['vscode', 'mocha'] }),
  esbuild.build({ ...common, entryPoints: ['test/e2e/runTestElectron.ts'], outfile: 'test/e2e/out/runTestElectron.js', external: ['@vscode/test-electron'] }),
]);
