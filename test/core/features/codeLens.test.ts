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
});
