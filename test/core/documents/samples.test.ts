/**
 * The three documents of every sample (samples/): the candidate's subject
 * leaks nothing, the M1 grid lists its 22 criteria with their questions and
 * points, the correctors' file holds every answer key.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../../server/src/core/documents/build';
import { analyze, ROOT } from '../../helpers/core';
import { checkNoLeak, draftParts, wordsOf } from '../../documents/noLeak';

const SAMPLES = path.join(ROOT, 'samples');
const read = (name: string) => fs.readFileSync(path.join(SAMPLES, name), 'utf8');

describe('documents: the samples', () => {
  const m1 = read('m1-maison-verdier.cas.md');
  const a = analyze(m1, path.join(SAMPLES, 'm1-maison-verdier.cas.md'));

  it('M1 candidate: no tag, no container, no word of the answer keys, nothing else lost', () => {
    const doc = buildDocument(a, 'candidat', 'fr');
    assert.equal(doc.blocked, undefined);
    assert.doesNotMatch(doc.markdown, /\{C/);
    assert.doesNotMatch(doc.markdown, /:::/);
    assert.doesNotMatch(doc.markdown, /chaudrons de cuivre, par petites séries.*\{/);
    assert.doesNotMatch(doc.markdown, /Accepter toute organisation réaliste/);
    assert.doesNotMatch(doc.markdown, /Un pilote : la chargée de marketing/);
    assert.match(doc.markdown, /^# Maison Verdier — Élaborer la stratégie commerciale/);
    assert.match(doc.markdown, /### Dossier 1 — Organiser le système de veille \(3 points\) \(30 min\)\n/);
    checkNoLeak(m1, doc.markdown);
    // Words only in the answer keys: none in the candidate's subject.
    const { kept, hidden } = draftParts(m1);
    const only = new Set(wordsOf(hidden).filter((w) => !wordsOf(kept).includes(w)));
    assert.ok(only.size > 50, `${only.size} words only in the answer keys`);
    for (const w of wordsOf(doc.markdown)) assert.ok(!only.has(w), w);
  });

  it('M1 grid: the 22 criteria of C1–C5, each with its question and points', () => {
    const doc = buildDocument(a, 'grille', 'fr');
    const grid = doc.grid!;
    assert.equal(grid.rows.length, 22);
    assert.deepEqual([...new Set(grid.rows.map((r) => r.competence))], ['C1', 'C2', 'C3', 'C4', 'C5']);
    for (const r of grid.rows) assert.equal(r.questions.length, 1, `${r.critere}: ${JSON.stringify(r.questions)}`);
    const byCritere = Object.fromEntries(grid.rows.map((r) => [r.critere, r.questions[0]]));
    assert.deepEqual(byCritere['C1.1'], { label: 'Dossier 1, question 1', points: 1 });
    assert.deepEqual(byCritere['C4.5'], { label: 'Dossier 4, question 5', points: 1.5 });
    assert.deepEqual(byCritere['C5.3'], { label: 'Dossier 5, question 3', points: 1 });
    assert.equal(grid.points.total, 20);
    assert.deepEqual(grid.points.competences, { C1: 3, C2: 4, C3: 4, C4: 6, C5: 3 });
    assert.equal(grid.header.bareme, 20);
    assert.equal(grid.header.duree, 240);
    assert.match(doc.markdown, /\| C4\.5 — .* \| Dossier 4, question 5 \(1,5\u00a0point\) \|/);
    assert.doesNotMatch(doc.markdown, /non évalué dans ce sujet/);
  });

  it('M1 correctors’ file: every answer key and jury note, no tag, no container', () => {
    const doc = buildDocument(a, 'correcteur', 'fr');
    assert.doesNotMatch(doc.markdown, /\{C|:::/);
    assert.match(doc.markdown, /   > - Un pilote : la chargée de marketing/);
    assert.match(doc.markdown, /> Accepter toute organisation réaliste/);
    assert.equal(doc.markdown.split('**Éléments de réponse\u00a0:**').length - 1, a.model.containers.filter((c) => c.name === 'corrige').length);
    assert.equal(doc.markdown.split('**Critères évalués\u00a0:**').length - 1, a.questions!.questions.length);
  });

  for (const name of fs.readdirSync(SAMPLES).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
    it(`${name}: the candidate leaks nothing; an unclosed container blocks every document`, () => {
      const text = read(name);
      const analysis = analyze(text, path.join(SAMPLES, name));
      if (!analysis.model.isDraft) return;
      const unclosed = analysis.model.containers.some((c) => !c.closed);
      for (const kind of ['candidat', 'correcteur', 'grille'] as const) {
        const doc = buildDocument(analysis, kind, 'fr');
        assert.equal(doc.blocked !== undefined, unclosed, kind);
        assert.equal(doc.warnings.length > 0, analysis.model.placeholders.length > 0, kind);
      }
      if (!unclosed) checkNoLeak(text, buildDocument(analysis, 'candidat', 'fr').markdown);
    });
  }
});
