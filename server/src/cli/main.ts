/**
 * `rncp`: the command line on the same core as the language server.
 *   rncp check [PATH...] [--format text|json|sarif|markdown] [--lang fr|en] [--max-warnings N] [--allow-referentiel-outside]
 *     [--no-incremental | --check-incremental] [--cache [--cache-location PATH]]
 *   rncp referentiel [ID|PATH] [--json]
 *   rncp export FILE... [--version candidat|correcteur|grille] [--format md|html|docx|pdf|csv] [-o OUT | --out-dir DIR] [--force]
 * Reports go to stdout, messages to stderr; the one file written is `--cache`'s own
 * (cli/cache.ts: never over a draft nor over a file that is not an rncp cache) and
 * `export`'s documents (cli/export.ts, through files/safeWrite.ts).
 * Exit status: 0 clean, 1 errors or too many warnings, 2 usage or I/O error.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type DraftAnalysis, internalErrorAnalysis } from '../core/analyze';
import type { Lang } from '../core/i18n';
import { loadReferentiel } from '../core/referentiel/loader';
import { countSeverities, type FileReport } from '../core/report/files';
import { jsonReport } from '../core/report/json';
import { markdownReport } from '../core/report/markdown';
import { referentielJson, referentielText } from '../core/report/referentielJson';
import { sarifReport } from '../core/report/sarif';
import { textReport } from '../core/report/text';
import { BlockCache } from '../core/incremental/blockCache';
import { type BlockDifference, blockParser } from '../core/incremental/checked';
import { OneShotParser } from '../core/incremental/oneShot';
import { DEFAULT_SETTINGS, type IncrementalMode } from '../core/settings';
import { pathText, printable, type RawPath } from '../files/names';
import { readFileChecked } from '../files/readFile';
import { walk } from '../files/walk';
import type { ReferentielAccess, ReferentielStore } from '../referentiels';
import { bundledDir, nodeReferentielStore } from '../workspace/nodeReferentiels';
import { VERSION } from '../version';
import { analyzeFile, type FileAnalysis, fromData } from '../workers/analyzeFile';
import { analyzeFilesSync, defaultPoolSize } from '../workers/pool';
import { AnalysisCache, cacheFile } from './cache';
import { EXPORT_HELP, exportCommand } from './export';

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

const HELP: Record<Lang, string> = {
  fr: `Usage :
  rncp check [CHEMIN...] [--format text|json|sarif|markdown] [--lang fr|en] [--max-warnings N]
             [--max-file-size OCTETS] [--allow-referentiel-outside] [--no-incremental] [--check-incremental]
             [--cache [--cache-location CHEMIN]]
      Analyse les brouillons de sujets (fichiers .cas.md, ou .md avec modalite/referentiel
      dans le front matter) et affiche diagnostics et couverture. CHEMIN : fichiers ou dossiers (défaut : .).
      --max-file-size : taille au-delà de laquelle un sujet n’est pas analysé (défaut : 20000000 octets).
      Un référentiel nommé par un sujet n’est lu que dans le dossier courant, les dossiers vérifiés
      ou les référentiels fournis, sauf avec --allow-referentiel-outside.
      --no-incremental : une analyse du document entier, sans le cache de blocs.
      --check-incremental (ou RNCP_INCREMENTAL_CHECK=1) : les deux, comparées ; une différence sort en statut 2.
      --cache garde les analyses entre deux exécutions (défaut : .rncpcache dans le dossier courant) :
      un brouillon inchangé, avec le même référentiel, n’est pas analysé à nouveau.
  rncp referentiel [ID|CHEMIN] [--json] [--lang fr|en]
      Affiche un référentiel (défaut : mdc-2023).
${EXPORT_HELP.fr}
Statut de sortie : 0 propre, 1 erreur trouvée ou trop d'avertissements, 2 erreur d'usage ou d'entrée/sortie.`,
  en: `Usage:
  rncp check [PATH...] [--format text|json|sarif|markdown] [--lang fr|en] [--max-warnings N]
             [--max-file-size BYTES] [--allow-referentiel-outside] [--no-incremental] [--check-incremental]
             [--cache [--cache-location PATH]]
      Checks subject drafts (.cas.md files, or .md files with modalite/referentiel in their
      front matter) and prints diagnostics and coverage. PATH: files or folders (default: .).
      --max-file-size: size above which a subject is not analysed (default: 20000000 bytes).
      A référentiel named by a draft is read only from the working folder, the checked folders
      or the bundled ones, unless --allow-referentiel-outside.
      --no-incremental: one parse of the whole document, without the block cache.
      --check-incremental (or RNCP_INCREMENTAL_CHECK=1): both, compared; a difference exits with status 2.
      --cache keeps analyses between runs (default: .rncpcache in the working folder): an
      unchanged draft, with the same référentiel, is not analysed again.
  rncp referentiel [ID|PATH] [--json] [--lang fr|en]
      Prints a référentiel (default: mdc-2023).
${EXPORT_HELP.en}
Exit status: 0 clean, 1 an error found or too many warnings, 2 usage or I/O error.`,
};

/** The command of a command line: its first argument that is neither an option nor `--lang`'s value. */
function commandOf(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' || argv[i] === '-l') i++;
    else if (!argv[i].startsWith('-')) return i;
  }
  return -1;
}

