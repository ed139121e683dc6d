import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {
  CodeAction, CodeLens, CompletionItem, DocumentHighlight, DocumentSymbol, Hover, InlayHint, Location, SymbolInformation,
} from 'vscode-languageserver-protocol';
import type { CoverageChangedParams, CoverageResult } from '../../server/src/core/protocol';
import { LineIndex, type Position } from '../../server/src/core/text';
import { applyEdits } from '../helpers/features';
import { removeWorkspace, TestClient, tempWorkspace, uriOf } from '../helpers/lsp';

const SUJET = [
  '---',
  'referentiel: mdc-2023',
  'modalite: M2',
  'titre: "Sujet test"',
  '---',
  '# Sujet {C6}',
  '',
  '## Travail à faire',
  '',
  '### Dossier 1 {C6.1, C6.2}',
  '',
  '1. Question {C7; C8}',
  '2. Autre {C9-C7} {C22} {C6.7}',
  '3. Suite {C7.1}',
  '',
  '## Barème',
  '',
].join('\n');
const AUTRE = '---\nmodalite: M2\n---\n# Autre {C7}\n';

/** The position of the `n`-th character of the first `needle` after `after`. */
function at(text: string, needle: string, n = 0, after = ''): Position {
  const from = after ? text.indexOf(after) : 0;
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, needle);
  return new LineIndex(text).positionAt(i + n);
}

/** A fingerprint of every file of a folder (names and contents). */
function fingerprint(dir: string): string {
  const hash = crypto.createHash('sha256');
  const visit = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      hash.update(p);
      if (e.isDirectory()) visit(p);
      else hash.update(fs.readFileSync(p));
    }
  };
  visit(dir);
  return hash.digest('hex');
}

