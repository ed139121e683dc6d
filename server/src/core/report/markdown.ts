/**
 * The `--format markdown` report a reviewer pastes or prints: per draft a
 * table compétence × statut × critères, then a matrix drafts × compétences
 * grouped by bloc. The extension's export writes the same text.
 */
import type { CoverageStatus } from '../coverage';
import type { Lang } from '../i18n';
import type { Referentiel } from '../referentiel/model';
import { countSeverities, type FileReport, statusWord } from './files';
import { coverageSummary } from './summary';

type CellStatus = CoverageStatus | 'hors-modalite';

const ICON: Record<CellStatus, string> = { complete: '✅', partielle: '🟡', absente: '❌', 'hors-modalite': '⚠️' };

/** Renders the Markdown report. */
export function markdownReport(files: FileReport[], lang: Lang): string {
  const fr = lang === 'fr';
  const out: string[] = [];
  out.push(fr ? '# Rapport de couverture RNCP' : '# RNCP coverage report', '');
  const n = countSeverities(files);
  out.push(fr
    ? `${files.length} sujet(s) analysé(s) · ${n.error} erreur(s) · ${n.warning} avertissement(s) · ${n.information} information(s).`
    : `${files.length} subject(s) analysed · ${n.error} error(s) · ${n.warning} warning(s) · ${n.information} information(s).`, '');
  out.push(`${fr ? 'Légende\u00a0: ' : 'Legend: '}${(['complete', 'partielle', 'absente', 'hors-modalite'] as const).map((s) => `${ICON[s]} ${statusWord(s, lang)}`).join(' · ')}`, '');

  for (const { path, analysis } of files) {
    const titre = analysis.model.frontMatter?.data?.titre;
    out.push(`## ${escapeCell(path)}${typeof titre === 'string' ? ` — ${escapeCell(titre)}` : ''}`, '');
    const c = analysis.coverage;
    if (!c) {
      out.push(fr ? '_Couverture non calculée : modalité absente ou inconnue._' : '_Coverage not computed: missing or unknown modality._', '');
    } else {
      out.push(`**${coverageSummary(c, lang)}**`, '');
      out.push(fr ? '| Compétence | Statut | Critères couverts |' : '| Competency | Status | Criteria covered |', '| --- | --- | --- |');
      for (const comp of c.competences) {
        const covered = comp.criteres.filter((k) => k.covered).map((k) => k.id);
        out.push(`| ${comp.id} — ${escapeCell(comp.titre)} | ${ICON[comp.status]} ${statusWord(comp.status, lang)} | ${covered.length}/${comp.criteres.length}${covered.length ? ` (${covered.join(', ')})` : ''} |`);
      }
      out.push('');
      if (c.horsModalite.length) {
        out.push(`${fr ? 'Hors modalité\u00a0: ' : 'Outside the modality: '}${c.horsModalite.map((h) => h.id).join(', ')}`, '');
      }
    }
    const errs = analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    if (errs.length) {
      out.push(fr ? '<details><summary>Erreurs et avertissements</summary>' : '<details><summary>Errors and warnings</summary>', '');
      for (const d of errs) out.push(`- ${fr ? 'ligne' : 'line'} ${d.range.start.line + 1}${fr ? '\u00a0: ' : ': '}${escapeCell(d.message)} \`${d.code}\``);
      out.push('', '</details>', '');
    }
  }

  const byRef = new Map<string, { ref: Referentiel; files: FileReport[] }>();
  for (const f of files) {
    const ref = f.analysis.referentiel;
    if (!ref || !f.analysis.coverage) continue;
    const entry = byRef.get(ref.id) ?? { ref, files: [] };
    entry.files.push(f);
    byRef.set(ref.id, entry);
  }
  for (const { ref, files: group } of byRef.values()) {
    out.push(fr ? `## Matrice des sujets × compétences (${ref.id})` : `## Subjects × competencies matrix (${ref.id})`, '');
    for (const bloc of ref.blocs) {
      const comps = ref.competences.filter((c) => c.bloc === bloc.id);
      if (comps.length === 0) continue;
      out.push(`### ${bloc.id} — ${escapeCell(bloc.titre)}`, '');
      out.push(`| ${fr ? 'Sujet' : 'Subject'} | ${fr ? 'Modalité' : 'Modality'} | ${comps.map((c) => c.id).join(' | ')} |`);
      out.push(`| --- | --- |${comps.map(() => ' :-: |').join('')}`);
      for (const f of group) {
        const cov = f.analysis.coverage!;
        const cells = comps.map((c) => {
          const s = cellStatus(cov.competences.find((x) => x.id === c.id)?.status, cov.horsModalite.some((h) => h.id === c.id));
          return s ? ICON[s] : '·';
        });
        out.push(`| ${escapeCell(f.path)} | ${cov.modalite} | ${cells.join(' | ')} |`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

function cellStatus(status: CoverageStatus | undefined, outside: boolean): CellStatus | undefined {
  return status ?? (outside ? 'hors-modalite' : undefined);
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
