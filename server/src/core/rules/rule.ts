/** What a rule is: one diagnostic code, its default severity and its check. */
import type { Coverage } from '../coverage';
import type { DiagnosticCode, DiagnosticData, Severity } from '../diagnostic';
import type { DraftModel } from '../draft';
import type { Localized } from '../i18n';
import type { Bareme } from '../points';
import type { Questions } from '../questions';
import type { Modalite, Referentiel } from '../referentiel/model';
import type { Span } from '../text';

/** What every rule may read about the draft under analysis. */
export interface RuleContext {
  model: DraftModel;
  /** The référentiel in force, when it could be resolved. */
  referentiel?: Referentiel;
  /** Why the `referentiel` value could not be resolved, when it could not. */
  referentielError?: Localized;
  /** The draft's modality, when it names a known one. */
  modalite?: Modalite;
  /** The coverage, when the modality is known. */
  coverage?: Coverage;
  /** Marks, sums and points per competency (FORMAT.md §8); absent only when computing it failed. */
  bareme?: Bareme;
  /** The questions and their answer keys (FORMAT.md §9); absent only when finding them failed. */
  questions?: Questions;
}

/** One problem a rule found. */
export interface RuleFinding {
  span: Span;
  messages: Localized;
  data?: DiagnosticData;
}

/**
 * A rule: one code of FORMAT.md §6. `C` is its code as a literal type, so the
 * registry can demand, code by code, the rule that reports it.
 */
export interface Rule<C extends DiagnosticCode = DiagnosticCode> {
  code: C;
  defaultSeverity: Severity;
  /** What the rule checks, for documentation and SARIF help. */
  description: Localized;
  check(ctx: RuleContext): RuleFinding[];
}

/** Quotes a title the French way and the English way. */
export function quoted(title: string): Localized {
  return { fr: `« ${title} »`, en: `“${title}”` };
}
