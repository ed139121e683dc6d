/**
 * The référentiels on the file system (Node only): the bundled folder shipped beside the
 * server or the CLI, and the synchronous source the CLI and the analysis workers use.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_REFERENTIEL, type ReferentielAccess, type ReferentielSource, ReferentielStore } from '../referentiels';
import { pathToUri, uriToRawPath } from '../uris';
import { readUriSync } from './nodeFiles';
import type { BundledReferentiel } from './types';

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
      const read = readUriSync(pathToUri(file), 20_000_000);
      if (!('bytes' in read)) throw new Error(`${file}: ${read.message}`);
      return { name, uri: pathToUri(file), text: new TextDecoder('utf-8').decode(read.bytes) };
    });
    return files;
  };
}

/** The URI of a file with its links resolved; undefined when nothing is there. */
export function realUri(uri: string): string | undefined {
  const raw = uriToRawPath(uri);
  if (raw === undefined) return undefined;
  try {
    return pathToUri(fs.realpathSync(raw));
  } catch {
    return undefined;
  }
}

/** A path from the core, or an already made URI, as a URI. */
function toUri(f: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(f) ? f : pathToUri(path.resolve(f));
}

/** The synchronous file-system source of the CLI and the workers (paths from the core become file URIs). */
export function nodeReferentielSource(dir: string = bundledDir()): ReferentielSource {
  return { bundled: readBundledDir(dir), readSync: readUriSync, toUri, realUri };
}

/** The access rule with folder paths (CLI, workers) as the store takes it, with URIs. */
export function accessByUri(access: ReferentielAccess): ReferentielAccess {
  return { roots: access.roots.map(toUri), allowOutside: access.allowOutside };
}

/** A store on the file system (the CLI, the workers, the tests); `access` roots are paths. */
export function nodeReferentielStore(dir: string = bundledDir(), options: { access?: () => ReferentielAccess; maxFileSize?: () => number } = {}): ReferentielStore {
  const access = options.access;
  return new ReferentielStore(nodeReferentielSource(dir), { ...options, access: access && (() => accessByUri(access())) });
}
