/**
 * The core's entry point: a draft's text in, its model, coverage and
 * diagnostics out. Pure: the référentiel is resolved by the caller's resolver.
 */
import { addPoints, computeCoverage, type Coverage } from './coverage';
import type { Diagnostic, Severity } from './diagnostic';
import { bareModel, type BlockParser, type DraftModel, readDraft } from './draft';
import type { Localized } from './i18n';
import { DEFAULT_BUDGET, tooLarge } from './parse/budget';
import type { FrontMatterValue } from './parse/frontMatter';
import { notTextMessage } from './parse/notText';
import { type Bareme, computeBareme } from './points';
import { findQuestions, type Questions } from './questions';
import type { Modalite, Referentiel } from './referentiel/model';
import { lookup } from './referentiel/lookup';
import { erreurInterne, internalErrorFinding } from './rules/erreurInterne';
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
  /** Marks, sums and points per competency (FORMAT.md §8). */
  bareme?: Bareme;
  /** The questions and their answer keys (FORMAT.md §9). */
  questions?: Questions;
  diagnostics: Diagnostic[];
  /**
   * Parts that failed, as `part: message [ErrorName]` (no stack): a rule, the référentiel,
   * the coverage or the reading (`analysis`). The adapter logs them; the author sees one
   * `erreur-interne`; the other parts still ran.
   */
  failures: string[];
}

/**
 * Resolves the `referentiel` value: none given is the default; an empty one is
 * reported and means the default (as while the author is typing it); a value that
 * is not text is not guessed at (`referentiel-inconnu`, see notText.ts).
 */
function resolveValue(v: FrontMatterValue | undefined, fileName: string, resolve: ReferentielResolver): ResolvedReferentiel {
  if (v?.notText) return { error: notTextMessage('referentiel', v) };
  if (v && v.value === '') return { ...resolve(undefined, fileName), error: notTextMessage('referentiel', v) };
  return resolve(v?.value, fileName);
}

/** Analyses one text; a non-draft gets a model and nothing else. */
export function analyzeDraft(fileName: string, text: string, options: AnalyzeOptions): DraftAnalysis {
  const settings = withDefaults(options.settings);
  try {
    const model = readDraft(fileName, text, options.parse, { ...DEFAULT_BUDGET, maxBytes: settings.maxFileSize });
    return analyzeModel(model, options);
  } catch (e) {
    // Nothing that escapes the reading of one draft may stop the others: it becomes
    // one erreur-interne diagnostic, and the adapter logs `failures` once.
    return internalErrorAnalysis(fileName, text, errorText(e), options);
  }
}

/**
 * The analysis of a file too large to analyse (`bytes` over `settings.maxFileSize`),
 * from its first bytes decoded (`head`): its front matter says whether it is a
 * draft (undefined when not), and it gets one `analyse-incomplete` on line 1.
 */
export function analyzeOversized(fileName: string, head: string, bytes: number, options: AnalyzeOptions): DraftAnalysis | undefined {
  const settings = withDefaults(options.settings);
  const model = readDraft(fileName, head, () => []);
  if (!model.isDraft) return undefined;
  const over = tooLarge(head, bytes, settings.maxFileSize);
  return analyzeModel({ ...model, incomplete: { span: over.span, cut: 0, messages: over.messages } }, options);
}

/** The analysis of a draft whose analysis failed outside the core (`what`: the error, without stack). */
export function internalErrorAnalysis(fileName: string, text: string, what: string, options: AnalyzeOptions): DraftAnalysis {
  return analyzeModel(bareModel(fileName, text, what), { ...options, rules: [erreurInterne] }, [`analysis: ${what}`]);
}

/** Runs the semantic part (référentiel, coverage, rules) on a model already read. */
export function analyzeModel(model: DraftModel, options: AnalyzeOptions, failed: string[] = []): DraftAnalysis {
  if (!model.isDraft) return { model, diagnostics: [], failures: [] };
  const settings = withDefaults(options.settings);
  const fm = model.frontMatter;
  let resolved: ResolvedReferentiel;
  try {
    resolved = resolveValue(fm?.referentiel, model.fileName, options.resolve);
  } catch (e) {
    failed.push(`referentiel: ${errorText(e)}`);
    resolved = {};
  }
  const referentiel = resolved.referentiel;
  const modalite = referentiel && fm?.modalite?.value && !fm.modalite.notText ? lookup(referentiel).modalite(fm.modalite.value) : undefined;
  let coverage: Coverage | undefined;
  try {
    coverage = referentiel && modalite ? computeCoverage(model, referentiel, modalite) : undefined;
  } catch (e) {
    failed.push(`coverage: ${errorText(e)}`);
  }
  let bareme: Bareme | undefined;
  try {
    bareme = computeBareme(model, referentiel);
    if (coverage && referentiel) coverage = addPoints(coverage, bareme, referentiel);
  } catch (e) {
    failed.push(`bareme: ${errorText(e)}`);
  }
  let questions: Questions | undefined;
  try {
    questions = findQuestions(model);
  } catch (e) {
    failed.push(`questions: ${errorText(e)}`);
  }
  const ctx: RuleContext = { model, referentiel, referentielError: resolved.error, modalite, coverage, bareme, questions };
  const diagnostics: Diagnostic[] = [];
  const failures: string[] = [...failed];
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
      failures.push(`${rule.code}: ${errorText(e)}`);
    }
  }
  // A part that failed is one diagnostic, not a silent hole in the checks.
  if (failures.length > 0 && !diagnostics.some((d) => d.code === 'erreur-interne')) {
    const f = internalErrorFinding(model.lines.lineEnd(0), failures[0]);
    diagnostics.push({ code: 'erreur-interne', severity: 'error', range: model.lines.rangeOf(f.span), message: f.messages[settings.lang], messages: f.messages });
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { model, referentiel, modalite, coverage, bareme, questions, diagnostics, failures };
}

/** An error's message without its stack (authors and CI logs never see stacks). */
export function errorText(e: unknown): string {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return 'stack overflow';
  return e instanceof Error ? `${e.message.split('\n')[0]} [${e.name}]` : String(e);
}
