#!/usr/bin/env node
// test/e2e/driver.js - drives a running code-server (real VS Code workbench + real Node
// extension host) with playwright-core and the system Chromium. Started by run.sh.
//
//   --mode tests  Runs an extension test suite (extensionTestsPath: a module exporting
//                 run(), e.g. a mocha runner) INSIDE the extension host, with the extension
//                 under test loaded from --dev (extensionDevelopmentPath). VS Code reports
//                 the result by calling window.codeAutomationExit(code) in the page; we
//                 expose that function and turn it into our exit code. The suite's console
//                 output arrives through window.codeAutomationLog. Needs code-server started
//                 with `--vscode-option enable-smoke-test-driver`.
//
//   --mode ui     Opens the workbench (with --dev loaded) and runs UI steps, either from a
//                 JSON "UI script" (--ui-script FILE) or built from the simple options
//                 --open-file / --expect-problem / --hover-on / --expect-hover. A final
//                 screenshot is always taken; on failure a failure screenshot is written.
//
// UI script: a JSON array of steps (or {"steps": [...]}), each an object with ONE action key
// (plus optional "timeout" in ms and the action's own options):
//   {"open": "dir/file.md"}          open a workspace-relative file (Explorer, then Quick Open)
//   {"waitProblem": "text"}          open the Problems panel, wait for a row containing text
//   {"hover": "token", "expect": "t"} move the mouse onto the first on-screen occurrence of
//                                    token in the active editor; wait for a hover widget
//                                    (containing "expect" when given)
//   {"waitNotification": "text"}     open the Notification Center, wait for a notification
//                                    containing text (toasts are disabled in this mode)
//   {"waitText": "text", "in": "css"} wait until text is visible on screen (or inside css)
//   {"waitGone": "text", "in": "css"} wait until text is no longer visible
//   {"command": "Title"}             run a command through the command palette (F1)
//   {"command": "Title", "pick": "l"} ... that opens a quick pick: choose the row whose label
//                                    contains l, and wait for the pick to close
//   {"pick": "label"}                choose in the quick pick already open
//   {"webviewText": "text"}          wait until text is visible in the visible webview
//                                    (the matrix), inside "in" (a css selector) when given
//   {"webviewClick": "sel or text"}  click in the visible webview (selector, else by text)
//   {"webviewFill": "text", "into": "css"} fill an input of the visible webview
//   {"click": "selector or text"}    click a Playwright selector, or else an element by text
//   {"key": "Escape"}                press a key (Playwright key names, e.g. "Control+S")
//   {"type": "text"}                 type text at the focus
//   {"goto": "token"}                put the editor cursor on token (click it)
//   {"wait": 500}                    sleep ms (avoid; prefer the waits above)
//   {"shot": "name.png"}             screenshot into the --shots folder
//
// Options:
//   --url URL --workspace DIR [--dev DIR] [--tests FILE] [--mode tests|ui]...
//   --ui-script FILE | --open-file REL --expect-problem TEXT --hover-on TEXT --expect-hover TEXT
//   --console-log FILE (UI mode: browser console written there)
//   --shots DIR (default ./screenshots)  --chromium PATH (default /usr/bin/chromium)
//   --playwright DIR (npm prefix where playwright-core is installed; or env E2E_PLAYWRIGHT_DIR)
//   --timeout-ms N (per step, default 60000)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function parseArgs(argv) {
  const a = { mode: [] };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (!k.startsWith('--')) throw new Error(`unexpected argument ${k}`);
    const v = argv[++i];
    if (v === undefined) throw new Error(`missing value for ${k}`);
    const key = k.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (key === 'mode') a.mode.push(v); else a[key] = v;
  }
  return a;
}

