/**
 * The web subset of the integration suite, run INSIDE code-server's web worker extension
 * host (test/e2e/run.sh with E2E_HOST=web): the shared test files that need no Node
 * (activation, diagnostics of each kind, hovers, quick fixes, navigation, the panel, the
 * matrix, snippets) and web.test.ts. Mocha's browser build: there is no `require` of
 * test files at run time, they are bundled here (scripts/build-e2e.mjs, platform browser).
 */
// Mocha's prebuilt browser bundle: defines the global `mocha` (no types for this path).
require('mocha/mocha');

declare const mocha: { setup(o: object): void; run(done: (failures: number) => void): { on(e: 'fail', f: (t: { fullTitle(): string }, e: Error) => void): void } };

/** Runs the suite; rejects when a test fails. */
export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60_000, color: false });
  // Order as in the Node suite: activation first, then the features, the panel, the commands.
  require('../activation.test');
  require('../diagnostics.test');
  require('../languageFeatures.test');
  require('../panel.test');
  require('../matrix.test');
  require('../snippets.test');
  require('../documents.test');
  require('./web.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} web integration test(s) failed`)) : resolve()));
    // The browser reporter prints failures only at the end: say each one as it happens.
    runner.on('fail', (t, e) => console.log(`FAIL ${t.fullTitle()}: ${e?.stack ?? e}`));
  });
}
