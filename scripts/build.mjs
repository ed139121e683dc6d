// Bundles the language server, the CLI and the client with esbuild, for Node (`main`) and
// for the browser (`browser`: the client in the web worker extension host, the server in a
// Web Worker), from the same sources. The client and browser builds write their metafiles
// beside the bundles (*.meta.json): test/tidy/browserBundle.test.ts fails on any Node built-in
// in the browser ones, test/tidy/layering.test.ts on any parser or server code in the clients.
// `--watch` rebuilds on change; `--minify` for packaging.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

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

/**
 * The two modules the browser server takes in another form: `uris.ts` (node:url, node:path)
 * becomes `uris.web.ts`, and `workspace/bundledTexts.ts` a module importing every
 * `referentiels/*.yaml` as text (a Web Worker has no folder to read them from).
 */
const browserSwaps = {
  name: 'browser-swaps',
  setup(build) {
    build.onResolve({ filter: /(^|\/)uris$/ }, (args) => {
      const web = path.resolve(args.resolveDir, `${args.path}.web.ts`);
      return existsSync(web) ? { path: web } : undefined;
    });
    build.onResolve({ filter: /\/bundledTexts$/ }, () => ({ path: 'bundledTexts', namespace: 'rncp-referentiels' }));
    build.onLoad({ filter: /.*/, namespace: 'rncp-referentiels' }, () => {
      const dir = path.resolve('referentiels');
      const names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
      const lines = names.map((n, i) => `import t${i} from ${JSON.stringify(`./${n}`)};`);
      lines.push(`export const BUNDLED_TEXTS = {${names.map((n, i) => `${JSON.stringify(n)}: t${i}`).join(', ')}};`);
      return { contents: lines.join('\n'), resolveDir: dir, loader: 'js' };
    });
  },
};

/** What the browser builds change: no Node built-ins, the `browser` conditions of packages. */
const browser = {
  plugins: [browserSwaps],
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  // Both bundles run in workers (the web worker extension host, the server's Web Worker):
  // `worker` first, so packages with a DOM build (decode-named-character-reference) give their worker one.
  conditions: ['worker', 'browser'],
  metafile: true,
  define: { ...common.define, 'process.env.NODE_ENV': '"production"' },
};

const builds = [
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/workers/analysisWorker.ts'], outfile: 'server/out/analysisWorker.js' },
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'], metafile: true },
  // The web worker extension host loads a CommonJS module and provides `vscode`.
  { ...browser, entryPoints: ['client/src/browserExtension.ts'], outfile: 'client/out/browserExtension.js', format: 'cjs', external: ['vscode'] },
  // A Web Worker runs a classic script: self-contained IIFE, référentiels embedded as text.
  { ...browser, entryPoints: ['server/src/browserServer.ts'], outfile: 'server/out/browserServer.js', format: 'iife', loader: { '.yaml': 'text' } },
].filter((b) => {
  try {
    readFileSync(b.entryPoints[0]);
    return true;
  } catch {
    return false;
  }
});

/** Writes a build's metafile beside its bundle (`x.js` → `x.meta.json`). */
function saveMeta(b, result) {
  if (b.metafile && result.metafile) writeFileSync(b.outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(result.metafile, null, 1));
}

if (watch) {
  for (const b of builds) {
    const plugins = [...(b.plugins ?? []), { name: 'meta', setup: (build) => build.onEnd((r) => saveMeta(b, r)) }];
    await (await esbuild.context({ ...common, ...b, plugins })).watch();
  }
} else {
  await Promise.all(builds.map(async (b) => saveMeta(b, await esbuild.build({ ...common, ...b }))));
}
