import * as assert from 'node:assert/strict';
import { checkBudget, DEFAULT_BUDGET } from '../../../server/src/core/parse/budget';
import { analyze, check } from '../../helpers/core';

const HEAD = '---\nmodalite: M1\n---\n# Sujet {C1}\n\n';
/** `n` list levels, each indented two more spaces, each with `item`. */
const nested = (n: number, item = '- x') => Array.from({ length: n }, (_, i) => '  '.repeat(i) + item).join('\n') + '\n';

describe('rule analyse-incomplete (the analysis budget)', () => {
  it('refuses 1,000 nested list levels at the first line past 100, and still checks what stands before', () => {
    const lines = nested(1000).split('\n');
    const fixture = `${HEAD}{⟦C21⟧}\n\n${lines.slice(0, 100).join('\n')}\n${'  '.repeat(100)}⟦- x⟧\n${lines.slice(101).join('\n')}`;
    const a = check(fixture, ['competence-inconnue', 'analyse-incomplete'], { only: ['competence-inconnue', 'analyse-incomplete', 'competence-manquante', 'critere-manquant'] });
    const d = a.diagnostics.find((x) => x.code === 'analyse-incomplete')!;
    assert.equal(d.messages.fr, 'Analyse incomplète : imbrication trop profonde (1\u00a0000 niveaux de listes et de citations, limite 100) à la ligne 108 ; la suite du sujet n’est pas analysée.');
    assert.equal(d.messages.en, 'Incomplete analysis: nesting too deep (1,000 levels of lists and quotes, limit 100) at line 108; the rest of the subject is not analysed.');
    assert.equal(d.severity, 'error');
  });
  it('refuses deep nesting on one line, of quotes, lists or both', () => {
    check(`${HEAD}⟦${'- '.repeat(3000)}x⟧\n`, ['analyse-incomplete']);
    check(`${HEAD}⟦${'> '.repeat(101)}x⟧\n`, ['analyse-incomplete']);
    check(`${HEAD}⟦${'- > '.repeat(60)}x⟧\n`, ['analyse-incomplete']);
    check(`${HEAD}${'> '.repeat(100)}x\n`, [], { only: ['analyse-incomplete'] });
  });
  it('refuses a paragraph with too many formatting marks, at the line that passes the limit', () => {
    const a = check(`${HEAD}Texte {C1.1}\n${'*_'.repeat(900)}\n⟦${'*_'.repeat(200)}⟧\n\n# Fin {C2}\n`, ['analyse-incomplete'], { only: ['analyse-incomplete'] });
    assert.deepEqual(a.model.tags.map((t) => a.model.text.slice(t.span.start, t.span.end)), ['{C1}', '{C1.1}'], 'nothing after the cut is read');
    assert.match(a.diagnostics[0].messages.fr, /trop de marques de mise en forme dans un paragraphe \(2\u00a0200 \* _ ~ \[ \] <, limite 2\u00a0000\) à la ligne 8/);
  });
  it('counts marks per paragraph, list item and table row, not per document', () => {
    const items = Array.from({ length: 300 }, () => '- **gras** _italique_ [lien](x) *a* {C1.1}').join('\n');
    const table = `| a | b |\n| - | - |\n${Array.from({ length: 300 }, () => '| **x** _y_ | [z](w) *t* |').join('\n')}`;
    check(`${HEAD}${items}\n\n${table}\n`, [], { only: ['analyse-incomplete'] });
  });
  it('refuses a paragraph or a line longer than 100,000 characters (remark-gfm is quadratic in it)', () => {
    const words = `${'mot '.repeat(24)}{C3}`;
    const a = check(`${HEAD}Début {C1.1}\n\n${Array(1000).fill(words).join('\n')}\n⟦${words}⟧\n${words}\n`, ['analyse-incomplete'], { only: ['analyse-incomplete'] });
    assert.equal(a.diagnostics[0].messages.en, 'Incomplete analysis: paragraph too long (100,100 characters, limit 100,000) at line 1008; the rest of the subject is not analysed.');
    check(`${HEAD}⟦${'mot '.repeat(29_999)}mot⟧ \n`, ['analyse-incomplete']);
    check(`${HEAD}${Array(800).fill(words).join('\n\n')}\n`, [], { only: ['analyse-incomplete'] });
  });
  it('refuses more than 20 ::: containers open at once (remark-directive is quadratic in their nesting), at the 21st', () => {
    const open = Array.from({ length: 20 }, (_, i) => `${':'.repeat(3 + (i % 5))}corrige`).join('\n');
    const a = check(`${HEAD}${open}\n⟦::::jury⟧\n${Array.from({ length: 5000 }, () => ':::corrige').join('\n')}\n`, ['analyse-incomplete'], { only: ['analyse-incomplete'] });
    assert.equal(a.diagnostics.find((d) => d.code === 'analyse-incomplete')!.messages.fr, 'Analyse incomplète\u00a0: trop de blocs ::: ouverts à la fois (21, limite 20\u00a0: fermer chaque bloc par une ligne :::) à la ligne 26\u00a0; la suite du sujet n’est pas analysée.');
    // Closed ones do not add up, a bare ::: closes the outermost it can and those inside, and code is code.
    check(`${HEAD}${Array.from({ length: 500 }, () => ':::corrige\nx\n:::').join('\n\n')}\n`, [], { only: ['analyse-incomplete'] });
    check(`${HEAD}${Array.from({ length: 15 }, () => ':::jury').join('\n')}\n:::\n${Array.from({ length: 15 }, () => ':::jury').join('\n')}\n`, [], { only: ['analyse-incomplete'] });
    check(`${HEAD}\`\`\`\n${Array.from({ length: 100 }, () => ':::corrige').join('\n')}\n\`\`\`\n`, [], { only: ['analyse-incomplete'] });
  });
  it('does not count list markers inside fenced code', () => {
    check(`${HEAD}\`\`\`\n${'- '.repeat(500)}\n\`\`\`\n`, [], { only: ['analyse-incomplete'] });
  });
  it('silences competence-manquante and critere-manquant past a cut (they may stand further down)', () => {
    const a = analyze(`${HEAD}${nested(200)}\n{C2} {C3} {C4} {C5}\n`);
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['analyse-incomplete']);
    assert.equal(analyze(`${HEAD}{C2}\n`).diagnostics.filter((d) => d.code === 'competence-manquante').length, 3);
  });
  it('refuses a text over maxFileSize as a whole, on the first line, front matter still read', () => {
    const a = check('⟦---⟧\nmodalite: M9\n---\n# Sujet {C21}\n', ['analyse-incomplete'], { only: ['analyse-incomplete', 'competence-inconnue'], options: { settings: { maxFileSize: 20 } } });
    assert.equal(a.diagnostics[0].messages.fr, 'Analyse incomplète : fichier trop volumineux (35 octets, limite 20 octets) ; le sujet n’est pas analysé (réglage rncp.maxFileSize, option --max-file-size).');
    assert.equal(a.model.frontMatter?.modalite?.value, 'M9');
    assert.equal(a.model.tags.length, 0);
  });
  it('sums nesting and marks over the body, against their own limits', () => {
    const lines = Array.from({ length: 30 }, () => '> > > x').join('\n');
    const nesting = checkBudget(`${lines}\n`, 0, { ...DEFAULT_BUDGET, maxNesting: 80 });
    assert.equal(nesting?.messages.en, 'Incomplete analysis: too many nested lines (81 levels of lists and quotes in all, limit 80) at line 27; the rest of the subject is not analysed.');
    assert.equal(nesting?.cut, 26 * 8);
    const marks = checkBudget('*a* [b]\n\n*c* [d]\n\n*e* [f]\n', 0, { ...DEFAULT_BUDGET, maxMarks: 10 });
    assert.equal(marks?.messages.en, 'Incomplete analysis: too many formatting marks (12 * _ ~ [ ] <, limit 10) at line 5; the rest of the subject is not analysed.');
  });
  it('counts the size in UTF-8 bytes', () => {
    assert.equal(checkBudget('é'.repeat(10), 0, { ...DEFAULT_BUDGET, maxBytes: 19 })?.limit, 'size');
    assert.equal(checkBudget('é'.repeat(10), 0, { ...DEFAULT_BUDGET, maxBytes: 20 }), undefined);
  });
  it('accepts every sample and ordinary nesting', () => {
    check(`${HEAD}- a\n  - b\n    - c {C1.1}\n      > d\n      > - e\n`, [], { only: ['analyse-incomplete'] });
  });
});