describe('server: editor features over LSP', function () {
  let client: TestClient;
  let dir: string;
  let before0: string;
  let uri: string;
  const doc = (u = uri) => ({ textDocument: { uri: u } });

  before(async () => {
    dir = tempWorkspace({ 'sujet.cas.md': SUJET, 'autre.cas.md': AUTRE, 'notes.md': '# Notes {C7}\n' });
    before0 = fingerprint(dir);
    uri = uriOf(dir, 'sujet.cas.md');
    client = await TestClient.start({ folder: dir });
    await client.waitForLog(/indexed/);
    await client.open(uri, SUJET);
    await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });

  describe('hover', () => {
    const hover = async (p: Position) => (await client.request<Hover | null>('textDocument/hover', { ...doc(), position: p }));
    const md = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
    it('on a competency: statement, bloc, activity, modality, criteria covered or not', async () => {
      const h = await hover(at(SUJET, 'C6}', 1));
      assert.deepEqual(h?.range, { start: at(SUJET, 'C6}'), end: at(SUJET, 'C6}', 2) });
      for (const s of ['**C6** — **Définir les composantes', '**Bloc** B2', '**Activité** A3', '**Modalité** M2', '2/6 visés dans ce sujet', '- **C6.1**', '- **C6.3**', '_(visé)_', '_(non visé)_', ' · partielle']) assert.ok(md(h).includes(s), s);
    });
    it('on a criterion: its text and competency', async () => {
      const h = await hover(at(SUJET, 'C6.2', 3));
      for (const s of ['**C6.2** · critère 2 de C6 — visé dans ce sujet', '**Compétence** C6 —']) assert.ok(md(h).includes(s), s);
    });
    it('on the modalite value: title, kind, competencies, what to give the candidate, deliverable', async () => {
      const h = await hover(at(SUJET, 'M2', 1));
      for (const s of ['**M2 — Conception d\'un plan d\'actions commerciales**', 'Étude de cas · livrable : dossier écrit', '- **C8** ', ' · absente', '**Livrable** :']) assert.ok(md(h).includes(s), s);
    });
    it('on the referentiel value', async () => {
      assert.match(md(await hover(at(SUJET, 'mdc-2023', 4))), /^\*\*mdc-2023 — Manager du développement commercial\*\*/);
    });
    it('nothing elsewhere', async () => {
      assert.equal(await hover(at(SUJET, 'Question')), null);
    });
  });

  describe('completion', () => {
    const labels = async (u: string, p: Position) => {
      const items = await client.request<CompletionItem[]>('textDocument/completion', { ...doc(u), position: p });
      return items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);
    };
    it('inside braces: the modality\'s competencies first, then its range and the others', async () => {
      assert.deepEqual((await labels(uri, at(SUJET, '{C6}', 1))).slice(0, 6), ['C6', 'C7', 'C8', 'C9', 'C6-C9', 'C1']);
    });
    it('every row shows its title and its status in words (labelDetails); outside the modality marked and after', async () => {
      assert.deepEqual(client.initializeResult?.capabilities.completionProvider?.completionItem, { labelDetailsSupport: true });
      const items = await client.request<CompletionItem[]>('textDocument/completion', { ...doc(), position: at(SUJET, '{C6}', 1) });
      items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
      const row = (i: CompletionItem) => `${i.label}${i.labelDetails?.detail ?? ''} | ${i.labelDetails?.description ?? ''}`;
      assert.equal(row(items[0]), 'C6 Définir les composantes d\'un plan d\'actions commerciales | partielle');
      assert.equal(row(items.find((i) => i.label === 'C8')!), 'C8 Piloter un outil de gestion de la relation clients | absente');
      assert.deepEqual(items.slice(5).map((i) => i.labelDetails?.description), items.slice(5).map(() => 'hors modalité'));
    });
    it('at the end of a question line: points marks', async () => {
      assert.deepEqual(await labels(uri, at(SUJET, '{C7.1}', 6)), ['(1 point)', '(2 points)', '(3 points)', '(4 points)']);
    });
    it('after C7. the criteria of C7', async () => {
      assert.deepEqual(await labels(uri, at(SUJET, 'C7.1', 3)), ['C7.1', 'C7.2', 'C7.3', 'C7.4']);
    });
    it('in the front matter: keys, modalities, référentiels', async () => {
      const fm = uriOf(dir, 'fm.cas.md');
      const text = '---\n\nmodalite: \nreferentiel: \n---\n';
      await client.open(fm, text);
      assert.deepEqual(await labels(fm, { line: 1, character: 0 }), ['titre']);
      assert.deepEqual(await labels(fm, { line: 2, character: 10 }), ['M1', 'M2', 'M3', 'M4']);
      assert.deepEqual(await labels(fm, { line: 3, character: 13 }), ['mdc-2023']);
      await client.close(fm);
    });
  });

  describe('quick fixes', () => {
    const actions = async (u: string, p: Position, only?: string[]) =>
      client.request<CodeAction[]>('textDocument/codeAction', { ...doc(u), range: { start: p, end: p }, context: { diagnostics: [], ...(only ? { only } : {}) } });
    /** Applies the action whose title matches and returns the document's new text. */
    const fix = async (p: Position, title: RegExp, only?: string[], u = uri, text = SUJET) => {
      const list = await actions(u, p, only);
      const a = list.find((x) => title.test(x.title));
      assert.ok(a?.edit?.changes?.[u], `no ${title} in ${list.map((x) => x.title).join(' | ')}`);
      return applyEdits(text, a.edit.changes[u]);
    };
    it('competence-manquante: a tagged question under "Travail à faire"', async () => {
      const after = await fix(at(SUJET, 'M2'), /^Ajouter une question pour C8/);
      assert.ok(after.includes('3. Suite {C7.1}\n\n### Piloter un outil de gestion de la relation clients {C8}\n\n1. [à rédiger]\n\n## Barème'), after);
    });
    it('critere-manquant: a placeholder question per uncovered criterion, after the list of the first tag', async () => {
      const after = await fix(at(SUJET, 'C7.1', 1), /^Ajouter une question pour les critères non visés de C7 \(C7\.2, C7\.3, C7\.4\)$/);
      assert.equal(after, SUJET.replace('3. Suite {C7.1}\n', '3. Suite {C7.1}\n\n1. [à rédiger] {C7.2}\n2. [à rédiger] {C7.3}\n3. [à rédiger] {C7.4}\n'));
    });
    it('a source action adds every missing competency at once', async () => {
      const after = await fix(at(SUJET, 'Sujet {'), /^Ajouter les 2 compétences manquantes \(C8, C9\)$/, ['source']);
      assert.match(after, /\{C8\}\n\n1\. \[à rédiger\]\n\n### .* \{C9\}\n\n1\. \[à rédiger\]\n\n## Barème/);
    });
    it('competence-inconnue: the nearest valid code', async () => {
      assert.ok((await fix(at(SUJET, 'C22', 1), /^Remplacer par C2 /)).includes('{C9-C7} {C2} {C6.7}'));
    });
    it('critere-inconnu: the nearest valid criterion', async () => {
      assert.ok((await fix(at(SUJET, 'C6.7', 1), /^Remplacer par C6\.6/)).includes('{C22} {C6.6}'));
    });
    it('tag-malforme: the corrected tag', async () => {
      assert.ok((await fix(at(SUJET, 'C7; C8', 2), /^Corriger la balise : \{C7, C8\}$/)).includes('1. Question {C7, C8}\n'));
    });
    it('plage-invalide: the reversed range swapped', async () => {
      assert.ok((await fix(at(SUJET, 'C9-C7', 3), /^Inverser la plage : C7-C9$/)).includes('2. Autre {C7-C9}'));
    });
    it('modalite-absente: a front matter with a modality to choose', async () => {
      const u = uriOf(dir, 'sans.cas.md');
      await client.open(u, '# Sujet {C10}\n');
      await client.waitForDiagnostics(u);
      assert.equal((await actions(u, { line: 0, character: 2 })).length, 4);
      assert.equal(await fix({ line: 0, character: 0 }, /M3/, undefined, u, '# Sujet {C10}\n'), '---\nmodalite: M3\n---\n\n# Sujet {C10}\n');
      await client.close(u);
    });
  });

  describe('navigation', () => {
    it('document symbols: the headings outline with their tags', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', doc());
      const flat = (s: DocumentSymbol[], d = ''): string[] => s.flatMap((x) => [`${d}${x.name}${x.detail ? ` [${x.detail}]` : ''}`, ...flat(x.children ?? [], `${d}  `)]);
      assert.deepEqual(flat(symbols), ['Sujet [C6]', '  Travail à faire', '    Dossier 1 [C6.1, C6.2]', '  Barème']);
    });
    it('workspace symbols: competencies where they are tagged, in unopened drafts too', async () => {
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'C7 ' });
      assert.deepEqual(symbols.map((s) => `${path.basename(s.location.uri)}:${s.location.range.start.line} ${s.name.slice(0, 5)}`), [
        'autre.cas.md:3 C7 — ',
        'sujet.cas.md:13 C7.1 ',
        'sujet.cas.md:13 C7 — ',
      ]);
    });
    it('references: every tag of the competency across the workspace (asked from an unopened draft)', async () => {
      const refs = await client.request<Location[]>('textDocument/references', { ...doc(uriOf(dir, 'autre.cas.md')), position: at(AUTRE, 'C7', 1), context: { includeDeclaration: true } });
      assert.deepEqual(refs.map((r) => `${path.basename(r.uri)}:${r.range.start.line}:${r.range.start.character}`), ['autre.cas.md:3:9', 'sujet.cas.md:13:10']);
    });
    it('references on a criterion: the tags naming it', async () => {
      const refs = await client.request<Location[]>('textDocument/references', { ...doc(), position: at(SUJET, 'C7.1', 3), context: { includeDeclaration: true } });
      assert.deepEqual(refs.map((r) => `${path.basename(r.uri)}:${r.range.start.line}:${r.range.start.character}`), ['sujet.cas.md:13:10']);
    });
    it('references on a competency include its criteria and ranges', async () => {
      const refs = await client.request<Location[]>('textDocument/references', { ...doc(), position: at(SUJET, 'C6}', 1), context: { includeDeclaration: true } });
      assert.deepEqual(refs.map((r) => `${path.basename(r.uri)}:${r.range.start.line}`), ['sujet.cas.md:5', 'sujet.cas.md:9', 'sujet.cas.md:9']);
    });
    it('document highlights: the same code in this draft', async () => {
      const hl = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { ...doc(), position: at(SUJET, 'C6.1', 1) });
      assert.deepEqual(hl.map((h) => h.range), [{ start: at(SUJET, 'C6.1'), end: at(SUJET, 'C6.1', 4) }]);
    });
    it('definition: the competency\'s entry in the référentiel file', async () => {
      const loc = await client.request<Location>('textDocument/definition', { ...doc(), position: at(SUJET, 'C6}', 1) });
      assert.ok(loc.uri.endsWith('/referentiels/mdc-2023.yaml'), loc.uri);
      const lines = fs.readFileSync(new URL(loc.uri), 'utf8').split('\n');
      assert.equal(lines[loc.range.start.line], '  - id: C6');
      const crit = await client.request<Location>('textDocument/definition', { ...doc(), position: at(SUJET, 'C6.2', 1) });
      assert.match(lines[crit.range.start.line], /^ {6}- "/);
      const mod = await client.request<Location>('textDocument/definition', { ...doc(), position: at(SUJET, 'M2', 1) });
      assert.equal(lines[mod.range.start.line], '  - id: M2');
    });
  });

  describe('inlay hints and code lens', () => {
    it('inlay hints: the competency\'s short title after a tag, a criterion\'s own text after a criterion', async () => {
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { ...doc(), range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
      assert.deepEqual(hints.map((h) => `${h.position.line}:${h.position.character} ${h.label}`), [
        "5:12 Définir les composantes d'un plan d'actions commerciales",
        "9:26 C6.1\u00a0: Le plan d'actions proposé se décompose… · C6.2\u00a0: Les caractéristiques du marketing mix…",
        "13:15 Le découpage par domaine d'activité stratégique est…",
      ]);
    });
    it('code lens on the modalite line: competencies and criteria covered', async () => {
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', doc());
      assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]), [[2, '2/4 compétences · 3/15 critères', 'rncp.showCoverage']]);
    });
  });

  describe('rncp/coverage', () => {
    it('answers the coverage model of one draft', async () => {
      const { drafts } = await client.request<CoverageResult>('rncp/coverage', { uri });
      assert.equal(drafts.length, 1);
      const d = drafts[0];
      assert.deepEqual([d.uri, d.version, d.titre, d.modalite?.id, d.referentiel?.id], [uri, 1, 'Sujet test', 'M2', 'mdc-2023']);
      assert.deepEqual(d.competences.map((c) => `${c.id} ${c.status}`), ['C6 partielle', 'C7 partielle', 'C8 absente', 'C9 absente']);
      assert.deepEqual(d.competences[0].criteres[0].occurrences[0].range, { start: at(SUJET, 'C6.1'), end: at(SUJET, 'C6.1', 4) });
      assert.deepEqual(d.counts, { competences: { tagged: 2, complete: 0, total: 4 }, criteres: { covered: 3, total: 15 } });
      // No points mark nor barème in this draft: zero points everywhere, nothing to sum.
      assert.deepEqual(d.competences.map((c) => c.points), [0, 0, 0, 0]);
      assert.deepEqual([d.points.total, d.points.bareme, d.points.blocs.map((b) => `${b.id} ${b.points}`), d.duree], [undefined, undefined, ['B2 0'], {}]);
    });
    it('answers every draft of the workspace, open or not', async () => {
      const { drafts } = await client.request<CoverageResult>('rncp/coverage', {});
      assert.deepEqual(drafts.map((d) => path.basename(d.uri)), ['autre.cas.md', 'sujet.cas.md']);
    });
    it('answers no draft for a non-draft or an unknown URI', async () => {
      assert.deepEqual(await client.request('rncp/coverage', { uri: uriOf(dir, 'notes.md') }), { drafts: [] });
      assert.deepEqual(await client.request('rncp/coverage', { uri: 'file:///nowhere/x.cas.md' }), { drafts: [] });
    });
    it('notifies rncp/coverageChanged when a draft\'s coverage changes', async () => {
      const changed = client.waitFor<CoverageChangedParams>('rncp/coverageChanged', (p) => p.uris.includes(uri));
      const text = SUJET.replace('## Barème', '### Dossier 2 {C8}\n\n## Barème');
      const version = await client.change(uri, text);
      await changed;
      const { drafts } = await client.request<CoverageResult>('rncp/coverage', { uri });
      assert.equal(drafts[0].version, version);
      assert.equal(drafts[0].competences[2].status, 'partielle');
      await client.change(uri, SUJET);
      await client.waitFor<CoverageChangedParams>('rncp/coverageChanged', (p) => p.uris.includes(uri));
    });
  });

  describe('rncp/referentiel', () => {
    it('answers the référentiel of a draft in the `rncp referentiel --json` shape', async () => {
      const r = await client.request<{ id: string; competences: { id: string; criteres: unknown[] }[]; modalites: { id: string }[] }>('rncp/referentiel', { uri });
      assert.equal(r.id, 'mdc-2023');
      assert.equal(r.competences.length, 20);
      assert.equal(r.competences.reduce((n, c) => n + c.criteres.length, 0), 79);
      assert.deepEqual(r.modalites.map((m) => m.id), ['M1', 'M2', 'M3', 'M4']);
    });
    it('answers the default référentiel without a URI or for a non-draft', async () => {
      assert.equal((await client.request<{ id: string }>('rncp/referentiel', {})).id, 'mdc-2023');
      assert.equal((await client.request<{ id: string }>('rncp/referentiel', { uri: uriOf(dir, 'notes.md') })).id, 'mdc-2023');
    });
  });

  describe('robustness', () => {
    it('a failing handler is logged and answered empty; the server keeps running', async () => {
      assert.equal(await client.request('textDocument/hover', { textDocument: null, position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: null }), []);
      assert.deepEqual(await client.request('rncp/coverage', { uri: 42 }), { drafts: [] });
      await client.waitForLog(/hover failed: TypeError/);
      client.assertAlive();
      assert.ok(await client.request('textDocument/hover', { ...doc(), position: at(SUJET, 'C6}', 1) }));
    });
    it('a cancelled request is answered as cancelled (or in full), and the server goes on', async () => {
      const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node');
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest('workspace/symbol', { query: '' }, source.token);
      source.cancel();
      await pending.then((r) => assert.ok(Array.isArray(r)), (e: { code?: number }) => assert.equal(e.code, -32800));
      client.assertAlive();
    });
    it('answers empty for a document it does not know', async () => {
      const u = 'file:///nowhere/x.cas.md';
      assert.equal(await client.request('textDocument/hover', { ...doc(u), position: { line: 0, character: 0 } }), null);
      assert.deepEqual(await client.request('textDocument/codeLens', doc(u)), []);
    });
    it('wrote no file', () => {
      assert.equal(fingerprint(dir), before0);
    });
  });
});

