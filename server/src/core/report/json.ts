/** The `--format json` report of FORMAT.md §7, with the points and duration of §10. */
import { clean, type FileReport, oneBased, pointsFigures } from './files';

/** Renders the JSON report (pretty-printed). */
export function jsonReport(files: FileReport[]): string {
  return JSON.stringify({
    files: files.map(({ path, analysis }) => ({
      path,
      referentiel: analysis.referentiel?.id ?? analysis.model.frontMatter?.referentiel?.value ?? null,
      modalite: analysis.modalite?.id ?? (analysis.model.frontMatter?.modalite?.value || null),
      diagnostics: analysis.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...oneBased(d) })),
      coverage: (analysis.coverage?.competences ?? []).map((c) => ({
        id: c.id,
        status: c.status,
        criteres: c.criteres.map((k) => ({ id: k.id, covered: k.covered })),
        points: clean(c.points ?? 0),
      })),
      ...pointsFigures(analysis),
    })),
  }, null, 2);
}
