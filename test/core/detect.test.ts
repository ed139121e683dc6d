import * as assert from 'node:assert/strict';
import { isDraft } from '../../server/src/core/parse/detect';

describe('draft detection (FORMAT.md §1)', () => {
  const cases: [string, string, boolean][] = [
    ['sujet.cas.md', '# Rien\n', true],
    ['SUJET.CAS.MD', '', true],
    ['sujet.md', '---\nmodalite: M1\n---\n', true],
    ['sujet.md', '---\nReferentiel: mdc-2023\n---\n', true],
    ['sujet.markdown', '---\nmodalite: M1\n---\n', true],
    ['sujet.md', '\uFEFF---\nmodalite: M1\n---\n', true],
    ['sujet.md', '---\r\nmodalite: M1\r\n---\r\n', true],
    ['sujet.md', '---\nmodalite: M1\ntitre: "cassé\n---\n', true],
    ['sujet.md', '---\nmodalite: [M1\n---\n', true],
    ['README.md', '# Projet {C3}\n', false],
    ['notes.md', '---\ntitre: Notes\n---\n{C3}\n', false],
    ['notes.md', 'texte\n---\nmodalite: M1\n---\n', false],
    ['sujet.txt', '---\nmodalite: M1\n---\n', false],
    ['sujet.cas.md.bak', '---\nmodalite: M1\n---\n', false],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name} ${JSON.stringify(text.slice(0, 30))} → ${expected ? 'draft' : 'not a draft'}`, () => {
      assert.equal(isDraft(name, text), expected);
    });
  }
});
