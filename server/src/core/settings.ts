/** The one typed settings object, with its defaults; adapters map their settings onto it. */
import type { DiagnosticCode, SeveritySetting } from './diagnostic';
import type { Lang } from './i18n';

/** Everything a user can set. */
export interface RncpSettings {
  /** Message language. */
  lang: Lang;
  /** Severity overrides by code (`off` silences a code). */
  severities: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** Whether the server analyses and reports unopened drafts of the workspace. */
  workspaceDiagnostics: boolean;
  /** Whether inlay hints show competency titles after tags. */
  inlayHints: boolean;
  /** Files larger than this (in bytes) are not analysed (one analyse-incomplete instead; see parse/budget.ts). */
  maxFileSize: number;
}

/** The defaults: French, contract severities, everything on. */
export const DEFAULT_SETTINGS: RncpSettings = {
  lang: 'fr',
  severities: {},
  workspaceDiagnostics: true,
  inlayHints: true,
  maxFileSize: 20_000_000,
};

/** Settings with defaults filled in from a partial object. */
export function withDefaults(partial: Partial<RncpSettings> = {}): RncpSettings {
  return { ...DEFAULT_SETTINGS, ...partial, severities: { ...DEFAULT_SETTINGS.severities, ...partial.severities } };
}