const args = parseArgs(process.argv.slice(2));
const T = Number(args.timeoutMs || 60000);
const pwDir = args.playwright || process.env.E2E_PLAYWRIGHT_DIR;
const { chromium } = require(pwDir ? path.join(pwDir, 'node_modules', 'playwright-core') : 'playwright-core');
const shotsDir = path.resolve(args.shots || 'screenshots');
const t0 = Date.now();
const log = (m) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneLine = (s, n = 200) => String(s).replace(/\s+/g, ' ').trim().slice(0, n);

async function launch() {
  // Playwright refuses --user-data-dir in args; a persistent context with a fresh
  // temporary profile is the equivalent.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chrome-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: args.chromium || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  const close = async () => { await ctx.close().catch(() => {}); fs.rmSync(profile, { recursive: true, force: true }); };
  return { ctx, page: ctx.pages()[0] || (await ctx.newPage()), close };
}

function workbenchUrl(payload) {
  const u = new URL(args.url);
  let q = `?folder=${encodeURIComponent(args.workspace)}`;
  if (payload && payload.length) q += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return `${u.origin}/${q}`;
}

// Payload entries understood by the web workbench. URIs use the vscode-remote scheme with
// the page's host as authority, i.e. paths on the code-server machine.
function devPayload(withTests) {
  const host = new URL(args.url).host;
  const p = [['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  if (args.dev) p.push(['extensionDevelopmentPath', `vscode-remote://${host}${path.resolve(args.dev)}`]);
  if (withTests) p.push(['extensionTestsPath', `vscode-remote://${host}${path.resolve(args.tests)}`]);
  return p;
}

// ------------------------------------------------------------------------- tests mode
async function runTests() {
  if (!args.dev || !args.tests) throw new Error('tests mode needs --dev and --tests');
  const { page, close } = await launch();
  try {
    let finish;
    const exited = new Promise((r) => (finish = r));
    // Extension-host console output (mocha reporter etc.) is forwarded here.
    await page.exposeFunction('codeAutomationLog', (type, a) => {
      if (!Array.isArray(a)) return;
      const [fmt, ...rest] = a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
      let i = 0;
      const line = String(fmt).replace(/%[sdiof]/g, () => (i < rest.length ? rest[i++] : '')) + (i < rest.length ? ' ' + rest.slice(i).join(' ') : '');
      if (/ENOTFOUND|Failed to load resource/.test(line)) return; // offline noise (gallery lookups)
      console.log(`  [exthost:${type}] ${line}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    page.on('pageerror', (e) => log(`pageerror: ${e.message}`));
    log(`opening workbench with extensionTestsPath=${args.tests}`);
    await page.goto(workbenchUrl(devPayload(true)));
    let timer;
    const code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), T * 5); })]);
    clearTimeout(timer);
    if (code === 'timeout') {
      fs.mkdirSync(shotsDir, { recursive: true });
      const f = path.join(shotsDir, 'tests.failure.png');
      await page.screenshot({ path: f }).catch(() => {});
      log(`extension tests did not report an exit code within ${(T * 5) / 1000}s (screenshot ${f})`);
      return 1;
    }
    log(`extension tests exit code ${code}`);
    return code;
  } finally { await close(); }
}

// ------------------------------------------------------------------------- UI mode
function loadSteps() {
  if (args.uiScript) {
    const j = JSON.parse(fs.readFileSync(args.uiScript, 'utf8'));
    const steps = Array.isArray(j) ? j : j.steps;
    if (!Array.isArray(steps)) throw new Error(`${args.uiScript}: expected an array of steps or {"steps": [...]}`);
    return steps;
  }
  const s = [];
  if (args.openFile) s.push({ open: args.openFile });
  if (args.expectProblem) s.push({ waitProblem: args.expectProblem });
  if (args.expectHover) s.push({ hover: args.hoverOn || args.expectProblem, expect: args.expectHover });
  s.push({ shot: 'ui.png' });
  return s;
}

const ACTIONS = ['open', 'waitProblem', 'waitNotification', 'hover', 'waitText', 'waitGone', 'command', 'pick', 'webviewText', 'webviewClick', 'webviewFill', 'click', 'key', 'type', 'goto', 'wait', 'shot'];

// Poll fn() until it returns a truthy value or ms elapse.
async function until(page, what, ms, fn, every = 200) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await page.waitForTimeout(every);
  }
}

// Screen position of the first visible occurrence of `needle` in the active editor's lines.
function rectOfToken(page, needle) {
  return page.evaluate((needle) => {
    const editors = [...document.querySelectorAll('.editor-instance .monaco-editor')];
    const active = editors.find((e) => e.classList.contains('focused')) || editors.find((e) => e.offsetParent);
    if (!active) return null;
    for (const line of active.querySelectorAll('.view-line')) {
      // a token may be split over several spans: search the line text, then map offsets
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.textContent; }
      const i = text.replace(/\u00a0/g, ' ').indexOf(needle);
      if (i < 0) continue;
      const at = (off) => { let k = nodes.length - 1; while (k > 0 && nodes[k][1] > off) k--; return [nodes[k][0], off - nodes[k][1]]; };
      const r = document.createRange();
      r.setStart(...at(i)); r.setEnd(...at(i + needle.length - 1)); r.setEnd(r.endContainer, r.endOffset + 1);
      const b = r.getBoundingClientRect();
      if (!b.width) continue;
      return { x: b.left + Math.min(b.width / 2, 8 + b.width / 4), y: b.top + b.height / 2 };
    }
    return null;
  }, needle);
}

// Is `text` visible on screen (optionally inside `within`)? Looks for the deepest element
// whose text contains it (whitespace-insensitive, so editor lines split into spans match)
// and checks that element is rendered, not transparent and inside the viewport. This skips
// the off-screen aria live regions (.monaco-aria-container) that repeat messages.
function visibleTextIncludes(page, text, within) {
  return page.evaluate(([text, within]) => {
    const squash = (s) => (s || '').replace(/[\s\u00a0]+/g, '');
    const needle = squash(text);
    const roots = within ? [...document.querySelectorAll(within)] : [document.body];
    const visible = (el) => {
      if (el.closest('.monaco-aria-container')) return false;
      if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const b = el.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && b.right > 0 && b.bottom > 0 && b.left < innerWidth && b.top < innerHeight;
    };
    const deepest = (el) => {
      for (const c of el.children) if (squash(c.textContent).includes(needle)) return deepest(c);
      return el;
    };
    for (const r of roots) {
      if (!squash(r.textContent).includes(needle)) continue;
      // all minimal elements containing the text (there may be several occurrences)
      const stack = [r];
      while (stack.length) {
        const el = stack.pop();
        const kids = [...el.children].filter((c) => squash(c.textContent).includes(needle));
        if (kids.length) { stack.push(...kids); continue; }
        if (visible(deepest(el))) return true;
      }
    }
    return false;
  }, [text, within || null]);
}

async function quickInputVisible(page) {
  return page.locator('.quick-input-widget').first().isVisible().catch(() => false);
}

async function openCommandPalette(page, ms) {
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    try { await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: Math.min(ms, 3000) }); return; } catch { /* retry */ }
  }
  throw new Error('command palette (F1) did not open');
}

async function runCommand(page, title, ms, pick) {
  // Commands contributed by the extension appear only once its contributions are
  // registered, and an open palette does not refresh: re-open and re-type until found.
  const end = Date.now() + ms;
  const rows = page.locator('.quick-input-list .monaco-list-row');
  for (;;) {
    await openCommandPalette(page, ms);
    await page.locator('.quick-input-widget input').first().fill(`>${title}`);
    let row = null;
    try {
      // prefer an exact label match, else the first row containing the title
      row = await until(page, `command "${title}" in the palette`, Math.min(3000, Math.max(end - Date.now(), 500)), async () => {
        const n = await rows.count();
        let contains = null;
        for (let k = 0; k < n; k++) {
          const r = rows.nth(k);
          const label = oneLine(await r.locator('.label-name').first().innerText().catch(() => ''));
          if (label === title) return r;
          if (!contains && label.includes(title)) contains = r;
        }
        return contains;
      });
    } catch (e) {
      if (Date.now() > end) { await page.keyboard.press('Escape'); throw e; }
      continue;
    }
    await row.click();
    if (pick !== undefined) return choose(page, pick, ms);
    await until(page, 'command palette to close', Math.min(ms, 15000), async () => !(await quickInputVisible(page)));
    return;
  }
}

/** Chooses the row of the open quick pick whose label contains `label`, then waits for it to close. */
async function choose(page, label, ms) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first();
  await row.waitFor({ state: 'visible', timeout: ms });
  await row.click();
  await until(page, 'quick pick to close', Math.min(ms, 15000), async () => !(await quickInputVisible(page)));
}

/**
 * The visible webview's content frame: VS Code nests it twice (iframe.webview, then
 * #active-frame, swapped when the content changes: re-resolved at each use).
 */
function webview(page) {
  return page.frameLocator('iframe.webview.ready:visible').first().frameLocator('#active-frame');
}

async function webviewLocator(page, what, ms) {
  return until(page, `in the webview: ${JSON.stringify(what)}`, ms, async () => {
    const frame = webview(page);
    try {
      const l = frame.locator(what).first();
      if (await l.isVisible()) return l;
    } catch { /* not a valid selector: treat as text */ }
    const t = frame.getByText(what, { exact: false }).first();
    return (await t.isVisible().catch(() => false)) ? t : null;
  });
}

async function waitEditorTab(page, base, ms) {
  await page.locator(`.tabs-container .tab[data-resource-name="${base}"], .tabs-container .tab:has-text("${base}")`).first().waitFor({ timeout: ms });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: ms });
}

async function openFile(page, rel, ms) {
  const parts = rel.split('/').filter(Boolean);
  const base = parts[parts.length - 1];
  // 1) Explorer: expand each folder, then click the file (like a user does).
  try {
    const explorer = page.locator('.explorer-folders-view');
    if (!(await explorer.isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+E');
    await explorer.waitFor({ state: 'visible', timeout: Math.min(ms, 15000) });
    for (let i = 0; i < parts.length; i++) {
      const isFile = i === parts.length - 1;
      const row = explorer.locator(`.monaco-list-row[aria-level="${i + 1}"]`)
        .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRe(parts[i])}\\s*$`) }) }).first();
      await row.waitFor({ timeout: Math.min(ms, 15000) });
      if (isFile) { await row.click(); break; }
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
      await until(page, `folder ${parts[i]} expanded`, 5000, async () => (await row.getAttribute('aria-expanded')) === 'true');
    }
    await waitEditorTab(page, base, Math.min(ms, 15000));
    return;
  } catch (e) {
    log(`  Explorer open failed (${oneLine(e.message, 120)}); trying Quick Open`);
  }
  // 2) Quick Open (Ctrl+P).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: ms });
  await page.locator('.quick-input-widget input').first().fill(rel);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ timeout: ms });
  await page.keyboard.press('Enter');
  await waitEditorTab(page, base, ms);
}

