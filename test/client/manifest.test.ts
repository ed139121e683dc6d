/**
 * The extension's manifest and translations agree with the code: every command used is
 * declared and registered, every `%key%` and every `t('…')` string has its French (and
 * English) text, every contributed file exists.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/core';

const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const pkg = JSON.parse(read('package.json'));
const c = pkg.contributes;

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [read(path.join(dir, e.name))] : []);
}
const client = sources('client/src').join('\n');

describe('client: manifest and translations', () => {
  it('declares every command it registers, and registers every command it declares', () => {
    const declared = new Set<string>(c.commands.map((x: { command: string }) => x.command));
    const registered = new Set([...client.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]));
    assert.deepEqual([...registered].sort(), [...declared].sort());
  });

  it('only refers to declared commands and views in menus, key bindings and welcome views', () => {
    const declared = new Set<string>(c.commands.map((x: { command: string }) => x.command));
    const used = [...Object.values(c.menus).flat(), ...c.keybindings].map((x) => (x as { command: string }).command);
    for (const u of used) assert.ok(declared.has(u), u);
    const views = new Set<string>(Object.values(c.views).flat().map((v) => (v as { id: string }).id));
    for (const w of c.viewsWelcome) assert.ok(views.has(w.view), w.view);
    assert.deepEqual([...views].sort(), ['rncp.coverage', 'rncp.workspace']);
  });

  it('has every %key% of package.json in English and French, and no other', () => {
    const keys = new Set([...JSON.stringify(pkg).matchAll(/%([\w.]+)%/g)].map((m) => m[1]));
    for (const file of ['package.nls.json', 'package.nls.fr.json']) {
      assert.deepEqual(Object.keys(JSON.parse(read(file))).sort(), [...keys].sort(), file);
    }
  });

  it('has every UI string of the client in l10n/bundle.l10n.fr.json, and no other', () => {
    const unquote = (x: string) => x.replace(/\\'/g, "'");
    const strings = new Set([...client.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => unquote(m[1])));
    // tn(n, 'one', 'other'): both forms are strings of the bundle.
    for (const m of client.matchAll(/\btn\(\s*[^,]+,\s*'((?:[^'\\]|\\.)*)',\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(unquote(m[1])).add(unquote(m[2]));
    const fr = JSON.parse(read('l10n/bundle.l10n.fr.json')) as Record<string, string>;
    assert.deepEqual(Object.keys(fr).sort(), [...strings].sort());
    for (const [en, text] of Object.entries(fr)) {
      const args = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(args(text), args(en), `placeholders of “${en}”`);
    }
  });

  it('has the settings the server reads, with French descriptions', () => {
    const props = c.configuration.properties;
    assert.deepEqual(Object.keys(props).sort(), [
      'rncp.incremental', 'rncp.inlayHints', 'rncp.language', 'rncp.maxFileSize', 'rncp.referentiel.allowOutside',
      'rncp.severity.baremeIncoherent', 'rncp.severity.baremeTotal', 'rncp.severity.competenceManquante', 'rncp.severity.competenceSansPoints',
      'rncp.severity.corrigeNonFerme', 'rncp.severity.critereManquant', 'rncp.severity.dureeDepassee', 'rncp.severity.horsModalite',
      'rncp.severity.pointsSansCompetence', 'rncp.severity.questionARediger', 'rncp.severity.questionSansCorrige', 'rncp.severity.valeurInvalide',
      'rncp.trace.server', 'rncp.workspaceDiagnostics',
    ]);
    assert.deepEqual([props['rncp.severity.horsModalite'].default, props['rncp.severity.competenceManquante'].default, props['rncp.severity.critereManquant'].default, props['rncp.severity.questionARediger'].default], ['warning', 'warning', 'information', 'warning']);
    assert.equal(props['rncp.maxFileSize'].default, 20_000_000, 'the core default (settings.ts)');
  });

  it('does not box the ’ and – of French text in drafts, and changes no other editor default', () => {
    assert.deepEqual(Object.keys(c.configurationDefaults), ['[casestudy]']);
    assert.deepEqual(c.configurationDefaults['[casestudy]'], {
      'editor.wordWrap': 'on',
      'editor.wordBasedSuggestions': 'off',
      'editor.quickSuggestions': { comments: 'off', strings: 'off', other: 'off' },
      'editor.unicodeHighlight.ambiguousCharacters': false,
    });
  });

  it('points at files that exist', () => {
    const files = [
      pkg.icon, pkg.l10n, ...c.languages.map((l: { configuration: string }) => l.configuration),
      ...c.grammars.map((g: { path: string }) => g.path), ...c.snippets.map((s: { path: string }) => s.path),
      ...c.viewsContainers.activitybar.map((v: { icon: string }) => v.icon),
    ];
    for (const f of files) assert.ok(fs.existsSync(path.join(ROOT, f)), f);
    for (const f of ['syntaxes/casestudy.tmLanguage.json', 'syntaxes/rncp-tags.injection.tmLanguage.json', 'language-configuration.json', 'snippets/rncp.code-snippets']) {
      JSON.parse(read(f));
    }
  });

  it('has a Node and a browser entry, both built by scripts/build.mjs and kept in the .vsix', () => {
    assert.equal(pkg.main, './client/out/extension.js');
    assert.equal(pkg.browser, './client/out/browserExtension.js');
    const build = read('scripts/build.mjs');
    const ignore = read('.vscodeignore').split('\n');
    for (const out of ['client/out/extension.js', 'client/out/browserExtension.js', 'server/out/server.js', 'server/out/browserServer.js']) {
      assert.ok(build.includes(`outfile: '${out}'`), `scripts/build.mjs writes ${out}`);
      assert.ok(ignore.includes(`!${out}`), `.vscodeignore keeps ${out}`);
    }
    // Enabled on github.dev's virtual file system and in Restricted Mode (virtual workspaces start untrusted):
    // the extension runs nothing from the workspace; the one setting that widens what it reads is restricted.
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces, { supported: 'limited', description: '%rncp.capabilities.untrusted%', restrictedConfigurations: ['rncp.referentiel.allowOutside'] });
    // vscode-languageclient 11 needs VS Code 1.91; nothing of the extension needs more.
    assert.equal(pkg.engines.vscode, '^1.91.0');
  });

  it('makes C12.3 one word and colours the tag parts', () => {
    const lc = JSON.parse(read('language-configuration.json'));
    const re = new RegExp(lc.wordPattern.pattern, lc.wordPattern.flags);
    assert.deepEqual('voir {C12.3, C4-C5} vis-à-vis'.match(re), ['voir', 'C12.3', 'C4', 'C5', 'vis-à-vis']);
    const g = JSON.parse(read('syntaxes/rncp-tags.injection.tmLanguage.json'));
    const tag = new RegExp(g.repository.tag.match);
    for (const ok of ['{C3}', '{C3.2}', '{C1-C5}', '{C1–C5}', '{C3, C4.1}', '{C3 C4.1}', '{c3 }']) assert.ok(tag.test(ok), ok);
    for (const bad of ['{C3; C4}', '{C3 et C4}', '{C3,}', '\\{C3}', '{foo}', '{C3x}']) assert.ok(!tag.test(bad), bad);
  });
});
