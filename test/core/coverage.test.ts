import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/core';

/** Coverage of a M1 body as `id:status:covered criteria`. */
function check(body: string, expected: string[]) {
  const a = analyze(`---\nmodalite: M1\n---\n${body}`);
  assert.deepEqual(a.coverage!.competences.map((c) => `${c.id}:${c.status}:${c.criteres.filter((k) => k.covered).map((k) => k.id).join(',')}`), expected);
  return a;
}

describe('coverage (FORMAT.md §5)', () => {
  it('absente, partielle and complete', () => {
    check('{C1.1 C1.2 C1.3} {C2} {C3.4}', ['C1:complete:C1.1,C1.2,C1.3', 'C2:partielle:', 'C3:partielle:C3.4', 'C4:absente:', 'C5:absente:']);
  });
  it('a range tags competencies, never criteria', () => {
    check('{C1-C3}', ['C1:partielle:', 'C2:partielle:', 'C3:partielle:', 'C4:absente:', 'C5:absente:']);
  });
  it('malformed tags, unknown criteria and reversed ranges tag nothing', () => {
    check('{C1; C2} {C3.9} {C5-C4}', ['C1:absente:', 'C2:absente:', 'C3:absente:', 'C4:absente:', 'C5:absente:']);
  });
  it('tags in code, comments and URLs do not count', () => {
    check('`{C1}`\n\n<!-- {C2} -->\n\n```\n{C3}\n```\n\nhttps://x.fr/{C4}', ['C1:absente:', 'C2:absente:', 'C3:absente:', 'C4:absente:', 'C5:absente:']);
  });
  it('tags in tables, quotes, emphasis and link text count', () => {
    check('| a | b |\n| - | - |\n| {C1} | x |\n\n> {C2}\n\n*{C3}* [lien {C4}](http://x)', ['C1:partielle:', 'C2:partielle:', 'C3:partielle:', 'C4:partielle:', 'C5:absente:']);
  });
  it('counts and lists competencies outside the modality, with occurrences and sections', () => {
    const a = check('# Partie {C1}\n\n## Q\n\n- texte {C9}\n', ['C1:partielle:', 'C2:absente:', 'C3:absente:', 'C4:absente:', 'C5:absente:']);
    assert.deepEqual(a.coverage!.counts, { competences: { tagged: 1, complete: 0, total: 5 }, criteres: { covered: 0, total: 22 } });
    assert.equal(a.coverage!.horsModalite[0].id, 'C9');
    assert.equal(a.coverage!.horsModalite[0].occurrences[0].section, 'Q');
    const c1 = a.coverage!.competences[0].occurrences[0];
    assert.equal(c1.section, 'Partie {C1}');
    assert.equal(a.model.text.slice(c1.scope.start, c1.scope.end), '# Partie {C1}\n\n## Q\n\n- texte {C9}', 'a heading tag covers its section');
  });
  it('a tag outside a heading covers its list item', () => {
    const a = check('- un {C1}\n  suite\n- deux\n', ['C1:partielle:', 'C2:absente:', 'C3:absente:', 'C4:absente:', 'C5:absente:']);
    const o = a.coverage!.competences[0].occurrences[0];
    assert.equal(a.model.text.slice(o.scope.start, o.scope.end), '- un {C1}\n  suite');
  });
});
