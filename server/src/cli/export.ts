/**
 * `rncp export FILE... [--version candidat|correcteur|grille] [--format md|html|docx|pdf|csv]
 * [-o OUT | --out-dir DIR] [--force] [--lang fr|en] [--chromium PATH]` (FORMAT.md §10).
 * Each draft's document goes beside it as `NAME.candidat.md` (or into --out-dir,
 * or to -o with one FILE), written through safeWrite: never over a draft, never
 * over an existing file without --force. Written paths go to stdout, messages to stderr.
 * Exit status: 0 all written, 1 a document not written because of its draft (a
 * container never closed, a draft not wholly analysed), 2 usage or I/O error
 * (a file not read, not a draft, a target refused, no Chromium for pdf).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocument } from '../core/documents/build';
import { documentFileName } from '../core/documents/fileName';
import { renderDocument } from '../core/documents/render';
import { DOCUMENT_FORMATS, DOCUMENT_KINDS, type DocumentFormat, type DocumentKind } from '../core/documents/types';
import type { Lang } from '../core/i18n';
import { printPdf, type PdfResult } from '../documents/pdf';
import { printable } from '../files/names';
import { safeWrite } from '../files/safeWrite';
import type { ReferentielAccess, ReferentielStore } from '../referentiels';
import { analyzeFile } from '../workers/analyzeFile';
import type { CliIO } from './main';

/** What the command may be given instead of the real PDF printer (tests). */
export interface ExportDeps {
  printPdf?: (html: string, options: { chromium?: string; env?: Record<string, string | undefined> }) => Promise<PdfResult>;
  env?: Record<string, string | undefined>;
}

/** The help lines of `rncp export` (main.ts puts them in HELP). */
export const EXPORT_HELP: Record<Lang, string> = {
  fr: `  rncp export FICHIER... [--version candidat|correcteur|grille] [--format md|html|docx|pdf|csv]
             [-o SORTIE | --out-dir DOSSIER] [--force] [--lang fr|en] [--chromium CHEMIN]
      Écrit un document d’examen par brouillon : le sujet du candidat (défaut), le dossier des
      correcteurs ou la grille d’évaluation ; en Markdown (défaut), HTML, Word, PDF (HTML imprimé
      par un Chromium local) ou CSV (grille seulement). Sans -o, à côté du brouillon
      (NOM.candidat.md…) ou dans --out-dir ; -o pour un seul FICHIER. Un fichier existant n’est
      remplacé qu’avec --force, un brouillon jamais. Un bloc :::corrige ou :::jury non fermé
      empêche l’export (statut 1).`,
  en: `  rncp export FILE... [--version candidat|correcteur|grille] [--format md|html|docx|pdf|csv]
             [-o OUT | --out-dir DIR] [--force] [--lang fr|en] [--chromium PATH]
      Writes one exam document per draft: the candidate's subject (default), the correctors'
      file or the evaluation grid; as Markdown (default), HTML, Word, PDF (the HTML printed by a
      local Chromium) or CSV (grid only). Without -o, beside the draft (NAME.candidat.md…) or in
      --out-dir; -o for one FILE only. An existing file is replaced only with --force, a draft
      never. A :::corrige or :::jury block never closed stops the export (status 1).`,
};

