/**
 * Where référentiels come from: the bundled YAML files shipped with the
 * extension, and files named by a draft (relative to it). Shared by the
 * server and the CLI; the only place that reads référentiel files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReferentielResolver, ResolvedReferentiel } from './core/analyze';
import { loadReferentiel, type LoadDiagnostic } from './core/referentiel/loader';
import type { Referentiel } from './core/referentiel/model';
import { DEFAULT_SETTINGS } from './core/settings';
import { readFileChecked } from './files/readFile';
import { isInside } from './uris';

/** The id used when a draft names no référentiel. */
export const DEFAULT_REFERENTIEL = 'mdc-2023';

/** The folder of bundled référentiels, found from the running file (source or bundle). */
export function bundledDir(): string {
  for (const rel of ['../../referentiels', '../referentiels', '../../../referentiels']) {
    const dir = path.resolve(__dirname, rel);
    if (fs.existsSync(path.join(dir, `${DEFAULT_REFERENTIEL}.yaml`))) return dir;
  }
  return path.resolve(__dirname, '../../referentiels');
}

/** A loaded file and its modification time, to reload it when it changes. */
interface FileEntry {
  mtimeMs: number;
  result: ResolvedReferentiel;
}

/**
 * Where a draft may take a référentiel file from. A draft is text anyone may
 * have written: `referentiel: /home/x/secret.yaml` must not make the tool read
 * any file of the disk and echo its ids in a CI log. So a file is read only when
 * its real path (symbolic links resolved) lies in one of `roots`, in the draft's
 * own folder, or in the bundled folder — unless `allowOutside`.
 */
export interface ReferentielAccess {
  /** Folders whose files may be read: the workspace folders (server), the working folder and checked paths (CLI). */
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

/** Bundled and file référentiels, loaded once and kept. */
export class ReferentielStore {
  private bundledCache?: Map<string, Referentiel>;
  private readonly files = new Map<string, FileEntry>();
  /** Problems of the bundled files themselves (should stay empty). */
  readonly problems: string[] = [];

  constructor(private readonly dir: string = bundledDir(), private readonly options: StoreOptions = {}) {}

  /** The bundled référentiels by lower-case id. */
  bundled(): Map<string, Referentiel> {
    if (this.bundledCache) return this.bundledCache;
    const map = new Map<string, Referentiel>();
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
    } catch (e) {
      this.problems.push(`${this.dir}: ${(e as Error).message}`);
    }
    for (const name of names) {
      const file = path.join(this.dir, name);
      const read = readFileChecked(file, this.maxFileSize());
      if (!read.ok) {
        this.problems.push(`${file}: ${read.reason.message.en}`);
        continue;
      }
      const { value, diagnostics } = loadReferentiel(read.bytes.toString('utf8'));
      for (const d of diagnostics) this.problems.push(`${file}: ${d.message.en}`);
      if (value) map.set(value.id.toLowerCase(), value);
    }
    this.bundledCache = map;
    return map;
  }

  /** The bundled référentiel with this id (case-insensitive). */
  get(id: string = DEFAULT_REFERENTIEL): Referentiel | undefined {
    return this.bundled().get(id.toLowerCase());
  }

  /** Resolves an id or a path (relative to `fromFile`); undefined value means the default. */
  resolve(value: string | undefined, fromFile: string): ResolvedReferentiel {
    const v = value?.trim() || DEFAULT_REFERENTIEL;
    if (/\.(ya?ml|json)$/i.test(v)) {
      const file = path.resolve(path.dirname(fromFile), v);
      return this.allowed(file, v, fromFile) ?? this.loadFile(file, v);
    }
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

  /** The resolver the core expects. */
  readonly resolver: ReferentielResolver = (value, fileName) => this.resolve(value, fileName);

  /** Forgets a file référentiel (it changed on disk). */
  invalidate(file: string): void {
    this.files.delete(path.resolve(file));
  }

  private maxFileSize(): number {
    return this.options.maxFileSize?.() ?? DEFAULT_SETTINGS.maxFileSize;
  }

  /** Undefined when the draft may read this file; else why not (the file is neither read nor even looked at). */
  private allowed(file: string, written: string, fromFile: string): ResolvedReferentiel | undefined {
    const access = this.options.access?.() ?? { roots: [], allowOutside: false };
    if (access.allowOutside) return undefined;
    const roots = [...access.roots, path.dirname(fromFile), this.dir].flatMap((r) => [r, realPath(r) ?? r]);
    const inside = (p: string) => roots.some((r) => isInside(r, p));
    // The written path first (so that nothing outside is even looked at), then the real one (a link may lead out).
    const real = inside(file) ? realPath(file) : undefined;
    if (inside(file) && (real === undefined || inside(real))) return undefined;
    return {
      error: {
        fr: `Référentiel hors de l’espace de travail : ${written} n’est pas lu (seuls les fichiers de l’espace de travail, du dossier du sujet et les référentiels fournis le sont ; le réglage rncp.referentiel.allowOutside ou l’option --allow-referentiel-outside lève cette limite).`,
        en: `Référentiel outside the workspace: ${written} is not read (only files of the workspace, of the subject's folder and the bundled référentiels are; the setting rncp.referentiel.allowOutside or the flag --allow-referentiel-outside lifts this limit).`,
      },
    };
  }

  private loadFile(file: string, written: string): ResolvedReferentiel {
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      return { error: { fr: `Référentiel introuvable : ${written} (aucun fichier lisible à cet endroit).`, en: `Référentiel not found: ${written} (no readable file there).` } };
    }
    const cached = this.files.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.result;
    let result: ResolvedReferentiel;
    const read = readFileChecked(file, this.maxFileSize());
    if (!read.ok) {
      result = { error: { fr: `Référentiel illisible : ${written} (${read.reason.message.fr}).`, en: `Unreadable référentiel: ${written} (${read.reason.message.en}).` } };
    } else {
      try {
        const { value, diagnostics } = loadReferentiel(read.bytes.toString('utf8'));
        result = value ? { referentiel: value } : { error: invalid(written, diagnostics) };
      } catch {
        result = { error: invalid(written, []) };
      }
    }
    this.files.set(file, { mtimeMs, result });
    return result;
  }
}

/** The real path of a file (links resolved), undefined when it does not exist. */
function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Why a file is not a référentiel, quoting nothing of its content: the file may
 * be anything on the disk, and its ids or text must not end up in a CI log. The
 * line of the first error is given; `rncp referentiel FILE` shows the details to
 * whoever chooses to read that file.
 */
function invalid(written: string, diagnostics: LoadDiagnostic[]) {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const where = first?.range ? ` (ligne ${first.range.start.line + 1})` : '';
  const whereEn = first?.range ? ` (line ${first.range.start.line + 1})` : '';
  return {
    fr: `Référentiel invalide : ${written}${where} n’est pas un référentiel utilisable ; « rncp referentiel ${written} » en donne le détail.`,
    en: `Invalid référentiel: ${written}${whereEn} is not a usable référentiel; "rncp referentiel ${written}" gives the details.`,
  };
}
