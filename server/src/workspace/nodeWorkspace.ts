/**
 * The workspace on the file system (the Node server): folders walked as `rncp check`
 * walks them, files read with `fs`. The only server module, with nodeReferentiels.ts,
 * that touches the disk.
 */
import * as fs from 'node:fs';
import { walk } from '../cli/walk';
import type { StatResult } from '../core/protocol';
import { pathToUri, uriToPath } from '../uris';
import { bundledDir, readBundledDir } from './nodeReferentiels';
import type { BundledReferentiel, FoundFiles, ReadResult, RncpWorkspace } from './types';
import { WatchedFiles } from './watched';

/** `RncpWorkspace` with `fs`; `file:` URIs only (others are not found). */
export class NodeWorkspace extends WatchedFiles implements RncpWorkspace {
  private readonly bundled: () => BundledReferentiel[];

  constructor(referentielDir: string = bundledDir()) {
    super();
    this.bundled = readBundledDir(referentielDir);
  }

  async findDrafts(folders: readonly string[]): Promise<FoundFiles> {
    const paths = folders.map(uriToPath).filter((p): p is string => !!p);
    const found = walk(paths);
    return { uris: found.files.map((f) => pathToUri(f)), errors: found.errors.map((e) => ({ uri: pathToUri(e.path), message: e.messageEn })) };
  }

  async readFile(uri: string): Promise<ReadResult> {
    const file = uriToPath(uri);
    if (!file) return { error: 'notFound', message: `not a file: URI: ${uri}` };
    try {
      return { bytes: await fs.promises.readFile(file) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { error: code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : code === 'EISDIR' ? 'isDirectory' : 'other', message: code ?? (e as Error).message };
    }
  }

  async stat(uri: string): Promise<StatResult> {
    const file = uriToPath(uri);
    if (!file) return null;
    try {
      const s = await fs.promises.stat(file);
      return { type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
    } catch {
      return null;
    }
  }

  bundledReferentiels(): BundledReferentiel[] {
    return this.bundled();
  }
}
