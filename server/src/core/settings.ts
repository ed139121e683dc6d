/** The one typed settings object, with its defaults; adapters map their settings onto it. */
import type { DiagnosticCode, SeveritySetting } from './diagnostic';
import type { Lang } from './i18n';

/**
 * The codes whose severity a user can set, each with its key: the editor's
 * `rncp.severity.<key>` (package.json must declare exactly these, with the rule's
 * default severity; test/tidy/registry.test.ts checks it). A configurable code is
 * one row here.
 */
export const SEVERITY_SETTING_KEYS = {
  'hors-modalite': 'horsModalite',
  'competence-manquante': 'competenceManquante',
  'critere-manquant': 'critereManquant',
  'valeur-invalide': 'valeurInvalide',
  'bareme-total': 'baremeTotal',
  'bareme-incoherent': 'baremeIncoherent',
  'points-sans-competence': 'pointsSansCompetence',
  'competence-sans-points': 'competenceSansPoints',
  'duree-depassee': 'dureeDepassee',
  'corrige-non-ferme': 'corrigeNonFerme',
  'question-sans-corrige': 'questionSansCorrige',
  'question-a-rediger': 'questionARediger',
} as const satisfies Partial<Record<DiagnosticCode, string>>;

/** A code whose severity is a setting. */
export type ConfigurableCode = keyof typeof SEVERITY_SETTING_KEYS;

/** The key of a severity setting (`horsModalite`…). */
export type SeveritySettingKey = (typeof SEVERITY_SETTING_KEYS)[ConfigurableCode];

/**
 * How a draft's blocks are read: `on` through the block cache (only the chunks an
 * edit touched are parsed again), `off` by one parse of the whole document at
 * every analysis, `check` both, compared (a debug mode: the whole-document
 * blocks are used, and any difference is reported).
 */
export type IncrementalMode = 'on' | 'off' | 'check';

/**
 * What the server reports for drafts that are not open: nothing (`off`: they
 * are not even indexed), their errors and warnings (the default: the Problems
 * panel is not drowned in informations), or everything.
 */
export const WORKSPACE_DIAGNOSTICS = ['off', 'errorsAndWarnings', 'all'] as const;

/** A value of the `workspaceDiagnostics` setting. */
export type WorkspaceDiagnostics = (typeof WORKSPACE_DIAGNOSTICS)[number];

/** Everything a user can set. */
export interface RncpSettings {
  /** Message language. */
  lang: Lang;
  /** Severity overrides of the configurable codes (`off` silences a code); the others keep their rule's. */
  severities: Partial<Record<ConfigurableCode, SeveritySetting>>;
  /** Whether the server analyses unopened drafts of the workspace, and which of their diagnostics it reports. */
  workspaceDiagnostics: WorkspaceDiagnostics;
  /** Whether inlay hints show competency titles after tags. */
  inlayHints: boolean;
  /** Files larger than this (in bytes) are not analysed (one analyse-incomplete instead; see parse/budget.ts). */
  maxFileSize: number;
  /** Whether a draft may name a référentiel file outside the workspace (or the CLI's checked folders). */
  allowReferentielOutside: boolean;
  /** How blocks are read (see IncrementalMode). */
  incremental: IncrementalMode;
}

/** The defaults: French, contract severities, everything on. */
export const DEFAULT_SETTINGS: RncpSettings = {
  lang: 'fr',
  severities: {},
  workspaceDiagnostics: 'errorsAndWarnings',
  inlayHints: true,
  maxFileSize: 20_000_000,
  allowReferentielOutside: false,
  incremental: 'on',
};

/** The severity setting in force for a code: its override when the code is configurable. */
export function severitySetting(settings: RncpSettings, code: DiagnosticCode): SeveritySetting | undefined {
  return Object.hasOwn(SEVERITY_SETTING_KEYS, code) ? settings.severities[code as ConfigurableCode] : undefined;
}

/** Settings with defaults filled in from a partial object. */
export function withDefaults(partial: Partial<RncpSettings> = {}): RncpSettings {
  return { ...DEFAULT_SETTINGS, ...partial, severities: { ...DEFAULT_SETTINGS.severities, ...partial.severities } };
}
