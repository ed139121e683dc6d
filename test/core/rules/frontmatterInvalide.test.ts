import * as assert from 'node:assert/strict';
import { analyze, check } from '../../helpers/core';

describe('rule frontmatter-invalide', () => {
  it('points at the YAML error and still checks the tags', () => {
    const a = check('---\nmodalite: M1\ntitre: "ouvert\n⟦⟧---\n# Sujet {⟦C21⟧}\n', ['frontmatter-invalide', 'competence-inconnue']);
    assert.equal(a.model.frontMatter?.modalite?.value, 'M1', 'modalite read from its line despite the YAML error');
  });
  it('reports a duplicate key at the key', () => {
    check('---\nmodalite: M1\n⟦modalite⟧: M2\n---\n', ['frontmatter-invalide']);
  });
  it('reports a front matter that is not a mapping', () => {
    check('---\n⟦- M1\n- M2\n⟧---\n', ['frontmatter-invalide'], { fileName: '/d/x.cas.md' });
  });
  it('reports an unclosed front matter on its first line', () => {
    const a = check('⟦---⟧\nmodalite: M3\n\n# Sujet {C10}\n', ['frontmatter-invalide'], { fileName: '/d/x.cas.md' });
    assert.equal(a.model.frontMatter?.modalite?.value, 'M3');
  });
  it('makes a plain .md a draft when a broken YAML still has a modalite line', () => {
    check('---\nmodalite: M1\nx: [\n⟦⟧---\n', ['frontmatter-invalide'], { fileName: '/d/notes.md' });
  });
  it('is silent on valid YAML, on unknown keys and on files without front matter', () => {
    check('---\nmodalite: m1\nautre: [1, 2]\ntitre: "Sujet : A"\n---\n# T\n', [], { only: ['frontmatter-invalide'] });
    check('# Sujet\n\n---\n\ntexte: non\n', [], { only: ['frontmatter-invalide'] });
    assert.equal(analyze('---\nmodalite: M1\nx: [\n---\n', '/d/readme.txt').diagnostics.length, 0);
  });
});
