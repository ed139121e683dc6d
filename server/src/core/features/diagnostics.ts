/** Core diagnostics as LSP publishes them: the one conversion shared by publishing and quick fixes. */
import type { Diagnostic, Severity } from '../diagnostic';
import { DiagnosticSeverity, type LspDiagnostic } from './lsp';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A core diagnostic as an LSP one: same range, code and message; `source` is `rncp`. */
export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'rncp',
    message: d.message,
    ...(d.data ? { data: d.data } : {}),
  };
}
