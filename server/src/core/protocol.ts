/**
 * The custom protocol between the language server and its clients: method
 * names and payloads as plain types, so the VS Code client (and any other)
 * imports the same definitions the server answers with. Pure: no LSP library.
 */
import type { CoverageStatus } from './coverage';
import type { Severity } from './diagnostic';
import type { Range } from './text';

/** Request `rncp/coverage`: the coverage of one draft, or of every draft the server knows. */
export const COVERAGE_REQUEST = 'rncp/coverage';

/** Notification `rncp/coverageChanged`: the coverage of these drafts changed (or they are gone). */
export const COVERAGE_CHANGED_NOTIFICATION = 'rncp/coverageChanged';

/** Commands the server's features refer to; the client implements them. */
export const COMMANDS = {
  /** Shows the coverage view for a draft (argument: its URI). Run by the code lens. */
  showCoverage: 'rncp.showCoverage',
} as const;

/** Params of `rncp/coverage`: one draft's URI, or none for the whole workspace. */
export interface CoverageParams {
  uri?: string;
}

/** Result of `rncp/coverage`: drafts sorted by URI (none when the URI is not a known draft). */
export interface CoverageResult {
  drafts: DraftCoverage[];
}

/** Params of `rncp/coverageChanged`; a URI whose coverage request returns no draft was removed. */
export interface CoverageChangedParams {
  uris: string[];
}

/** One place a competency or criterion is tagged. */
export interface OccurrenceInfo {
  /** The code or range as written, upper-case (`C3.2`, `C1-C5`). */
  code: string;
  /** The characters of that code or range. */
  range: Range;
  /** The whole tag. */
  tagRange: Range;
  /** What the tag covers (its section or block). */
  scopeRange: Range;
  /** The title of the innermost section, if any. */
  section?: string;
  /** Set when the tag stands in a `:::corrige` or `:::jury` container (FORMAT.md §9). */
  container?: 'corrige' | 'jury';
}

/** Coverage of one criterion in a draft. */
export interface CritereCoverageInfo {
  id: string;
  texte: string;
  covered: boolean;
  occurrences: OccurrenceInfo[];
}

/** Coverage of one expected competency in a draft. */
export interface CompetenceCoverageInfo {
  id: string;
  titre: string;
  bloc: string;
  status: CoverageStatus;
  criteres: CritereCoverageInfo[];
  occurrences: OccurrenceInfo[];
  /** The points it gets (FORMAT.md §8.1; 0 when none). */
  points: number;
  /** Its share of the subject's points, 0 to 1 (0 when the subject has none). */
  share: number;
}

/** The points of one bloc's expected competencies in a draft. */
export interface BlocPointsInfo {
  id: string;
  titre: string;
  points: number;
  /** Its share of the subject's points, 0 to 1. */
  share: number;
}

/** A draft's points (FORMAT.md §8.1); each number absent when the draft does not give it. */
export interface DraftPointsInfo {
  /** The sum of the outermost points marks (absent: no mark). */
  total?: number;
  /** The front matter's `bareme` (absent: none, or unreadable). */
  bareme?: number;
  /** The expected competencies' points per bloc, in référentiel order (empty without a known modality). */
  blocs: BlocPointsInfo[];
}

/** A draft's duration (FORMAT.md §8.2), in minutes; each absent when the draft does not give it. */
export interface DraftDureeInfo {
  /** The front matter's `duree` (absent: none, or unreadable). */
  minutes?: number;
  /** The sum of the outermost duration marks (absent: no mark). */
  marques?: number;
}

/** Everything a coverage view shows about one draft. */
export interface DraftCoverage {
  uri: string;
  /** The editor's version when the draft is open; absent when read from disk. */
  version?: number;
  /** The `titre` of the front matter, when there is one. */
  titre?: string;
  /** The référentiel in force, when it could be resolved. */
  referentiel?: { id: string; titre: string };
  /** The `modalite` value as written (also when unknown). */
  modaliteValue?: string;
  /** The modality, when the value names a known one. */
  modalite?: { id: string; titre: string; type: string };
  /** Counts for the modality (absent without a known modality). */
  counts?: {
    competences: { tagged: number; complete: number; total: number };
    criteres: { covered: number; total: number };
  };
  /** The expected competencies, in référentiel order. */
  competences: CompetenceCoverageInfo[];
  /** Competencies tagged although the modality does not assess them. */
  horsModalite: { id: string; titre: string; occurrences: OccurrenceInfo[] }[];
  /** The subject's points, its barème and the points of each bloc. */
  points: DraftPointsInfo;
  /** The exam's length and the sum of the duration marks. */
  duree: DraftDureeInfo;
  /** How many diagnostics of each severity the draft has. */
  diagnostics: Record<Severity, number>;
}

