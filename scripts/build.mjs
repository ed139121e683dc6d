// Bundles the language server, the CLI and the client with esbuild.
// `--watch` rebuilds on change; `--minify` for packaging.
// The client bundle's metafile goes to client/out/meta.json: test/tidy/layering.test.ts
// reads it to prove the extension carries no parser and no server code but the shared
// pure modules.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
  define: { RNCP_VERSION: JSON.stringify(pkg.version) },
};

const builds = [
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/workers/analysisWorker.ts'], outfile: 'server/out/analysisWorker.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'], metafile: true, metafileOut: 'client/out/meta.json' },
].filter((b) => {
  try {
    readFileSync(b.entryPoints[0]);
    return true;
  } catch {
    return false;
  }
});

/** esbuild's options of a build (without our `metafileOut`). */
const options = ({ metafileOut: _, ...b }) => ({ ...common, ...b });

/** Writes a build's metafile where it asked for it. */
const saveMeta = (b) => (result) => {
  if (b.metafileOut && result.metafile) writeFileSync(b.metafileOut, JSON.stringify(result.metafile));
};

if (watch) {
  for (const b of builds) {
    const plugins = b.metafileOut ? [{ name: 'metafile', setup: (build) => build.onEnd(saveMeta(b)) }] : [];
    await (await esbuild.context({ ...options(b), plugins })).watch();
  }
} else {
  await Promise.all(builds.map((b) => esbuild.build(options(b)).then(saveMeta(b))));
}
