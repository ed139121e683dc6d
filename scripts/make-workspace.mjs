// A workspace of many generated subjects, for trying the extension at scale
// (`E2E_SOURCE=DIR npm run test:e2e`, or opening DIR in VS Code):
//   node scripts/make-workspace.mjs DIR [--count 300] [--lines 120] [--plain]
// Realistic drafts by default (bench/generate.mjs: inline markup in most paragraphs,
// tables, annexes, footnotes), in folders of 100; `--plain` for the plain ones.
// Refuses a DIR that exists and is not empty: it never writes over anyone's files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { realisticWorkspaceFiles, workspaceFiles } from '../bench/generate.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { count: { type: 'string', default: '300' }, lines: { type: 'string', default: '120' }, plain: { type: 'boolean', default: false } },
});
const count = Number(values.count);
const lines = Number(values.lines);
if (positionals.length !== 1 || !Number.isInteger(count) || count < 1 || !Number.isInteger(lines) || lines < 10) {
  console.error('usage: node scripts/make-workspace.mjs DIR [--count 300] [--lines 120] [--plain]');
  process.exit(2);
}
const dir = path.resolve(positionals[0]);
if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
  console.error(`make-workspace: ${dir} exists and is not empty; choose a new folder`);
  process.exit(2);
}
let n = 0;
for (const [name, text] of (values.plain ? workspaceFiles : realisticWorkspaceFiles)(count, lines)) {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { flag: 'wx' });
  n++;
}
console.log(`make-workspace: ${n} subjects in ${dir}`);
