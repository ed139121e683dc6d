/**
 * The `rncp.*` settings of the editor mapped onto the core's RncpSettings,
 * pulled through workspace/configuration and pulled again on
 * workspace/didChangeConfiguration.
 */
import { Emitter, type Connection, type Disposable, type Event } from 'vscode-languageserver';
import { SEVERITY_SETTINGS, type SeveritySetting } from './core/diagnostic';
import { langFromLocale } from './core/i18n';
import {
  type ConfigurableCode, type RncpSettings, SEVERITY_SETTING_KEYS, type SeveritySettingKey, WORKSPACE_DIAGNOSTICS, type WorkspaceDiagnostics, withDefaults,
} from './core/settings';
import { describe, type Logger } from './guard';

/** The `rncp` section as the client sends it (every field optional, values unchecked). */
export interface ClientSettings {
  severity?: Partial<Record<SeveritySettingKey, unknown>>;
  workspaceDiagnostics?: unknown;
  inlayHints?: unknown;
  /** Whether blocks are read through the block cache (default true). */
  incremental?: unknown;
  /** `auto` (the editor's language), `fr` or `en`. */
  language?: unknown;
  referentiel?: { allowOutside?: unknown };
  /** Bytes above which a draft is not analysed. */
  maxFileSize?: unknown;
}

const SEVERITIES = new Set<string>(SEVERITY_SETTINGS);

/**
 * Maps the client's `rncp` section onto RncpSettings. Invalid values fall back to
 * the defaults; `language: auto` follows the editor's locale, French otherwise.
 * Dotted keys (`"severity.horsModalite"`, as some editors write them) are read too.
 * `RNCP_INCREMENTAL_CHECK=1` in the server's environment turns the incremental
 * check on (both parses, differences logged), whatever `incremental` says.
 */
export function toRncpSettings(raw: unknown, locale: string | undefined, env: Record<string, string | undefined> = {}): RncpSettings {
  const s = nest(raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}) as ClientSettings;
  const severities: RncpSettings['severities'] = {};
  const sev = s.severity && typeof s.severity === 'object' ? (s.severity as Record<string, unknown>) : {};
  for (const [code, key] of Object.entries(SEVERITY_SETTING_KEYS) as [ConfigurableCode, SeveritySettingKey][]) {
    const v = sev[key];
    if (typeof v === 'string' && SEVERITIES.has(v)) severities[code] = v as SeveritySetting;
  }
  const language = s.language === 'fr' || s.language === 'en' ? s.language : langFromLocale(locale);
  // The debug mode that runs both parses is for whoever starts the editor with it, not a setting.
  const incremental = env.RNCP_INCREMENTAL_CHECK === '1' ? 'check' : s.incremental === false ? 'off' : 'on';
  return withDefaults({
    lang: language,
    severities,
    ...(workspaceDiagnostics(s.workspaceDiagnostics) ? { workspaceDiagnostics: workspaceDiagnostics(s.workspaceDiagnostics) } : {}),
    ...(typeof s.inlayHints === 'boolean' ? { inlayHints: s.inlayHints } : {}),
    ...(s.referentiel && typeof s.referentiel === 'object' && typeof s.referentiel.allowOutside === 'boolean' ? { allowReferentielOutside: s.referentiel.allowOutside } : {}),
    incremental,
    ...(typeof s.maxFileSize === 'number' && Number.isSafeInteger(s.maxFileSize) && s.maxFileSize > 0 ? { maxFileSize: s.maxFileSize } : {}),
  });
}

/**
 * The `workspaceDiagnostics` value, undefined when invalid. It was a boolean
 * before it had three values: `false` is `off`, `true` the default (errors and
 * warnings), since `true` was the default and meant "report unopened drafts".
 */
function workspaceDiagnostics(v: unknown): WorkspaceDiagnostics | undefined {
  if (v === true) return 'errorsAndWarnings';
  if (v === false) return 'off';
  return (WORKSPACE_DIAGNOSTICS as readonly unknown[]).includes(v) ? (v as WorkspaceDiagnostics) : undefined;
}

/** Turns `{"severity.horsModalite": x}` into `{severity: {horsModalite: x}}`. */
function nest(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const parts = k.replace(/^rncp\./, '').split('.');
    let at = out;
    for (const p of parts.slice(0, -1)) at = (at[p] = at[p] && typeof at[p] === 'object' ? at[p] : {}) as Record<string, unknown>;
    const last = parts[parts.length - 1];
    at[last] = v && typeof v === 'object' && !Array.isArray(v) ? { ...(at[last] as object), ...nest(v as Record<string, unknown>) } : v;
  }
  return out;
}

/** What changed when settings were read again. */
export interface SettingsChange {
  previous: RncpSettings;
  current: RncpSettings;
}

/** Holds the current settings and reads them again when the editor says they changed. */
export class SettingsManager implements Disposable {
  private value: RncpSettings;
  private readonly changed = new Emitter<SettingsChange>();
  /** Fired when a reading differs from the previous settings. */
  readonly onDidChange: Event<SettingsChange> = this.changed.event;

  constructor(
    private readonly connection: Connection,
    private readonly options: { pull: boolean; locale?: string; log: Logger; env?: Record<string, string | undefined> },
  ) {
    this.value = toRncpSettings(undefined, options.locale, options.env);
  }

  /** The settings in force. */
  get current(): RncpSettings {
    return this.value;
  }

  /** Pulls the `rncp` section (when the client supports it) and applies it. */
  async load(): Promise<void> {
    if (!this.options.pull) return;
    let raw: unknown;
    try {
      raw = await this.connection.workspace.getConfiguration({ section: 'rncp' });
    } catch (e) {
      this.options.log.warn(`rncp: could not read the settings: ${describe(e)}`);
      return;
    }
    this.apply(raw);
  }

  /** workspace/didChangeConfiguration: pull again, or read the pushed settings of older clients. */
  async didChange(pushed: unknown): Promise<void> {
    if (this.options.pull) return this.load();
    const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>).rncp : undefined;
    if (section !== undefined) this.apply(section);
  }

  private apply(raw: unknown): void {
    const next = toRncpSettings(raw, this.options.locale, this.options.env);
    if (JSON.stringify(next) === JSON.stringify(this.value)) return;
    const previous = this.value;
    this.value = next;
    this.changed.fire({ previous, current: next });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
