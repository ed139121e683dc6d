/**
 * PDF = the document's HTML printed by a local Chromium (FORMAT.md §10), Node
 * only: the HTML is written to a temporary folder, Chromium prints it headless
 * (`--print-to-pdf`, no header nor footer), the bytes are read back and the
 * folder removed. Chromium is the one given (flag or setting), else
 * `RNCP_CHROMIUM`, else the first of the usual names on the PATH.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Localized } from '../core/i18n';

/** Where to find Chromium: a path given by a flag or setting, else the PATH. */
export interface PdfOptions {
  chromium?: string;
  env?: Record<string, string | undefined>;
  /** Milliseconds before the printing is given up and Chromium killed (60 s by default). */
  timeoutMs?: number;
}

/** The PDF bytes, or why there are none (no Chromium found, printing failed). */
export type PdfResult = { ok: true; bytes: Uint8Array } | { ok: false; message: Localized };

/** The names Chromium goes by on the PATH, in the order they are tried. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const NOT_FOUND: Localized = {
  fr: 'aucun Chromium trouvé\u00a0: indiquer son chemin avec --chromium ou RNCP_CHROMIUM',
  en: 'no Chromium found: give its path with --chromium or RNCP_CHROMIUM',
};

/** Whether a path is an executable file. */
function executable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to run: the one given, else RNCP_CHROMIUM, else the first usual name on the PATH (undefined: none). */
export function findChromium(options: PdfOptions = {}): string | undefined {
  const env = options.env ?? process.env;
  const given = options.chromium || env.RNCP_CHROMIUM;
  if (given) return executable(given) ? given : undefined;
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const file = path.join(dir, name + ext);
        if (executable(file)) return file;
      }
    }
  }
  return undefined;
}

/** Runs a command; its exit code (null: killed), stderr, and whether it timed out. */
function run(command: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string; timedOut: boolean; error?: Error }> {
  return new Promise((resolve) => {
    let stderr = '';
    let timedOut = false;
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stderr, timedOut, error });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}

/** The last meaningful line of Chromium's stderr, for a message. */
function lastLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length ? lines[lines.length - 1].slice(0, 300) : '';
}

/** Prints a standalone HTML page to PDF. */
export async function printPdf(html: string, options: PdfOptions = {}): Promise<PdfResult> {
  const chromium = findChromium(options);
  if (!chromium) return { ok: false, message: NOT_FOUND };
  let dir: string | undefined;
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-pdf-'));
    const input = path.join(dir, 'document.html');
    const output = path.join(dir, 'document.pdf');
    fs.writeFileSync(input, html, 'utf8');
    const args = [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      `--print-to-pdf=${output}`,
      pathToFileURL(input).href,
    ];
    const timeoutMs = options.timeoutMs ?? 60_000;
    const env = { ...process.env, ...(options.env ?? {}) } as NodeJS.ProcessEnv;
    const result = await run(chromium, args, timeoutMs, env);
    if (result.timedOut) {
      const s = Math.round(timeoutMs / 1000);
      return { ok: false, message: { fr: `impression PDF abandonnée après ${s}\u00a0s (${chromium})`, en: `PDF printing given up after ${s} s (${chromium})` } };
    }
    const bytes = fs.existsSync(output) ? fs.readFileSync(output) : undefined;
    if (result.error || !bytes || bytes.length === 0 || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      const why = result.error?.message ?? (lastLine(result.stderr) || `code ${String(result.code)}`);
      return { ok: false, message: { fr: `impression PDF échouée (${chromium})\u00a0: ${why}`, en: `PDF printing failed (${chromium}): ${why}` } };
    }
    return { ok: true, bytes: new Uint8Array(bytes) };
  } catch (e) {
    // The temporary folder not made or written (disk full, no TMPDIR…).
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, message: { fr: `impression PDF échouée\u00a0: ${why}`, en: `PDF printing failed: ${why}` } };
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
