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
import { DEFAULT_SETTINGS } from './core/settings';
import { dirnameUri, isInsideUri, resolveUri } from './uriPaths';
import { uriKey } from './uris';
import type { BundledReferentiel, ReadResult } from './workspace/types';

/** The id used when a draft names no référentiel. */
export const DEFAULT_REFERENTIEL = 'mdc-2023';

/** Where a store takes its référentiels from. */
export interface ReferentielSource {
  /** The bundled référentiels (asked once). */
  bundled(): BundledReferentiel[];
  /** Reads a file at once (CLI, analysis workers); without it files are loaded by `loadPending`. */
  readSync?(uri: string, maxSize: number): ReadResult;
  /** Reads a file later (the server, through its workspace). */
  read?(uri: string, maxSize: number): Promise<ReadResult>;
  /** The URI of a file name the core passes (a path for the CLI, already a URI for the server). */
  toUri?(fileName: string): string;
  /** The URI with symbolic links resolved, undefined when nothing is there (file systems that have links). */
  realUri?(uri: string): string | undefined;
}

/**
 * Where a draft may take a référentiel file from. A draft is text anyone may
 * have written: `referentiel: /home/x/secret.yaml` must not make the tool read
 * any file of the disk and echo its ids in a CI log. So a file is read only when
 * its real location (symbolic links resolved) lies in one of `roots`, in the draft's
 * own folder, or in the bundled folder — unless `allowOutside`.
 */
export interface ReferentielAccess {
  /** Folders whose files may be read (URIs): the workspace folders (server), the working folder and checked paths (CLI). */
  roots: string[];
  /** Read référentiel files wherever they are (setting `rncp.referentiel.allowOutside`, flag `--allow-referentiel-outside`). */
  allowOutside: boolean;
}

/** How a store is set up. */
export interface StoreOptions {
  /** The access rule in force (asked at each resolution: workspace folders and settings change). */
  access?: () => ReferentielAccess;
  /** The size limit of a référentiel file, in bytes (the `maxFileSize` setting). */
  maxFileSize?: () => number;
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

  constructor(private readonly source: ReferentielSource, private readonly options: StoreOptions = {}) {}

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
    if (isReferentielFile(v)) {
      const uri = resolveUri(fromUri, v);
      return this.allowed(uri, v, fromUri) ?? this.loadFile(uri, v);
    }
    const ref = this.get(v);
    if (ref) return { referentiel: ref };
    const ids = [...this.bundled().values()].map((r) => r.id).join(', ');
    return {
      error: {
        fr: `Référentiel inconnu « ${v} » : indiquez un référentiel fourni (${ids}) ou le chemin d’un fichier .yaml.`,
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
      const result = await read.call(this.source, uri, this.maxFileSize());
      // A change reported meanwhile (invalidate) wins over this older text.
      if (!this.files.has(key)) this.files.set(key, { ...this.parse(result) });
    }));
  }

  /** Forgets a file référentiel (it changed on disk). */
  invalidate(uri: string): void {
    this.files.delete(uriKey(uri));
  }

  private maxFileSize(): number {
    return this.options.maxFileSize?.() ?? DEFAULT_SETTINGS.maxFileSize;
  }

  /** Undefined when the draft may read this file; else why not (the file is neither read nor even looked at). */
  private allowed(uri: string, written: string, fromUri: string): ResolvedReferentiel | undefined {
    const access = this.options.access?.() ?? { roots: [], allowOutside: false };
    if (access.allowOutside) return undefined;
    const real = (u: string) => this.source.realUri?.(u);
    const bundledFolders = this.source.bundled().map((b) => dirnameUri(b.uri));
    const roots = [...access.roots, dirnameUri(fromUri), ...bundledFolders].flatMap((r) => [r, real(r) ?? r]);
    const inside = (u: string) => roots.some((r) => isInsideUri(r, u));
    // The written location first (so that nothing outside is even looked at), then the real one (a link may lead out).
    const realFile = inside(uri) ? real(uri) : undefined;
    if (inside(uri) && (realFile === undefined || inside(realFile))) return undefined;
    return {
      error: {
        fr: `Référentiel hors de l’espace de travail : ${written} n’est pas lu (seuls les fichiers de l’espace de travail, du dossier du sujet et les référentiels fournis le sont ; le réglage rncp.referentiel.allowOutside ou l’option --allow-referentiel-outside lève cette limite).`,
        en: `Référentiel outside the workspace: ${written} is not read (only files of the workspace, of the subject's folder and the bundled référentiels are; the setting rncp.referentiel.allowOutside or the flag --allow-referentiel-outside lifts this limit).`,
      },
    };
  }

  private loadFile(uri: string, written: string): ResolvedReferentiel {
    const key = uriKey(uri);
    const cached = this.files.get(key);
    if (cached) return relabel(cached, written);
    if (this.source.readSync) {
      const result = this.parse(this.source.readSync(uri, this.maxFileSize()));
      this.files.set(key, result);
      return relabel(result, written);
    }
    this.pending.set(key, uri);
    return relabel(notFound, written);
  }

  private parse(read: ReadResult): ResolvedReferentiel {
    if ('error' in read) {
      if (read.error === 'notFound') return notFound;
      const why = read.localized ?? { fr: read.message, en: read.message };
      return { error: { fr: `Référentiel illisible : ${WRITTEN} (${why.fr}).`, en: `Unreadable référentiel: ${WRITTEN} (${why.en}).` } };
    }
    try {
      const { value, diagnostics } = loadReferentiel(new TextDecoder('utf-8').decode(read.bytes));
      return value ? { referentiel: value } : { error: invalid(diagnostics) };
    } catch {
      return { error: invalid([]) };
    }
  }
}

/** Stands for the path as the draft wrote it in cached messages (one file, several drafts). */
const WRITTEN = '\u0000written\u0000';

const notFound: ResolvedReferentiel = {
  error: { fr: `Référentiel introuvable : ${WRITTEN} (aucun fichier lisible à cet endroit).`, en: `Référentiel not found: ${WRITTEN} (no readable file there).` },
};

/** The cached result with the path as this draft wrote it. */
function relabel(result: ResolvedReferentiel, written: string): ResolvedReferentiel {
  if (!result.error) return result;
  return { ...result, error: { fr: result.error.fr.split(WRITTEN).join(written), en: result.error.en.split(WRITTEN).join(written) } };
}

/**
 * Why a file is not a référentiel, quoting nothing of its content: the file may
 * be anything on the disk, and its ids or text must not end up in a CI log. The
 * line of the first error is given; `rncp referentiel FILE` shows the details to
 * whoever chooses to read that file.
 */
function invalid(diagnostics: LoadDiagnostic[]) {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const where = first?.range ? ` (ligne ${first.range.start.line + 1})` : '';
  const whereEn = first?.range ? ` (line ${first.range.start.line + 1})` : '';
  return {
    fr: `Référentiel invalide : ${WRITTEN}${where} n’est pas un référentiel utilisable ; « rncp referentiel ${WRITTEN} » en donne le détail.`,
    en: `Invalid référentiel: ${WRITTEN}${whereEn} is not a usable référentiel; "rncp referentiel ${WRITTEN}" gives the details.`,
  };
}
