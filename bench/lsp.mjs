// A minimal LSP client over stdio for the bench: starts `node server/out/server.js
// --stdio`, speaks JSON-RPC with Content-Length framing, answers the server's
// requests with empty results, and lets the bench wait for publishDiagnostics.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export class LspClient {
  constructor(serverFile, { cwd } = {}) {
    this.proc = spawn(process.execPath, [serverFile, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    /** Every publishDiagnostics received: uri → { version, count, at } (latest). */
    this.diagnostics = new Map();
    this.published = 0;
    this.stderr = '';
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.proc.stderr.on('data', (d) => { this.stderr += d; });
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }

  onMessage(msg) {
    const now = performance.now();
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (p) msg.error ? p.reject(new Error(msg.error.message)) : p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined && msg.method !== undefined) {
      // A request from the server (configuration, registration, progress): answer empty.
      const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      this.published++;
      this.diagnostics.set(msg.params.uri, { version: msg.params.version, count: msg.params.diagnostics.length, at: now });
      for (const w of [...this.waiters]) {
        if (w.test(msg.params)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(now);
        }
      }
    }
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the arrival time of the first publishDiagnostics that passes `test`. */
  waitFor(test, timeoutMs = 300_000) {
    return new Promise((resolve, reject) => {
      const w = { test, resolve: (t) => { clearTimeout(timer); resolve(t); } };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`no matching publishDiagnostics within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  async initialize(rootPath) {
    const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
    await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootPath ? [{ uri: rootUri, name: 'bench' }] : null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      locale: 'fr',
    });
    this.notify('initialized', {});
  }

  async shutdown() {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
      this.notify('exit', null);
    } catch {
      // The server may already be gone.
    }
    const timer = setTimeout(() => this.proc.kill(), 5000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Peak and current resident memory of the server process (Linux), in MB. */
  memory() {
    try {
      const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
      return { peakMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
    } catch {
      return { peakMB: NaN, rssMB: NaN };
    }
  }
}
