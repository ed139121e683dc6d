/**
 * `rncp check --cache`: a file of analyses kept between runs, as ESLint's
 * `--cache` does, so that a second run on unchanged drafts parses nothing.
 *
 * An analysis is reused only when all of its inputs are the same: the draft's
 * text as decoded (and how it was decoded), its path, the référentiel it
 * resolves to (by content, so an edited référentiel file invalidates its
 * drafts), the tool's version and the settings of the run. Anything else is
 * analysed again and the file rewritten.
 *
 * The cache file is written only over itself: never over a draft (`.md`,
 * `.markdown`), a folder, a link or any file that does not start as a cache
 * file of rncp; written to a temporary file beside it first, then renamed, so
 * that an interrupted run leaves the old cache or the new one, never half of
 * one. A cache file that cannot be read (truncated, edited, from another
 * version) is ignored and rewritten.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResolvedReferentiel } from '../core/analyze';
import type { Localized } from '../core/i18n';
import type { Referentiel } from '../core/referentiel/model';
import { decodeFile } from '../fileText';
import { pathText, type RawPath } from '../files/names';
import { readFileChecked } from '../files/readFile';
import type { AnalysisData, FileAnalysis } from '../workers/analyzeFile';

/** The name of the cache file in the working folder when no location is given (ESLint's is `.eslintcache`). */
export const DEFAULT_CACHE_FILE = '.rncpcache';

/** How every cache file of rncp starts: what tells it from any other file. */
const MAGIC = '{"format":"rncp-cache",';
/**
 * Bumped when the shape of entries changes (2: analyses carry their `[à rédiger]` placeholders
 * and `question-a-rediger`; 3: their barème, points marks, questions, and points per competency
 * and bloc in the coverage).
 */
const FORMAT_VERSION = 3;

/** An analysis kept for one file. */
interface Entry {
  /** Hash of the decoded text and of how it was decoded. */
  text: string;
  /** The draft's `referentiel` value (null: none given). */
  ref: string | null;
  /** What that value resolved to: a hash of the référentiel's content, or of the error. */
  refKey: string;
  /** The result, without the text (the file gives it back). */
  result: FileAnalysis;
}

interface CacheFile {
  format: 'rncp-cache';
  formatVersion: number;
  /** Hash of the tool's version and of the settings of the run. */
  key: string;
  entries: Record<string, Entry>;
}

/** What a run does with its cache: where it is, what it found, what it reused. */
export interface CacheStats {
  file: string;
  /** Entries reused in this run. */
  hits: number;
  /** Files analysed again. */
  misses: number;
  /** Why the file read was not used (corrupt, another version), if it was not. */
  ignored?: string;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Where the cache goes: `location` (a folder takes the default name), else the working folder. */
export function cacheFile(cwd: string, location?: string): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const file = path.resolve(cwd, location);
  let isDir = /[\\/]$/.test(location);
  try {
    isDir ||= fs.statSync(file).isDirectory();
  } catch {
    // Not there yet: a file of that name.
  }
  return isDir ? path.join(file, DEFAULT_CACHE_FILE) : file;
}

/** The analyses of a previous run, and those of this one, for one cache file. */
export class AnalysisCache {
  private readonly key: string;
  private readonly old: Record<string, Entry> = {};
  private readonly next: Record<string, Entry> = {};
  private readonly refKeys = new WeakMap<Referentiel, string>();
  readonly stats: CacheStats;

  /**
   * Reads the cache file (when there is one) for a run of `version` with
   * `settings`; a file that cannot be used is ignored (and rewritten by `save`).
   */
  constructor(readonly file: string, version: string, settings: unknown, private readonly resolve: (value: string | undefined, fileName: string) => ResolvedReferentiel) {
    this.key = sha(JSON.stringify({ version, settings }));
    this.stats = { file, hits: 0, misses: 0 };
    let text: string;
    try {
      if (!fs.lstatSync(file).isFile()) return;
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return;
    }
    try {
      const parsed = JSON.parse(text) as CacheFile;
      if (parsed?.format !== 'rncp-cache' || parsed.formatVersion !== FORMAT_VERSION || typeof parsed.entries !== 'object' || parsed.entries === null) {
        this.stats.ignored = 'format';
      } else if (parsed.key !== this.key) {
        this.stats.ignored = 'version or settings';
      } else {
        this.old = parsed.entries;
      }
    } catch {
      this.stats.ignored = 'unreadable';
    }
  }

