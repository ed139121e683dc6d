/**
 * The core's entry point: a draft's text in, its model, coverage and
 * diagnostics out. Pure: the référentiel is resolved by the caller's resolver.
 */
import { computeCoverage, type Coverage } from './coverage';
import type { Diagnostic, Severity } from './diagnostic';
import { type BlockParser, type DraftModel, readDraft } from './draft';
import type { Localized } from './i18n';
import type { Modalite, Referentiel } from './referentiel/model';
import { lookup } from './referentiel/lookup';
import { RULES } from './rules/registry';
import type { Rule, RuleContext } from './rules/rule';
import { type RncpSettings, severitySetting, withDefaults } from './settings';

/** What a resolver answers for a `referentiel` value. */
export interface ResolvedReferentiel {
  referentiel?: Referentiel;
  /** Why it could not be resolved (a message for `referentiel-inconnu`). */
  error?: Localized;
}

/**
 * Resolves a draft's `referentiel` value (undefined: none given, use the default)
 * for the draft at `fileName`. Adapters implement it (bundled ids, files).
 */
export type ReferentielResolver = (value: string | undefined, fileName: string) => ResolvedReferentiel;

/** Options of an analysis. */
export interface AnalyzeOptions {
  resolve: ReferentielResolver;
  settings?: Partial<RncpSettings>;
  /** Supplies the blocks (a cache); the default parses the whole body. */
  parse?: BlockParser;
  /** The rules to run (all by default). */
  rules?: readonly Rule[];
}

/** The analysis of a draft. */
export interface DraftAnalysis {
  model: DraftModel;
  referentiel?: Referentiel;
  modalite?: Modalite;
  coverage?: Coverage;
  diagnostics: Diagnostic[];
  /** Rules that failed (their error), so an adapter can log them; the others still ran. */
  failures: string[];
}

/** Analyses one text; a non-draft gets a model and nothing else. */
export function analyzeDraft(fileName: string, text: string, options: AnalyzeOptions): DraftAnalysis {
  const model = readDraft(fileName, text, options.parse);
  return analyzeModel(model, options);
}

/** Runs the semantic part (référentiel, coverage, rules) on a model already read. */
export function analyzeModel(model: DraftModel, options: AnalyzeOptions): DraftAnalysis {
  if (!model.isDraft) return { model, diagnostics: [], failures: [] };
  const settings = withDefaults(options.settings);
  const fm = model.frontMatter;
  const resolved = options.resolve(fm?.referentiel?.value || undefined, model.fileName);
  const referentiel = resolved.referentiel;
  const modalite = referentiel && fm?.modalite?.value ? lookup(referentiel).modalite(fm.modalite.value) : undefined;
  const coverage = referentiel && modalite ? computeCoverage(model, referentiel, modalite) : undefined;
  const ctx: RuleContext = { model, referentiel, referentielError: resolved.error, modalite, coverage };
  const diagnostics: Diagnostic[] = [];
  const failures: string[] = [];
  for (const rule of options.rules ?? RULES) {
    const setting = severitySetting(settings, rule.code) ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    try {
      for (const f of rule.check(ctx)) {
        diagnostics.push({
          code: rule.code,
          severity: setting as Severity,
          range: model.lines.rangeOf(f.span),
          message: f.messages[settings.lang],
          messages: f.messages,
          ...(f.data ? { data: f.data } : {}),
        });
      }
    } catch (e) {
      failures.push(`${rule.code}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { model, referentiel, modalite, coverage, diagnostics, failures };
}
