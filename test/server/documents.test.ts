/** `rncp/document` over stdio: the exam documents of a draft (FORMAT.md §10), on the text the editor shows. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentParams, DocumentResult } from '../../server/src/core/protocol';
import { removeWorkspace, TestClient, tempWorkspace, uriOf } from '../helpers/lsp';

const SUJET = [
  '---',
  'referentiel: mdc-2023',
  'modalite: M2',
  'titre: "Plan d’actions Durand"',
  '---',
  '# Sujet Durand {C6}',
  '',
  '## Travail à faire',
  '',
  '1. Analysez le marché (4 points) {C6.1}',
  '',
].join('\n');

describe('server: rncp/document', function () {
  this.timeout(60_000);
  let client: TestClient;
  let dir: string;
  let uri: string;
  const ask = (p: Partial<DocumentParams>) => client.request<DocumentResult>('rncp/document', { uri, kind: 'candidat', format: 'md', ...p });

  before(async () => {
    dir = tempWorkspace({ 'sujet.cas.md': SUJET, 'notes.md': '# Notes\n\nRien à voir.\n' });
    uri = uriOf(dir, 'sujet.cas.md');
    client = await TestClient.start({ folder: dir });
    await client.waitForLog(/indexed/);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });

  it('gives each document in Markdown, with its title and the file name beside the draft', async () => {
    for (const kind of ['candidat', 'correcteur', 'grille'] as const) {
      const r = await ask({ kind });
      assert.equal(r.blocked, undefined, `${kind}: ${JSON.stringify(r.blocked)}`);
      assert.equal(r.fileName, `sujet.${kind}.md`);
      assert.equal(r.title, 'Plan d’actions Durand');
      assert.equal(typeof r.text, 'string');
      assert.equal(r.base64, undefined);
      assert.ok(Array.isArray(r.warnings));
    }
    const candidat = await ask({});
    assert.match(candidat.text!, /Analysez le marché \(4 points\)/);
    assert.doesNotMatch(candidat.text!, /^---$/m, 'no front matter');
  });

  it('reads the open editor’s text, not the file on disk', async () => {
    await client.open(uri, SUJET.replace('Analysez le marché', 'Étudiez la concurrence'));
    const r = await ask({});
    assert.match(r.text!, /Étudiez la concurrence/);
    await client.change(uri, SUJET.replace('Analysez le marché', 'Comparez les offres'));
    assert.match((await ask({})).text!, /Comparez les offres/);
  });

  it('answers html and docx either rendered or refused with a reason, never with an error', async () => {
    for (const format of ['html', 'docx'] as const) {
      const r = await ask({ format });
      assert.equal(r.fileName, `sujet.candidat.${format}`);
      if (r.blocked) assert.ok(r.blocked.fr && r.blocked.en, format);
      else if (format === 'html') assert.match(r.text!, /<title>/);
      else assert.equal(Buffer.from(r.base64!, 'base64').subarray(0, 2).toString('latin1'), 'PK');
    }
  });

  it('refuses a file that is not a draft, an unknown file and a bad request, with a message', async () => {
    for (const p of [{ uri: uriOf(dir, 'notes.md') }, { uri: uriOf(dir, 'absent.cas.md') }, { kind: 'autre' as DocumentParams['kind'] }, { format: 'pdf' as DocumentParams['format'] }, { format: 'csv' as const }]) {
      const r = await ask(p);
      assert.ok(r.blocked?.fr && r.blocked.en, JSON.stringify(p));
      assert.equal(r.text, undefined);
      assert.equal(r.base64, undefined);
    }
    assert.match((await ask({ uri: uriOf(dir, 'notes.md') })).blocked!.fr, /n’est pas un sujet/);
  });

  it('writes nothing', async () => {
    assert.deepEqual(fs.readdirSync(dir).sort(), ['notes.md', 'sujet.cas.md']);
    assert.equal(fs.readFileSync(path.join(dir, 'sujet.cas.md'), 'utf8'), SUJET);
  });
});
