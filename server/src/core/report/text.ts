/** The default `text` report: one line a diagnostic, then coverage (and points) per draft and totals. */
import type { Lang } from '../i18n';
import { countSeverities, type FileReport, oneBased, severityWord, statusWord } from './files';
import { coverageSummary, pointsSummary } from './summary';

/** Renders the text report. */
export function textReport(files: FileReport[], lang: Lang): string {
  const out: string[] = [];
  for (const { path, analysis } of files) {
    for (const d of analysis.diagnostics) {
      const p = oneBased(d);
      out.push(`${path}:${p.line}:${p.column}  ${severityWord(d.severity, lang)}  ${d.message}  [${d.code}]`);
    }
  }
  if (out.length > 0) out.push('');
  out.push(lang === 'fr' ? 'Couverture :' : 'Coverage:');
  for (const { path, analysis } of files) {
    const c = analysis.coverage;
    if (!c) {
      out.push(`  ${path}  ${lang === 'fr' ? 'couverture non calculée (modalité absente ou inconnue)' : 'coverage not computed (missing or unknown modality)'}`);
      continue;
    }
    const gaps = (['absente', 'partielle'] as const)
      .map((s) => {
        const ids = c.competences.filter((x) => x.status === s).map((x) => x.id);
        return ids.length ? `${ids.join(', ')} ${statusWord(s, lang)}${ids.length > 1 && lang === 'fr' ? 's' : ''}` : '';
      })
      .filter(Boolean);
    const complete = lang === 'fr' ? 'complet' : 'complete';
    const pts = pointsSummary(c, lang);
    out.push(`  ${path}  ${coverageSummary(c, lang)}${pts ? ` · ${pts}` : ''}  (${gaps.length ? gaps.join(lang === 'fr' ? '\u00a0; ' : '; ') : complete})`);
  }
  const n = countSeverities(files);
  const drafts = files.length;
  out.push('');
  out.push(lang === 'fr'
    ? `${drafts} brouillon${drafts > 1 ? 's' : ''} · ${plural(n.error, 'erreur', 'erreurs')} · ${plural(n.warning, 'avertissement', 'avertissements')} · ${plural(n.information, 'information', 'informations')} · ${plural(n.hint, 'suggestion', 'suggestions')}`
    : `${drafts} draft${drafts > 1 ? 's' : ''} · ${plural(n.error, 'error', 'errors')} · ${plural(n.warning, 'warning', 'warnings')} · ${plural(n.information, 'information', 'informations')} · ${plural(n.hint, 'hint', 'hints')}`);
  return out.join('\n');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}
