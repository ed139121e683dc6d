/**
 * Finds the Markdown files under the paths given to `rncp check` or the
 * workspace folders of the language server. Names are read as raw bytes, so a
 * name that is not valid UTF-8 still leads to its file; symbolic links are
 * followed (a linked draft is a draft) but a folder is visited once by its real
 * path, so a link back to a parent cannot loop.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMarkdownName } from '../core/parse/detect';
import { fromBytes, pathText, type RawPath } from './names';

/** A path that could not be walked, and why. */
export interface WalkError {
  /** The path as shown (invalid bytes as U+FFFD). */
  path: string;
  message: string;
  messageEn: string;
}

/** What a walk found: Markdown files (raw paths, to open them), and paths that could not be read. */
export interface WalkResult {
  files: RawPath[];
  errors: WalkError[];
}

const SEP = Buffer.from(path.sep);

/** Whether a folder of that name is skipped (`node_modules`, dot-folders). */
function skippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Walks files and folders, skipping `node_modules` and dot-folders; files named explicitly are kept. */
export function walk(paths: RawPath[]): WalkResult {
  const result: WalkResult = { files: [], errors: [] };
  const seen = new Set<string>();
  /** Real paths of the folders visited (the loop guard). */
  const visited = new Set<string>();
  const add = (f: Buffer) => {
    const key = f.toString('latin1');
    if (seen.has(key)) return;
    seen.add(key);
    result.files.push(fromBytes(f));
  };
  const unreadable = (p: Buffer, e: unknown, what: 'folder' | 'path') => {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    result.errors.push(what === 'folder'
      ? { path: pathText(p), message: `dossier illisible (${code})`, messageEn: `unreadable folder (${code})` }
      : code === 'ENOENT'
        ? { path: pathText(p), message: 'chemin introuvable', messageEn: 'no such file or folder' }
        : { path: pathText(p), message: `chemin illisible (${code})`, messageEn: `unreadable path (${code})` });
  };
  const visit = (dir: Buffer) => {
    let real: string;
    let entries: fs.Dirent<Buffer>[];
    try {
      real = fs.realpathSync(dir, { encoding: 'buffer' }).toString('latin1');
      if (visited.has(real)) return;
      visited.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      unreadable(dir, e, 'folder');
      return;
    }
    const named = entries.map((e) => ({ e, name: e.name.toString('utf8') }));
    named.sort((a, b) => a.name.localeCompare(b.name) || Buffer.compare(a.e.name, b.e.name));
    for (const { e, name } of named) {
      const p = Buffer.concat([dir, SEP, e.name]);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // Followed: a linked draft counts; a broken link or a link to a special file is left to the reader to report.
        try {
          const st = fs.statSync(p);
          isDir = st.isDirectory();
          isFile = !isDir;
        } catch {
          isFile = isMarkdownName(name);
        }
      } else if (!isDir && !isFile) {
        // A FIFO or a device with a Markdown name: the reader says why it is not read.
        isFile = true;
      }
      if (isDir) {
        if (!skippedFolder(name)) visit(p);
      } else if (isFile && isMarkdownName(name)) {
        add(p);
      }
    }
  };
  for (const p of paths) {
    const raw = typeof p === 'string' ? Buffer.from(p) : p;
    let st: fs.Stats;
    try {
      st = fs.statSync(raw);
    } catch (e) {
      unreadable(raw, e, 'path');
      continue;
    }
    if (st.isDirectory()) visit(raw);
    else add(raw);
  }
  return result;
}
