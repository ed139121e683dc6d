/**
 * Highlighting, checked with the TextMate engine and Markdown grammar of the running VS Code
 * (`vscode-textmate` and `vscode-oniguruma` from its install), with our grammars injected as
 * package.json declares: tag parts get their scopes in prose, never in code or comments.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

/** Requires a module shipped with VS Code (plain folder in code-server, asar in desktop builds). */
function vscodeModule<T>(name: string): T | undefined {
  for (const dir of ['node_modules', 'node_modules.asar']) {
    try {
      return require(path.join(vscode.env.appRoot, dir, name)) as T;
    } catch { /* try the next */ }
  }
  return undefined;
}

interface Token { startIndex: number; endIndex: number; scopes: string[] }
interface Grammar { tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown } }

async function loadGrammar(scope: string): Promise<{ grammar: Grammar; initial: unknown } | undefined> {
  const tm = vscodeModule<any>('vscode-textmate'); // eslint-disable-line @typescript-eslint/no-explicit-any
  const onig = vscodeModule<any>('vscode-oniguruma'); // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!tm || !onig) return undefined;
  const wasm = [path.join(vscode.env.appRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'), path.join(vscode.env.appRoot, 'node_modules.asar.unpacked', 'vscode-oniguruma', 'release', 'onig.wasm')].find((f) => fs.existsSync(f));
  if (!wasm) return undefined;
  await onig.loadWASM(fs.readFileSync(wasm).buffer).catch(() => undefined); // already loaded: fine
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const md = vscode.extensions.getExtension('vscode.markdown')!;
  const files: Record<string, string> = {
    'text.html.markdown': path.join(md.extensionPath, 'syntaxes', 'markdown.tmLanguage.json'),
    ...Object.fromEntries(ext.packageJSON.contributes.grammars.map((g: { scopeName: string; path: string }) => [g.scopeName, path.join(ext.extensionPath, g.path)])),
  };
  const injections: Record<string, string[]> = {};
  for (const g of ext.packageJSON.contributes.grammars as { scopeName: string; injectTo?: string[] }[]) {
    for (const target of g.injectTo ?? []) injections[target] = [...(injections[target] ?? []), g.scopeName];
  }
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async (s: string) => (files[s] ? tm.parseRawGrammar(fs.readFileSync(files[s], 'utf8'), files[s]) : null),
    getInjections: (s: string) => injections[s] ?? [],
  });
  return { grammar: await registry.loadGrammar(scope), initial: tm.INITIAL };
}

/** `text:lastRncpScope` for each token that has an rncp scope. */
function rncpTokens(g: { grammar: Grammar; initial: unknown }, text: string): string[][] {
  let state = g.initial;
  return text.split('\n').map((line) => {
    const r = g.grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens
      .map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.filter((s) => s.endsWith('.rncp')).pop()] as const)
      .filter(([, s]) => s)
      .map(([text, s]) => `${text}:${s}`);
  });
}

const DRAFT = [
  '# Dossier 1 {C1}',
  'Question {C3.2, C4} et {C1–C5} ; {C3; C4}',
  'Pas de balise ici : `{C9}` \\{C3}',
  '```',
  '{C7}',
  '```',
  '<!-- {C8} -->',
].join('\n');

describe('highlighting', () => {
  for (const scope of ['text.casestudy', 'text.html.markdown']) {
    it(`colours tags, codes, criteria and ranges in ${scope === 'text.casestudy' ? '*.cas.md' : 'Markdown'} prose`, async function () {
      const g = await loadGrammar(scope);
      if (!g) this.skip();
      const lines = rncpTokens(g!, DRAFT);
      assert.deepEqual(lines[0], ['{:punctuation.definition.tag.begin.rncp', 'C1:entity.name.tag.competence.rncp', '}:punctuation.definition.tag.end.rncp']);
      assert.deepEqual(lines[1], [
        '{:punctuation.definition.tag.begin.rncp', 'C3:entity.name.tag.competence.rncp', '.:punctuation.separator.critere.rncp', '2:constant.numeric.critere.rncp',
        ',:punctuation.separator.comma.rncp', ' :meta.tag.competence.rncp', 'C4:entity.name.tag.competence.rncp', '}:punctuation.definition.tag.end.rncp',
        '{:punctuation.definition.tag.begin.rncp', 'C1:entity.name.tag.competence.rncp', '–:keyword.operator.range.rncp', 'C5:entity.name.tag.competence.rncp', '}:punctuation.definition.tag.end.rncp',
        '{C3; C4}:invalid.illegal.tag.rncp',
      ]);
      assert.deepEqual(lines.slice(2), [[], [], [], [], []], 'nothing in code, escapes or comments');
    });
  }
});
