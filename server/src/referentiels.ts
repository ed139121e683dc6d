/**
 * Where référentiels come from: the bundled YAML files shipped with the extension, and
 * files named by a draft (relative to it). Shared by the server and the CLI; the only
 * place that turns référentiel files into référentiels. It reads nothing itself: the
 * bundled texts and file contents come from its source (the workspace for the server,
 * the file system for the CLI: workspace/nodeReferentiels.ts), so it runs in a Web Worker.
 *
 * The core resolves synchronously, the web server reads asynchronously: a file référentiel
 * not loaded yet is answered "not found" and noted as pending; the index loads the pending
 * files (`loadPending`) and analyses the draft again.
 */
import type { ReferentielResolver, ResolvedReferentiel } from './core/analyze';
import { loadReferentiel, type LoadDiagnostic } from './core/referentiel/loader';
import type { Referentiel } from './core/referentiel/model';
import { resolveUri } from './uriPaths';
import { uriKey } from './uris';
import type { BundledReferentiel, ReadResult } from './workspace/types';

/** The id used when a draft names no référentiel. */
export const DEFAULT_REFERENTIEL = 'mdc-2023';

/** Where a store takes its référentiels from. */
export interface ReferentielSource {
  /** The bundled référentiels (asked once). */
  bundled(): BundledReferentiel[];
  /** Reads a file at once (CLI, analysis workers); without it files are loaded by `loadPending`. */
  readSync?(uri: string): ReadResult;
  /** Reads a file later (the server, through its workspace). */
  read?(uri: string): Promise<ReadResult>;
  /** The URI of a file name the core passes (a path for the CLI, already a URI for the server). */
  toUri?(fileName: string): string;
}

/** Whether a `referentiel` value names a file rather than a bundled id. */
export function isReferentielFile(value: string): boolean {
  return /\.(ya?ml|json)$/i.test(value);
}

/** Bundled and file référentiels, loaded once and kept. */
export class ReferentielStore {
  private bundledCache?: Map<string, Referentiel>;
  /** File référentiels by URI key: the result of their last reading. */
  private readonly files = new Map<string, ResolvedReferentiel>();
  /** Files asked for and not loaded yet, by URI key. */
  private readonly pending = new Map<string, string>();
  /** Problems of the bundled files themselves (should stay empty). */
  readonly problems: string[] = [];

  constructor(private readonly source: ReferentielSource) {}

