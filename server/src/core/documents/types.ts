/**
 * The exam documents of one draft (FORMAT.md §10): the candidate's subject,
 * the correctors' file and the evaluation grid. Each is first Markdown (and,
 * for the grid, its rows as data), so that every format derives from the same
 * content.
 */
import type { Localized } from '../i18n';

/** Which document. */
export type DocumentKind = 'candidat' | 'correcteur' | 'grille';

/** The formats of `rncp export` (FORMAT.md §10); `csv` is for the grid only, `pdf` needs a local Chromium. */
export type DocumentFormat = 'md' | 'html' | 'docx' | 'pdf' | 'csv';

/** Every document kind, in the order of the CLI's help. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['candidat', 'correcteur', 'grille'];

/** Every format. */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['md', 'html', 'docx', 'pdf', 'csv'];

/** One question of the draft as the grid names it. */
export interface GridQuestion {
  /** Its number or heading as a reader finds it (`Dossier 2, question 3`, `Dossier 5`). */
  label: string;
  /** Its points, when it has a mark. */
  points?: number;
}

/** One row of the evaluation grid: a criterion of an expected competency. */
export interface GridRow {
  bloc: string;
  competence: string;
  competenceTitre: string;
  critere: string;
  texte: string;
  /** The questions that assess it (none: "non évalué dans ce sujet"). */
  questions: GridQuestion[];
}

/** The evaluation grid as data (FORMAT.md §10). */
export interface GridData {
  header: {
    titre: string;
    referentiel: string;
    modalite: string;
    bareme?: number;
    /** Minutes. */
    duree?: number;
    /** A short hash of the draft's text. */
    version: string;
  };
  rows: GridRow[];
  /** Points per expected competency and per bloc, and the subject's total (undefined: no marks). */
  points: { competences: Record<string, number>; blocs: Record<string, number>; total?: number };
}

/** A document built from a draft. */
export interface ExamDocument {
  kind: DocumentKind;
  /** Its title (the draft's `titre`, else its first heading, else its file name). */
  title: string;
  /** The document as GFM Markdown: the source of the md, html and docx formats. */
  markdown: string;
  /** The grid's rows, for `grille` (the csv format, the Word table). */
  grid?: GridData;
  /** Why it must not be exported (a container never closed: `corrige-non-ferme`'s message). */
  blocked?: Localized;
  /** What to say before writing it (placeholders `[à rédiger]` left, FORMAT.md §12). */
  warnings: Localized[];
}
