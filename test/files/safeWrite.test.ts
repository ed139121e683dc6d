import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { safeWrite, type SafeWriteResult } from '../../server/src/files/safeWrite';

const said = (r: SafeWriteResult) => (r.ok ? 'ok' : r.reason.en);

describe('files: safeWrite, the one way a command may write', () => {
  let dir: string;
  const file = (name: string, content?: string) => {
    const p = path.join(dir, name);
    if (content !== undefined) fs.writeFileSync(p, content);
    return p;
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-write-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a new file, leaving no temporary file behind', () => {
    assert.equal(said(safeWrite(file('rapport.md'), '# R\n')), 'ok');
    assert.equal(fs.readFileSync(file('rapport.md'), 'utf8'), '# R\n');
    assert.deepEqual(fs.readdirSync(dir), ['rapport.md']);
  });

  it('refuses an existing file without force, replaces it with force', () => {
    const p = file('rapport.csv', 'old');
    assert.equal(said(safeWrite(p, 'new')), 'rapport.csv already exists: add --force to replace it');
    assert.equal(fs.readFileSync(p, 'utf8'), 'old');
    assert.equal(said(safeWrite(p, 'new', { force: true })), 'ok');
    assert.equal(fs.readFileSync(p, 'utf8'), 'new');
  });

  it('never replaces a draft, even with force: a .cas.md, or Markdown whose front matter makes it one', () => {
    const cas = file('sujet.cas.md', '# S\n');
    const md = file('sujet.md', '---\nmodalite: M1\n---\n# S\n');
    for (const p of [cas, md]) {
      assert.match(said(safeWrite(p, 'x', { force: true })), /is a subject draft: never replaced, even with --force/);
    }
    assert.equal(fs.readFileSync(cas, 'utf8'), '# S\n');
    assert.equal(fs.readFileSync(md, 'utf8'), '---\nmodalite: M1\n---\n# S\n');
    assert.match(said(safeWrite(file('nouveau.cas.md'), 'x')), /a \.cas\.md file is a subject draft/);
    // Markdown that is not a draft is an ordinary file.
    assert.equal(said(safeWrite(file('notes.md', '# Notes\n'), 'x', { force: true })), 'ok');
  });

  it('refuses a folder or a special file in the way, and says why a write failed', () => {
    fs.mkdirSync(path.join(dir, 'dossier'));
    assert.match(said(safeWrite(file('dossier'), 'x', { force: true })), /not a regular file/);
    assert.match(said(safeWrite(path.join(dir, 'absent/x.md'), 'x')), /could not write \(ENOENT\)/);
  });
});
