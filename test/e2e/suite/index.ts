/**
 * The integration suite's entry, run INSIDE a real VS Code extension host (code-server via
 * test/e2e/run.sh, or VS Code desktop via runTestElectron.ts): VS Code calls `run()`.
 * The test files are bundled with this one (scripts/build-e2e.mjs); they are required only
 * after mocha has installed its globals (`describe`, `it`).
 */
import Mocha from 'mocha';

/** Runs every test file; rejects when a test fails. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.RNCP_E2E_GREP;
  if (grep) mocha.grep(grep);
  mocha.suite.emit('pre-require', globalThis, 'rncp-e2e', mocha);
  // Order matters only for speed: activation first, then the features, the panel, the commands.
  require('./activation.test');
  require('./diagnostics.test');
  require('./languageFeatures.test');
  require('./panel.test');
  require('./statusBar.test');
  require('./matrix.test');
  require('./export.test');
  require('./documents.test');
  require('./snippets.test');
  require('./commands.test');
  require('./grammar.test');
  require('./restart.test');
  require('./teardown.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
