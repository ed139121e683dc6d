/** The diagnostics the core reports (FORMAT.md §6), shaped like LSP's. */
import type { Localized } from './i18n';
import type { Range } from './text';

/** Every diagnostic code of the contract; a code never changes with the language. */
export const DIAGNOSTIC_CODES = [
  'frontmatter-invalide',
  'modalite-absente',
  'modalite-inconnue',
  'referentiel-inconnu',
  'competence-inconnue',
  'critere-inconnu',
  'plage-invalide',
  'tag-malforme',
  'hors-modalite',
  'competence-manquante',
  'critere-manquant',
  'valeur-invalide',
  'bareme-total',
  'bareme-incoherent',
  'points-sans-competence',
  'competence-sans-points',
  'duree-depassee',
  'corrige-non-ferme',
  'question-sans-corrige',
  'question-a-rediger',
  'analyse-incomplete',
  'erreur-interne',
] as const;

/** A diagnostic code. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** Severities, as named in the CLI's JSON. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The values of a severity setting, least severe first (the order of the editor's setting enum). */
export const SEVERITY_SETTINGS = ['off', 'hint', 'information', 'warning', 'error'] as const satisfies readonly (Severity | 'off')[];

/** A severity setting: a severity, or `off` to silence a code. */
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** A diagnostic of a draft. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  range: Range;
  /** The message in the requested language. */
  message: string;
  /** The message in both languages. */
  messages: Localized;
  /** Facts for quick fixes (a suggested code, the competency concerned…). */
  data?: DiagnosticData;
}

/** What a quick fix needs to know about a diagnostic. */
export interface DiagnosticData {
  /** The competency or criterion concerned. */
  id?: string;
  /** The criteria concerned, when there are several (`critere-manquant`: the uncovered ones). */
  criteres?: string[];
  /** A replacement text for the range, when one is clear. */
  replacement?: string;
}

/** Severity order, most severe first (for sorting and thresholds). */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
