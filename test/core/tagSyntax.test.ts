import * as assert from 'node:assert/strict';
import { scanTags } from '../../server/src/core/parse/tagSyntax';

/** Shows what a scan found: each tag with its items, or `!` when malformed. */
function check(src: string, expected: string[]) {
  const got = scanTags(src).map((t) => (t.malformed
    ? `!${src.slice(t.span.start, t.span.end)}`
    : t.items.map((i) => (i.kind === 'code' ? `${i.code.id}@${i.span.start}` : `${i.from.id}..${i.to.id}@${i.span.start}-${i.span.end}`)).join(' ')));
  assert.deepEqual(got, expected);
}

describe('tag grammar (FORMAT.md §3)', () => {
  it('reads single codes and criteria, upper-cased', () => check('a {C3} b {c3.2}', ['C3@3', 'C3.2@10']));
  it('reads ranges with hyphen or en dash, spaces allowed', () => check('{C1-C5} {C1–C5} {C1 - C5}', ['C1..C5@1-6', 'C1..C5@9-14', 'C1..C5@17-24']));
  it('reads lists separated by commas and/or spaces', () => check('{C3, C4.1} {C3 C4.1} {C3 ,C4}', ['C3@1 C4.1@5', 'C3@12 C4.1@15', 'C3@22 C4@26']));
  it('ignores braces that do not start with C and a digit', () => check('{foo} {} { C3} {Cx} {c}', []));
  it('ignores an escaped brace but not one after an escaped backslash', () => check('\\{C3} \\\\{C4}', ['C4@9']));
  it('marks malformed content', () => check('{C3; C4} {C3 et C4} {C3,} {C3x} {C3.} {C3-}', ['!{C3; C4}', '!{C3 et C4}', '!{C3,}', '!{C3x}', '!{C3.}', '!{C3-}']));
  it('marks an unclosed tag up to the end of its line', () => check('{C3 sans fin\nsuite {C4}', ['!{C3 sans fin', 'C4@20']));
  it('does not nest', () => check('{C3 {C4}}', ['!{C3', 'C4@5']));
  it('accepts trailing spaces', () => check('{C3  }', ['C3@1']));
});
