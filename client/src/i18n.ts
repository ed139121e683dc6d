/**
 * The client's UI strings. Source strings are English (vscode.l10n's convention) and
 * l10n/bundle.l10n.fr.json holds the French. With `rncp.language: auto` VS Code picks
 * the bundle from its display language; `fr`/`en` force a language so that the panel
 * speaks the same language as the server's diagnostics, which obey the same setting.
 */
import * as vscode from 'vscode';
import type { Lang } from '../../server/src/core/i18n';

let frBundle: Record<string, string> | undefined;

/** Loads the French bundle once (needed only when `rncp.language` forces French). */
export async function loadBundles(extensionUri: vscode.Uri): Promise<void> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', 'bundle.l10n.fr.json'));
    frBundle = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>;
  } catch {
    frBundle = {};
  }
}

/** The language the user asked for, `auto` resolved against VS Code's display language. */
export function uiLang(): Lang {
  const setting = vscode.workspace.getConfiguration('rncp').get<string>('language', 'auto');
  if (setting === 'fr' || setting === 'en') return setting;
  return /^fr\b/i.test(vscode.env.language) ? 'fr' : 'en';
}

/**
 * A count and its noun, in the plural form of the UI language: `one` for 1 (and
 * for 0 in French, "0 erreur"), `other` otherwise. Both are source strings with `{0}`.
 */
export function tn(n: number, one: string, other: string): string {
  const singular = uiLang() === 'fr' ? Math.abs(n) < 2 : n === 1;
  return t(singular ? one : other, n);
}

/** Translates an English source string; `{0}`, `{1}`… are replaced by the arguments. */
export function t(message: string, ...args: (string | number)[]): string {
  const setting = vscode.workspace.getConfiguration('rncp').get<string>('language', 'auto');
  if (setting === 'auto') return vscode.l10n.t(message, ...args);
  const text = setting === 'fr' ? frBundle?.[message] ?? message : message;
  return text.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
