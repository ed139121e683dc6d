/**
 * The workspace on the file system (the Node server): folders walked as `rncp check`
 * walks them (links followed without loops, raw names kept: files/walk.ts), files read
 * checked (files/readFile.ts). With nodeReferentiels.ts, the only server modules that
 * touch the disk.
 */
import * as fs from 'node:fs';
import type { StatResult } from '../core/protocol';
import { walk } from '../files/walk';
import { pathToUri, uriToRawPath } from '../uris';
import { readUri } from './nodeFiles';
import { bundledDir, readBundledDir, realUri } from './nodeReferentiels';
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
    const paths = folders.map(uriToRawPath).filter((p) => p !== undefined);
    const found = walk(paths);
    return { uris: found.files.map((f) => pathToUri(f)), errors: found.errors.map((e) => ({ uri: pathToUri(e.path), message: e.messageEn })) };
  }

  readFile(uri: string, maxSize: number): Promise<ReadResult> {
    return readUri(uri, maxSize);
  }

  async stat(uri: string): Promise<StatResult> {
    const raw = uriToRawPath(uri);
    if (raw === undefined) return null;
    try {
      const s = await fs.promises.stat(raw);
      return { type: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', size: s.size, mtime: s.mtimeMs };
    } catch {
      return null;
    }
  }

  /** The URI with its links resolved (the référentiel access rule). */
  realUri(uri: string): string | undefined {
    return realUri(uri);
  }

  bundledReferentiels(): BundledReferentiel[] {
    return this.bundled();
  }
}