describe('server: quick fixes as snippet edits (LSP 3.18)', function () {
  const TEXT = '---\nmodalite: M1\n---\n# Sujet {C1-C4}\n\n## Dossier {C4}\n\n1. Q {C4.1 C4.2 C4.3 C4.4 C4.5 C4.6 C4.7}\n';
  let dir: string;
  const clients: TestClient[] = [];
  const start = async (snippetEdits: boolean) => {
    const client = await TestClient.start({ folder: dir, snippetEdits });
    clients.push(client);
    const u = uriOf(dir, 'sujet.cas.md');
    await client.open(u, TEXT);
    await client.waitForDiagnostics(u, (_d, p) => p.version === 1);
    const list = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u }, range: { start: { line: 1, character: 10 }, end: { line: 1, character: 10 } }, context: { diagnostics: [] },
    });
    return { u, list };
  };
  before(() => {
    dir = tempWorkspace({ 'sujet.cas.md': TEXT });
  });
  after(async () => {
    for (const c of clients) await c.dispose();
    removeWorkspace(dir);
  });

  it('to a client that accepts them: the [à rédiger] placeholders as tab stops, in documentChanges at the document’s version', async () => {
    const { u, list } = await start(true);
    const a = list.find((x) => /^Ajouter une question pour C5/.test(x.title));
    assert.ok(a?.edit, list.map((x) => x.title).join(' | '));
    assert.equal(a.edit.changes, undefined);
    const [change] = a.edit.documentChanges as { textDocument: { uri: string; version: number }; edits: { range: unknown; snippet?: { kind: string; value: string }; newText?: string }[] }[];
    assert.deepEqual(change.textDocument, { uri: u, version: 1 });
    assert.deepEqual(change.edits.map((e) => e.snippet), [{ kind: 'snippet', value: '\n\n## Proposer la stratégie commerciale à la direction générale {C5\\}\n\n1. ${1:[à rédiger]}' }]);
  });
  it('to a client that does not: the same text as a plain edit, no snippet field', async () => {
    const { u, list } = await start(false);
    const a = list.find((x) => /^Ajouter une question pour C5/.test(x.title));
    assert.deepEqual(a?.edit?.changes?.[u].map((e) => Object.keys(e).sort()), [['newText', 'range']]);
    assert.equal(applyEdits(TEXT, a!.edit!.changes![u]), `${TEXT}\n## Proposer la stratégie commerciale à la direction générale {C5}\n\n1. [à rédiger]\n`);
  });
});

