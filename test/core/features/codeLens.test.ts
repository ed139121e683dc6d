import * as assert from 'node:assert/strict';
import { codeLenses } from '../../../server/src/core/features/codeLens';
import { fixture } from '../../helpers/features';

describe('feature code lens', () => {
  const cases: [string, string, string | undefined, 'fr' | 'en'][] = [
    ['tagged competencies and covered criteria', '---\ntitre: X\n⟦modalite: M1⟧\n---\n# Q {C1.1, C1.2, C2}\n\n{C3.1}\n', '3/5 compétences · 3/22 critères', 'fr'],
    ['in English', '---\n⟦modalite: m2⟧\n---\n{C6-C9}\n', '4/4 competencies · 0/15 criteria', 'en'],
    ['none without a known modality', '---\nmodalite: M9\n---\n', undefined, 'fr'],
    ['none without a modality', '# Sujet\n', undefined, 'fr'],
  ];
  for (const [name, source, title, lang] of cases) {
    it(name, () => {
      const f = fixture(source);
      const lenses = codeLenses(f.analysis, 'file:///s.cas.md', lang);
      if (!title) return assert.deepEqual(lenses, []);
      assert.equal(lenses.length, 1);
      assert.deepEqual(lenses[0].range, f.marks[0]);
      assert.deepEqual(lenses[0].command, { title, command: 'rncp.showCoverage', arguments: ['file:///s.cas.md'] });
    });
  }

  describe('on bareme and duree', () => {
    /** Every lens as `line title`. */
    const titles = (source: string, lang: 'fr' | 'en' = 'fr') => codeLenses(fixture(source).analysis, 'file:///s.cas.md', lang).map((l) => `${l.range.start.line} ${l.command.title}`);
    const Q = '## D {C1-C5}\n\n1. Q {C1} (4 points)\n2. R {C2} (4 points)\n3. S {C3} (0,5 pt)\n4. T {C4} (4 points)\n5. U {C5} (5,5 points)\n';
    it('the subject\'s points against the bareme and the least-weighted competency', () => {
      assert.deepEqual(titles(`---\nmodalite: M1\nbareme: 20\n---\n${Q}`), ['1 5/5 compétences · 0/22 critères', '2 18 / 20 points · C3 0,5\u00a0pt (la moins dotée)']);
    });
    it('the expected competencies with no points, in English', () => {
      assert.deepEqual(titles('---\nbareme: 10.5\nmodalite: M1\n---\n## D {C1-C3}\n\n1. Q {C1, C2} (2 points)\n', 'en'), ['1 2 / 10.5 points · 0\u00a0pt: C3, C4, C5', '2 3/5 competencies · 0/22 criteria']);
    });
    it('no marks yet: 0 points against the bareme; an unreadable bareme has no lens', () => {
      assert.deepEqual(titles('---\nbareme: 20\n---\n1. Q {C1}\n'), ['1 0 / 20 points']);
      assert.deepEqual(titles('---\nbareme: beaucoup\n---\n1. Q {C1} (2 points)\n'), []);
    });
    it('on duree: the duration marks against it and the tiers-temps', () => {
      assert.deepEqual(titles('---\nduree: 4 h\n---\n## A (1 h 30)\n\n## B (2 h)\n'), ['1 3 h 30 / 4 h · tiers-temps 5 h 20']);
      assert.deepEqual(titles('---\nduree: 90 min\n---\n# S\n', 'en'), ['1 extra third 2 h']);
    });
  });
});
