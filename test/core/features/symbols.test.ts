import * as assert from 'node:assert/strict';
import { documentSymbols, workspaceSymbols } from '../../../server/src/core/features/symbols';
import type { DocumentSymbol } from '../../../server/src/core/features/lsp';
import { fixture, showRange } from '../../helpers/features';

/** An outline as indented lines: `name [detail] range`. */
function outline(symbols: DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [`${indent}${s.name}${s.detail ? ` [${s.detail}]` : ''} ${showRange(s.selectionRange)}`, ...outline(s.children, `${indent}  `)]);
}

describe('feature symbols', () => {
  it('outlines the headings as a tree, with their tags as detail', () => {
    const f = fixture('---\nmodalite: M1\n---\n# Sujet {C1-C5}\n\n## Contexte\n\n## Travail à faire\n\n### Dossier 1 {C1, C1.2}\n\ntexte {C2}\n\n### {C3}\n\n# Annexes\n');
    assert.deepEqual(outline(documentSymbols(f.analysis.model, 'fr')), [
      'Sujet [C1-C5] 3:0-3:15',
      '  Contexte 5:0-5:11',
      '  Travail à faire 7:0-7:18',
      '    Dossier 1 [C1, C1.2] 9:0-9:24',
      '    C3 [C3] 13:0-13:8',
      'Annexes 15:0-15:9',
    ]);
  });
  it('a section spans down to the next heading of its level', () => {
    const f = fixture('---\nmodalite: M1\n---\n⟦# A\n\n## B\n\ntext⟧\n\n# C\n');
    assert.deepEqual(documentSymbols(f.analysis.model, 'fr')[0].range, f.marks[0]);
  });
  it('lists each corrigé and jury note under the section of its question, the question as detail, spanning the container', () => {
    const f = fixture('---\nmodalite: M1\n---\n# Sujet\n\n## Dossier 1 {C1}\n\n1. Proposez une organisation. {C1.1} (3 points)\n\n   ⟦:::corrige\n   - Les sources\n   :::⟧\n\n:::jury\nValoriser.\n:::\n\n### Question 2 {C2} (2 pts)\n\nÉnoncé.\n\n:::corrigé\nx\n:::\n\n# Annexes\n');
    const symbols = documentSymbols(f.analysis.model, 'fr', f.analysis.questions);
    assert.deepEqual(outline(symbols), [
      'Sujet 3:0-3:7',
      '  Dossier 1 [C1] 5:0-5:17',
      '    Corrigé [1. Proposez une organisation.] 9:3-9:13',
      '    Note au jury [1. Proposez une organisation.] 13:0-13:7',
      '    Question 2 (2 pts) [C2] 17:0-17:27',
      '      Corrigé [Question 2] 21:0-21:10',
      'Annexes 25:0-25:9',
    ]);
    assert.deepEqual(symbols[0].children[0].children[0].range, f.marks[0]);
    assert.equal(documentSymbols(f.analysis.model, 'en', f.analysis.questions)[0].children[0].children[1].name, 'Note to the jury');
  });
  it('names an empty heading', () => {
    const f = fixture('---\nmodalite: M1\n---\n#\n');
    assert.equal(documentSymbols(f.analysis.model, 'en')[0].name, '(untitled)');
  });
  it('gives a non-draft no outline', () => {
    assert.deepEqual(documentSymbols(fixture('# Notes\n', '/n/notes.md').analysis.model, 'fr'), []);
  });

  const drafts = () => {
    const a = fixture('---\nmodalite: M1\n---\n# Q {⟦C3⟧}\n\n## Dossier {⟦C3.2⟧, ⟦C1-C2⟧}\n');
    const b = fixture('---\nmodalite: M2\n---\nX {⟦C6⟧} {C99}\n', '/d/b.cas.md');
    return { a, b, list: [{ uri: 'file:///d/a%20b.cas.md', analysis: a.analysis }, { uri: 'file:///d/b.cas.md', analysis: b.analysis }] };
  };
  it('lists every tagged competency and criterion of the workspace', () => {
    const { a, b, list } = drafts();
    const got = workspaceSymbols(list, '').map((s) => `${s.name.slice(0, 11)} ${s.location.uri === list[0].uri ? 'a' : 'b'} ${showRange(s.location.range)} ${s.containerName}`);
    assert.deepEqual(got, [
      `C3 — Déterm a ${showRange(a.marks[0])} a b.cas.md › Q`,
      `C3.2 — Les  a ${showRange(a.marks[1])} a b.cas.md › Dossier`,
      `C3 — Déterm a ${showRange(a.marks[1])} a b.cas.md › Dossier`,
      `C1 — Concev a ${showRange(a.marks[2])} a b.cas.md › Dossier`,
      `C2 — Analys a ${showRange(a.marks[2])} a b.cas.md › Dossier`,
      `C6 — Défini b ${showRange(b.marks[0])} b.cas.md`,
    ]);
  });
  it('filters by every word of the query, ignoring case and accents', () => {
    const { list } = drafts();
    assert.deepEqual(workspaceSymbols(list, 'c3').map((s) => s.name.slice(0, 4)), ['C3 —', 'C3.2', 'C3 —']);
    assert.deepEqual(workspaceSymbols(list, 'DETERMINER potentialites').map((s) => s.name.slice(0, 2)), ['C3', 'C3']);
    assert.deepEqual(workspaceSymbols(list, 'zzz'), []);
  });
  it('stops when cancelled', () => {
    assert.deepEqual(workspaceSymbols(drafts().list, '', () => true), []);
  });
});