describe('server: points, duration and answer keys over LSP', function () {
  const TEXT = [
    '---',
    'modalite: M1',
    'bareme: 20',
    'duree: 3 h',
    '---',
    '# Sujet {C1-C5}',
    '',
    '## Dossier 1 {C1}',
    '',
    '1. Proposez une organisation. {C1.1} (3 points)',
    '',
    '   :::corrige',
    '   - Les sources (1 pt)',
    '   :::',
    '',
    '2. Critiquez le dispositif. {C1.3} (2 points)',
    '',
    '## Dossier 2 (1 h)',
    '',
    '- Analysez les enjeux. {C2.1, C3} (4 points)',
    '',
  ].join('\n');
  let dir: string;
  let client: TestClient;
  let u: string;
  const doc = () => ({ textDocument: { uri: u } });
  before(async () => {
    dir = tempWorkspace({ 'sujet.cas.md': TEXT });
    u = uriOf(dir, 'sujet.cas.md');
    client = await TestClient.start({ folder: dir });
    await client.open(u, TEXT);
    await client.waitForDiagnostics(u, (_d, p) => p.version === 1);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });
  const hoverText = async (p: Position) => {
    const h = await client.request<Hover | null>('textDocument/hover', { ...doc(), position: p });
    return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
  };
  const actions = (p: Position, only?: string[]) => client.request<CodeAction[]>('textDocument/codeAction', {
    ...doc(), range: { start: p, end: p }, context: { diagnostics: [], ...(only ? { only } : {}) },
  });

  it('hover on a mark, on a corrector\'s note, on bareme and duree', async () => {
    assert.equal(await hoverText(at(TEXT, '(4 points)', 2)), '**4 points** · C2\u00a0: 2\u00a0pt · C3\u00a0: 2\u00a0pt');
    assert.match(await hoverText(at(TEXT, '(1 pt)', 1)), /Note pour les correcteurs \(dans un corrigé\), non comptée/);
    assert.match(await hoverText(at(TEXT, '20', 1)), /^\*\*Barème\u00a0: 20 points\*\*\n\nPoints du sujet\u00a0: 9 points — il manque 11 points/);
    assert.match(await hoverText(at(TEXT, '3 h', 1)), /Tiers-temps \(temps majoré d’un tiers\)\u00a0: 4 h\n\nDurées des parties\u00a0: 1 h — 2 h de marge/);
  });
  it('inlay hints: the sum after a heading without points, a criterion\'s text after its tag', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { ...doc(), range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } } });
    const labels = hints.map((h) => `${h.position.line} ${h.label}`);
    assert.ok(labels.includes('7 · 5 points'), labels.join('\n'));
    assert.ok(labels.includes('17 · 4 points'), labels.join('\n'));
    assert.ok(labels.includes('9 Le système de veille proposé est adapté au contexte de…'), labels.join('\n'));
  });
  it('completion after ( at the end of a question: what the bareme still lacks first', async () => {
    const text = TEXT.replace('- Analysez les enjeux. {C2.1, C3} (4 points)', '- Analysez les enjeux. {C2.1, C3} (4 points)\n- Concluez. {C5} (');
    await client.change(u, text);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { ...doc(), position: at(text, 'Concluez. {C5} (', 16) });
    const sorted = items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(sorted.map((i) => i.label), ['(11 points)', '(1 point)', '(2 points)', '(3 points)', '(4 points)']);
    assert.equal(applyEdits(text, [sorted[0].textEdit as { range: never; newText: string }]), text.replace('{C5} (', '{C5} (11 points)'));
    const v = await client.change(u, TEXT);
    await client.waitForDiagnostics(u, (_d, p) => p.version === v);
  });
  it('code lens on the bareme and duree lines', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', doc());
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [
      [1, '5/5 compétences · 3/22 critères'], [2, '9 / 20 points · 0\u00a0pt\u00a0: C4, C5'], [3, '1 h / 3 h · tiers-temps 4 h'],
    ]);
  });
  it('quick fixes: the bareme set to the subject\'s points, a corrigé added to a question, all of them at once', async () => {
    const total = (await actions(at(TEXT, '20', 1))).find((a) => a.title === 'Mettre le barème à 9');
    assert.equal(applyEdits(TEXT, total!.edit!.changes![u]), TEXT.replace('bareme: 20', 'bareme: 9'));
    const one = (await actions(at(TEXT, '{C1.3}', 2))).find((a) => a.title === 'Ajouter un corrigé à cette question');
    assert.equal(applyEdits(TEXT, one!.edit!.changes![u]), TEXT.replace('(2 points)\n', '(2 points)\n\n   :::corrige\n   [à rédiger]\n   :::\n'));
    const all = (await actions(at(TEXT, 'Sujet'), ['source'])).find((a) => a.title === 'Ajouter un corrigé à chaque question');
    assert.equal(all?.kind, 'source.rncp.addAnswerKeys');
    assert.equal(all!.edit!.changes![u].length, 2);
  });
  it('document symbols: the corrigé under its section, folding its lines', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', doc());
    const dossier = symbols[0].children![0];
    assert.deepEqual(dossier.children!.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line]), [['Corrigé', '1. Proposez une organisation.', 11, 13]]);
  });
});
