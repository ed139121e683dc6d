/** Points and duration in every report (FORMAT.md §8, §10), on the samples and on small drafts. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileReport } from '../../../server/src/core/report/files';
import { pointsFigures } from '../../../server/src/core/report/files';
import { jsonReport } from '../../../server/src/core/report/json';
import { markdownReport, marksLine } from '../../../server/src/core/report/markdown';
import { sarifReport } from '../../../server/src/core/report/sarif';
import { percent, pointsSummary, ptsShort } from '../../../server/src/core/report/summary';
import { textReport } from '../../../server/src/core/report/text';
import { analyze, ROOT } from '../../helpers/core';

const DATE = new Date(2026, 11, 2);
const sample = (name: string): FileReport => {
  const file = path.join(ROOT, 'samples', name);
  return { path: `samples/${name}`, analysis: analyze(fs.readFileSync(file, 'utf8'), file) };
};
const GAPS = sample('m4-lacunes.cas.md');
const FULL = sample('m1-maison-verdier.cas.md');
const NO_MARKS: FileReport = { path: 'b.cas.md', analysis: analyze('---\nmodalite: M1\n---\n# S {C1}\n') };

describe('report: points and duration', () => {
  it('gives the figures of a gappy sample: 19 points for 20, 195 min of marks for 180', () => {
    assert.deepEqual(pointsFigures(GAPS.analysis), { points: { total: 19, bareme: 20 }, duree: { minutes: 180, marques: 195 } });
  });
  it('gives null for what a draft does not say', () => {
    assert.deepEqual(pointsFigures(NO_MARKS.analysis), { points: { total: null, bareme: null }, duree: { minutes: null, marques: null } });
  });

  describe('JSON (FORMAT.md §10)', () => {
    const json = JSON.parse(jsonReport([GAPS, FULL, NO_MARKS]));
    it('adds points and duree per file, after the keys of §7', () => {
      assert.deepEqual(Object.keys(json.files[0]), ['path', 'referentiel', 'modalite', 'diagnostics', 'coverage', 'points', 'duree']);
      assert.deepEqual(json.files[0].points, { total: 19, bareme: 20 });
      assert.deepEqual(json.files[0].duree, { minutes: 180, marques: 195 });
      assert.deepEqual(json.files[1].points, { total: 20, bareme: 20 });
      assert.deepEqual(json.files[1].duree, { minutes: 240, marques: 225 });
      assert.deepEqual(json.files[2].points, { total: null, bareme: null });
      assert.deepEqual(json.files[2].duree, { minutes: null, marques: null });
    });
    it('adds points, a number, on each coverage entry', () => {
      assert.deepEqual(json.files[0].coverage.map((c: { id: string; points: number }) => [c.id, c.points]),
        [['C15', 8.5], ['C16', 2.5], ['C17', 3], ['C18', 5], ['C19', 0], ['C20', 0]]);
      assert.deepEqual(Object.keys(json.files[0].coverage[0]), ['id', 'status', 'criteres', 'points']);
      assert.deepEqual(json.files[1].coverage.map((c: { points: number }) => c.points), [3, 4, 4, 6, 3]);
      assert.deepEqual(json.files[2].coverage.map((c: { points: number }) => c.points), [0, 0, 0, 0, 0]);
    });
    it('rounds away the float noise of shared marks', () => {
      const a = analyze('---\nmodalite: M1\nbareme: 1\n---\n# S\n\n- Q {C1.1 C2.1 C3.1} (1 pt)\n');
      const c = JSON.parse(jsonReport([{ path: 'x.cas.md', analysis: a }])).files[0].coverage;
      assert.deepEqual(c.map((x: { points: number }) => x.points), [0.333333, 0.333333, 0.333333, 0, 0]);
    });
  });

  describe('text', () => {
    it('adds the points to the coverage line of each file', () => {
      const text = textReport([GAPS, FULL, NO_MARKS], 'fr');
      assert.match(text, /^ {2}samples\/m4-lacunes\.cas\.md {2}M4 · 4\/6 compétences · 11\/18 critères · 19\/20 points {2}\(C19, C20 absentes\u00a0; C17 partielle\)$/m);
      assert.match(text, /^ {2}samples\/m1-maison-verdier\.cas\.md {2}M1 · 5\/5 compétences · 22\/22 critères · 20\/20 points {2}\(complet\)$/m);
      assert.match(text, /^ {2}b\.cas\.md {2}M1 · 1\/5 compétences · 0\/22 critères {2}\(/m, 'no mark, no points');
      assert.match(textReport([GAPS], 'en'), /M4 · 4\/6 competencies · 11\/18 criteria · 19\/20 points {2}\(/);
    });
    it('words the points with a decimal comma, without a barème too', () => {
      assert.equal(pointsSummary({ points: { total: 18.5, bareme: 20, blocs: [] } }, 'fr'), '18,5/20 points');
      assert.equal(pointsSummary({ points: { total: 18.5, blocs: [] } }, 'fr'), '18,5 points');
      assert.equal(pointsSummary({ points: { total: 1.5, blocs: [] } }, 'fr'), '1,5 point');
      assert.equal(pointsSummary({ points: { total: 1.5, blocs: [] } }, 'en'), '1.5 points');
      assert.equal(pointsSummary({ points: { bareme: 20, blocs: [] } }, 'fr'), '');
      assert.equal(ptsShort(3, 'fr'), '3 pts');
      assert.equal(ptsShort(1.5, 'fr'), '1,5 pt');
      assert.equal(percent(0.153, 'fr'), '15\u00a0%');
      assert.equal(percent(0.153, 'en'), '15%');
    });
  });

  describe('Markdown', () => {
    const md = markdownReport([GAPS, FULL, NO_MARKS], 'fr', { date: DATE });
    it('puts the subject’s points against its barème and its duration under its heading', () => {
      assert.match(md, /^## samples\/m4-lacunes\.cas\.md — .*\n\n\*\*Points\*\*\u00a0: 19 sur 20 points annoncés · \*\*Durée\*\*\u00a0: 3 h 15 dans le sujet pour 3 h d’épreuve\n\n\*\*M4 · /m);
      assert.match(md, /^\*\*Points\*\*\u00a0: 20 sur 20 points annoncés · \*\*Durée\*\*\u00a0: 3 h 45 dans le sujet pour 4 h d’épreuve$/m);
      assert.match(md, /^## b\.cas\.md\n\n\*\*M1 · /m, 'nothing to say without marks nor values');
    });
    it('has a Points column per competency, French decimal comma, and a total row per bloc', () => {
      assert.match(md, /^\| Compétence \| Statut \| Critères visés \| Critères non visés \| Points \|$/m);
      assert.match(md, /^\| C15 — .* \| ✔ complète, ses 4 critères visés \| C15\.1, C15\.2, C15\.3, C15\.4 \| — \| 8,5 pts \(45\u00a0%\) \|$/m);
      assert.match(md, /^\| C17 — .* \| 3 pts \(16\u00a0%\) \|$/m);
      assert.match(md, /^\| C19 — .* \| 0 pt \(0\u00a0%\) \|$/m);
      assert.match(md, /^\| \*\*Total B4 — Manager les équipes commerciales\*\* \| {2}\| {2}\| {2}\| \*\*19 pts \(100\u00a0%\)\*\* \|$/m);
      assert.match(md, /^\| C1 — Concevoir un système de veille \| .* \| 3 pts \(15\u00a0%\) \|$/m);
      assert.match(md, /^\| \*\*Total B1 — .*\*\* \| {2}\| {2}\| {2}\| \*\*20 pts \(100\u00a0%\)\*\* \|$/m);
    });
    it('shows a dash and no total row when the subject has no mark', () => {
      const only = markdownReport([NO_MARKS], 'fr', { date: DATE });
      assert.match(only, /^\| C1 — Concevoir un système de veille \| .* \| — \|$/m);
      assert.doesNotMatch(only, /\*\*Total /);
    });
    it('says it in English', () => {
      const en = markdownReport([GAPS], 'en', { date: DATE });
      assert.match(en, /^\*\*Points\*\*: 19 of 20 points announced · \*\*Duration\*\*: 3 h 15 in the subject for a 3 h exam$/m);
      assert.match(en, /^\| C15 — .* \| 8\.5 pts \(45%\) \|$/m);
    });
    it('words a missing value', () => {
      assert.equal(marksLine({ points: { total: 18, bareme: null }, duree: { minutes: 240, marques: null } }, 'fr'),
        '**Points**\u00a0: 18 points, sans barème annoncé · **Durée**\u00a0: 4 h d’épreuve');
      assert.equal(marksLine({ points: { total: null, bareme: 20 }, duree: { minutes: null, marques: 90 } }, 'fr'),
        '**Points**\u00a0: aucune question notée, 20 points annoncés · **Durée**\u00a0: 1 h 30 dans le sujet, durée de l’épreuve non annoncée');
    });
  });

  describe('SARIF', () => {
    const log = JSON.parse(sarifReport([GAPS, FULL], 'fr', '0.0.0'));
    it('describes each draft as an artifact with its points in its properties bag', () => {
      const [a, b] = log.runs[0].artifacts;
      assert.deepEqual(a.location, { uri: 'samples/m4-lacunes.cas.md' });
      assert.deepEqual(a.properties.points, { total: 19, bareme: 20 });
      assert.deepEqual(a.properties.duree, { minutes: 180, marques: 195 });
      assert.equal(a.properties.modalite, 'M4');
      assert.deepEqual(a.properties.competences[0], { id: 'C15', status: 'complete', points: 8.5, share: 0.447368 });
      assert.deepEqual(b.properties.points, { total: 20, bareme: 20 });
    });
    it('points each result at its artifact', () => {
      const results = log.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string; index: number } } }[] }[];
      assert.ok(results.length > 0);
      for (const r of results) {
        const loc = r.locations[0].physicalLocation.artifactLocation;
        assert.equal(log.runs[0].artifacts[loc.index].location.uri, loc.uri);
      }
    });
  });
});

describe('report: criteria tagged in answer keys', () => {
  it('marks a criterion named only in an answer key or a jury note', () => {
    const draft: FileReport = { path: 'c.cas.md', analysis: analyze('---\nmodalite: M1\n---\n- a {C1.1}\n\n  :::corrige\n  - x {C1.2} {C1.1}\n  :::\n\n:::jury\n{C1.3}\n:::\n') };
    const md = markdownReport([draft], 'fr', { date: DATE });
    assert.match(md, /\| C1 — [^|]+ \| [^|]+ \| C1\.1, C1\.2 \(corrigé\), C1\.3 \(corrigé\) \| — \|/);
    assert.match(markdownReport([draft], 'en', { date: DATE }), /C1\.2 \(answer key\)/);
  });
});
