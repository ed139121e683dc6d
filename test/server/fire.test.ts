/**
 * The server under fire: a seeded barrage of random requests and notifications
 * over stdio (methods it supports and unknown ones, random and invalid params,
 * out-of-range positions, unknown URIs, changes to unopened documents, a 5 MB
 * document, malformed JSON), then the server must still answer a hover and
 * publish diagnostics exactly as a fresh server does, every request of the
 * barrage must have been answered, and its memory must stay bounded.
 *
 * Reproduce: RNCP_FIRE_SEED=<seed> RNCP_FIRE_COUNT=<n> npx mocha test/server/fire.test.ts
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers/core';
import { removeWorkspace, TestClient, tempWorkspace, uriOf } from '../helpers/lsp';
import { mulberry32 as prng } from '../helpers/prng';

const SEED = Number(process.env.RNCP_FIRE_SEED ?? 20261202);
const COUNT = Number(process.env.RNCP_FIRE_COUNT ?? 1000);

/** The resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  assert.ok(m, 'VmRSS');
  return Number(m[1]) / 1024;
}

const SAMPLE = 'm2-lacunes.cas.md';
const REQUESTS = [
  'textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'workspace/symbol',
  'textDocument/references', 'textDocument/documentHighlight', 'textDocument/definition', 'textDocument/inlayHint', 'textDocument/codeLens',
  'rncp/coverage', 'rncp/referentiel', 'rncp/report', 'rncp/document', 'workspace/executeCommand',
  // Unknown to the server: answered MethodNotFound.
  'textDocument/rename', 'textDocument/formatting', 'textDocument/semanticTokens/full', 'completionItem/resolve', 'rncp/nope', 'x', '',
];
const NOTIFICATIONS = [
  'textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'workspace/didChangeConfiguration',
  'workspace/didChangeWatchedFiles', '$/cancelRequest', '$/setTrace', 'workspace/didChangeWorkspaceFolders', 'rncp/unknown', '$/unknown',
];

/** A hover and the diagnostics of a sample draft opened under a new URI. */
async function probe(client: TestClient, dir: string, name: string): Promise<{ hover: (Hover | null)[]; diagnostics: Diagnostic[] }> {
  const uri = uriOf(dir, name);
  const text = fs.readFileSync(path.join(ROOT, 'samples', SAMPLE), 'utf8');
  await client.open(uri, text);
  const diagnostics = await client.waitForDiagnostics(uri, (_d, p) => p.version === 1);
  const hover: (Hover | null)[] = [];
  for (const [line, l] of text.split('\n').entries()) {
    const c = l.indexOf('{C');
    if (c >= 0) hover.push(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: c + 2 } }));
  }
  return { hover, diagnostics };
}

