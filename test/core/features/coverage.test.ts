import * as assert from 'node:assert/strict';
import { draftCoverage } from '../../../server/src/core/features/coverage';
import { fixture, showRange } from '../../helpers/features';

describe('feature coverage model', () => {
  it('gives the client statuses, criteria and occurrences with ranges', () => {
    const f = fixture('---\ntitre: Sujet X\nmodalite: m1\n---\n⟦# Q ⟦{⟦C1.1⟧}⟧\n\n{C9} {C21}⟧\n');
    const c = draftCoverage('file:///s.cas.md', f.analysis, 3);
    assert.equal(c.uri, 'file:///s.cas.md');
    assert.equal(c.version, 3);
    assert.equal(c.titre, 'Sujet X');
    assert.deepEqual(c.referentiel, { id: 'mdc-2023', titre: 'Manager du développement commercial' });
    assert.equal(c.modaliteValue, 'm1');
    assert.deepEqual(c.modalite, { id: 'M1', titre: "Elaboration d'une stratégie commerciale issue d'une analyse-diagnostic de marché", type: 'Étude de cas' });
    assert.deepEqual(c.counts, { competences: { tagged: 1, complete: 0, total: 5 }, criteres: { covered: 1, total: 22 } });
    assert.deepEqual(c.competences.map((x) => `${x.id} ${x.status}`), ['C1 partielle', 'C2 absente', 'C3 absente', 'C4 absente', 'C5 absente']);
    const [scope, tag, code] = f.marks;
    const occ = c.competences[0].criteres[0].occurrences[0];
    assert.deepEqual([occ.code, showRange(occ.range), showRange(occ.tagRange), showRange(occ.scopeRange), occ.section], ['C1.1', showRange(code), showRange(tag), showRange(scope), 'Q {C1.1}']);
    assert.equal(c.competences[0].criteres[1].covered, false);
    assert.deepEqual(c.horsModalite.map((h) => h.id), ['C9']);
    // One critere-manquant for C1 (C1.2 and C1.3 not covered).
    assert.deepEqual(c.diagnostics, { error: 1, warning: 5, information: 1, hint: 0 });
  });
  it('says which occurrences stand in an answer key or a jury note', () => {
    const c = draftCoverage('u', fixture('---\nmodalite: M1\n---\n- a {C1.1}\n\n  :::corrige\n  - x {C1.2}\n  :::\n\n:::jury\n{C1.3}\n:::\n').analysis);
    assert.deepEqual(c.competences[0].occurrences.map((o) => [o.code, o.container]), [['C1.1', undefined], ['C1.2', 'corrige'], ['C1.3', 'jury']]);
  });
  it('describes a draft without a modality', () => {
    const c = draftCoverage('u', fixture('# Sujet.cas\n').analysis);
    assert.deepEqual([c.modalite, c.counts, c.competences, c.version], [undefined, undefined, [], undefined]);
    assert.equal(c.diagnostics.warning, 1);
  });
  it('carries the points of each competency and bloc, the subject\'s total and barème, and its duration', () => {
    const text = '---\nmodalite: M1\nbareme: 20\nduree: 4 h\n---\n# S\n\n## Dossier 1 {C1} (6 points) (1 h)\n\n## Dossier 2 (12 points) (2 h 30)\n\n- Q {C3.1} (9 pts)\n- R {C3.2 C4.1} (3 pts)\n';
    const c = draftCoverage('u', fixture(text).analysis);
    assert.deepEqual(c.competences.map((x) => [x.id, x.points, x.share]), [['C1', 6, 6 / 18], ['C2', 0, 0], ['C3', 10.5, 10.5 / 18], ['C4', 1.5, 1.5 / 18], ['C5', 0, 0]]);
    assert.deepEqual(c.points, { total: 18, bareme: 20, blocs: [{ id: 'B1', titre: "Elaborer la stratégie commerciale de l'entreprise", points: 18, share: 1 }] });
    assert.deepEqual(c.duree, { minutes: 240, marques: 210 });
  });
  it('leaves out what a draft does not give, and has its points without a modality', () => {
    const none = draftCoverage('u', fixture('---\nmodalite: M1\n---\n# S {C1}\n').analysis);
    assert.deepEqual([none.points, none.duree], [{ blocs: [{ id: 'B1', titre: "Elaborer la stratégie commerciale de l'entreprise", points: 0, share: 0 }] }, {}]);
    assert.deepEqual(none.competences.map((x) => x.points), [0, 0, 0, 0, 0]);
    const bare = draftCoverage('u', fixture('# Sujet.cas\n\n- Q (4 pts) (30 min)\n').analysis);
    assert.deepEqual([bare.points, bare.duree], [{ total: 4, blocs: [] }, { marques: 30 }]);
  });
  it('is plain JSON', () => {
    const c = draftCoverage('u', fixture('---\nmodalite: M2\n---\n{C6}\n').analysis);
    assert.deepEqual(JSON.parse(JSON.stringify(c)), c);
  });
});
