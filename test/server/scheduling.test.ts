/**
 * When the server checks an open draft: at once when idle (no timer, no
 * debounce), and only once for a burst of changes received together, for the
 * last version; a stale version is never published. The server is driven over
 * raw stdio so that a burst is one write (under PIPE_BUF, so the server reads it
 * whole), and started with every timer disabled so that a check that waited
 * for one would never come. Assertions are on versions and order, never on time.
 */
import * as assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../helpers/core';
import { ensureServerBuilt } from '../helpers/lsp';

/** Preloaded into the server: setTimeout and setInterval record their call and never fire. */
const NO_TIMERS = path.join(ROOT, 'test/server/fixtures/noTimers.cjs');
const URI = 'file:///tmp/s.cas.md';
const DRAFT = '---\nmodalite: M2\n---\n# Sujet {C6}\n\nQuestion {C7}\n';

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; version?: number; diagnostics?: { code?: string }[] };
  result?: unknown;
}

/** A bare LSP client over the child's stdio: frames messages, and lets a test send several in one write. */
class RawClient {
  readonly received: Message[] = [];
  private buffer = Buffer.alloc(0);
  private readonly waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private nextId = 1;
  private stderr = '';

  constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (d: Buffer) => this.data(d));
    child.stderr!.on('data', (d: Buffer) => (this.stderr += String(d)));
  }

  static frame(message: object): Buffer {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
  }

  /** Writes the messages in one write. */
  send(...messages: object[]): void {
    this.child.stdin!.write(Buffer.concat(messages.map((m) => RawClient.frame(m))));
  }

  request(method: string, params: unknown): { id: number; method: string; params: unknown } {
    return { id: this.nextId++, method, params };
  }

  /** The first message received from now on (or already received, with `past`) that passes `test`. */
  waitFor(test: (m: Message) => boolean, what: string, past = false): Promise<Message> {
    const seen = past ? this.received.find(test) : undefined;
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = { test, resolve: (m: Message) => { clearTimeout(timer); resolve(m); } };
      // A bound so that a missing message fails with what was seen, not a bare mocha timeout.
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`no ${what}; received: ${this.received.map((m) => m.method ?? `response ${m.id}`).join(', ')}; stderr: ${this.stderr}`));
      }, 15000);
      this.waiters.push(w);
    });
  }

  /** The versions of the diagnostics published for a URI so far, in order. */
  versions(uri: string): (number | undefined)[] {
    return this.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri).map((m) => m.params?.version);
  }

  private data(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.received.push(message);
      // Requests from the server (registrations, configuration): answered empty.
      if (message.id !== undefined && message.method !== undefined) this.send({ id: message.id, result: null });
      for (const w of [...this.waiters]) {
        if (w.test(message)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    }
  }
}

/** An insertion of `text` at the end of the draft's last line, as version `version`. */
function change(version: number, text: string): object {
  return {
    method: 'textDocument/didChange',
    params: { textDocument: { uri: URI, version }, contentChanges: [{ range: { start: { line: 5, character: 13 }, end: { line: 5, character: 13 } }, text }] },
  };
}

describe('server: when open drafts are checked', function () {
  let client: RawClient;

  beforeEach(async () => {
    const child = spawn(process.execPath, ['--require', NO_TIMERS, ensureServerBuilt(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    client = new RawClient(child);
    const init = client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    client.send(init);
    await client.waitFor((m) => m.id === init.id, 'initialize response');
    client.send({ method: 'initialized', params: {} });
  });

  afterEach(async () => {
    const exited = new Promise((r) => client.child.once('exit', r));
    const shutdown = client.request('shutdown', null);
    client.send(shutdown);
    await client.waitFor((m) => m.id === shutdown.id, 'shutdown response');
    client.send({ method: 'exit' });
    await exited;
  });

  it('checks an isolated change at once, with every timer of the server disabled', async () => {
    client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DRAFT } } });
    await client.waitFor((m) => m.params?.uri === URI && m.params.version === 1, 'diagnostics of version 1');
    for (const [version, text] of [[2, ' {C99}'], [3, ' {C8}'], [4, ' {C9']] as const) {
      client.send(change(version, text));
      await client.waitFor((m) => m.params?.uri === URI && m.params.version === version, `diagnostics of version ${version}`);
    }
    assert.deepEqual(client.versions(URI), [1, 2, 3, 4]);
    // What was typed reached the analysis: the unknown competency, then the unclosed tag.
    const last = client.received.filter((m) => m.params?.uri === URI).at(-1);
    assert.ok(last?.params?.diagnostics?.some((d) => d.code === 'competence-inconnue'));
    assert.ok(last?.params?.diagnostics?.some((d) => d.code === 'tag-malforme'));
  });

  it('coalesces a burst of changes received together into one check of the last version', async () => {
    const burst = [
      { method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DRAFT } } },
      ...Array.from({ length: 12 }, (_, i) => change(i + 2, i % 2 ? ' {C8}' : ' x')),
    ];
    assert.ok(Buffer.concat(burst.map((m) => RawClient.frame(m))).length < 4096, 'one atomic pipe write');
    client.send(...burst);
    await client.waitFor((m) => m.params?.uri === URI && m.params.version === 13, 'diagnostics of version 13', true);
    // A request after it: anything published for an older version would come before its answer.
    const hover = client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 3, character: 10 } });
    client.send(hover);
    await client.waitFor((m) => m.id === hover.id, 'hover response');
    assert.deepEqual(client.versions(URI), [13]);
  });

  it('never publishes a version older than one already published', async () => {
    client.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: DRAFT } } });
    // Bursts and lone changes mixed: whatever is coalesced, versions only go up and the last one is published.
    let version = 1;
    for (let round = 0; round < 6; round++) {
      const n = 1 + (round % 3) * 5;
      client.send(...Array.from({ length: n }, () => change(++version, round % 2 ? ' {C7}' : ' y')));
      if (round % 2) await client.waitFor((m) => m.params?.uri === URI && m.params.version === version, `diagnostics of version ${version}`, true);
    }
    await client.waitFor((m) => m.params?.uri === URI && m.params.version === version, `diagnostics of version ${version}`, true);
    const versions = client.versions(URI) as number[];
    assert.equal(versions.at(-1), version);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] > versions[i - 1], `published in order: ${versions.join(', ')}`);
  });
});