describe('server: under fire', function () {
  this.timeout(60_000);
  let dir: string;
  let reference: { hover: (Hover | null)[]; diagnostics: Diagnostic[] };
  let client: TestClient | undefined;
  before(async () => {
    dir = tempWorkspace({ 'a.cas.md': '---\nmodalite: M1\n---\n# A {C1-C5}\n', 'sub/b.cas.md': '# B {C99}\n' });
    const fresh = await TestClient.start({ folder: dir });
    await fresh.waitForLog(/indexed/);
    reference = await probe(fresh, dir, 'probe.cas.md');
    await fresh.dispose();
    assert.ok(reference.hover.filter(Boolean).length >= 5 && reference.diagnostics.length >= 5, 'the probe sees hovers and diagnostics');
  });
  after(async () => {
    await client?.dispose();
    removeWorkspace(dir);
  });

  it(`survives ${COUNT} random messages (seed ${SEED}) and still answers exactly as a fresh server`, async () => {
    const c = (client = await TestClient.start({ folder: dir }));
    await c.waitForLog(/indexed/);
    const pid = c.child.pid!;
    assert.deepEqual(c.initializeResult?.capabilities.experimental, { pid }, 'the server says its process id (for fault injection)');
    const rss0 = rssMb(pid);
  const barrage = async (seed: number, withHuge: boolean) => {
    const rnd = prng(seed);
    const int = (n: number) => Math.floor(rnd() * n);
    const pick = <T>(a: readonly T[]): T => a[int(a.length)];
    const known = [uriOf(dir, 'a.cas.md'), uriOf(dir, 'sub/b.cas.md'), uriOf(dir, 'x.cas.md'), uriOf(dir, 'gone/y.md')];
    const uri = () => pick([...known, 'untitled:Untitled-1', 'http://example.com/a.md', 'file:///nonexistent/z.cas.md', 'garbage', '', 'file://%zz', `${uriOf(dir, 'x')}%E9.cas.md`, uriOf(dir, '')]);
    const num = () => pick([0, 1, 3, -1, 2 ** 31, -(2 ** 31), 1e308, 0.5, 42]);
    const position = () => (rnd() < 0.2 ? pick([null, 'x', [], {}]) : { line: num(), character: num() });
    const range = () => (rnd() < 0.2 ? pick([null, 7, { start: 1 }]) : { start: position(), end: position() });
    const junk = (depth = 0): unknown => {
      const k = int(depth > 2 ? 5 : 8);
      if (k === 0) return null;
      if (k === 1) return num();
      if (k === 2) return pick(['', '{C1}', '\u0000', '\uD800', 'é'.repeat(int(50)), '{'.repeat(int(200))]);
      if (k === 3) return rnd() < 0.5;
      if (k === 4) return uri();
      if (k === 5) return Array.from({ length: int(4) }, () => junk(depth + 1));
      return Object.fromEntries(Array.from({ length: int(4) }, () => [pick(['textDocument', 'uri', 'position', 'range', 'context', 'query', 'uris', 'format', 'settings', 'changes', 'x']), junk(depth + 1)]));
    };
    const text = () => {
      const k = int(6);
      if (k === 0) return `---\nmodalite: M${int(6)}\n---\n# T {C${int(25)}}\n${'- x {C1.1}\n'.repeat(int(200))}`;
      if (k === 1) return Array.from({ length: int(2000) }, () => String.fromCharCode(int(0x3000))).join('');
      if (k === 2) return '---\na: &a [x, x]\nb: [*a, *a, *zz]\n---\n' + '  '.repeat(int(300)) + '- x';
      if (k === 3) return '';
      return `# ${'{C3.2} '.repeat(int(500))}\n`;
    };
    const params = (method: string): unknown => {
      if (rnd() < 0.25) return junk();
      const textDocument = { uri: uri(), version: int(5) };
      switch (method) {
        case 'workspace/symbol': return { query: pick(['', 'C', 'C1', '\u0000', 'x'.repeat(1000)]) };
        case 'rncp/report': return { format: pick(['markdown', 'html', 7]), uris: rnd() < 0.5 ? [uri(), uri()] : undefined };
        case 'rncp/coverage': case 'rncp/referentiel': return rnd() < 0.5 ? {} : { uri: uri() };
        case 'rncp/document': return { uri: uri(), kind: pick(['candidat', 'correcteur', 'grille', 'eleve', 3]), format: pick(['md', 'html', 'docx', 'csv', 'pdf', null]) };
        case 'workspace/executeCommand': return { command: pick(['rncp.showCoverage', 'x', '']), arguments: [junk()] };
        case 'textDocument/codeAction': return { textDocument, range: range(), context: { diagnostics: rnd() < 0.5 ? [] : [{ range: range(), message: 'x', code: pick(['competence-manquante', 'tag-malforme', 'plage-invalide', 'critere-manquant', 9]), data: junk() }], only: rnd() < 0.5 ? undefined : [pick(['quickfix', 'source', 'x'])] } };
        case 'textDocument/inlayHint': return { textDocument, range: range() };
        case 'textDocument/references': return { textDocument, position: position(), context: { includeDeclaration: rnd() < 0.5 } };
        case 'textDocument/didOpen': return { textDocument: { ...textDocument, languageId: pick(['markdown', 'casestudy', 'plaintext', 7]), text: text() } };
        case 'textDocument/didChange': return { textDocument, contentChanges: Array.from({ length: int(4) }, () => (rnd() < 0.5 ? { text: text() } : { range: range(), text: pick(['', '{C', '}', '\n---\n', text()]) })) };
        case 'workspace/didChangeConfiguration': return { settings: rnd() < 0.5 ? null : { rncp: junk() } };
        case 'workspace/didChangeWatchedFiles': return { changes: Array.from({ length: int(4) }, () => ({ uri: uri(), type: pick([1, 2, 3, 0, 99]) })) };
        // Folders that exist, or not (never `/`: a random workspace folder must not make the server walk the disk).
        case 'workspace/didChangeWorkspaceFolders': return { event: { added: rnd() < 0.5 ? [{ uri: uriOf(dir, pick(['sub', 'absent'])), name: 'x' }] : [], removed: [{ uri: uriOf(dir, 'sub'), name: 'x' }] } };
        case '$/cancelRequest': return { id: pick([1, 2, 'fire-3', null]) };
        default: return { textDocument, position: position() };
      }
    };
    const write = (body: string | Buffer) => {
      const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      if (process.env.RNCP_FIRE_DUMP) fs.appendFileSync(process.env.RNCP_FIRE_DUMP, `${b.toString('base64')}\n`);
      c.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]));
    };
    // Answers to the barrage, read from the server's output beside the test client's own reader.
    const answered = new Set<string>();
    let pending = Buffer.alloc(0);
    const onData = (d: Buffer) => {
      pending = Buffer.concat([pending, d]);
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const len = Number(/Content-Length: (\d+)/i.exec(pending.subarray(0, end).toString('ascii'))?.[1]);
        if (pending.length < end + 4 + len) return;
        const msg = JSON.parse(pending.subarray(end + 4, end + 4 + len).toString('utf8')) as { id?: unknown; method?: string };
        pending = pending.subarray(end + 4 + len);
        if (typeof msg.id === 'string' && msg.id.startsWith('fire-') && msg.method === undefined) answered.add(msg.id);
      }
    };
    c.child.stdout!.on('data', onData);
    const sent: string[] = [];
    const log: string[] = [];
    try {
      // One 5 MB document, opened and changed, among the random messages.
      const huge = withHuge ? int(COUNT) : -1;
      for (let i = 0; i < COUNT; i++) {
        if (i === huge) {
          const big = `---\nmodalite: M2\n---\n${'# T {C6}\n\nUn paragraphe ordinaire de sujet, avec une balise {C7.1}.\n\n'.repeat(80_000)}`.slice(0, 5_000_000);
          write(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: uriOf(dir, 'huge.cas.md'), languageId: 'casestudy', version: 1, text: big } } }));
          log.push('didOpen huge.cas.md (5 MB)');
          continue;
        }
        if (i === huge + 1) {
          // A request on it: its analysis happens now, not after the close.
          const id = `fire-${seed}-${i}`;
          sent.push(id);
          write(JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: uriOf(dir, 'huge.cas.md') }, position: { line: 3, character: 6 } } }));
          log.push('hover huge.cas.md');
          continue;
        }
        if (i === huge + 5) {
          // Closed a few messages later: with a 5 MB draft of 70,000 sections open, every workspace-wide
          // request (coverage, symbols, report) costs seconds, which is the analysis budget's business.
          write(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: uriOf(dir, 'huge.cas.md') } } }));
          log.push('didClose huge.cas.md');
          continue;
        }
        const k = rnd();
        if (k < 0.03) {
          // Malformed JSON, well framed; and a response to a request nobody sent.
          write(pick(['{', '{"jsonrpc":"2.0","method":', 'null', '[]', '"x"', '{"jsonrpc":"2.0","id":"zz","result":null}', '\u00e9\u0000']));
          log.push('malformed');
        } else if (k < 0.55) {
          const method = pick(REQUESTS);
          const id = `fire-${seed}-${i}`;
          sent.push(id);
          const p = params(method);
          write(JSON.stringify({ jsonrpc: '2.0', id, method, ...(p === undefined ? {} : { params: p }) }));
          log.push(`request ${method} ${JSON.stringify(p)?.slice(0, 300)}`);
        } else {
          const method = pick(NOTIFICATIONS);
          const p = params(method);
          write(JSON.stringify({ jsonrpc: '2.0', method, ...(p === undefined ? {} : { params: p }) }));
          log.push(`notification ${method} ${JSON.stringify(p)?.slice(0, 300)}`);
        }
      }
      // Every request answered (an answer may be an error, never silence).
      const deadline = Date.now() + 30_000;
      while (answered.size < sent.length && Date.now() < deadline && c.child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
      c.assertAlive();
      const missing = sent.filter((id) => !answered.has(id));
      assert.deepEqual(missing.slice(0, 10), [], `seed ${seed}: ${missing.length} requests unanswered, the first after: ${log.slice(Math.max(0, Number(missing[0]?.split('-')[2]) - 12), Number(missing[0]?.split('-')[2]) + 1).join('; ')}`);
      return sent.length;
    } finally {
      c.child.stdout!.off('data', onData);
    }
  };
    // A first barrage with the 5 MB document, a second without: the second must not add much.
    const first = await barrage(SEED, true);
    const rss1 = rssMb(pid);
    const second = await barrage(SEED + 1, false);
    const rss2 = rssMb(pid);
      c.assertAlive();
      await c.setSettings({});
      const after = await probe(c, dir, 'probe-apres.cas.md');
      assert.deepEqual(after.diagnostics, reference.diagnostics, `seed ${SEED}: diagnostics after the barrage`);
      assert.deepEqual(after.hover, reference.hover, `seed ${SEED}: hovers after the barrage`);
      // Bounds, not measures: the analysis of the 5 MB draft and the garbage of its parse cost a few
      // hundred MB of RSS that the process keeps; a second barrage as long must not make it grow much more.
      const rss3 = rssMb(pid);
      assert.ok(rss1 < 900, `seed ${SEED}: RSS ${rss0.toFixed(0)} → ${rss1.toFixed(0)} MB after the first barrage`);
      assert.ok(rss3 - rss1 < 150, `seed ${SEED}: RSS grew from ${rss1.toFixed(0)} to ${rss2.toFixed(0)} MB (second barrage), ${rss3.toFixed(0)} MB (probe)`);
      if (process.env.RNCP_FIRE_FAILURES) {
        const kinds = new Map<string, number>();
        for (const l of c.logs.filter((x) => /failed/.test(x.message))) {
          const k = l.message.split('\n').slice(0, 2).join(' | ').replace(/file:\/\/\S+/g, 'URI');
          kinds.set(k, (kinds.get(k) ?? 0) + 1);
        }
        console.log([...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${k}`).join('\n'));
      }
      console.log(`      ${2 * COUNT} messages (seeds ${SEED}, ${SEED + 1}), ${first + second} requests all answered, ${c.logs.filter((l) => /failed/.test(l.message)).length} handler failures logged; RSS ${rss0.toFixed(0)} → ${rss1.toFixed(0)} → ${rss2.toFixed(0)} → ${rss3.toFixed(0)} MB`);
  });
});

describe('server: one draft that fails its check', function () {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempWorkspace({});
    client = await TestClient.start({ folder: dir });
    await client.waitForLog(/indexed/);
  });
  after(async () => {
    await client.dispose();
    removeWorkspace(dir);
  });

  // Found by the barrage: an open draft whose analysis throws (here an unresolved YAML alias, which
  // the YAML library throws on) emptied every workspace-wide answer, the other drafts' too.
  it('does not empty the coverage, symbols and report of the other drafts', async () => {
    const bad = uriOf(dir, 'bad.cas.md');
    const good = uriOf(dir, 'good.cas.md');
    await client.open(good, '---\nmodalite: M1\n---\n# Bon {C1}\n');
    await client.waitForDiagnostics(good);
    await client.open(bad, '---\nmodalite: M1\ntitre: *Important*\nx: [*a]\n---\n# Mauvais {C2}\n');
    await client.change(bad, '---\nmodalite: M1\ntitre: *Important*\nx: [*a]\n---\n# Mauvais {C3}\n');
    const coverage = await client.request<{ drafts: { uri: string }[] }>('rncp/coverage', {});
    assert.ok(coverage.drafts.some((d) => d.uri === good), JSON.stringify(coverage.drafts.map((d) => d.uri)));
    const symbols = await client.request<{ name: string; location: { uri: string } }[]>('workspace/symbol', { query: 'C1' });
    assert.ok(symbols.some((s) => s.location.uri === good), JSON.stringify(symbols));
    const report = await client.request<{ content: string }>('rncp/report', { format: 'markdown' });
    assert.match(report.content, /good\.cas\.md/);
    client.assertAlive();
  });
});
