/**
 * One file from disk to analysis, the same way in a worker thread and on the
 * main thread: read, decode, recognise a draft from its first lines (no
 * Markdown parse for notes and READMEs), analyse. The result travels between
 * threads as plain data (`FileAnalysis`): diagnostics, coverage, sections and
 * tags — never a syntax tree, never the référentiel.
 */
import { analyzeDraft, analyzeOversized, type DraftAnalysis, errorText, type ReferentielResolver } from '../core/analyze';
import type { Coverage } from '../core/coverage';
import type { Diagnostic } from '../core/diagnostic';
import type { Container, Mark, Section, Tag } from '../core/draft';
import type { Bareme } from '../core/points';
import type { Questions } from '../core/questions';
import type { Localized } from '../core/i18n';
import type { BlockParser } from '../core/draft';
import { isDraft } from '../core/parse/detect';
import { type FrontMatter, splitFrontMatter } from '../core/parse/frontMatter';
import { lookup } from '../core/referentiel/lookup';
import { DEFAULT_SETTINGS, type RncpSettings } from '../core/settings';
import { LineIndex, type Span } from '../core/text';
import { decodeFile, decodeHead } from '../fileText';
import { pathText, type RawPath } from '../files/names';
import { readFileChecked } from '../files/readFile';

/** A draft's analysis as plain, serialisable data. */
export interface AnalysisData {
  text: string;
  bodyStart: number;
  frontMatter?: FrontMatter;
  sections: Section[];
  tags: Tag[];
  /** The `[à rédiger]` placeholders (FORMAT.md §12). */
  placeholders: Span[];
  /** Points and duration marks, and `:::corrige` / `:::jury` containers (FORMAT.md §8–9). */
  marks: Mark[];
  containers: Container[];
  /** HTML comments (FORMAT.md §10: the candidate's subject drops them); absent in data from before they were read. */
  comments?: Span[];
  diagnostics: Diagnostic[];
  coverage?: Coverage;
  bareme?: Bareme;
  questions?: Questions;
  failures: string[];
  /** Id of the référentiel used, when one was resolved. */
  referentiel?: string;
  /** Id of the modality, when known. */
  modalite?: string;
}

/** What became of one file. Exactly one of `readError`, `problem`, `error` or the analysis part applies. */
export interface FileAnalysis {
  /** The path as shown (a name that is not valid UTF-8 has U+FFFD for its bad bytes). */
  path: string;
  /** The file could not be read: the error code (`ENOENT`, `EACCES`, `ESPECIAL`, `ETOOBIG`…). */
  readError?: string;
  /** Why it could not be read, for people. */
  readMessage?: Localized;
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
export function analyzeFile(raw: RawPath, options: AnalyzeFileOptions): { result: FileAnalysis; analysis?: DraftAnalysis } {
  const file = pathText(raw);
  const maxFileSize = options.maxFileSize ?? options.settings?.maxFileSize;
  const settings = maxFileSize === undefined ? options.settings : { ...options.settings, maxFileSize };
  const read = readFileChecked(raw, maxFileSize ?? DEFAULT_SETTINGS.maxFileSize);
  if (!read.ok && read.reason.code === 'ETOOBIG') {
    try {
      // A draft over the limit (its front matter says so) gets one analyse-incomplete, like any draft over budget.
      const head = read.reason.head ? decodeHead(read.reason.head) : '';
      const analysis = analyzeOversized(file, head, read.reason.size ?? 0, { resolve: options.resolve, settings });
      if (analysis) return { result: { path: file, isDraft: true, data: toData(analysis) }, analysis };
    } catch (e) {
      return { result: { path: file, isDraft: false, error: errorText(e) } };
    }
    // Any other file too large is said of its content (as binary content is), not an I/O error.
    return { result: { path: file, isDraft: false, problem: read.reason.message } };
  }
  if (!read.ok) return { result: { path: file, isDraft: false, readError: read.reason.code, readMessage: read.reason.message } };
  const bytes = read.bytes;
  try {
    const decoded = decodeFile(bytes, maxFileSize);
    if (decoded.text === undefined) return { result: { path: file, isDraft: false, problem: decoded.problem } };
    // Recognised from the front matter alone: non-drafts are never parsed as Markdown.
    const split = splitFrontMatter(decoded.text);
    if (!isDraft(file, decoded.text, split)) return { result: { path: file, isDraft: false, ...(decoded.note ? { note: decoded.note } : {}) } };
    const analysis = analyzeDraft(file, decoded.text, { resolve: options.resolve, settings, parse: options.parse });
    return {
      result: { path: file, isDraft: analysis.model.isDraft, ...(decoded.note ? { note: decoded.note } : {}), data: toData(analysis) },
      analysis,
    };
  } catch (e) {
    return { result: { path: file, isDraft: false, error: errorText(e) } };
  }
}

/** The plain form of an analysis (what crosses threads and what an index keeps). */
export function toData(a: DraftAnalysis): AnalysisData {
  const m = a.model;
  return {
    text: m.text, bodyStart: m.bodyStart, frontMatter: m.frontMatter, sections: m.sections, tags: m.tags, placeholders: m.placeholders,
    marks: m.marks, containers: m.containers, comments: m.comments,
    diagnostics: a.diagnostics, coverage: a.coverage, bareme: a.bareme, questions: a.questions, failures: a.failures,
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
      marks: data.marks, containers: data.containers, comments: data.comments ?? [],
    },
    referentiel, modalite, coverage: data.coverage, bareme: data.bareme, questions: data.questions, diagnostics: data.diagnostics, failures: data.failures,
  };
}
