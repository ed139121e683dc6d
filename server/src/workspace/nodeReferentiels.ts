/**
 * The référentiels on the file system (Node only): the bundled folder shipped beside the
 * server or the CLI, and the synchronous source the CLI and the analysis workers use.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_REFERENTIEL, ReferentielSource, ReferentielStore } from '../referentiels';
import { pathToUri, uriToPath } from '../uris';
import type { BundledReferentiel, ReadResult } from './types';

/** The folder of bundled référentiels, found from the running file (source or bundle). */
export function bundledDir(): string {
  for (const rel of ['../../referentiels', '../referentiels', '../../../referentiels']) {
    const dir = path.resolve(__dirname, rel);
    if (fs.existsSync(path.join(dir, `${DEFAULT_REFERENTIEL}.yaml`))) return dir;
  }
  return path.resolve(__dirname, '../../referentiels');
}

/** The `*.yaml` files of a folder, read once (a missing folder throws: the store records it). */
export function readBundledDir(dir: string): () => BundledReferentiel[] {
  let files: BundledReferentiel[] | undefined;
  return () => {
    files ??= fs.readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort().map((name) => {
      const file = path.join(dir, name);
      return { name, uri: pathToUri(file), text: fs.readFileSync(file, 'utf8') };
    });
    return files;
  };
}

/** Reads a `file:` URI synchronously; never throws. */
export function readFileSyncResult(uri: string): ReadResult {
  const file = uriToPath(uri);
  if (!file) return { error: 'notFound', message: `not a file: URI: ${uri}` };
  try {
    return { bytes: fs.readFileSync(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : code === 'EISDIR' ? 'isDirectory' : 'other', message: code ?? (e as Error).message };
  }
}

/** The synchronous file-system source of the CLI and the workers (paths from the core become file URIs). */
export function nodeReferentielSource(dir: string = bundledDir()): ReferentielSource {
  return { bundled: readBundledDir(dir), readSync: readFileSyncResult, toUri: (f) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(f) ? f : pathToUri(path.resolve(f))) };
}

/** A store on the file system (the CLI, the workers, the tests). */
export function nodeReferentielStore(dir?: string): ReferentielStore {
  return new ReferentielStore(nodeReferentielSource(dir));
}
