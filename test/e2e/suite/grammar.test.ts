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

const MARKS = [
  '### Dossier 2 {C2} (4 points) (45 min)',
  '1. Question {C1.1} (1,5 pt) `(2 points)`',
  '',
  '   :::corrige',
  '   - Élément **clé** {C1.1} (1 point)',
  '   :::',
  ':::jury',
  'Valoriser (1 h 30)',
  ':::',
  ':::note',
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

    it(`colours points and duration marks and the :::corrige / :::jury containers in ${scope === 'text.casestudy' ? '*.cas.md' : 'Markdown'}`, async function () {
      const g = await loadGrammar(scope);
      if (!g) this.skip();
      const tag = (...codes: string[]) => ['{:punctuation.definition.tag.begin.rncp', ...codes, '}:punctuation.definition.tag.end.rncp'];
      const c11 = ['C1:entity.name.tag.competence.rncp', '.:punctuation.separator.critere.rncp', '1:constant.numeric.critere.rncp'];
      const inKey = (t: string) => `${t}:meta.directive.corrige.rncp`;
      const fence = [':::', 'keyword.control.directive.rncp'].join(':');
      assert.deepEqual(rncpTokens(g!, MARKS), [
        [...tag('C2:entity.name.tag.competence.rncp'), '(4 points):constant.numeric.points.rncp', '(45 min):constant.numeric.duration.rncp'],
        [...tag(...c11), '(1,5 pt):constant.numeric.points.rncp'], // not in the code span
        [],
        [fence, 'corrige:entity.name.tag.directive.rncp'],
        [inKey('-'), inKey(' '), inKey('Élément '), inKey('**'), inKey('clé'), inKey('**'), inKey(' '), ...tag(...c11), inKey(' '), '(1 point):constant.numeric.points.rncp'],
        [fence],
        [fence, 'jury:entity.name.tag.directive.rncp'],
        ['Valoriser :meta.directive.jury.rncp', '(1 h 30):constant.numeric.duration.rncp'],
        [fence],
        [], // another directive name is left alone
      ]);
      // The Markdown inside a container is still Markdown (a list, bold text).
      let state = g!.initial;
      const scopes = MARKS.split('\n').slice(0, 5).map((line) => { const r = g!.grammar.tokenizeLine(line, state); state = r.ruleStack; return r.tokens; }).pop()!;
      const bold = scopes.find((t) => MARKS.split('\n')[4].slice(t.startIndex, t.endIndex) === 'clé')!;
      assert.ok(bold.scopes.some((s) => s.startsWith('markup.bold')) && bold.scopes.some((s) => s.startsWith('markup.list.unnumbered')), bold.scopes.join(' '));
    });
  }
});
