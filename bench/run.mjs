// `npm run bench`: how fast rncp is on drafts of every size, against a plain
// remark parse of the same text (the baseline, measured in the same run) and
// against markdownlint-cli2 (the peer). Figures are median (min–max) over
// several runs; the ratios at the end are the issue's targets.
//
//   node bench/run.mjs [--quick] [--drafts N] [--no-100k] [--no-workspace] [--no-pool] [--json out.json] [--md out.md]
//
// Two kinds of generated drafts (bench/generate.mjs): "plain" (French prose,
// tags, lists, tables, fences, little inline markup) and "realistic" (inline
// markup in most paragraphs: bold, italics, links to annexes, reference links,
// inline code, footnotes, HTML comments, tables, a tag every few lines).
// (a) remark-parse + remark-gfm, one parse of the whole text (in-process)
// (b) our full analysis of the same text, cold (fresh block cache), in-process
// (c) didChange → publishDiagnostics through the real server over stdio, after a
//     one-character edit and after pasting 50 lines
// (d) `rncp check` on a workspace of drafts of each kind, whole process; then
//     with --cache, cold (writing it) and warm (unchanged files)
// (e) markdownlint-cli2 on the same workspace, whole process
// and the server's peak memory once it has indexed each workspace.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { generateDraft, generateRealisticDraft, realisticWorkspaceFiles, workspaceFiles } from './generate.mjs';
import { LspClient } from './lsp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const argValue = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const WS_DRAFTS = Number(argValue('--drafts') ?? (quick ? 200 : 1000));
const WS_LINES = 300;
const GENERATOR_VERSION = 4;
/** The two workspaces: drafts of plain prose, and drafts with inline markup as real subjects have. */
const WORKSPACES = { plain: workspaceFiles, realistic: realisticWorkspaceFiles };
const MARKDOWNLINT_CLI2 = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

const log = (s) => process.stderr.write(`${s}\n`);

// ---- figures ----------------------------------------------------------------

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: s.length, samples };
}

function ms(x) {
  if (!Number.isFinite(x)) return 'n/a';
  if (x < 10) return x.toFixed(1);
  return Math.round(x).toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');
}

function fig(st, unit = 'ms') {
  if (!st) return 'n/a';
  return `${ms(st.median)} (${ms(st.min)}–${ms(st.max)}) ${unit}`;
}

const now = () => performance.now();
// Each series of runs starts from a collected heap, so that the analysis does
// not pay for the garbage of remark's trees (gigabytes for 100k lines). Not
// before each run: right after a full collection remark runs ~1.7× slower (the
// heap has to grow again), which would flatter every ratio.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const time = (f) => {
  const t = now();
  f();
  return now() - t;
};

// ---- setup ------------------------------------------------------------------

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // Not Linux: os.cpus() says it.
  }
  const nproc = (() => {
    try {
      return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
    } catch {
      return os.availableParallelism?.() ?? os.cpus().length;
    }
  })();
  return { cpu, nproc, node: process.version, memGB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, load: os.loadavg().map((l) => l.toFixed(2)).join(' ') };
}

async function buildAll() {
  log('build: server, CLI, worker (scripts/build.mjs) and the in-process bench bundle');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'bench/entry.ts')], outfile: path.join(OUT, 'entry.cjs'),
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
  });
  return createRequire(import.meta.url)(path.join(OUT, 'entry.cjs'));
}

