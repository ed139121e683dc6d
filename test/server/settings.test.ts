import * as assert from 'node:assert/strict';
import type { CodeLens, Diagnostic, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { toRncpSettings } from '../../server/src/settings';
import { removeWorkspace, TestClient, tempWorkspace, uriOf } from '../helpers/lsp';

const TEXT = '---\nmodalite: M1\n---\n# Q {C1.1} {C9}\n';
const ALL = { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } };
/** A diagnostic's message as text (LSP 3.18 allows Markdown too). */
const msg = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const severityOf = (d: Diagnostic[], code: string) => d.filter((x) => x.code === code).map((x) => x.severity);

describe('server: settings', function () {
  describe('mapping the rncp section onto the core settings', () => {
    it('reads severities, switches and language, ignoring invalid values', () => {
      const s = toRncpSettings({ severity: { horsModalite: 'off', competenceManquante: 'error', critereManquant: 'loud' }, workspaceDiagnostics: false, inlayHints: 'yes', language: 'en' }, 'fr');
      assert.deepEqual(s.severities, { 'hors-modalite': 'off', 'competence-manquante': 'error' });
      assert.equal(s.workspaceDiagnostics, 'off');
      assert.equal(s.inlayHints, true);
      assert.equal(s.lang, 'en');
    });
    it('reads maxFileSize in bytes, ignoring values that are not positive integers', () => {
      assert.equal(toRncpSettings({ maxFileSize: 1000 }, 'fr').maxFileSize, 1000);
      for (const bad of [0, -5, 1.5, '1000', null]) assert.equal(toRncpSettings({ maxFileSize: bad }, 'fr').maxFileSize, 20_000_000, String(bad));
    });
    it('reads workspaceDiagnostics: three values, the former booleans, errors and warnings by default', () => {
      assert.equal(toRncpSettings({}, 'fr').workspaceDiagnostics, 'errorsAndWarnings');
      for (const v of ['off', 'errorsAndWarnings', 'all'] as const) assert.equal(toRncpSettings({ workspaceDiagnostics: v }, 'fr').workspaceDiagnostics, v);
      assert.equal(toRncpSettings({ workspaceDiagnostics: true }, 'fr').workspaceDiagnostics, 'errorsAndWarnings');
      assert.equal(toRncpSettings({ workspaceDiagnostics: false }, 'fr').workspaceDiagnostics, 'off');
      assert.equal(toRncpSettings({ workspaceDiagnostics: 'some' }, 'fr').workspaceDiagnostics, 'errorsAndWarnings');
    });
    it('follows the editor\'s language on auto, French otherwise', () => {
      assert.equal(toRncpSettings({ language: 'auto' }, 'en-GB').lang, 'en');
      assert.equal(toRncpSettings({}, 'de').lang, 'fr');
      assert.equal(toRncpSettings(null, undefined).lang, 'fr');
      assert.equal(toRncpSettings({ language: 'fr' }, 'en').lang, 'fr');
    });
    it('reads dotted keys as some editors write them', () => {
      assert.deepEqual(toRncpSettings({ 'severity.critereManquant': 'hint', 'rncp.inlayHints': false }, 'fr').severities, { 'critere-manquant': 'hint' });
      assert.equal(toRncpSettings({ 'rncp.inlayHints': false }, 'fr').inlayHints, false);
    });

    it('incremental: on unless set to false; RNCP_INCREMENTAL_CHECK=1 turns the check mode on', () => {
      assert.equal(toRncpSettings({}, 'fr', {}).incremental, 'on');
      assert.equal(toRncpSettings({ incremental: 'no' }, 'fr', {}).incremental, 'on');
      assert.equal(toRncpSettings({ incremental: false }, 'fr', {}).incremental, 'off');
      assert.equal(toRncpSettings({ 'rncp.incremental': false }, 'fr', {}).incremental, 'off');
      assert.equal(toRncpSettings({ incremental: false }, 'fr', { RNCP_INCREMENTAL_CHECK: '1' }).incremental, 'check');
      assert.equal(toRncpSettings({}, 'fr', { RNCP_INCREMENTAL_CHECK: '0' }).incremental, 'on');
    });
  });

  describe('over LSP', () => {
    let client: TestClient;
    let uri: string;
    let dir: string;
    before(async () => {
      dir = tempWorkspace({});
      uri = uriOf(dir, 's.cas.md');
      client = await TestClient.start({ folder: dir, locale: 'fr' });
      await client.open(uri, TEXT);
      await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
    });
    after(async () => {
      await client.dispose();
      removeWorkspace(dir);
    });

    it('pulls the rncp section through workspace/configuration before the first check', async () => {
      const pulled = client.history.findIndex((n) => n.method === 'request:workspace/configuration');
      const published = client.history.findIndex((n) => n.method === 'textDocument/publishDiagnostics');
      assert.ok(pulled >= 0 && pulled < published, `${pulled} < ${published}`);
    });

    it('severities: off removes diagnostics, others change their severity', async () => {
      assert.deepEqual(severityOf(await client.waitForDiagnostics(uri), 'hors-modalite'), [2]);
      await client.setSettings({ severity: { horsModalite: 'off', competenceManquante: 'error', critereManquant: 'hint' } });
      const d = await client.waitForDiagnostics(uri, (x) => severityOf(x, 'hors-modalite').length === 0);
      assert.deepEqual(severityOf(d, 'competence-manquante'), [1, 1, 1, 1]);
      assert.deepEqual([...new Set(severityOf(d, 'critere-manquant'))], [4]);
      await client.setSettings({});
      await client.waitForDiagnostics(uri, (x) => severityOf(x, 'hors-modalite').length === 1);
    });

    it('language en: messages, hovers and lenses in English; codes unchanged', async () => {
      await client.setSettings({ language: 'en' });
      const d = await client.waitForDiagnostics(uri, (x) => x.some((y) => /is outside the modality/.test(msg(y))));
      assert.ok(d.some((x) => x.code === 'hors-modalite'));
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 6 } });
      assert.match((h.contents as { value: string }).value, /criterion 1 of C1 — covered in this draft/);
      const [lens] = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(lens.command?.title, '1/5 competencies · 1/22 criteria');
      await client.setSettings({});
      await client.waitForDiagnostics(uri, (x) => x.some((y) => /est hors modalité/.test(msg(y))));
    });

    it('inlay hints can be turned off (and the editor is asked to refresh them)', async () => {
      assert.equal((await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: ALL })).length, 2);
      const refreshed = client.waitForServerRequest('workspace/inlayHint/refresh');
      await client.setSettings({ inlayHints: false });
      // The refresh follows the new settings: once it came, the server answers with them.
      await refreshed;
      assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: ALL }), []);
      await client.setSettings({});
    });
  });

  it('starts in English when the editor\'s locale is English', async () => {
    const dir = tempWorkspace({ 'a.cas.md': TEXT });
    const client = await TestClient.start({ folder: dir, locale: 'en-US' });
    try {
      const d = await client.waitForDiagnostics(uriOf(dir, 'a.cas.md'));
      assert.ok(d.some((x) => /^Competency C2 is not assessed/.test(msg(x))), d.map(msg).join('\n'));
    } finally {
      await client.dispose();
      removeWorkspace(dir);
    }
  });
});

