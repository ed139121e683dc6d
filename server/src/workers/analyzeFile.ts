/**
 * One file from disk to analysis, the same way in a worker thread and on the
 * main thread: read, decode, recognise a draft from its first lines (no
 * Markdown parse for notes and READMEs), analyse. The result travels between
 * threads as plain data (`FileAnalysis`): diagnostics, coverage, sections and
 * tags — never a syntax tree, never the référentiel.
 */
import * as fs from 'node:fs';
import { analyzeDraft, type DraftAnalysis, type ReferentielResolver } from '../core/analyze';
import type { Coverage } from '../core/coverage';
import type { Diagnostic } from '../core/diagnostic';
import type { Section, Tag } from '../core/draft';
import type { Localized } from '../core/i18n';
import type { BlockParser } from '../core/draft';
import { isDraft } from '../core/parse/detect';
import { type FrontMatter, splitFrontMatter } from '../core/parse/frontMatter';
import { lookup } from '../core/referentiel/lookup';
import type { RncpSettings } from '../core/settings';
import { LineIndex, type Span } from '../core/text';
import { decodeFile } from '../fileText';

/** A draft's analysis as plain, serialisable data. */
export interface AnalysisData {
  text: string;
  bodyStart: number;
  frontMatter?: FrontMatter;
  sections: Section[];
  tags: Tag[];
  /** The `[à rédiger]` placeholders (FORMAT.md §12). */
  placeholders: Span[];
  diagnostics: Diagnostic[];
  coverage?: Coverage;
  failures: string[];
  /** Id of the référentiel used, when one was resolved. */
  referentiel?: string;
  /** Id of the modality, when known. */
  modalite?: string;
}

/** What became of one file. Exactly one of `readError`, `problem`, `error` or the analysis part applies. */
export interface FileAnalysis {
  path: string;
  /** The file could not be read: the error code (`ENOENT`, `EACCES`…) or message. */
  readError?: string;
  /** The bytes were not analysed (binary, too large). */
  problem?: Localized;
  /** How the bytes were decoded when not UTF-8. */
  note?: Localized;
  /** Whether the file is a draft (false: nothing else to say). */
  isDraft: boolean;
  /** The analysis of a draft. */
  data?: AnalysisData;
  /** An unexpected failure of the analysis itself. */
  error?: string;
}

/** What analysing a file needs. */
export interface AnalyzeFileOptions {
  resolve: ReferentielResolver;
  settings?: Partial<RncpSettings>;
  /** A block cache's parser (`BlockCache.parse`). */
  parse?: BlockParser;
  maxFileSize?: number;
}

/** Reads and analyses one file; never throws. `analysis` is the live object, `result` its plain form. */
export function analyzeFile(file: string, options: AnalyzeFileOptions): { result: FileAnalysis; analysis?: DraftAnalysis } {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { result: { path: file, isDraft: false, readError: (e as NodeJS.ErrnoException).code ?? (e as Error).message } };
  }
  try {
    const decoded = decodeFile(bytes, options.maxFileSize);
    if (decoded.text === undefined) return { result: { path: file, isDraft: false, problem: decoded.problem } };
    // Recognised from the front matter alone: non-drafts are never parsed as Markdown.
    const split = splitFrontMatter(decoded.text);
    if (!isDraft(file, decoded.text, split)) return { result: { path: file, isDraft: false, ...(decoded.note ? { note: decoded.note } : {}) } };
    const analysis = analyzeDraft(file, decoded.text, { resolve: options.resolve, settings: options.settings, parse: options.parse });
    return {
      result: { path: file, isDraft: analysis.model.isDraft, ...(decoded.note ? { note: decoded.note } : {}), data: toData(analysis) },
      analysis,
    };
  } catch (e) {
    return { result: { path: file, isDraft: false, error: e instanceof Error ? e.stack ?? e.message : String(e) } };
  }
}

/** The plain form of an analysis (what crosses threads and what an index keeps). */
export function toData(a: DraftAnalysis): AnalysisData {
  const m = a.model;
  return {
    text: m.text, bodyStart: m.bodyStart, frontMatter: m.frontMatter, sections: m.sections, tags: m.tags, placeholders: m.placeholders,
    diagnostics: a.diagnostics, coverage: a.coverage, failures: a.failures,
    referentiel: a.referentiel?.id, modalite: a.modalite?.id,
  };
}

/**
 * An analysis again from its plain form, for reports and features. The
 * référentiel is resolved again by the caller's resolver (loaded once per
 * process); `model.blocks` is empty (blocks stay in the worker). Takes
 * ownership of `data` (some of its strings are swapped for shared ones).
 */
export function fromData(fileName: string, data: AnalysisData, resolve: ReferentielResolver): DraftAnalysis {
  const referentiel = data.referentiel !== undefined ? resolve(data.frontMatter?.referentiel?.value || undefined, fileName).referentiel : undefined;
  const l = referentiel ? lookup(referentiel) : undefined;
  const modalite = l && data.modalite ? l.modalite(data.modalite) : undefined;
  // Titles and criterion texts arrive as copies, one per draft: share the
  // référentiel's own strings instead (a thousand drafts hold them once).
  if (l && data.coverage) {
    for (const c of data.coverage.competences) {
      const rc = l.competence(c.id);
      if (rc?.titre === c.titre) c.titre = rc.titre;
      for (const k of c.criteres) {
        const rk = l.critere(k.id);
        if (rk?.texte === k.texte) k.texte = rk.texte;
      }
    }
  }
  return {
    model: {
      fileName, text: data.text, lines: new LineIndex(data.text), isDraft: true, frontMatter: data.frontMatter,
      bodyStart: data.bodyStart, blocks: [], sections: data.sections, tags: data.tags, placeholders: data.placeholders,
    },
    referentiel, modalite, coverage: data.coverage, diagnostics: data.diagnostics, failures: data.failures,
  };
}