/** Opens a panel through its status-bar toggle when hidden, then waits for a list row holding `text`. */
async function waitPanelRow(page, panelSelector, toggleId, text, ms) {
  const panel = page.locator(panelSelector);
  if (!(await panel.isVisible().catch(() => false))) {
    await page.locator(`[id="${toggleId}"]`).first().click();
    await panel.waitFor({ state: 'visible', timeout: Math.min(ms, 15000) });
  }
  const row = panel.locator('.monaco-list-row', { hasText: text }).first();
  await row.waitFor({ timeout: ms });
  return oneLine(await row.innerText());
}

// The status-bar problem counter toggles the Problems panel.
const waitProblem = (page, text, ms) => waitPanelRow(page, '.markers-panel', 'status.problems', text, ms);

// Toasts are NOT shown when code-server runs with enable-smoke-test-driver (VS Code skips
// them in smoke-test mode), so notifications are checked in the Notification Center.
const waitNotification = (page, text, ms) => waitPanelRow(page, '.notifications-center', 'status.notifications', text, ms);

async function hover(page, token, expect, ms) {
  const pt = await until(page, `token ${JSON.stringify(token)} in the editor`, ms, () => rectOfToken(page, token));
  const sel = '.monaco-editor .monaco-hover:not(.hidden)';
  const hv = expect ? page.locator(sel, { hasText: expect }).first() : page.locator(sel).first();
  const end = Date.now() + ms;
  for (;;) {
    // wiggle: away, then onto the token (the editor may still be laying out: re-measure)
    const p = (await rectOfToken(page, token)) || pt;
    await page.mouse.move(0, 0);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    try {
      await hv.waitFor({ state: 'visible', timeout: 4000 });
      // let the fade-in finish so a screenshot shows the hover clearly
      await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some((h) => getComputedStyle(h).opacity === '1' && h.offsetParent), null, { timeout: 3000 }).catch(() => {});
      await page.waitForTimeout(300);
      // A late layout change (inlay hints arriving on a loaded machine) can move the token from
      // under the mouse and close the hover: read it now, or hover again.
      return oneLine(await hv.innerText({ timeout: 2000 }));
    } catch (e) {
      if (Date.now() > end) throw new Error(`no hover${expect ? ` containing ${JSON.stringify(expect)}` : ''} on ${JSON.stringify(token)}`);
    }
  }
}

