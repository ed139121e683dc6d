import * as assert from 'node:assert/strict';
import { fromBytes, pathText, printable } from '../../server/src/files/names';

describe('files: names as bytes and as shown', () => {
  const check = (name: string, shown: string) => it(`${JSON.stringify(name)} → ${shown}`, () => assert.equal(printable(name), shown));
  check('sujet.cas.md', 'sujet.cas.md');
  check('été — Œuvre 日本.cas.md', 'été — Œuvre 日本.cas.md');
  check('a\nb.cas.md:1:1  erreur  faux', 'a\\nb.cas.md:1:1  erreur  faux');
  check('a\rb\tc', 'a\\rb\\tc');
  check('\x1b[31mrouge\x00\x7f\x85', '\\x1B[31mrouge\\x00\\x7F\\x85');
  check('abc\u202Edm.sac', 'abc\\u{202E}dm.sac');
  check('a\u2028b', 'a\\u{2028}b');

  it('keeps valid UTF-8 names as strings and others as bytes, shown with U+FFFD', () => {
    assert.equal(fromBytes(Buffer.from('été.md')), 'été.md');
    const raw = Buffer.from([0x65, 0x74, 0xe9, 0x2e, 0x6d, 0x64]);
    assert.ok(Buffer.isBuffer(fromBytes(raw)));
    assert.equal(pathText(fromBytes(raw)), 'et\uFFFD.md');
  });
});
