/** Every file of a folder with its bytes and modification time, to prove that nothing was written. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** One entry per path (folders too): kind, size, mtime, bytes. */
export type Snapshot = Map<string, string>;

/** Snapshots a folder recursively (links not followed: a link itself is an entry). */
export function snapshot(dir: string): Snapshot {
  const out: Snapshot = new Map();
  const visit = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p);
      const rel = path.relative(dir, p);
      if (e.isDirectory()) {
        out.set(rel, `dir mtime=${st.mtimeMs}`);
        visit(p);
      } else {
        out.set(rel, `file size=${st.size} mtime=${st.mtimeMs} bytes=${fs.readFileSync(p).toString('base64')}`);
      }
    }
  };
  visit(dir);
  return out;
}

/** The differences between two snapshots, one line per path (empty when identical). */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [p, v] of before) if (after.get(p) !== v) out.push(after.has(p) ? `changed: ${p}` : `deleted: ${p}`);
  for (const p of after.keys()) if (!before.has(p)) out.push(`created: ${p}`);
  return out.sort();
}
