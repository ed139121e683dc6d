/**
 * The evaluation grid (FORMAT.md §10): header, one row per criterion of each
 * expected competency with the questions that assess it, the jury's columns,
 * points per competency and bloc, the total and the jurors' lines; as
 * Markdown and as GridData.
 */
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/core/documents/build';
import { draftVersion, fnv1a32 } from '../../../server/src/core/documents/hash';
import { analyze } from '../../helpers/core';

const DRAFT = '---\nreferentiel: mdc-2023\nmodalite: M1\ntitre: "Petit sujet"\nbareme: 4\nduree: 1 h 30\n---\n\n## Dossier 1 — La veille {C1}\n\n1. Organisez la veille. {C1.1} (1,5 point)\n2. Classez les données. {C1.1} {C1.2} (2,5 points)\n';

describe('documents: the evaluation grid', () => {
  const doc = buildDocument(analyze(DRAFT), 'grille', 'fr');
  const lines = doc.markdown.split('\n');

  it('has a header with titre, référentiel, modalité, barème, durée and version', () => {
    assert.deepEqual(lines.slice(0, 8), [
      '# Grille d’évaluation — Petit sujet',
      '',
      '- **Référentiel\u00a0:** mdc-2023 — Manager du développement commercial',
      '- **Modalité\u00a0:** M1 — Elaboration d\'une stratégie commerciale issue d\'une analyse-diagnostic de marché',
      '- **Barème\u00a0:** 4\u00a0points',
      '- **Durée\u00a0:** 1\u00a0h\u00a030',
      `- **Version du sujet\u00a0:** ${draftVersion(DRAFT)}`,
      '',
    ]);
    assert.deepEqual(doc.grid?.header, { titre: 'Petit sujet', referentiel: 'mdc-2023', modalite: 'M1', bareme: 4, duree: 90, version: draftVersion(DRAFT) });
  });

  it('lists every criterion of the expected competencies with its questions and the jury’s columns', () => {
    const grid = doc.grid!;
    assert.equal(grid.rows.length, 22);
    assert.deepEqual(grid.rows.slice(0, 3).map((r) => [r.bloc, r.competence, r.critere, r.questions]), [
      ['B1', 'C1', 'C1.1', [{ label: 'Dossier 1, question 1', points: 1.5 }, { label: 'Dossier 1, question 2', points: 2.5 }]],
      ['B1', 'C1', 'C1.2', [{ label: 'Dossier 1, question 2', points: 2.5 }]],
      ['B1', 'C1', 'C1.3', []],
    ]);
    const i = lines.indexOf('### C1 — Concevoir un système de veille');
    assert.ok(i > 0, doc.markdown);
    assert.equal(lines[i + 2], '| Critère | Questions | Acquis | Partiellement acquis | Non acquis | Observations |');
    assert.equal(lines[i + 3], '| --- | --- | :---: | :---: | :---: | --- |');
    assert.match(lines[i + 4], /^\| C1\.1 — Le système de veille .* \| Dossier 1, question 1 \(1,5\u00a0point\)\u00a0; Dossier 1, question 2 \(2,5\u00a0points\) \|  \|  \|  \|  \|$/);
    assert.match(lines[i + 6], /^\| C1\.3 — .* \| \*non évalué dans ce sujet\* \|  \|  \|  \|  \|$/);
    assert.ok(lines.includes('**Points de C1\u00a0:** 4\u00a0points'));
    assert.ok(lines.includes('**Points de C2\u00a0:** 0\u00a0point'));
    assert.ok(lines.includes('**Total du bloc 1\u00a0:** 4\u00a0points'));
    assert.ok(lines.includes('**Total du sujet\u00a0:** 4\u00a0points / 4'));
    assert.deepEqual(grid.points, { competences: { C1: 4, C2: 0, C3: 0, C4: 0, C5: 0 }, blocs: { B1: 4 }, total: 4 });
  });

  it('ends with lines for the jurors’ names, dates and signatures', () => {
    assert.deepEqual(lines.slice(-8), ['## Jury', '', '| Membre du jury | Date | Signature |', '| --- | --- | --- |', '|  |  |  |', '|  |  |  |', '|  |  |  |', '']);
  });

  it('speaks English when asked', () => {
    const en = buildDocument(analyze(DRAFT), 'grille', 'en').markdown;
    assert.match(en, /^# Evaluation grid — Petit sujet\n/);
    assert.match(en, /\| Criterion \| Questions \| Acquired \| Partly acquired \| Not acquired \| Observations \|/);
    assert.match(en, /\*not assessed in this subject\*/);
    assert.match(en, /\*\*Subject total:\*\* 4 points \/ 4/);
  });

  it('versions the draft by a short FNV-1a hash of its text (no node:crypto)', () => {
    assert.equal(fnv1a32(''), 0x811c9dc5);
    assert.equal(fnv1a32('a'), 0xe40c292c);
    assert.equal(draftVersion('foobar'), 'bf9cf968');
    assert.notEqual(draftVersion(DRAFT), draftVersion(`${DRAFT} `));
  });
});
