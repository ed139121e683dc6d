import * as assert from 'node:assert/strict';
import { BlockCache } from '../../../server/src/core/incremental/blockCache';
import { analyze, check } from '../../helpers/core';

const M1 = '---\nmodalite: M1\n---\n';

describe('rule question-a-rediger', () => {
  it('fires on each placeholder, on the brackets, naming the codes of its question', () => {
    const a = check(`${M1}# Dossier {C1}\n\n1. ⟦[à rédiger]⟧ {C1.1}\n2. Analysez ⟦[à rédiger]⟧.\n\n| Q | Code |\n| --- | --- |\n| ⟦[À rédiger]⟧ | {C2} |\n`,
      ['question-a-rediger', 'question-a-rediger', 'question-a-rediger']);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'question-a-rediger').map((d) => d.message), [
      'Question à rédiger (C1.1)\u00a0: remplacer [à rédiger] par son énoncé.',
      'Question à rédiger (C1)\u00a0: remplacer [à rédiger] par son énoncé.',
      'Question à rédiger (C2)\u00a0: remplacer [à rédiger] par son énoncé.',
    ]);
  });
  it('counts the question’s tags for coverage all the same', () => {
    const a = check(`${M1}1. ⟦[à rédiger]⟧ {C1-C5}\n`, ['question-a-rediger']);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'competence-manquante'), []);
  });
  it('is silent in code, HTML, comments, links and on other words', () => {
    check(`${M1}\`[à rédiger]\` <!-- [à rédiger] --> [à rédiger](https://x.fr) [à rédiger][ref]\n\n    [à rédiger]\n\n\`\`\`\n[à rédiger]\n\`\`\`\n\n<div>\n[à rédiger]\n</div>\n\nÀ rédiger, [rédiger], [à relire]\n\n[ref]: https://x.fr\n`, [], { only: ['question-a-rediger'] });
  });
  it('says an answer key or a jury note is still to write when the placeholder stands in one', () => {
    const a = check(`${M1}1. Analysez. {C1.1}\n\n   :::corrige\n   - ⟦[à rédiger]⟧\n   :::\n\n:::jury\n⟦[à rédiger]⟧\n:::\n`, ['question-a-rediger', 'question-a-rediger']);
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'question-a-rediger').map((d) => d.message), [
      'Corrigé à rédiger\u00a0: remplacer [à rédiger] par les éléments de réponse attendus.',
      'Note au jury à rédiger\u00a0: remplacer [à rédiger] par les consignes aux correcteurs.',
    ]);
  });
  it('reads a decomposed à and é as the placeholder', () => {
    check(`${M1}1. ⟦[a\u0300 re\u0301diger]⟧ {C1}\n`, ['question-a-rediger']);
  });
  it('finds a placeholder in a chunk the block cache would otherwise skip', () => {
    const cache = new BlockCache();
    const text = `${M1}Intro.\n\n[à rédiger]\n\nFin.\n`;
    const a = analyze(text, undefined, { parse: cache.parse });
    assert.deepEqual(a.diagnostics.filter((d) => d.code === 'question-a-rediger').map((d) => d.range.start.line), [5]);
  });
  it('is a warning by default, its severity a setting, and speaks English', () => {
    const a = check(`${M1}1. ⟦[à rédiger]⟧\n`, ['question-a-rediger'], { options: { settings: { lang: 'en' } } });
    const d = a.diagnostics.find((x) => x.code === 'question-a-rediger')!;
    assert.equal(d.severity, 'warning');
    assert.equal(d.message, 'Question still to write: replace [à rédiger] with its wording.');
    check(`${M1}1. [à rédiger]\n`, [], { only: ['question-a-rediger'], options: { settings: { severities: { 'question-a-rediger': 'off' } } } });
  });
});
