/**
 * The workspace through the client (the web server, which has no file system): every
 * read is a `rncp/fs/*` request that the VS Code client answers with
 * `vscode.workspace.findFiles` and `vscode.workspace.fs` (client/src/workspaceProvider.ts),
 * so github.dev's virtual file system works as a local folder does.
 */
import type { Connection } from 'vscode-languageserver';
import { fromBase64 } from '../core/base64';
import {
  type FileParams,
  FS_FIND_FILES_REQUEST,
  FS_READ_FILE_REQUEST,
  FS_STAT_REQUEST,
  type FindFilesParams,
  type FindFilesResult,
  type ReadFileResult,
  type StatResult,
} from '../core/protocol';
import type { BundledReferentiel, FoundFiles, ReadResult, RncpWorkspace } from './types';
import { WatchedFiles } from './watched';

/** What `rncp check` skips: `node_modules` and dot-folders. */
const EXCLUDE = '**/{node_modules,.*}/**';

/** `RncpWorkspace` over the LSP connection; the bundled référentiels are given (embedded in the bundle). */
export class ClientWorkspace extends WatchedFiles implements RncpWorkspace {
  constructor(private readonly connection: Connection, private readonly bundled: () => BundledReferentiel[]) {
    super();
  }

  async findDrafts(folders: readonly string[]): Promise<FoundFiles> {
    const found: FoundFiles = { uris: [], errors: [] };
    for (const folder of folders) {
      try {
        const r = await this.connection.sendRequest<FindFilesResult>(FS_FIND_FILES_REQUEST, { folder, include: '**/*.{md,markdown}', exclude: EXCLUDE } satisfies FindFilesParams);
        found.uris.push(...r.uris.sort());
      } catch (e) {
        found.errors.push({ uri: folder, message: `unreadable folder (${e instanceof Error ? e.message : String(e)})` });
      }
    }
    return found;
  }

  async readFile(uri: string, maxSize: number): Promise<ReadResult> {
    // Stat first, as the Node side does: a folder or a huge file is not transferred.
    const st = await this.stat(uri);
    if (!st) return { error: 'notFound', message: `not found: ${uri}` };
    if (st.type === 'directory') return { error: 'isDirectory', message: `a folder: ${uri}` };
    if (st.size > maxSize) {
      const mb = (n: number) => (n / 1_000_000).toFixed(1);
      return { error: 'tooBig', message: `file too large (${mb(st.size)} MB, limit ${mb(maxSize)} MB): not read`, localized: { fr: `fichier trop volumineux (${mb(st.size)} Mo, limite ${mb(maxSize)} Mo) : non lu`, en: `file too large (${mb(st.size)} MB, limit ${mb(maxSize)} MB): not read` } };
    }
    try {
      const r = await this.connection.sendRequest<ReadFileResult>(FS_READ_FILE_REQUEST, { uri } satisfies FileParams);
      return 'base64' in r ? { bytes: fromBase64(r.base64) } : r;
    } catch (e) {
      return { error: 'other', message: e instanceof Error ? e.message : String(e) };
    }
  }

  async stat(uri: string): Promise<StatResult> {
    try {
      return await this.connection.sendRequest<StatResult>(FS_STAT_REQUEST, { uri } satisfies FileParams);
    } catch {
      return null;
    }
  }

  bundledReferentiels(): BundledReferentiel[] {
    return this.bundled();
  }
}
