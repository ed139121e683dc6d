/**
 * Paths inside URIs of any scheme (the web server's files have no paths), the browser
 * variant of uris.ts, and the client-backed workspace over a fake connection.
 */
import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { toBase64 } from '../../server/src/core/base64';
import { resolveUri, segmentsUnder } from '../../server/src/uriPaths';
import * as web from '../../server/src/uris.web';
import { ClientWorkspace } from '../../server/src/workspace/clientWorkspace';

describe('workspace: URIs of any scheme', () => {
  it('resolves a référentiel path written in a draft against the draft’s URI', () => {
    const check = (base: string, written: string, expected: string) => assert.equal(resolveUri(base, written), expected, `${base} + ${written}`);
    check('vscode-vfs://github/org/repo/sujets/a.cas.md', 'ref.yaml', 'vscode-vfs://github/org/repo/sujets/ref.yaml');
    check('vscode-vfs://github/org/repo/sujets/a.cas.md', '../refs/r.yaml', 'vscode-vfs://github/org/repo/refs/r.yaml');
    check('file:///w/s/a.cas.md', './local/ref.yaml', 'file:///w/s/local/ref.yaml');
    check('file:///w/s/a.cas.md', '/abs/ref.yaml', 'file:///abs/ref.yaml');
    check('file:///w/s/a.cas.md', 'C:\\refs\\r.yaml', 'file:///C:/refs/r.yaml');
    check('vscode-remote://127.0.0.1:8080/w/a.cas.md', 'dossier #2/r é.yaml', 'vscode-remote://127.0.0.1:8080/w/dossier%20%232/r%20%C3%A9.yaml');
  });

  it('finds what lies under a folder, decoded, and nothing outside it', () => {
    const check = (folder: string, uri: string, expected: string[] | undefined) => assert.deepEqual(segmentsUnder(folder, uri), expected, `${folder} ⊃ ${uri}`);
    check('vscode-remote://h:1/w', 'vscode-remote://h:1/w/a/b.md', ['a', 'b.md']);
    check('vscode-remote://h:1/w/', 'vscode-remote://h:1/w/a%20b.md', ['a b.md']);
    check('vscode-remote://h:1/w', 'vscode-remote://h:1/w', []);
    check('vscode-remote://h:1/w', 'vscode-remote://h:1/w2/a.md', undefined);
    check('file:///w', 'vscode-vfs://github/w/a.md', undefined);
    check('file:///w', 'file:///w/%E9t%E9.md', ['%E9t%E9.md']);
  });

  it('uris.web.ts: paths, keys and file names without node:url', () => {
    assert.equal(web.uriToPath('file:///tmp/a%20b.md'), '/tmp/a b.md');
    assert.equal(web.uriToPath('file:///c%3A/w/a.md'), 'c:\\w\\a.md');
    assert.equal(web.uriToPath('vscode-vfs://github/o/r/a.md'), undefined);
    assert.equal(web.uriKey('file:///tmp/a%20b.md'), web.uriKey('file:///tmp/a b.md'));
    assert.equal(web.uriKey('file:///C:/w/a.md'), web.uriKey('file:///c:/w/a.md'));
    assert.equal(web.fileNameOf('vscode-vfs://github/o/r/sujet%201.md'), '/o/r/sujet 1.md');
    assert.equal(web.fileNameOf('untitled:Untitled-1', 'casestudy'), 'Untitled-1.cas.md');
    assert.equal(web.pathToUri('/tmp/a b#.md'), 'file:///tmp/a%20b%23.md');
    assert.ok(web.isInside('/w', '/w/a.md') && !web.isInside('/w', '/w2/a.md'));
  });
});

describe('workspace: ClientWorkspace asks the client', () => {
  /** A connection answering `rncp/fs/stat` and `rncp/fs/readFile` from a table, recording the requests. */
  function fake(files: Record<string, { dir?: boolean; bytes?: Uint8Array }>) {
    const asked: string[] = [];
    const connection = {
      sendRequest: async (method: string, p: { uri: string }) => {
        asked.push(`${method} ${p.uri}`);
        const f = files[p.uri];
        if (method === 'rncp/fs/stat') return f ? { type: f.dir ? 'directory' : 'file', size: f.bytes?.length ?? 0, mtime: 1 } : null;
        if (method === 'rncp/fs/readFile') return f?.bytes ? { base64: toBase64(f.bytes) } : { error: 'notFound', message: 'gone' };
        throw new Error(`unexpected ${method}`);
      },
    } as unknown as Connection;
    return { ws: new ClientWorkspace(connection, () => []), asked };
  }

  it('reads a file’s bytes after a stat; refuses folders and files over the limit without reading them', async () => {
    const bytes = new TextEncoder().encode('---\nmodalite: M1\n---\n# é {C1}\n');
    const { ws, asked } = fake({ 'x:/a.md': { bytes }, 'x:/dir': { dir: true }, 'x:/big.md': { bytes: new Uint8Array(50) } });
    assert.deepEqual(await ws.readFile('x:/a.md', 1000), { bytes });
    assert.equal(((await ws.readFile('x:/dir', 1000)) as { error: string }).error, 'isDirectory');
    assert.equal(((await ws.readFile('x:/big.md', 10)) as { error: string }).error, 'tooBig');
    assert.equal(((await ws.readFile('x:/none.md', 10)) as { error: string }).error, 'notFound');
    assert.deepEqual(asked.filter((a) => a.startsWith('rncp/fs/readFile')), ['rncp/fs/readFile x:/a.md']);
  });
});
