/** Finds the Markdown files under the paths given to `rncp check`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMarkdownName } from '../core/parse/detect';

/** What a walk found: Markdown files, and paths that could not be read. */
export interface WalkResult {
  files: string[];
  errors: { path: string; message: string; messageEn: string }[];
}

/** Walks files and folders, skipping `node_modules` and dot-folders; files named explicitly are kept. */
export function walk(paths: string[]): WalkResult {
  const result: WalkResult = { files: [], errors: [] };
  const seen = new Set<string>();
  const add = (f: string) => {
    const abs = path.resolve(f);
    if (!seen.has(abs)) {
      seen.add(abs);
      result.files.push(f);
    }
  };
  const visit = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      result.errors.push({ path: dir, message: `dossier illisible (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, messageEn: `unreadable folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) visit(p);
      } else if (e.isFile() && isMarkdownName(e.name)) {
        add(p);
      }
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      result.errors.push(code === 'ENOENT'
        ? { path: p, message: 'chemin introuvable', messageEn: 'no such file or folder' }
        : { path: p, message: `chemin illisible (${code})`, messageEn: `unreadable path (${code})` });
      continue;
    }
    if (st.isDirectory()) visit(p);
    else add(p);
  }
  return result;
}
