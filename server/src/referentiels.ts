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

/** Bundled and file référentiels, loaded once and kept. */
export class ReferentielStore {
  private bundledCache?: Map<string, Referentiel>;
  private readonly files = new Map<string, FileEntry>();
  /** Problems of the bundled files themselves (should stay empty). */
  readonly problems: string[] = [];

  constructor(private readonly dir: string = bundledDir()) {}

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
      const { value, diagnostics } = loadReferentiel(fs.readFileSync(file, 'utf8'));
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
    if (/\.(ya?ml|json)$/i.test(v)) return this.loadFile(path.resolve(path.dirname(fromFile), v), v);
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

  /** The resolver the core expects. */
  readonly resolver: ReferentielResolver = (value, fileName) => this.resolve(value, fileName);

  /** Forgets a file référentiel (it changed on disk). */
  invalidate(file: string): void {
    this.files.delete(path.resolve(file));
  }

  private loadFile(file: string, written: string): ResolvedReferentiel {
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      return { error: { fr: `Référentiel introuvable : ${written} (aucun fichier lisible à cet endroit).`, en: `Référentiel not found: ${written} (no readable file there).` } };
    }
    const cached = this.files.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.result;
    let result: ResolvedReferentiel;
    try {
      const { value, diagnostics } = loadReferentiel(fs.readFileSync(file, 'utf8'));
      result = value ? { referentiel: value } : { error: invalid(written, diagnostics) };
    } catch (e) {
      result = { error: { fr: `Référentiel illisible : ${written} (${(e as Error).message}).`, en: `Unreadable référentiel: ${written} (${(e as Error).message}).` } };
    }
    this.files.set(file, { mtimeMs, result });
    return result;
  }
}

function invalid(written: string, diagnostics: LoadDiagnostic[]) {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const where = first?.range ? ` (ligne ${first.range.start.line + 1})` : '';
  const whereEn = first?.range ? ` (line ${first.range.start.line + 1})` : '';
  return {
    fr: `Référentiel invalide : ${written}${where} : ${first?.message.fr ?? 'contenu inutilisable'}`,
    en: `Invalid référentiel: ${written}${whereEn}: ${first?.message.en ?? 'unusable content'}`,
  };
}
