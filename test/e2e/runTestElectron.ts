/**
 * The same integration suite in VS Code desktop, through @vscode/test-electron, on
 * machines that can download VS Code (it cannot here: use `npm run test:e2e`, which runs
 * code-server). Usage, after `npm run build && node scripts/build-e2e.mjs`:
 *
 *   node test/e2e/out/runTestElectron.js [VSCODE_VERSION]
 *
 * It opens a temporary copy of samples/ with only this extension enabled.
 */
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

async function main(): Promise<void> {
  // test/e2e/out/runTestElectron.js → the repository root.
  const root = path.resolve(__dirname, '../../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-e2e-'));
  fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.argv[2] ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'test/e2e/out/suite/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
