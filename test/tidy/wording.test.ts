/**
 * Every French string a user reads follows French typography and has no markup
 * or developer wording in it: package.nls.fr.json, the client's l10n bundle, the
 * rules' descriptions and the French message of every diagnostic code.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostic';
import { RULES } from '../../server/src/core/rules/registry';
import { YAML_MESSAGES } from '../../server/src/core/parse/yamlMessages';
import type { AnalyzeOptions } from '../../server/src/core/analyze';
import { analyze, mdc, ROOT } from '../helpers/core';
import { wordingProblems } from './wording';
import { codeActions } from '../../server/src/core/features/codeActions';
import { codeLenses } from '../../server/src/core/features/codeLens';
import { completions } from '../../server/src/core/features/completion';
import { baremeHover } from '../../server/src/core/features/hoverBareme';
import { inlayHints } from '../../server/src/core/features/inlayHints';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { LineIndex } from '../../server/src/core/text';

const read = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));

/** Drafts that, together, get every diagnostic code. */
const FIXTURES = [
  '---\nmodalite: M1\n---\n# Sujet {C1-C3} {C21} {C3.9} {C4-C2} {C3; C4} {C9}\n\n1. [à rédiger] {C1.1}\n',
  '---\nmodalite: [\n---\n# S {C1}\n',
  '---\ntitre: x\n---\n# S {C1}\n',
  '---\nmodalite: M9\n---\n# S {C1}\n',
  '---\nreferentiel: inconnu\nmodalite: M1\n---\n# S {C1}\n',
  // The front matter's own messages (YAML library errors in the author's words, values that are not text).
  '---\nmodalite: "M1\n---\n# S {C1}\n',
  '---\nmodalite: *Important*\n---\n# S {C1}\n',
  '---\nmodalite: M1\nMODALITE: M2\n---\n# S {C1}\n',
  '---\nmodalite: 3\n---\n# S {C1}\n',
  '---\nmodalite: ""\n---\n# S {C1}\n',
  '---\nmodalite: M1\nreferentiel: ./absent.yaml\n---\n# S {C1}\n',
  // Over the analysis budget: 200 nested list levels.
  '---\nmodalite: M1\nbareme: vingt\nduree: 20 min\n---\nIntro (1 point)\n\n# S {C1} (2 points) (30 min)\n\n1. Q {C1.1} (1 point) (40 min)\n\n   :::corrige\n   - a\n   :::\n\n2. R (1 point)\n\n## T (3 points)\n\n- x {C2} (1 point)\n\n:::jury\nnote\n',
  '---\nmodalite: M1\nbareme: 20\n---\n# S {C1}\n\n1. Q {C1.1} (1 point)\n2. R {C2}\n',
  `---\nmodalite: M1\n---\n# S {C1}\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`,
];

/** Drafts whose codes need options: over the size limit, and a reading that fails. */
const WITH_OPTIONS: [string, Partial<AnalyzeOptions>][] = [
  ['---\nmodalite: M1\n---\n# Sujet {C1}\n', { settings: { maxFileSize: 20 } }],
  ['# Sujet {C1}\n', { parse: () => { throw new TypeError('boom'); } }],
];

