/** Diagnostics of each kind, with their codes, severities, exact ranges and the severity settings. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, diagnosticsWhen, open, rncpDiagnostics, setSetting, textAt, ws } from './helpers';

const S = vscode.DiagnosticSeverity;

/** `code severity «text of the range»` for each rncp diagnostic of an open document. */
function describeAll(doc: vscode.TextDocument, only?: string[]): string[] {
  return rncpDiagnostics(doc.uri)
    .filter((d) => !only || only.includes(codeOf(d)!))
    .map((d) => `${codeOf(d)} ${S[d.severity]} «${textAt(doc, d.range)}»`)
    .sort();
}

describe('diagnostics', () => {
  after(async () => {
    await setSetting('severity.critereManquant', undefined);
    await closeAll();
  });

  it('reports missing competencies, missing criteria and tags outside the modality (m1-lacunes)', async () => {
    const { document: doc } = await open('m1-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'all of them', (ds) => ds.length === 7);
    assert.deepEqual(describeAll(doc, ['competence-manquante', 'hors-modalite']), ['competence-manquante Warning «M1»', 'hors-modalite Warning «C9»']);
    const missing = rncpDiagnostics(doc.uri).filter((d) => codeOf(d) === 'critere-manquant');
    // One per partial competency (C2, C4), listing its uncovered criteria.
    assert.deepEqual(missing.map((d) => d.message).sort(), [
      'C2 partielle : 4 critères non visés — C2.1, C2.2, C2.3, C2.4',
      'C4 partielle : 5 critères non visés — C4.4, C4.5, C4.6, C4.7, C4.8',
    ]);
    assert.deepEqual(describeAll(doc, ['critere-manquant']), ['critere-manquant Information «C2»', 'critere-manquant Information «C4»']);
    assert.match(rncpDiagnostics(doc.uri).find((d) => codeOf(d) === 'competence-manquante')!.message, /^Compétence C5 non évaluée : « Proposer la stratégie commerciale à la direction générale »/);
  });

  it('reports unknown criteria, malformed tags and invalid ranges (m2-lacunes)', async () => {
    const { document: doc } = await open('m2-lacunes.cas.md');
    await diagnosticsWhen(doc.uri, 'all of them', (ds) => ds.length === 16);
    assert.deepEqual(describeAll(doc, ['competence-manquante', 'critere-inconnu', 'plage-invalide', 'tag-malforme']), [
      'competence-manquante Warning «M2»',
      'critere-inconnu Error «C7.9»',
      'plage-invalide Error «C9-C6»',
      'tag-malforme Warning «{C6; C7}»',
    ]);
  });

  it('reports unknown competencies in a plain .md draft (m3-lacunes.md)', async () => {
    const { document: doc } = await open('m3-lacunes.md');
    await diagnosticsWhen(doc.uri, 'C21', (ds) => ds.some((d) => codeOf(d) === 'competence-inconnue'));
    assert.deepEqual(describeAll(doc, ['competence-inconnue', 'competence-manquante']), ['competence-inconnue Error «C21»', 'competence-manquante Warning «M3»']);
  });

  it('reports front matter problems: invalid YAML, missing or unknown modality, unknown référentiel', async () => {
    // Untitled casestudy documents: drafts while open, gone once closed (files would stay in
    // the workspace's lists as long as VS Code keeps their documents).
    const cases: [string, string][] = [
      ['---\nmodalite: M1\ntitre: "non fermé\n---\n\n# Sujet {C1}\n', 'frontmatter-invalide Error'],
      ['---\ntitre: Sujet\n---\n\n# Sujet {C1}\n', 'modalite-absente Warning'],
      ['---\nmodalite: M9\n---\n\n# Sujet {C1}\n', 'modalite-inconnue Error «M9»'],
      ['---\nreferentiel: rncp-inconnu\nmodalite: M1\n---\n\n# Sujet {C1}\n', 'referentiel-inconnu Error «rncp-inconnu»'],
    ];
    for (const [text, expected] of cases) {
      const doc = await vscode.workspace.openTextDocument({ language: 'casestudy', content: text });
      await vscode.window.showTextDocument(doc);
      const uri = doc.uri;
      const code = expected.split(' ')[0];
      await diagnosticsWhen(uri, code, (ds) => ds.some((d) => codeOf(d) === code));
      const got = describeAll(doc, [code]);
      assert.equal(got.length, 1, got.join('\n'));
      assert.ok(got[0].startsWith(expected), `${got[0]} should start with ${expected}`);
    }
  });

  it('applies the severity settings (rncp.severity.critereManquant)', async () => {
    const { document: doc } = await open('m1-lacunes.cas.md');
    await setSetting('severity.critereManquant', 'off');
    await diagnosticsWhen(doc.uri, 'no critere-manquant', (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'critere-manquant'));
    await setSetting('severity.critereManquant', 'warning');
    const ds = await diagnosticsWhen(doc.uri, 'critere-manquant as warnings', (all) => all.filter((d) => codeOf(d) === 'critere-manquant').length === 2);
    assert.ok(ds.filter((d) => codeOf(d) === 'critere-manquant').every((d) => d.severity === S.Warning));
    await setSetting('severity.critereManquant', undefined);
    await diagnosticsWhen(doc.uri, 'critere-manquant back to information', (all) =>
      all.filter((d) => codeOf(d) === 'critere-manquant').length === 2 && all.filter((d) => codeOf(d) === 'critere-manquant').every((d) => d.severity === S.Information));
  });

  it('lists closed drafts of the workspace too (workspace diagnostics)', async () => {
    // m4-lacunes is never opened by this suite before this test.
    const ds = await diagnosticsWhen(ws('m4-lacunes.cas.md'), 'C19 and C20 missing', (all) => all.filter((d) => codeOf(d) === 'competence-manquante').length === 2);
    assert.ok(ds.every((d) => d.source === 'rncp'));
  });
});