  /** The bundled référentiels by lower-case id. */
  bundled(): Map<string, Referentiel> {
    if (this.bundledCache) return this.bundledCache;
    const map = new Map<string, Referentiel>();
    let files: BundledReferentiel[] = [];
    try {
      files = [...this.source.bundled()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      this.problems.push(`bundled référentiels: ${(e as Error).message}`);
    }
    for (const file of files) {
      const { value, diagnostics } = loadReferentiel(file.text);
      for (const d of diagnostics) this.problems.push(`${file.name}: ${d.message.en}`);
      if (value) map.set(value.id.toLowerCase(), value);
    }
    this.bundledCache = map;
    return map;
  }

  /** The bundled file a référentiel id comes from (named after its id, or whose `id:` says so). */
  bundledFile(id: string): BundledReferentiel | undefined {
    const lower = id.toLowerCase();
    const files = this.source.bundled();
    const named = files.find((f) => f.name.replace(/\.ya?ml$/i, '').toLowerCase() === lower);
    if (named) return named;
    const line = new RegExp(`^id:\\s*["']?${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*$`, 'im');
    return files.find((f) => line.test(f.text));
  }

  /** The bundled référentiel with this id (case-insensitive). */
  get(id: string = DEFAULT_REFERENTIEL): Referentiel | undefined {
    return this.bundled().get(id.toLowerCase());
  }

  /** Resolves an id or a file path written in the draft at `fromUri`; undefined value means the default. */
  resolveFrom(value: string | undefined, fromUri: string): ResolvedReferentiel {
    const v = value?.trim() || DEFAULT_REFERENTIEL;
    if (isReferentielFile(v)) return this.loadFile(resolveUri(fromUri, v), v);
    const ref = this.get(v);
    if (ref) return { referentiel: ref };
    const ids = [...this.bundled().values()].map((r) => r.id).join(', ');
    return {
      error: {
        fr: `Référentiel inconnu « ${v} » : indiquez un référentiel fourni (${ids}) ou le chemin d’un fichier .yaml.`,
        en: `Unknown référentiel "${v}": give a bundled référentiel (${ids}) or the path of a .yaml file.`,
      },
    };
  }

  /** Resolves from the file name the core analysed (a path for the CLI, a URI for the server). */
  resolve(value: string | undefined, fromFile: string): ResolvedReferentiel {
    return this.resolveFrom(value, this.source.toUri ? this.source.toUri(fromFile) : fromFile);
  }

  /** The resolver the core expects. */
  readonly resolver: ReferentielResolver = (value, fileName) => this.resolve(value, fileName);

  /** Whether files were asked for that `loadPending` should read. */
  get hasPending(): boolean {
    return this.pending.size > 0;
  }

  /** Reads the files asked for since the last call (the server's asynchronous path). */
  async loadPending(): Promise<void> {
    const read = this.source.read;
    if (!read) return;
    const todo = [...this.pending];
    this.pending.clear();
    await Promise.all(todo.map(async ([key, uri]) => {
      const result = await read.call(this.source, uri);
      // A change reported meanwhile (invalidate) wins over this older text.
      if (!this.files.has(key)) this.files.set(key, { ...this.parse(result) });
    }));
  }

  /** Forgets a file référentiel (it changed on disk). */
  invalidate(uri: string): void {
    this.files.delete(uriKey(uri));
  }

  private loadFile(uri: string, written: string): ResolvedReferentiel {
    const key = uriKey(uri);
    const cached = this.files.get(key);
    if (cached) return relabel(cached, written);
    if (this.source.readSync) {
      const result = this.parse(this.source.readSync(uri));
      this.files.set(key, result);
      return relabel(result, written);
    }
    this.pending.set(key, uri);
    return relabel(notFound, written);
  }

  private parse(read: ReadResult): ResolvedReferentiel {
    if ('error' in read) {
      if (read.error === 'notFound' || read.error === 'isDirectory') return notFound;
      return { error: { fr: `Référentiel illisible : ${WRITTEN} (${read.message}).`, en: `Unreadable référentiel: ${WRITTEN} (${read.message}).` } };
    }
    try {
      const { value, diagnostics } = loadReferentiel(new TextDecoder('utf-8').decode(read.bytes));
      return value ? { referentiel: value } : { error: invalid(diagnostics) };
    } catch (e) {
      return { error: { fr: `Référentiel illisible : ${WRITTEN} (${(e as Error).message}).`, en: `Unreadable référentiel: ${WRITTEN} (${(e as Error).message}).` } };
    }
  }
}

/** Stands for the path as the draft wrote it in cached messages (one file, several drafts). */
const WRITTEN = '\u0000written\u0000';

const notFound: ResolvedReferentiel = {
  error: { fr: `Référentiel introuvable : ${WRITTEN} (aucun fichier lisible à cet endroit).`, en: `Référentiel not found: ${WRITTEN} (no readable file there).` },
};

/** The cached result with the path as this draft wrote it. */
function relabel(result: ResolvedReferentiel, written: string): ResolvedReferentiel {
  if (!result.error) return result;
  return { ...result, error: { fr: result.error.fr.split(WRITTEN).join(written), en: result.error.en.split(WRITTEN).join(written) } };
}

function invalid(diagnostics: LoadDiagnostic[]) {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const where = first?.range ? ` (ligne ${first.range.start.line + 1})` : '';
  const whereEn = first?.range ? ` (line ${first.range.start.line + 1})` : '';
  return {
    fr: `Référentiel invalide : ${WRITTEN}${where} : ${first?.message.fr ?? 'contenu inutilisable'}`,
    en: `Invalid référentiel: ${WRITTEN}${whereEn}: ${first?.message.en ?? 'unusable content'}`,
  };
}