describe('tidy: French wording', () => {
  it('the checker finds each kind of problem, and passes good French', () => {
    assert.deepEqual(wordingProblems('Exporter :'), ['breaking space before “:”']);
    assert.deepEqual(wordingProblems('tel que l’imprime `rncp check`'), ['backtick']);
    assert.deepEqual(wordingProblems('3 sujet(s) analysé(s)'), ['“(s)” plural']);
    assert.deepEqual(wordingProblems('« C4 »'), ['“«” without a non-breaking space after it', '“»” without a non-breaking space before it']);
    assert.deepEqual(wordingProblems('l\'en-tête ; vraiment ?'), ['breaking space before “;”', 'breaking space before “?”', 'typewriter apostrophe (write ’)']);
    assert.deepEqual(wordingProblems('Voir `x`', { backticks: true }), []);
    assert.deepEqual(wordingProblems('Le sujet d’examen\u00a0: «\u00a0C4\u00a0» ; [Nouveau](command:rncp.newSubject)').length, 1);
    assert.deepEqual(wordingProblems('Le sujet d’examen\u00a0: «\u00a0C4\u00a0»\u00a0! [Nouveau sujet…](command:rncp.newSubject) https://x.fr/a?b'), []);
  });

  it('package.nls.fr.json (backticks only where package.json renders Markdown)', () => {
    const fr = read('package.nls.fr.json') as Record<string, string>;
    const markdown = new Set([...JSON.stringify(read('package.json')).matchAll(/"markdown\w*":"%([^%]+)%"/g)].map((m) => m[1]));
    assert.ok(markdown.has('rncp.config.severity.critereManquant'));
    const bad = Object.entries(fr).flatMap(([k, v]) => wordingProblems(v, { backticks: markdown.has(k) }).map((p) => `${k}: ${p} — ${v}`));
    assert.deepEqual(bad, []);
  });

  it('l10n/bundle.l10n.fr.json', () => {
    const fr = read('l10n/bundle.l10n.fr.json') as Record<string, string>;
    const bad = Object.entries(fr).flatMap(([k, v]) => wordingProblems(v).map((p) => `${k}: ${p} — ${v}`));
    assert.deepEqual(bad, []);
  });

  it('the skeletons and snippets (names, descriptions, text)', () => {
    const snippets = read('snippets/rncp.code-snippets') as Record<string, { body: string[]; description: string }>;
    const bad = Object.entries(snippets).flatMap(([name, sn]) => [name, sn.description, ...sn.body]
      .flatMap((text) => wordingProblems(text).map((p) => `${name}: ${p} — ${text}`)));
    assert.deepEqual(bad, []);
  });

  it('the rules’ descriptions and the French message of every code', () => {
    const bad = RULES.flatMap((r) => wordingProblems(r.description.fr).map((p) => `${r.code} (description): ${p}`));
    // The référentiel's own titles and texts are quoted as written.
    const ref = mdc();
    const quoted = [ref.titre, ...ref.competences.flatMap((c) => [c.titre, ...c.criteres.map((k) => k.texte)]), ...ref.modalites.map((m) => m.titre)]
      .sort((a, b) => b.length - a.length);
    const seen = new Set<string>();
    for (const [text, options] of [...FIXTURES.map((t): [string, Partial<AnalyzeOptions>] => [t, {}]), ...WITH_OPTIONS]) {
      for (const d of analyze(text, undefined, options).diagnostics) {
        seen.add(d.code);
        let fr = d.messages.fr;
        for (const q of quoted) fr = fr.split(q).join('X');
        bad.push(...wordingProblems(fr).map((p) => `${d.code}: ${p} — ${d.messages.fr}`));
      }
    }
    assert.deepEqual(bad, []);
    assert.deepEqual([...seen].sort(), [...DIAGNOSTIC_CODES].sort(), 'the fixtures give every code');
  });

  it('every YAML error the front matter and référentiel files may report', () => {
    const bad = Object.entries(YAML_MESSAGES).flatMap(([code, m]) => wordingProblems(m.fr).map((p) => `${code}: ${p} — ${m.fr}`));
    assert.deepEqual(bad, []);
  });

  it('the editor features on points, duration and answer keys (hovers, hints, marks, lenses, fixes, symbols)', () => {
    const texts = [
      '---\nmodalite: M1\nbareme: 20\nduree: 3 h\n---\n# S {C1-C5}\n\n## D1 {C1} (6 points)\n\n1. Q {C1.1} (3 points)\n\n   :::corrige\n   - a (1 pt)\n   :::\n\n'
        + ':::jury\nnote (10 min)\n:::\n\n2. R (1,5 pt)\n\n## D2 (1 h)\n\n- x {C2, C3} (4 points)\n- y (2 points)\n- z {C4}\n',
      '---\nbareme: vingt\nduree: 1 h\n---\n## A (2 h)\n\n1. Q {C1} (2 points)\n',
    ];
    const bad: string[] = [];
    const kinds = new Set<string>();
    const check = (what: string, fr: string | undefined) => {
      if (fr) kinds.add(what.replace(/ at \d+$/, ''));
      if (fr) bad.push(...wordingProblems(fr.replace(/\*\*C\d+(?:\.\d+)?\*\* [^\n]*/g, ''), { backticks: true }).map((p) => `${what}: ${p} — ${fr}`));
    };
    for (const text of texts) {
      const a = analyze(text);
      const lines = new LineIndex(text);
      const all = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };
      for (let o = 0; o <= text.length; o++) check(`hover at ${o}`, baremeHover(a, o, 'fr')?.value);
      for (const h of inlayHints(a, all, 'fr')) if (h.label.startsWith('·')) check('inlay hint', `${h.label} ${h.tooltip?.value ?? ''}`);
      for (let l = 0; l < lines.lineCount; l++) {
        const p = { line: l, character: lines.lineEnd(l) - lines.lineStart(l) };
        for (const c of completions(a, p, { lang: 'fr', referentiels: [] })) if (c.label.startsWith('(')) check('completion', `${c.label} ${c.detail ?? ''}`);
        for (const x of codeActions(a, 'file:///s.cas.md', { start: { line: l, character: 0 }, end: p }, 'fr')) check('code action', x.title.replace(/\(.*\)$/, ''));
      }
      for (const x of codeLenses(a, 'file:///s.cas.md', 'fr')) check('code lens', x.command.title);
      const names = (list: ReturnType<typeof documentSymbols>): string[] => list.flatMap((x) => [x.name, ...names(x.children)]);
      for (const n of names(documentSymbols(a.model, 'fr', a.questions))) check('symbol', n);
    }
    assert.deepEqual(bad, []);
    assert.deepEqual([...kinds].sort(), ['code action', 'code lens', 'completion', 'hover', 'inlay hint', 'symbol']);
  });
});