async function click(page, what, ms) {
  const loc = await until(page, `something to click: ${JSON.stringify(what)}`, ms, async () => {
    try {
      const l = page.locator(what).first();
      if (await l.isVisible()) return l;
    } catch { /* not a valid selector: treat as text */ }
    const t = page.getByText(what, { exact: false }).first();
    if (await t.isVisible().catch(() => false)) return t;
    return null;
  });
  await loc.click();
}

async function shot(page, name) {
  fs.mkdirSync(shotsDir, { recursive: true });
  const f = path.isAbsolute(name) ? name : path.join(shotsDir, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: f });
  return f;
}

async function runStep(page, step) {
  const action = ACTIONS.find((k) => k in step);
  if (!action) throw new Error(`unknown step ${JSON.stringify(step)} (actions: ${ACTIONS.join(', ')})`);
  const v = step[action];
  const ms = Number(step.timeout || T);
  switch (action) {
    case 'open': await openFile(page, v, ms); return `opened ${v}`;
    case 'waitProblem': return `Problems: ${await waitProblem(page, v, ms)}`;
    case 'waitNotification': return `notification: ${await waitNotification(page, v, ms)}`;
    case 'hover': return `hover: ${await hover(page, v, step.expect, ms)}`;
    case 'waitText': await until(page, `text ${JSON.stringify(v)}${step.in ? ` in ${step.in}` : ''}`, ms, () => visibleTextIncludes(page, v, step.in)); return 'found';
    case 'waitGone': await until(page, `text ${JSON.stringify(v)} to disappear`, ms, async () => !(await visibleTextIncludes(page, v, step.in))); return 'gone';
    case 'command': await runCommand(page, v, ms, step.pick); return step.pick === undefined ? 'ran' : `ran, picked ${step.pick}`;
    case 'pick': await choose(page, v, ms); return 'picked';
    case 'webviewText': {
      const sel = step.in ? `${step.in} >> text=${JSON.stringify(v)}` : `text=${JSON.stringify(v)}`;
      await until(page, `webview text ${JSON.stringify(v)}`, ms, () => webview(page).locator(sel).first().isVisible().catch(() => false));
      return 'found in the webview';
    }
    case 'webviewClick': await (await webviewLocator(page, v, ms)).click(); return 'clicked in the webview';
    case 'webviewFill': await (await webviewLocator(page, step.into, ms)).fill(v); return 'filled in the webview';
    case 'click': await click(page, v, ms); return 'clicked';
    case 'key': await page.keyboard.press(v); return 'pressed';
    case 'type': await page.keyboard.type(v, { delay: 20 }); return 'typed';
    case 'goto': { const p = await until(page, `token ${JSON.stringify(v)}`, ms, () => rectOfToken(page, v)); await page.mouse.click(p.x, p.y); return 'cursor placed'; }
    case 'wait': await page.waitForTimeout(Number(v)); return 'waited';
    case 'shot': return `screenshot ${await shot(page, v)}`;
  }
  return '';
}

