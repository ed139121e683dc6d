/**
 * The `--format sarif` report: SARIF 2.1.0, one rule per diagnostic code. Each draft is an
 * artifact whose properties bag carries its modality, its points against its barème, its
 * duration and, per expected competency, its status, points and share of the subject's points.
 */
import type { Severity } from '../diagnostic';
import type { Lang } from '../i18n';
import { RULES } from '../rules/registry';
import { clean, type FileReport, pointsFigures } from './files';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Renders the SARIF log; `version` is the tool's version. */
export function sarifReport(files: FileReport[], lang: Lang, version: string, rootUri?: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'rncp',
          semanticVersion: version,
          language: lang,
          rules: RULES.map((r) => ({
            id: r.code,
            name: r.code.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(''),
            shortDescription: { text: r.description[lang] },
            fullDescription: { text: `${r.description.fr} / ${r.description.en}` },
            help: { text: r.description.fr },
            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      ...(rootUri ? { originalUriBaseIds: { SRCROOT: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } } } : {}),
      artifacts: files.map((f) => ({
        location: artifactLocation(f.path, rootUri),
        roles: ['analysisTarget'],
        properties: artifactProperties(f),
      })),
      results: files.flatMap((f, index) => f.analysis.diagnostics.map((d) => ({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { ...artifactLocation(f.path, rootUri), index },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        }],
      }))),
    }],
  };
  return JSON.stringify(log, null, 2);
}

/** What SARIF viewers may show beside a draft's results: modality, points, duration, per-competency points. */
function artifactProperties(f: FileReport): Record<string, unknown> {
  const a = f.analysis;
  return {
    modalite: a.modalite?.id ?? null,
    ...pointsFigures(a),
    competences: (a.coverage?.competences ?? []).map((c) => ({ id: c.id, status: c.status, points: clean(c.points ?? 0), share: clean(c.share ?? 0) })),
  };
}

/** Where a file is: relative to the root when it has one, else an absolute file URI. */
function artifactLocation(p: string, rootUri: string | undefined): { uri: string; uriBaseId?: string } {
  if (p.startsWith('/')) return { uri: `file://${encodePath(p)}` };
  return rootUri ? { uri: encodePath(p), uriBaseId: 'SRCROOT' } : { uri: encodePath(p) };
}

/** A relative path as a URI reference (spaces and accents percent-encoded). */
function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
