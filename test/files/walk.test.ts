import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathText } from '../../server/src/files/names';
import { walk } from '../../server/src/files/walk';

describe('files: the walk', () => {
  let dir: string;
  const rel = (p: string | Buffer) => path.relative(dir, pathText(p));
  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-walk-')));
    const w = (name: string, text = '# x\n') => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    };
    w('a.cas.md');
    w('sub/b.md');
    w('ailleurs/c.cas.md');
    w('node_modules/x.cas.md');
    w('.cache/y.cas.md');
    w('notes.txt');
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x72, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x2e, 0x63, 0x61, 0x73, 0x2e, 0x6d, 0x64])]), '# r\n');
    fs.symlinkSync(path.join(dir, 'ailleurs/c.cas.md'), path.join(dir, 'lien.cas.md'));
    fs.symlinkSync(path.join(dir, 'ailleurs'), path.join(dir, 'sub/vers-ailleurs'));
    // A loop: a link to a parent folder.
    fs.symlinkSync(dir, path.join(dir, 'sub/boucle'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.cas.md'));
    execFileSync('mkfifo', [path.join(dir, 'tube.cas.md')]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds linked drafts, raw names and special files (for the reader to refuse), once per folder', () => {
    const found = walk([dir]);
    assert.deepEqual(found.errors, []);
    assert.deepEqual(found.files.map(rel), [
      'a.cas.md',
      'ailleurs/c.cas.md',
      'lien.cas.md',
      'r\uFFFDsum\uFFFD.cas.md',
      'sub/b.md',
      'tube.cas.md',
      'zero.cas.md',
    ]);
    const raw = found.files.find((f) => rel(f).startsWith('r'))!;
    assert.ok(Buffer.isBuffer(raw), 'the raw name is kept, so the file can be opened');
    assert.equal(fs.readFileSync(raw, 'utf8'), '# r\n');
  });

  it('keeps a file named explicitly and reports a missing path', () => {
    const found = walk([path.join(dir, 'notes.txt'), path.join(dir, 'absent')]);
    assert.deepEqual(found.files.map(rel), ['notes.txt']);
    assert.deepEqual(found.errors.map((e) => `${path.relative(dir, e.path)}: ${e.messageEn}`), ['absent: no such file or folder']);
  });
});
