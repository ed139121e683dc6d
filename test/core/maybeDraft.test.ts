/** The client's parser-free guard: never false for a draft (isDraft ⇒ mayBeDraft). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { mayBeDraft } from '../../server/src/core/maybeDraft';
import { isDraft } from '../../server/src/core/parse/detect';
import { ROOT } from '../helpers/core';

const cases: [string, string, boolean][] = [
  ['sujet.cas.md', 'anything', true],
  ['notes.md', '# Notes {C3}\n', false],
  ['notes.md', '---\ntitre: X\n---\n', false],
  ['sujet.md', '---\nmodalite: M1\n---\n', true],
  ['sujet.md', '\uFEFF---\r\nReferentiel: ./r.yaml\r\n---\r\n', true],
  ['sujet.md', '---\n"modalite": M1\n---\n', true],
  ['sujet.md', '---\n{ titre: X, modalite: M1 }\n---\n', true],
  ['sujet.md', '---\ntitre: "non fermé\nmodalite: M1\n---\n', true],
  ['sujet.md', '---\nmodalite: M1\n', true],
  ['sujet.md', '---\rmodalite: M1\r---\r', true],
  ['sujet.md', 'Texte.\n\n---\nmodalite: M1\n---\n', false],
  ['sujet.txt', '---\nmodalite: M1\n---\n', false],
];

describe('mayBeDraft (the extension’s guard, without YAML)', () => {
  it('answers the table', () => {
    for (const [name, text, want] of cases) assert.equal(mayBeDraft(name, text), want, JSON.stringify(text));
  });
  it('is true for every draft of the table and of samples/', () => {
    const samples = fs.readdirSync(path.join(ROOT, 'samples')).map((n) => [n, fs.readFileSync(path.join(ROOT, 'samples', n), 'utf8')] as const);
    for (const [name, text] of [...cases.map(([n, t]) => [n, t] as const), ...samples]) {
      if (isDraft(name, text)) assert.ok(mayBeDraft(name, text), name);
    }
  });
  it('is true whenever isDraft is, on generated front matters', () => {
    const piece = fc.constantFrom('---', '...', 'modalite', 'Modalite', 'referentiel', ':', ': M1', ' ', '"', "'", '{', '}', ',', '#', 'titre: x', '- a', '\n', '\r\n', '\r', '\uFEFF', '&a', '*a', '? ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = `---\n${parts.join('')}`;
      return !isDraft('s.md', text) || mayBeDraft('s.md', text);
    }), { numRuns: 500 });
  });
});