function workspace(kind) {
  const dir = path.join(os.tmpdir(), `rncp-bench-ws-${kind}-${WS_DRAFTS}-v${GENERATOR_VERSION}`);
  const stamp = path.join(dir, '.complete');
  if (!existsSync(stamp)) {
    log(`generating the ${kind} workspace: ${WS_DRAFTS} drafts of ${WS_LINES} lines in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    for (const [name, text] of WORKSPACES[kind](WS_DRAFTS, WS_LINES)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    writeFileSync(stamp, '');
  }
  const files = [];
  const visit = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) visit(path.join(d, e.name));
      else if (e.name.endsWith('.md')) files.push(path.join(d, e.name));
    }
  };
  visit(dir);
  files.sort();
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  return { kind, dir, files, texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

// ---- (a) and (b): in-process ------------------------------------------------

function parseAndAnalyze(lib, store, text, runs) {
  const a = [];
  const b = [];
  const file = '/bench/sujet.cas.md';
  // The analysis is cheap: more runs of it give a steadier median at no cost.
  const bRuns = Math.max(runs, 9);
  gc();
  // One untimed run lets the heap grow back first (skipped at 100k lines, where a run regrows it at once).
  if (runs > 3) lib.remarkParseText(text);
  for (let i = 0; i < runs; i++) a.push(time(() => lib.remarkParseText(text)));
  gc();
  lib.analyzeDraft(file, text, { resolve: store.resolver, parse: new lib.BlockCache().parse });
  for (let i = 0; i < bRuns; i++) {
    const cache = new lib.BlockCache();
    b.push(time(() => lib.analyzeDraft(file, text, { resolve: store.resolver, parse: cache.parse })));
  }
  gc();
  // The same edit as (c), in-process: what the analysis costs, without the server around it.
  const cache = new lib.BlockCache();
  lib.analyzeDraft(file, text, { resolve: store.resolver, parse: cache.parse });
  const { line, character } = editPoint(text);
  const lines = text.split('\n');
  const edited = [...lines.slice(0, line), lines[line].slice(0, character) + 'x' + lines[line].slice(character), ...lines.slice(line + 1)].join('\n');
  const k = [];
  for (let i = 0; i < Math.max(5, runs); i++) k.push(time(() => lib.analyzeDraft(file, i % 2 ? text : edited, { resolve: store.resolver, parse: cache.parse })));
  return { a: stats(a), b: stats(b), keystroke: stats(k) };
}

/** A place in the middle of the draft, inside prose: where the bench types. */
function editPoint(text) {
  const lines = text.split('\n');
  for (let i = lines.length >> 1; i < lines.length; i++) {
    if (/^[A-Za-zÀ-ÿ]/.test(lines[i]) && lines[i].length > 30) return { line: i, character: 12 };
  }
  return { line: lines.length >> 1, character: 0 };
}

/** Where 50 pasted lines go (the start of a block in the middle) and what they are (50 lines with tags). */
function pastePoint(text) {
  const lines = text.split('\n');
  let at = lines.length >> 1;
  while (at < lines.length - 1 && !(lines[at - 1] === '' && /^[A-Za-zÀ-ÿ#-]/.test(lines[at]))) at++;
  let from = lines.length >> 2;
  while (from < lines.length && lines[from] !== '') from++;
  from++;
  return { line: at, text: `${lines.slice(from, from + 50).join('\n')}\n` };
}

// ---- (c): through the server ------------------------------------------------

async function serverKeystrokes(serverFile, text, name, keystrokes, pastes) {
  const client = new LspClient(serverFile, { cwd: ROOT });
  try {
    await client.initialize(null);
    const uri = pathToFileURL(path.join(os.tmpdir(), 'rncp-bench', name)).href;
    let version = 1;
    const published = (v) => (p) => p.uri === uri && (p.version === v || p.version === undefined);
    const opened = client.waitFor(published(version));
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await opened;
    const change = async (changes) => {
      version++;
      const done = client.waitFor(published(version));
      const t0 = now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      return (await done) - t0;
    };
    const { line, character } = editPoint(text);
    const at = { line, character };
    const key = [];
    for (let i = 0; i < keystrokes; i++) {
      key.push(await change([{ range: { start: at, end: at }, text: 'x' }]));
      key.push(await change([{ range: { start: at, end: { line, character: character + 1 } }, text: '' }]));
    }
    const paste = pastePoint(text);
    const pastedLines = paste.text.split('\n').length - 1;
    const p = [];
    for (let i = 0; i < pastes; i++) {
      const start = { line: paste.line, character: 0 };
      p.push(await change([{ range: { start, end: start }, text: paste.text }]));
      await change([{ range: { start, end: { line: paste.line + pastedLines, character: 0 } }, text: '' }]);
    }
    return { keystroke: stats(key), paste: stats(p) };
  } finally {
    await client.shutdown();
  }
}

async function serverIndexing(serverFile, ws) {
  const client = new LspClient(serverFile, { cwd: ROOT });
  try {
    const t0 = now();
    await client.initialize(ws.dir);
    // Indexed when every draft has published and nothing came for a while.
    let last = client.published;
    let quiet = 0;
    while (quiet < 20) {
      await new Promise((r) => setTimeout(r, 100));
      if (client.diagnostics.size >= ws.files.length && client.published === last) quiet++;
      else quiet = 0;
      last = client.published;
      if (now() - t0 > 900_000) throw new Error('indexing did not finish in 15 minutes');
    }
    const lastAt = Math.max(...[...client.diagnostics.values()].map((d) => d.at));
    return { drafts: client.diagnostics.size, indexMs: lastAt - t0, ...client.memory() };
  } finally {
    await client.shutdown();
  }
}

// ---- (d), (e): whole processes ----------------------------------------------

function runProcess(argv, cwd) {
  return new Promise((resolve, reject) => {
    const t0 = now();
    const p = spawn(process.execPath, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    // Decoded as a stream: a chunk may end inside a multibyte character (é split in two gave ��).
    p.stdout.setEncoding('utf8');
    p.stderr.setEncoding('utf8');
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('error', reject);
    // 'close', not 'exit': the process may exit before its last output is read (megabytes of JSON).
    p.on('close', (code) => resolve({ ms: now() - t0, code, out, err }));
  });
}

// ---- main -------------------------------------------------------------------

async function main() {
  const m = machine();
  log(`machine: ${m.cpu}, ${m.nproc} cores, ${m.memGB} GB, ${m.platform}, Node ${m.node}, load ${m.load}`);
  const lib = await buildAll();
  const store = lib.nodeReferentielStore();
  const serverFile = path.join(ROOT, 'server/out/server.js');
  const cliFile = path.join(ROOT, 'server/out/cli.js');
  const R = quick ? { k1: 5, k10: 3, k100: 1, ws: 1, proc: 1, keys: 5, pastes: 3 } : { k1: 15, k10: 7, k100: 3, ws: 3, proc: 3, keys: 10, pastes: 5 };

  const drafts = {
    '1k': generateDraft(1_000, 1), '10k': generateDraft(10_000, 10), '100k': generateDraft(100_000, 100),
    'real 1k': generateRealisticDraft(1_000, 1), 'real 10k': generateRealisticDraft(10_000, 10),
  };
  // Warm-up: let the JIT compile remark and the analysis before anything counts.
  for (let i = 0; i < 3; i++) parseAndAnalyze(lib, store, drafts['1k'], 1);

  const results = { machine: m, date: new Date().toISOString(), quick, drafts: WS_DRAFTS, sizes: {}, workspaces: {} };
  const sizes = [['1k', R.k1], ['10k', R.k10], ['100k', R.k100], ['real 1k', R.k1], ['real 10k', R.k10]].filter(([size]) => !(size === '100k' && args.includes('--no-100k')));
  for (const [size, runs] of sizes) {
    log(`(a)(b) ${size} lines, ${runs} runs`);
    results.sizes[size] = { bytes: Buffer.byteLength(drafts[size]), ...parseAndAnalyze(lib, store, drafts[size], runs) };
  }

  if (existsSync(serverFile)) {
    for (const size of ['1k', '10k', 'real 1k', 'real 10k']) {
      log(`(c) server keystrokes on ${size} lines`);
      try {
        results.sizes[size].server = await serverKeystrokes(serverFile, drafts[size], `sujet-${size.replace(' ', '-')}.cas.md`, R.keys, R.pastes);
      } catch (err) {
        results.sizes[size].serverError = String(err);
        log(`  server: ${err}`);
      }
    }
  } else {
    results.serverMissing = true;
  }

  if (!args.includes('--no-workspace')) {
    for (const kind of Object.keys(WORKSPACES)) {
      const ws = workspace(kind);
      const w = await workspaceFigures(lib, store, ws, cliFile, R);
      results.workspaces[kind] = w;
      if (existsSync(serverFile)) {
        log(`server memory after indexing the ${kind} workspace`);
        try {
          w.server = await serverIndexing(serverFile, ws);
        } catch (err) {
          w.serverError = String(err);
          log(`  server: ${err}`);
        }
      }
      if (!args.includes('--no-pool')) {
        log(`worker pool: index the ${kind} workspace into plain results`);
        try {
          const r = await runProcess([path.join(ROOT, 'bench/poolIndex.mjs'), ws.dir], ROOT);
          if (r.code !== 0) throw new Error(r.err.slice(0, 500));
          w.pool = JSON.parse(r.out);
        } catch (err) {
          log(`  pool: ${err}`);
        }
      }
    }
  }

  results.machine.loadEnd = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const md = report(results);
  process.stdout.write(`${md}\n`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(argValue('--json') ?? path.join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(argValue('--md') ?? path.join(OUT, 'results.md'), `${md}\n`);
}

async function workspaceFigures(lib, store, ws, cliFile, R) {
  log(`(a) ${ws.kind} workspace: remark over ${ws.files.length} drafts (${(ws.bytes / 1e6).toFixed(1)} MB), ${R.ws} runs`);
  const aws = [];
  const bws = [];
  gc();
  for (let i = 0; i < R.ws; i++) aws.push(time(() => { for (const t of ws.texts) lib.remarkParseText(t); }));
  gc();
  let choices;
  for (let i = 0; i < R.ws; i++) {
    // As `rncp check` reads each draft: parsed whole or through a block cache, whichever costs less.
    const parser = new lib.OneShotParser();
    bws.push(time(() => { ws.texts.forEach((t, j) => lib.analyzeDraft(ws.files[j], t, { resolve: store.resolver, parse: parser.parse })); }));
    choices = parser.stats;
  }
  const w = { drafts: ws.files.length, bytes: ws.bytes, a: stats(aws), bSequential: stats(bws), choices };

  log(`(d) rncp check on the ${ws.kind} workspace, ${R.proc} runs, then with --cache`);
  const d = [];
  for (let i = 0; i < R.proc; i++) {
    const r = await runProcess([cliFile, 'check', ws.dir, '--format', 'json'], ROOT);
    if (r.code !== 0 && r.code !== 1) throw new Error(`rncp check failed (${r.code}): ${r.err.slice(0, 500)}`);
    if (i === 0) {
      w.checked = JSON.parse(r.out).files.length;
      w.output = r.out;
    }
    d.push(r.ms);
  }
  w.d = stats(d);
  // The cache lives outside the workspace; a cold run writes it, the next ones read it.
  const cacheFile = path.join(os.tmpdir(), `rncp-bench-cache-${ws.kind}.json`);
  const cold = [];
  const warm = [];
  for (let i = 0; i < R.proc; i++) {
    rmSync(cacheFile, { force: true });
    const c = await runProcess([cliFile, 'check', ws.dir, '--format', 'json', '--cache', '--cache-location', cacheFile], ROOT);
    const h = await runProcess([cliFile, 'check', ws.dir, '--format', 'json', '--cache', '--cache-location', cacheFile], ROOT);
    for (const [run, r] of [['cold', c], ['warm', h]]) {
      if (r.out === w.output) continue;
      const at = [...r.out].findIndex((ch, k) => ch !== w.output[k]);
      throw new Error(`rncp check --cache (${run}, exit ${r.code}) printed something else than rncp check: ${r.out.length} against ${w.output.length} characters, first difference at ${at}: ${JSON.stringify(r.out.slice(Math.max(0, at - 80), at + 80))}; stderr: ${r.err.slice(0, 500)}`);
    }
    cold.push(c.ms);
    warm.push(h.ms);
  }
  w.dCacheCold = stats(cold);
  w.dCacheWarm = stats(warm);
  delete w.output;

  log(`(e) markdownlint-cli2 on the ${ws.kind} workspace, ${R.proc} runs`);
  const e = [];
  for (let i = 0; i < R.proc; i++) {
    const r = await runProcess([MARKDOWNLINT_CLI2, '**/*.md'], ws.dir);
    // 1: issues found (it lints as it should); 2: it failed.
    if (r.code !== 0 && r.code !== 1) throw new Error(`markdownlint-cli2 failed (${r.code}): ${r.err.slice(0, 500)}`);
    if (i === 0) w.markdownlint = { summary: /Summary: (\d+) error/.exec(r.out + r.err)?.[0], linting: /Linting: (\d+) file/.exec(r.out + r.err)?.[0] };
    // A missing markdownlint-cli2 also exits 1: only a run that says what it linted counts.
    if (i === 0 && !w.markdownlint.linting) throw new Error(`markdownlint-cli2 linted nothing (${r.code}): ${(r.out + r.err).slice(0, 500)}`);
    e.push(r.ms);
  }
  w.e = stats(e);
  return w;
}

function report(r) {
  const s = r.sizes;
  const ratio = (x, y) => (x && y ? x.median / y.median : NaN);
  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(x < 0.1 ? 3 : 2) : 'n/a');
  const mark = (x, target) => (Number.isFinite(x) ? (x <= target ? '✅' : '❌') : '—');
  const lines = [];
  lines.push(`Machine: ${r.machine.cpu}, ${r.machine.nproc} cores (nproc), ${r.machine.memGB} GB, ${r.machine.platform}, Node ${r.machine.node}; load average ${r.machine.load} at the start, ${r.machine.loadEnd} at the end.`);
  lines.push(`Command: \`npm run bench\`${r.quick ? ' -- --quick' : ''} (${r.date.slice(0, 10)}). Figures: median (min–max) over the runs shown; each in-process series starts from a collected heap.`);
  lines.push('');
  const cols = Object.keys(s);
  lines.push(`| Figure | ${cols.map((k) => `${k} lines`).join(' | ')} |`);
  lines.push(`| --- |${' ---: |'.repeat(cols.length)}`);
  const row = (name, f) => lines.push(`| ${name} | ${cols.map((k) => f(s[k], k)).join(' | ')} |`);
  row('size', (x) => `${((x?.bytes ?? NaN) / 1e3).toFixed(0)} kB`);
  row('(a) remark parse, baseline', (x) => (x ? `${fig(x.a)} ×${x.a.runs}` : 'n/a'));
  row('(b) rncp full analysis, cold', (x) => (x ? `${fig(x.b)} ×${x.b.runs}` : 'n/a'));
  row('analysis after a 1-char edit, in-process', (x) => fig(x?.keystroke));
  row('(c) server: 1-char edit → diagnostics', (x) => (x?.server ? `${fig(x.server.keystroke)} ×${x.server.keystroke.runs}` : '—'));
  row('(c) server: paste 50 lines → diagnostics', (x) => (x?.server ? fig(x.server.paste) : '—'));
  lines.push('');
  const kinds = Object.keys(r.workspaces ?? {});
  if (kinds.length > 0) {
    const W = r.workspaces;
    lines.push(`| Workspace: ${r.drafts} drafts of ${WS_LINES} lines | ${kinds.map((k) => `${k} (${(W[k].bytes / 1e6).toFixed(1)} MB)`).join(' | ')} |`);
    lines.push(`| --- |${' ---: |'.repeat(kinds.length)}`);
    const wrow = (name, f) => lines.push(`| ${name} | ${kinds.map((k) => f(W[k])).join(' | ')} |`);
    wrow('(a) remark parse of every draft, summed, one thread', (w) => `${fig(w.a)} ×${w.a.runs}`);
    wrow('rncp analysis of every draft, one thread, in-process', (w) => `${fig(w.bSequential)} (${w.choices?.whole ?? '?'} parsed whole)`);
    wrow(`(d) \`rncp check\` (${r.machine.nproc} workers), whole process`, (w) => `${fig(w.d)} ×${w.d.runs}`);
    wrow('(d) `rncp check --cache`, cold (writes the cache)', (w) => fig(w.dCacheCold));
    wrow('(d′) `rncp check --cache`, second run, files unchanged', (w) => fig(w.dCacheWarm));
    wrow('(e) markdownlint-cli2, whole process (peer)', (w) => `${fig(w.e)} ×${w.e.runs}`);
    wrow('server: index the workspace (to the last diagnostics)', (w) => (w.server ? `${ms(w.server.indexMs)} ms` : 'n/a'));
    wrow('server: peak memory after indexing (RSS high-water mark)', (w) => (w.server ? `${w.server.peakMB.toFixed(0)} MB (now ${w.server.rssMB.toFixed(0)} MB)` : 'n/a'));
    wrow('worker pool (2 workers): index into plain results, time', (w) => (w.pool ? `${ms(w.pool.ms)} ms` : 'n/a'));
    wrow('worker pool: peak memory of that process, results kept', (w) => (w.pool ? `${w.pool.peakMB.toFixed(0)} MB` : 'n/a'));
    lines.push('');
  }
  const growthB = ratio(s['100k']?.b, s['10k']?.b);
  const rows = [
    ['b/a, 1k lines', ratio(s['1k']?.b, s['1k']?.a), '—', NaN],
    ['b/a, 10k lines', ratio(s['10k']?.b, s['10k']?.a), '—', NaN],
    ['b/a, 100k lines', ratio(s['100k']?.b, s['100k']?.a), '≤ 1', 1],
    ['b(100k)/b(10k): growth of the analysis', growthB, '≤ 12', 12],
    ['b/a, realistic 1k lines', ratio(s['real 1k']?.b, s['real 1k']?.a), '—', NaN],
    ['b/a, realistic 10k lines', ratio(s['real 10k']?.b, s['real 10k']?.a), '—', NaN],
  ];
  for (const [k, label] of [['1k', '1k lines'], ['10k', '10k lines'], ['real 1k', 'realistic 1k lines'], ['real 10k', 'realistic 10k lines']]) {
    const target = k.endsWith('10k') ? 0.1 : 0.3;
    rows.push([`c/a, 1-char edit, ${label}`, ratio(s[k]?.server?.keystroke, s[k]?.a), `≤ ${target}`, target]);
  }
  for (const kind of kinds) {
    const w = r.workspaces[kind];
    rows.push(
      [`d/a, ${kind} workspace (a summed)`, ratio(w.d, w.a), '≤ 0.5', 0.5],
      [`d/e, ${kind} workspace, against markdownlint-cli2`, ratio(w.d, w.e), '≤ 0.5', 0.5],
      [`d′/a, ${kind} workspace, second run with --cache`, ratio(w.dCacheWarm, w.a), '≤ 0.1', 0.1],
      [`server memory after indexing the ${kind} workspace (MB)`, w.server?.peakMB, '≤ 300', 300],
    );
  }
  lines.push('| Ratio | measured | target | |');
  lines.push('| --- | ---: | ---: | --- |');
  for (const [name, x, target, t] of rows) lines.push(`| ${name} | ${name.includes('MB') ? (Number.isFinite(x) ? x.toFixed(0) : 'n/a') : fmt(x)} | ${target} | ${Number.isFinite(t) ? mark(x, t) : ''} |`);
  if (r.serverMissing) lines.push('', 'The server bundle (server/out/server.js) was missing: (c) and the memory figures were not measured.');
  return lines.join('\n');
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exitCode = 1;
});
