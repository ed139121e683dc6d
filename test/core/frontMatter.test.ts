import * as assert from 'node:assert/strict';
import { splitFrontMatter } from '../../server/src/core/parse/frontMatter';

describe('front matter (FORMAT.md §2)', () => {
  it('reads modalite and referentiel with their value spans', () => {
    const text = '---\nreferentiel: mdc-2023  # fourni\nmodalite: "M1"\n---\nCorps';
    const { frontMatter, bodyStart } = splitFrontMatter(text);
    assert.equal(frontMatter?.modalite?.value, 'M1');
    assert.equal(text.slice(frontMatter!.modalite!.span.start, frontMatter!.modalite!.span.end), '"M1"');
    assert.equal(text.slice(frontMatter!.referentiel!.span.start, frontMatter!.referentiel!.span.end), 'mdc-2023');
    assert.equal(text.slice(bodyStart), 'Corps');
  });
  it('accepts keys in any case and numbers as values', () => {
    assert.equal(splitFrontMatter('---\nModalite: 1\n---\n').frontMatter?.modalite?.value, '1');
  });
  it('skips a BOM and handles CRLF', () => {
    const text = '\uFEFF---\r\nmodalite: M3\r\n---\r\n# T';
    const s = splitFrontMatter(text);
    assert.equal(s.frontMatter?.modalite?.value, 'M3');
    assert.equal(text.slice(s.bodyStart), '# T');
  });
  it('maps YAML errors to document offsets and still finds modalite', () => {
    const text = '---\ntitre: "x\nmodalite: M2\n---\n';
    const fm = splitFrontMatter(text).frontMatter!;
    assert.ok(fm.errors.length > 0);
    assert.ok(fm.errors[0].span.start >= 4 && fm.errors[0].span.end <= text.length);
    assert.equal(fm.modalite?.value, 'M2');
    assert.equal(text.slice(fm.modalite!.span.start, fm.modalite!.span.end), 'M2');
  });
  it('is absent when the text does not start with ---', () => {
    assert.equal(splitFrontMatter('\n---\nmodalite: M1\n---\n').frontMatter, undefined);
  });
  it('accepts ... as closing fence and an empty front matter', () => {
    assert.equal(splitFrontMatter('---\nmodalite: M4\n...\n').frontMatter?.modalite?.value, 'M4');
    assert.deepEqual(splitFrontMatter('---\n---\n').frontMatter?.errors, []);
  });
});