/** Runs `rncp export` (argv without the command name). */
export async function exportCommand(argv: string[], io: CliIO, store: ReferentielStore, access: ReferentielAccess, deps: ExportDeps = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        version: { type: 'string', default: 'candidat' },
        format: { type: 'string', short: 'f', default: 'md' },
        output: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        force: { type: 'boolean', default: false },
        lang: { type: 'string', short: 'l', default: 'fr' },
        chromium: { type: 'string' },
        'allow-referentiel-outside': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.stderr(`rncp\u00a0: ${(e as Error).message}\n\n${EXPORT_HELP.fr}\n`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  const lang = values.lang as Lang;
  if (lang !== 'fr' && lang !== 'en') {
    io.stderr(`rncp\u00a0: --lang attend fr ou en (reçu «\u00a0${printable(String(values.lang))}\u00a0»).\n`);
    return 2;
  }
  const say = (fr: string, en: string) => (lang === 'fr' ? fr : en);
  const sep = say('\u00a0: ', ': ');
  const P = `rncp${sep}`;
  if (values.help) {
    io.stdout(`${EXPORT_HELP[lang]}\n`);
    return 0;
  }
  const usage = (fr: string, en: string) => {
    io.stderr(`${P}export${sep}${say(fr, en)}\n\n${EXPORT_HELP[lang]}\n`);
    return 2;
  };
  const kind = values.version as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) return usage(`--version attend ${DOCUMENT_KINDS.join(', ')} (reçu «\u00a0${printable(String(values.version))}\u00a0»)`, `--version expects ${DOCUMENT_KINDS.join(', ')} (got "${printable(String(values.version))}")`);
  const format = values.format as DocumentFormat;
  if (!DOCUMENT_FORMATS.includes(format)) return usage(`--format attend ${DOCUMENT_FORMATS.join(', ')} (reçu «\u00a0${printable(String(values.format))}\u00a0»)`, `--format expects ${DOCUMENT_FORMATS.join(', ')} (got "${printable(String(values.format))}")`);
  if (format === 'csv' && kind !== 'grille') return usage('le format csv n’existe que pour la grille (--version grille)', 'the csv format is for the grid only (--version grille)');
  if (files.length === 0) return usage('aucun brouillon à exporter', 'no draft to export');
  if (values.output !== undefined && values['out-dir'] !== undefined) return usage('-o et --out-dir s’excluent', '-o and --out-dir exclude each other');
  if (values.output !== undefined && files.length > 1) return usage('-o ne prend qu’un seul brouillon (--out-dir pour plusieurs)', '-o takes one draft only (--out-dir for several)');
  let outDir: string | undefined;
  if (values['out-dir'] !== undefined) {
    outDir = path.resolve(io.cwd, values['out-dir']);
    let isDir = false;
    try {
      isDir = fs.statSync(outDir).isDirectory();
    } catch { /* said below */ }
    if (!isDir) {
      io.stderr(`${P}${printable(values['out-dir'])}${sep}${say('dossier introuvable (--out-dir attend un dossier existant)', 'no such folder (--out-dir expects an existing folder)')}\n`);
      return 2;
    }
  }

  const resolved = files.map((f) => path.resolve(io.cwd, f));
  // A draft may name a référentiel in the working folder or beside itself.
  access.allowOutside = values['allow-referentiel-outside'] ?? false;
  access.roots.push(...resolved.map((f) => path.dirname(f)));
  let ioError = false;
  let blocked = false;
  const written = new Set<string>();
  for (const [i, file] of resolved.entries()) {
    const shown = printable(files[i]);
    const fail = (fr: string, en: string) => {
      io.stderr(`${P}${shown}${sep}${say(fr, en)}\n`);
      ioError = true;
    };
    const { result, analysis } = analyzeFile(file, { resolve: store.resolver, settings: { lang } });
    if (result.readError !== undefined) {
      fail(`fichier non lu${sep}${result.readMessage?.fr ?? result.readError}`, `file not read${sep}${result.readMessage?.en ?? result.readError}`);
      continue;
    }
    if (result.problem) {
      fail(result.problem.fr, result.problem.en);
      continue;
    }
    if (result.error !== undefined || (analysis && analysis.failures.length > 0 && analysis.model.internalError !== undefined)) {
      fail(`erreur interne (${(result.error ?? '').split('\n')[0]})`, `internal error (${(result.error ?? '').split('\n')[0]})`);
      continue;
    }
    if (!result.isDraft || !analysis) {
      fail(
        'n’est pas un brouillon de sujet (un fichier .cas.md, ou .md dont le front matter a «\u00a0modalite\u00a0» ou «\u00a0referentiel\u00a0»)',
        'is not a subject draft (a .cas.md file, or a .md file whose front matter has "modalite" or "referentiel")',
      );
      continue;
    }
    if (result.note) io.stderr(`${P}${shown}${sep}${result.note[lang]}\n`);
    const doc = buildDocument(analysis, kind, lang);
    if (doc.blocked) {
      io.stderr(`${P}${shown}${sep}${say('document non écrit', 'document not written')}${sep}${doc.blocked[lang].split('\n').join(`\n${P}${shown}${sep}`)}\n`);
      blocked = true;
      continue;
    }
    for (const w of doc.warnings) io.stderr(`${P}${shown}${sep}${say('attention', 'warning')}${sep}${w[lang]}\n`);

    let content: string | Uint8Array;
    try {
      if (format === 'pdf') {
        const html = await renderDocument(doc, 'html', lang);
        const printed = await (deps.printPdf ?? printPdf)(typeof html === 'string' ? html : new TextDecoder().decode(html), { chromium: values.chromium, env: deps.env ?? process.env });
        if (!printed.ok) {
          fail(`PDF non écrit${sep}${printed.message.fr}`, `PDF not written${sep}${printed.message.en}`);
          continue;
        }
        content = printed.bytes;
      } else {
        content = await renderDocument(doc, format, lang);
      }
    } catch (e) {
      fail(`format ${format} indisponible (${(e as Error).message})`, `format ${format} not available (${(e as Error).message})`);
      continue;
    }

    const target = values.output !== undefined
      ? path.resolve(io.cwd, values.output)
      : path.join(outDir ?? path.dirname(file), documentFileName(file, kind, format));
    if (written.has(target)) {
      fail(`${printable(target)} vient d’être écrit pour un autre brouillon de même nom\u00a0: non remplacé`, `${printable(target)} was just written for another draft of the same name: not replaced`);
      continue;
    }
    const w = safeWrite(target, content, { force: values.force });
    if (!w.ok) {
      fail(w.reason.fr, w.reason.en);
      continue;
    }
    written.add(target);
    io.stdout(`${printable(display(target, io.cwd))}\n`);
  }
  return ioError ? 2 : blocked ? 1 : 0;
}

/** A path relative to the working folder when inside it, posix separators. */
function display(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return shown.split(path.sep).join('/');
}