/**
 * Runs the CLI with arguments; returns the exit status (a promise for `export`,
 * which renders and writes documents). A test may pass its own store (then the
 * référentiel access rule is the store's own).
 */
export function runCli(argv: string[], io: CliIO, given?: ReferentielStore): number | Promise<number> {
  const access: ReferentielAccess = { roots: [io.cwd], allowOutside: false };
  const store = given ?? nodeReferentielStore(bundledDir(), { access: () => access });
  const at = commandOf(argv);
  if (at >= 0 && argv[at] === 'export') return exportCommand([...argv.slice(0, at), ...argv.slice(at + 1)], io, store, access);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        lang: { type: 'string', short: 'l', default: 'fr' },
        'max-warnings': { type: 'string' },
        'allow-referentiel-outside': { type: 'boolean', default: false },
        'max-file-size': { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        json: { type: 'boolean', default: false },
        'no-incremental': { type: 'boolean', default: false },
        'check-incremental': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    io.stderr(`rncp\u00a0: ${(e as Error).message}\n\n${HELP.fr}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = values.lang as Lang;
  if (lang !== 'fr' && lang !== 'en') {
    io.stderr(`rncp\u00a0: --lang attend fr ou en (reçu «\u00a0${values.lang}\u00a0»).\n`);
    return 2;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr)(`${HELP[lang]}\n`);
    return values.help ? 0 : 2;
  }
  const say = (fr: string, en: string) => (lang === 'fr' ? fr : en);
  // French typography in French (a no-break space before the colon), English's own in English.
  const sep = say('\u00a0: ', ': ');
  const P = `rncp${sep}`;
  if (command === 'referentiel') return referentielCommand(rest, values.json ?? false, lang, io, store);
  if (command !== 'check') {
    io.stderr(`${P}${say(`commande inconnue «\u00a0${command}\u00a0»`, `unknown command "${command}"`)}\n\n${HELP[lang]}\n`);
    return 2;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    io.stderr(`${P}${say(`--format attend ${FORMATS.join(', ')}`, `--format expects ${FORMATS.join(', ')}`)} (${values.format}).\n`);
    return 2;
  }
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      io.stderr(`${P}${say('--max-warnings attend un entier positif ou nul', '--max-warnings expects a non-negative integer')} (${values['max-warnings']}).\n`);
      return 2;
    }
  }
  let maxFileSize: number | undefined;
  if (values['max-file-size'] !== undefined) {
    maxFileSize = Number(values['max-file-size']);
    if (!/^\d+$/.test(values['max-file-size']) || !Number.isSafeInteger(maxFileSize) || maxFileSize < 1) {
      io.stderr(`${P}${say('--max-file-size attend un nombre d’octets (entier positif)', '--max-file-size expects a number of bytes (a positive integer)')} (${values['max-file-size']}).\n`);
      return 2;
    }
  }

  const targets = rest.length ? rest : ['.'];
  const resolved = targets.map((t) => path.resolve(io.cwd, t));
  // A draft may name a référentiel in the working folder or in what was asked to be checked.
  access.allowOutside = values['allow-referentiel-outside'] ?? false;
  access.roots.push(...resolved.map((t) => (/\.(md|markdown)$/i.test(t) ? path.dirname(t) : t)));
  const found = walk(resolved);
  let ioError = found.errors.length > 0;
  // Human-readable lines show names with their control characters escaped: a name cannot forge a line.
  const shownLine = (p: RawPath) => printable(display(p, io.cwd));
  for (const e of found.errors) io.stderr(`${P}${shownLine(e.path)}${sep}${say(e.message, e.messageEn)}\n`);

  const reports: FileReport[] = [];
  const incremental: IncrementalMode =
    values['check-incremental'] || process.env.RNCP_INCREMENTAL_CHECK === '1' ? 'check' : values['no-incremental'] ? 'off' : 'on';
  const differences: string[] = [];
  const onDifference = (file: RawPath, d: BlockDifference) =>
    differences.push(`${P}${shownLine(file)}:${d.line}${sep}${say(
      `l’analyse incrémentale diffère de l’analyse du document entier (entier\u00a0: ${d.whole}\u00a0; incrémental\u00a0: ${d.incremental})`,
      `the incremental parse differs from the whole-document parse (whole: ${d.whole}; incremental: ${d.incremental})`,
    )}\n`);
  const run: Run = { lang, store, access, maxFileSize, incremental, onDifference };
  // --cache-location alone asks for the cache too; the check mode compares parses, so it never reads a cache.
  const cache = (values.cache || values['cache-location'] !== undefined) && incremental !== 'check'
    ? new AnalysisCache(cacheFile(io.cwd, values['cache-location']), VERSION, { lang, incremental, maxFileSize: maxFileSize ?? null }, store.resolver)
    : undefined;
  const analysed = analyzeAll(found.files, run, cache);
  for (const line of differences) io.stderr(line);
  const unsaved = cache?.save();
  if (unsaved) io.stderr(`${P}${unsaved[lang]}\n`);
  for (const [i, file] of found.files.entries()) {
    const shown = shownLine(file);
    const { result, analysis } = analysed[i];
    if (result.readError !== undefined) {
      const why = result.readMessage?.[lang] ?? result.readError;
      io.stderr(`${P}${shown}${sep}${say('fichier non lu', 'file not read')}${sep}${why}\n`);
      ioError = true;
      continue;
    }
    if (result.problem) {
      const named = resolved.some((t) => t === path.resolve(pathText(file)));
      if (/\.cas\.md$/i.test(pathText(file)) || named) io.stderr(`${P}${shown}${sep}${result.problem[lang]}\n`);
      continue;
    }
    if (result.error !== undefined) {
      // Outside the core's own guard: still one diagnostic on the draft, and the other files go on.
      io.stderr(`${P}${shown}${sep}${say('erreur interne', 'internal error')} (${result.error.split('\n')[0]})\n`);
      reports.push({ path: display(file, io.cwd), analysis: internalErrorAnalysis(pathText(file), '', result.error, { resolve: store.resolver, settings: { lang } }) });
      continue;
    }
    if (!result.isDraft || !analysis) continue;
    if (result.note) io.stderr(`${P}${shown}${sep}${result.note[lang]}\n`);
    if (analysis.failures.length > 0) io.stderr(`${P}${shown}${sep}${say('erreur interne', 'internal error')} (${analysis.failures.map((f) => f.split('\n', 1)[0]).join(say('\u00a0; ', '; '))})\n`);
    reports.push({ path: display(file, io.cwd), analysis });
  }
  if (reports.length === 0 && !ioError) {
    const where = targets.map(printable).join(', ');
    io.stderr(`${P}${say(
      `aucun brouillon trouvé dans ${where} (fichiers .cas.md, ou .md dont le front matter a «\u00a0modalite\u00a0» ou «\u00a0referentiel\u00a0»).`,
      `no draft found in ${where} (.cas.md files, or .md files whose front matter has "modalite" or "referentiel").`,
    )}\n`);
  }

  // JSON and SARIF keep the real names (their escaping is enough); text and Markdown show them escaped.
  const forPeople = () => reports.map((r) => ({ ...r, path: printable(r.path) }));
  switch (format) {
    case 'json': io.stdout(`${jsonReport(reports)}\n`); break;
    case 'sarif': io.stdout(`${sarifReport(reports, lang, VERSION, pathToFileURL(io.cwd).href)}\n`); break;
    case 'markdown': io.stdout(`${markdownReport(forPeople(), lang)}\n`); break;
    default: if (reports.length > 0) io.stdout(`${textReport(forPeople(), lang)}\n`);
  }
  if (ioError || differences.length > 0) return 2;
  const counts = countSeverities(reports);
  return counts.error > 0 || counts.warning > maxWarnings ? 1 : 0;
}

function referentielCommand(args: string[], json: boolean, lang: Lang, io: CliIO, store: ReferentielStore): number {
  const target = args[0] ?? 'mdc-2023';
  let ref = store.get(target);
  if (!ref) {
    const file = path.resolve(io.cwd, target);
    // The file the user named: read whatever folder it is in, but checked (no FIFO, no device, bounded).
    const read = readFileChecked(file, DEFAULT_SETTINGS.maxFileSize);
    if (!read.ok) {
      const ids = [...store.bundled().values()].map((r) => r.id).join(', ');
      io.stderr(lang === 'fr'
        ? `rncp\u00a0: référentiel inconnu «\u00a0${printable(target)}\u00a0»\u00a0: ni un référentiel fourni (${ids}) ni un fichier lisible (${read.reason.message.fr}).\n`
        : `rncp: unknown référentiel "${printable(target)}": neither bundled (${ids}) nor a readable file (${read.reason.message.en}).\n`);
      return 2;
    }
    const loaded = loadReferentiel(read.bytes.toString('utf8'));
    for (const d of loaded.diagnostics) {
      const at = d.range ? `:${d.range.start.line + 1}:${d.range.start.character + 1}` : '';
      io.stderr(`${printable(display(file, io.cwd))}${at}  ${d.severity === 'error' ? (lang === 'fr' ? 'erreur' : 'error') : (lang === 'fr' ? 'avertissement' : 'warning')}  ${d.message[lang]}\n`);
    }
    if (!loaded.value) return 1;
    ref = loaded.value;
  }
  io.stdout(json ? `${JSON.stringify(referentielJson(ref), null, 2)}\n` : `${referentielText(ref, lang)}\n`);
  return 0;
}

/** From this many files on, drafts are analysed on worker threads (one per core). */
const PARALLEL_FROM = 24;

/**
 * Analyses the files, in parallel when there are many; results in the order of
 * `files`. With a cache, only the files whose analysis it does not hold.
 */
function analyzeAll(files: RawPath[], run: Run, cache?: AnalysisCache): { result: FileAnalysis; analysis?: DraftAnalysis }[] {
  if (!cache) return analyzeFiles(files, run);
  const out: ({ result: FileAnalysis; analysis?: DraftAnalysis } | undefined)[] = files.map((file) => {
    const result = cache.lookup(file, run.maxFileSize ?? DEFAULT_SETTINGS.maxFileSize);
    return result?.data ? { result, analysis: fromData(result.path, result.data, run.store.resolver) } : undefined;
  });
  const missed = files.filter((_, i) => !out[i]);
  const fresh = analyzeFiles(missed, run);
  let k = 0;
  return out.map((hit, i) => {
    if (hit) return hit;
    const r = fresh[k++];
    cache.store(files[i], r.result);
    return r;
  });
}

/** What one `rncp check` analyses with. */
interface Run {
  lang: Lang;
  store: ReferentielStore;
  access: ReferentielAccess;
  maxFileSize: number | undefined;
  incremental: IncrementalMode;
  onDifference: (file: RawPath, d: BlockDifference) => void;
}

/**
 * Analyses the files, in parallel when there are many; results in the order of
 * `files`. The check mode runs here, on this thread, so that differences are seen.
 */
function analyzeFiles(files: RawPath[], run: Run): { result: FileAnalysis; analysis?: DraftAnalysis }[] {
  const { lang, store, access, maxFileSize, incremental } = run;
  const settings = maxFileSize === undefined ? { lang, incremental } : { lang, incremental, maxFileSize };
  if (files.length >= PARALLEL_FROM && defaultPoolSize() > 1 && incremental !== 'check') {
    // A larger young generation than the pool's default: a whole-document parse makes
    // megabytes of short-lived nodes, and the CLI's memory is gone when it exits (measured 25 % faster).
    return analyzeFilesSync(files, { settings, referentielAccess: access, maxFileSize, resourceLimits: { maxYoungGenerationSizeMb: 32 } }).map((result) => ({
      result,
      analysis: result.data ? fromData(result.path, result.data, store.resolver) : undefined,
    }));
  }
  // Each file is read once: the parser that costs least for each draft, nothing kept for the next run.
  const cache = new BlockCache();
  const oneShot = new OneShotParser(cache);
  return files.map((file) => analyzeFile(file, {
    resolve: store.resolver, settings, maxFileSize,
    parse: incremental === 'on' ? oneShot.parse : blockParser(incremental, cache, (d) => run.onDifference(file, d)),
  }));
}

/**
 * A path as the reports show it: relative to the working folder when inside it,
 * posix separators, invalid UTF-8 bytes as U+FFFD (control characters kept: see `printable`).
 */
function display(raw: RawPath, cwd: string): string {
  const file = pathText(raw);
  const rel = path.relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return shown.split(path.sep).join('/');
}