/** Request `rncp/referentiel`: the référentiel in force for a draft (the default one without URI, or for a non-draft). */
export const REFERENTIEL_REQUEST = 'rncp/referentiel';

/** Params of `rncp/referentiel`. */
export interface ReferentielParams {
  uri?: string;
}

/**
 * Result of `rncp/referentiel`: the `rncp referentiel --json` shape (FORMAT.md §7, with full
 * texts), or null when the draft's référentiel cannot be resolved.
 */
export interface ReferentielResult {
  id: string;
  titre: string;
  version?: string;
  blocs: { id: string; titre: string; activites: string[] }[];
  activites: { id: string; titre: string; bloc: string; taches: string[] }[];
  competences: { id: string; titre: string; bloc: string; activite: string; modalite: string | null; enonce: string; criteres: { id: string; texte: string }[] }[];
  modalites: {
    id: string; titre: string; competences: string[]; type: string; description: string;
    donnees: string[]; attendus: string[]; livrable: { forme: string; texte: string };
  }[];
}

/** Request `rncp/report`: the reviewer's report of the known drafts, as `rncp check --format markdown` prints it. */
export const REPORT_REQUEST = 'rncp/report';

/** Params of `rncp/report`; `uris` restricts the report to some drafts. */
export interface ReportParams {
  format: 'markdown';
  uris?: string[];
}

/** Result of `rncp/report`. */
export interface ReportResult {
  content: string;
}

/**
 * Request `rncp/fs/findFiles` (server → client): the files of a workspace folder that
 * match a glob. The web server has no file system: the client answers with
 * `vscode.workspace.findFiles`, so virtual file systems (github.dev) work too.
 */
export const FS_FIND_FILES_REQUEST = 'rncp/fs/findFiles';

/** Params of `rncp/fs/findFiles`; globs relative to the folder, as `RelativePattern` takes them. */
export interface FindFilesParams {
  /** The workspace folder's URI. */
  folder: string;
  include: string;
  exclude?: string;
}

/** Result of `rncp/fs/findFiles`: the URIs found. */
export interface FindFilesResult {
  uris: string[];
}

/** Request `rncp/fs/readFile` (server → client): a file's bytes, through `vscode.workspace.fs`. */
export const FS_READ_FILE_REQUEST = 'rncp/fs/readFile';

/** Params of `rncp/fs/readFile` and `rncp/fs/stat`. */
export interface FileParams {
  uri: string;
}

/** Why a file could not be read: `notFound` and `isDirectory` are expected on deletions; `tooBig`: over the limit. */
export type FileErrorCode = 'notFound' | 'isDirectory' | 'tooBig' | 'other';

/**
 * Result of `rncp/fs/readFile`: the bytes in base64 (JSON-safe on every transport),
 * or why there are none.
 */
export type ReadFileResult = { base64: string } | { error: FileErrorCode; message: string };

/** Request `rncp/fs/stat` (server → client): what a URI is, through `vscode.workspace.fs.stat`. */
export const FS_STAT_REQUEST = 'rncp/fs/stat';

/** Result of `rncp/fs/stat`: null when nothing is there. `mtime` in milliseconds. */
export type StatResult = { type: 'file' | 'directory' | 'other'; size: number; mtime: number } | null;

/** Request `rncp/document`: one exam document of a draft (FORMAT.md §10), for the export commands and the preview. */
export const DOCUMENT_REQUEST = 'rncp/document';

/** Params of `rncp/document`. */
export interface DocumentParams {
  uri: string;
  kind: 'candidat' | 'correcteur' | 'grille';
  /** `pdf` is not served: the client prints the HTML. */
  format: 'md' | 'html' | 'docx' | 'csv';
}

/** Result of `rncp/document`: the file's content (text, or base64 for docx), or why it cannot be exported. */
export interface DocumentResult {
  title: string;
  /** The name the file takes beside the draft (`sujet.candidat.docx`). */
  fileName: string;
  text?: string;
  base64?: string;
  /** Set when the document must not be exported (an unclosed container); nothing else is given. */
  blocked?: { fr: string; en: string };
  /** Said before writing (placeholders left). */
  warnings: { fr: string; en: string }[];
}