  /**
   * The kept analysis of a file when its inputs are unchanged. Reads only
   * regular files of at most `maxFileSize` bytes (a FIFO or a device is left to
   * the analysis, which says what it is).
   */
  lookup(raw: RawPath, maxFileSize: number): FileAnalysis | undefined {
    // Keyed by the name as text: a name that is not UTF-8 shares its key only with another such name.
    const file = keyOf(raw);
    const entry = this.old[file];
    if (!entry || typeof entry.text !== 'string' || !entry.result?.data) return undefined;
    try {
      const read = readFileChecked(raw, maxFileSize);
      if (!read.ok) return undefined;
      const decoded = decodeFile(read.bytes, maxFileSize);
      if (decoded.text === undefined || textKey(decoded.text, decoded.note) !== entry.text) return undefined;
      if (this.refKey(entry.ref ?? undefined, pathText(raw)) !== entry.refKey) return undefined;
      const data: AnalysisData = { ...entry.result.data, text: decoded.text };
      this.next[file] = entry;
      this.stats.hits++;
      return { ...entry.result, path: pathText(raw), data };
    } catch {
      return undefined;
    }
  }

  /** Keeps the analysis of a file for the next run (drafts only: other files cost a front matter read). */
  store(raw: RawPath, result: FileAnalysis): void {
    const file = keyOf(raw);
    this.stats.misses++;
    const data = result.data;
    if (!data || result.error !== undefined) return;
    const ref = data.frontMatter?.referentiel?.value || undefined;
    const { text, ...rest } = data;
    this.next[file] = {
      text: textKey(text, result.note), ref: ref ?? null, refKey: this.refKey(ref, pathText(raw)),
      result: { ...result, data: { ...rest, text: '' } },
    };
  }

  /**
   * Writes the cache file (this run's entries, and the previous run's for files
   * that still exist). Answers why it did not, in French and English, if it did not.
   */
  save(): Localized | undefined {
    const refused = refuseToWrite(this.file);
    if (refused) return refused;
    for (const [file, entry] of Object.entries(this.old)) if (!(file in this.next) && fs.existsSync(file)) this.next[file] = entry;
    const content: CacheFile = { format: 'rncp-cache', formatVersion: FORMAT_VERSION, key: this.key, entries: this.next };
    const temp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.tmp`);
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temp, JSON.stringify(content), { flag: 'wx' });
      fs.renameSync(temp, this.file);
      return undefined;
    } catch (e) {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // Nothing more to do.
      }
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      return { fr: `cache non écrit dans ${this.file} (${why})`, en: `cache not written to ${this.file} (${why})` };
    }
  }

  /** What a référentiel value resolves to, as a key: its content's hash, or its error's. */
  private refKey(value: string | undefined, file: string): string {
    const resolved = this.resolve(value, file);
    const ref = resolved.referentiel;
    if (!ref) return `error:${sha(JSON.stringify(resolved.error ?? null))}`;
    let key = this.refKeys.get(ref);
    if (key === undefined) {
      key = sha(JSON.stringify(ref));
      this.refKeys.set(ref, key);
    }
    return key;
  }
}

/** The cache's key of a path: its text, with a mark when the name is not UTF-8. */
function keyOf(raw: RawPath): string {
  return typeof raw === 'string' ? raw : `\u0000${raw.toString('base64')}`;
}

function textKey(text: string, note: Localized | undefined): string {
  return sha(`${note?.en ?? ''}\u0000${text}`);
}

/**
 * Why the cache file must not be written (undefined: it may). Only a missing
 * path, an empty file or a file that starts as a cache of rncp may be replaced.
 */
export function refuseToWrite(file: string): Localized | undefined {
  if (/\.(md|markdown)$/i.test(file)) {
    return { fr: `cache non écrit\u00a0: ${file} est un fichier Markdown (un brouillon n’est jamais remplacé)`, en: `cache not written: ${file} is a Markdown file (a draft is never replaced)` };
  }
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return undefined;
  }
  if (!st.isFile()) {
    return { fr: `cache non écrit\u00a0: ${file} n’est pas un fichier ordinaire`, en: `cache not written: ${file} is not a regular file` };
  }
  if (st.size === 0) return undefined;
  let head = '';
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(MAGIC.length);
      head = buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Unreadable: not known to be ours.
  }
  if (head === MAGIC) return undefined;
  return {
    fr: `cache non écrit\u00a0: ${file} existe et n’est pas un fichier de cache de rncp (il n’est jamais remplacé)`,
    en: `cache not written: ${file} exists and is not a cache file of rncp (it is never replaced)`,
  };
}
