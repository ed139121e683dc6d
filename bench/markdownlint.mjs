// The peer: markdownlint (default rules) over every Markdown file of a folder,
// as one process, like `rncp check` on the same folder. Prints the number of
// files and of issues so that the bench can tell it really ran.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';

const files = [];
const visit = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) visit(p);
    } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) {
      files.push(p);
    }
  }
};
for (const dir of process.argv.slice(2)) visit(dir);
const results = lint({ files });
let issues = 0;
for (const f of files) issues += results[f].length;
process.stdout.write(`${JSON.stringify({ files: files.length, issues })}\n`);