async function runUi() {
  const steps = loadSteps();
  const { page, close } = await launch();
  page.on('pageerror', (e) => log(`pageerror: ${e.message}`));
  // Browser console (incl. messages forwarded from the extension host): all to a file,
  // extension activation failures and uncaught extension errors also to stdout.
  const consoleLog = args.consoleLog ? fs.createWriteStream(args.consoleLog) : null;
  page.on('console', (m) => {
    const text = m.text();
    consoleLog?.write(`[${m.type()}] ${text}\n`);
    if (/Activating extension .* failed|\[Extension Host\].*(Error|rejected promise)/i.test(text) && !/ENOTFOUND|Failed to load resource/.test(text)) log(`console ${m.type()}: ${oneLine(text, 400)}`);
    if (devId && text.includes(`Activating extension '${devId}' failed`)) activationFailed = oneLine(text, 300);
  });
  // the extension under test failing to activate fails the UI mode (checked after each step)
  let activationFailed = '';
  const devId = (() => {
    try { const pj = JSON.parse(fs.readFileSync(path.join(args.dev, 'package.json'), 'utf8')); return `${pj.publisher}.${pj.name}`.toLowerCase(); } catch { return ''; }
  })();
  const checkActivation = () => { if (activationFailed) throw new Error(activationFailed); };
  let current = 'load workbench';
  try {
    await page.goto(workbenchUrl(devPayload(false)));
    await page.locator('.monaco-workbench').waitFor({ timeout: T });
    // the Explorer lists the workspace once the remote connection and file service are up
    await page.locator('.explorer-folders-view .monaco-list-row, .explorer-folders-view .empty-view, .explorer-viewlet .monaco-button').first()
      .waitFor({ timeout: T }).catch(() => log('  (Explorer not visible; continuing)'));
    log('workbench loaded');
    for (let i = 0; i < steps.length; i++) {
      current = `step ${i + 1}/${steps.length} ${JSON.stringify(steps[i])}`;
      const st = Date.now();
      const r = await runStep(page, steps[i]);
      checkActivation();
      log(`${current}: ${r} (${((Date.now() - st) / 1000).toFixed(1)}s)`);
    }
    if (!steps.some((s) => 'shot' in s)) log(`screenshot ${await shot(page, 'ui.png')}`);
    checkActivation();
    return 0;
  } catch (e) {
    let f = '';
    try { f = await shot(page, 'failure.png'); } catch { /* page gone */ }
    log(`UI FAILED at ${current}: ${oneLine(e.message, 400)}${f ? ` (screenshot ${f})` : ''}`);
    return 1;
  } finally { await close(); consoleLog?.end(); }
}

(async () => {
  if (!args.url || !args.workspace) throw new Error('--url and --workspace are required');
  const modes = args.mode.length ? args.mode : ['ui'];
  let rc = 0;
  for (const m of modes) {
    const r = m === 'tests' ? await runTests() : m === 'ui' ? await runUi() : (() => { throw new Error(`unknown mode ${m}`); })();
    log(`mode ${m}: ${r === 0 ? 'PASS' : 'FAIL'}`);
    if (r !== 0) rc = 1;
  }
  process.exit(rc);
})().catch((e) => { console.error(e); process.exit(2); });
