import * as assert from 'node:assert/strict';
import { codeActions } from '../../../server/src/core/features/codeActions';
import type { Lang } from '../../../server/src/core/i18n';
import { applyEdits, fixture } from '../../helpers/features';

const URI = 'file:///drafts/sujet.cas.md';

/**
 * Asks for the actions at the cursor, picks the one whose title matches and
 * checks the text after its edit. `after` is the whole expected text.
 */
function check(source: string, title: RegExp, after: string, opts: { lang?: Lang; only?: string[]; kind?: string } = {}) {
  const f = fixture(source);
  const actions = codeActions(f.analysis, URI, { start: f.position, end: f.position }, opts.lang ?? 'fr', opts.only);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `no action ${title} among: ${actions.map((a) => a.title).join(' | ')}`);
  if (opts.kind) assert.equal(action.kind, opts.kind);
  assert.deepEqual(Object.keys(action.edit.changes), [URI]);
  assert.equal(applyEdits(f.text, action.edit.changes[URI]), after);
  return actions;
}

function titles(source: string, only?: string[]) {
  const f = fixture(source);
  return codeActions(f.analysis, URI, { start: f.position, end: f.position }, 'fr', only).map((a) => a.title);
}

const M1 = '---\nmodalite: M1\n---\n';
const M1_ALL = `${M1}# Sujet {C1-C5}\n\n{C1.1 C1.2 C1.3} {C2.1 C2.2 C2.3 C2.4} {C3.1 C3.2 C3.3 C3.4} {C4.1 C4.2 C4.3 C4.4 C4.5 C4.6 C4.7 C4.8}\n`;

describe('feature code actions', () => {
  it('competence-manquante: a tagged question under "Travail à faire"', () => {
    const src = `---\nmodalite: M$$CURSOR$$1\n---\n# S {C1-C4}\n\n## Travail à faire\n\n### Dossier 1 {C1}\n\n1. Q\n\n## Barème\n\nx\n`;
    check(src, /^Ajouter une question pour C5 \(Proposer la stratégie commerciale à la direction générale\)$/,
      `---\nmodalite: M1\n---\n# S {C1-C4}\n\n## Travail à faire\n\n### Dossier 1 {C1}\n\n1. Q\n\n### Proposer la stratégie commerciale à la direction générale {C5}\n\n1. [à rédiger]\n\n## Barème\n\nx\n`,
      { kind: 'quickfix' });
  });
  it('inserts the same text as a snippet, each [à rédiger] a tab stop, the rest escaped', () => {
    const f = fixture(`---\nmodalite: M$$CURSOR$$1\n---\n# S {C1, C2, C3}\n\n## Travail à faire {C1}\n`);
    const all = codeActions(f.analysis, URI, { start: f.position, end: f.position }, 'fr', ['source'])[0];
    const [edit] = all.edit.changes[URI];
    assert.equal(edit.snippet, `\n\n### Concevoir la stratégie commerciale de l'entreprise {C4\\}\n\n1. \${1:[à rédiger]}\n\n### Proposer la stratégie commerciale à la direction générale {C5\\}\n\n1. \${2:[à rédiger]}`);
    const g = fixture(`${M1}# S {C1, C2, C3, C5}\n\n## Dossier 4 {C$$CURSOR$$4}\n\n1. Q {C4.2 C4.3 C4.4 C4.5 C4.6}\n`);
    const fix = codeActions(g.analysis, URI, { start: g.position, end: g.position }, 'fr', ['quickfix']).find((a) => /critères non visés de C4/.test(a.title))!;
    assert.equal(fix.edit.changes[URI][0].snippet, '\n\n1. ${1:[à rédiger]} {C4.1\\}\n2. ${2:[à rédiger]} {C4.7\\}\n3. ${3:[à rédiger]} {C4.8\\}');
  });
  it('competence-manquante: at the end when there is no "Travail à faire"', () => {
    check(`---\nmodalite: $$CURSOR$$M1\n---\n# S {C1-C4}\n\nTexte.\n\n\n`, /C5/,
      `---\nmodalite: M1\n---\n# S {C1-C4}\n\nTexte.\n\n## Proposer la stratégie commerciale à la direction générale {C5}\n\n1. [à rédiger]\n\n\n`);
  });
  it('competence-manquante: in English, and on a text without a final newline', () => {
    check(`---\nmodalite: M1$$CURSOR$$\n---\n# S {C1-C4}`, /^Add a question for C5/,
      `---\nmodalite: M1\n---\n# S {C1-C4}\n\n## Proposer la stratégie commerciale à la direction générale {C5}\n\n1. [à rédiger]\n`, { lang: 'en' });
  });
  it('competence-manquante: one action for all of them, also as a source action', () => {
    const src = `---\nmodalite: M$$CURSOR$$1\n---\n# S {C1, C2, C3}\n\n## Travail à faire {C1}\n`;
    const after = `---\nmodalite: M1\n---\n# S {C1, C2, C3}\n\n## Travail à faire {C1}\n\n### Concevoir la stratégie commerciale de l'entreprise {C4}\n\n1. [à rédiger]\n\n### Proposer la stratégie commerciale à la direction générale {C5}\n\n1. [à rédiger]\n`;
    check(src, /^Ajouter les 2 compétences manquantes \(C4, C5\)$/, after, { kind: 'quickfix' });
    check(src, /^Ajouter les 2 compétences manquantes/, after, { only: ['source'], kind: 'source.rncp.addMissingCompetencies' });
    // The source action is offered anywhere in the draft, and alone when only source actions are asked for.
    assert.deepEqual(titles(src.replace('$$CURSOR$$', '').replace('## Travail', '## Trav$$CURSOR$$ail'), ['source']), ['Ajouter les 2 compétences manquantes (C4, C5)']);
  });
  it('critere-manquant: one placeholder question per uncovered criterion, at the end of the section of its first tag', () => {
    const src = `${M1}# S {C1, C2, C3, C5}\n\n## Dossier 4 {C$$CURSOR$$4}\n\n1. Q {C4.2}\n2. Q {C4.7, C4.8}\n\n### Annexe\n\nTexte.\n\n## Barème\n\nx\n`;
    check(src, /^Ajouter une question pour les critères non visés de C4 \(C4\.1, C4\.3, C4\.4, C4\.5, C4\.6\)$/,
      `${M1}# S {C1, C2, C3, C5}\n\n## Dossier 4 {C4}\n\n1. Q {C4.2}\n2. Q {C4.7, C4.8}\n\n### Annexe\n\nTexte.\n\n`
      + '1. [à rédiger] {C4.1}\n2. [à rédiger] {C4.3}\n3. [à rédiger] {C4.4}\n4. [à rédiger] {C4.5}\n5. [à rédiger] {C4.6}\n\n## Barème\n\nx\n',
      { kind: 'quickfix' });
  });
  it('critere-manquant: after the whole list or table holding the first tag, never inside it', () => {
    check(`${M1}Intro.\n\n- Q {C$$CURSOR$$4.1}\n  - sous-question\n- Q {C4.2 C4.3 C4.4 C4.5 C4.6 C4.7}\n\nFin.\n`, /C4 \(C4\.8\)$/,
      `${M1}Intro.\n\n- Q {C4.1}\n  - sous-question\n- Q {C4.2 C4.3 C4.4 C4.5 C4.6 C4.7}\n\n1. [à rédiger] {C4.8}\n\nFin.\n`);
    check(`${M1}| Q | C |\n| --- | --- |\n| 1 | {C$$CURSOR$$3} |\n| 2 | {C3.1, C3.2} |`, /^Add a question for the uncovered criteria of C3 \(C3\.3, C3\.4\)$/,
      `${M1}| Q | C |\n| --- | --- |\n| 1 | {C3} |\n| 2 | {C3.1, C3.2} |\n\n1. [à rédiger] {C3.3}\n2. [à rédiger] {C3.4}\n`, { lang: 'en' });
  });
  it('critere-manquant: at the end of the tag’s section on a model without blocks (rebuilt from plain data)', () => {
    const f = fixture(`${M1}## Dossier\n\n- Q {C$$CURSOR$$3.1 C3.2}\n- Q {C3.3}\n\n## Fin\n`);
    const analysis = { ...f.analysis, model: { ...f.analysis.model, blocks: [] } };
    const action = codeActions(analysis, URI, { start: f.position, end: f.position }, 'fr', ['quickfix']).find((a) => /C3 \(C3\.4\)$/.test(a.title));
    assert.ok(action);
    assert.equal(applyEdits(f.text, action.edit.changes[URI]), `${M1}## Dossier\n\n- Q {C3.1 C3.2}\n- Q {C3.3}\n\n1. [à rédiger] {C3.4}\n\n## Fin\n`);
  });
  it('critere-manquant: the fix of each competency a range makes partial, and CRLF kept', () => {
    const src = '---\r\nmodalite: M1\r\n---\r\n## Dossier {C4-C$$CURSOR$$5}\r\n\r\n1. Q {C5.1}\r\n\r\n## Fin\r\n';
    const actions = check(src, /C5 \(C5\.2, C5\.3\)$/,
      '---\r\nmodalite: M1\r\n---\r\n## Dossier {C4-C5}\r\n\r\n1. Q {C5.1}\r\n\r\n1. [à rédiger] {C5.2}\r\n2. [à rédiger] {C5.3}\r\n\r\n## Fin\r\n');
    assert.deepEqual(actions.filter((a) => /critères non visés/.test(a.title)).map((a) => a.title.replace(/ \(.*/, '')), [
      'Ajouter une question pour les critères non visés de C4', 'Ajouter une question pour les critères non visés de C5',
    ]);
  });
  it('competence-inconnue: the nearest valid code', () => {
    check(`${M1}Q {C1, C2$$CURSOR$$11}\n`, /^Remplacer par C11 \(Coordonner la qualification/, `${M1}Q {C1, C11}\n`);
  });
  it('critere-inconnu: the nearest valid criterion', () => {
    check(`${M1}Q {C3.$$CURSOR$$5}\n`, /^Replace with C3\.4/, `${M1}Q {C3.4}\n`, { lang: 'en' });
  });
  it('tag-malforme: the corrected tag', () => {
    check(`${M1}Q {C3;$$CURSOR$$ C4}\n`, /^Corriger la balise : \{C3, C4\}$/, `${M1}Q {C3, C4}\n`);
    check(`${M1}Q {C3 et C4$$CURSOR$$}\n`, /\{C3, C4\}/, `${M1}Q {C3, C4}\n`);
  });
  it('plage-invalide: a reversed range swapped', () => {
    check(`${M1}Q {C5-$$CURSOR$$C1}\n`, /^Inverser la plage : C1-C5$/, `${M1}Q {C1-C5}\n`);
    check(`${M1}Q {C5 – C$$CURSOR$$1}\n`, /C1 – C5/, `${M1}Q {C1 – C5}\n`);
  });
  it('modalite-absente: a front matter with a modality to choose', () => {
    const src = '# Su$$CURSOR$$jet {C6}\n';
    assert.deepEqual(titles(src).map((t) => t.slice(0, 30)), ['Indiquer la modalité M1 (Elabo', 'Indiquer la modalité M2 (Conce', 'Indiquer la modalité M3 (Analy', 'Indiquer la modalité M4 (Mise ']);
    check(src, /M2/, '---\nmodalite: M2\n---\n\n# Sujet {C6}\n');
  });
  it('modalite-absente: a key added to an existing front matter, or an empty one filled', () => {
    check('$$CURSOR$$---\ntitre: X\n---\n# S\n', /M3/, '---\nmodalite: M3\ntitre: X\n---\n# S\n');
    check('$$CURSOR$$---\r\nmodalite:\r\ntitre: X\r\n---\r\n', /M4/, '---\r\nmodalite: M4\r\ntitre: X\r\n---\r\n');
  });
  it('bareme-total: the bareme set to the subject\'s points', () => {
    check('---\nbareme: $$CURSOR$$20\n---\n1. Q {C1} (18,5 points)\n', /^Mettre le barème à 18,5$/, '---\nbareme: 18.5\n---\n1. Q {C1} (18,5 points)\n', { kind: 'quickfix' });
    check('---\nbareme: 2$$CURSOR$$0\n---\n1. Q {C1} (19 points)\n', /^Set the barème to 19$/, '---\nbareme: 19\n---\n1. Q {C1} (19 points)\n', { lang: 'en' });
  });
  it('bareme-incoherent: the outer mark set to the sum of its questions', () => {
    check(`${M1}## D {C1} (6 p$$CURSOR$$oints)\n\n1. Q (3 points)\n2. R (2 points)\n`, /^Mettre la marque à \(5 points\)$/,
      `${M1}## D {C1} (5 points)\n\n1. Q (3 points)\n2. R (2 points)\n`);
  });
  const K = `${M1}1. Q0 {C1} (1 point)\n\n   :::corrige\n   - ok\n   :::\n\n`;
  it('question-sans-corrige: an empty corrigé inside the list item, at its content column, a blank line before', () => {
    check(`${K}- A {C$$CURSOR$$2}\n  - détail\n- B {C3}\n`, /^Ajouter un corrigé à cette question$/,
      `${K}- A {C2}\n  - détail\n\n  :::corrige\n  [à rédiger]\n  :::\n- B {C3}\n`, { kind: 'quickfix' });
    check(`${K}10.  A {C$$CURSOR$$2}\n`, /corrigé/, `${K}10.  A {C2}\n\n     :::corrige\n     [à rédiger]\n     :::\n`);
  });
  it('question-sans-corrige: after a paragraph, after the table for its last row, at the end of a heading question\'s section', () => {
    check(`${K}Un paragraphe {C$$CURSOR$$2}.\n\nSuite.\n`, /corrigé/, `${K}Un paragraphe {C2}.\n\n:::corrige\n[à rédiger]\n:::\n\nSuite.\n`);
    check(`${K}| Q | C |\n| --- | --- |\n| 1 | {C2} |\n| 2 | {C$$CURSOR$$3} |\n\nFin.\n`, /corrigé/, `${K}| Q | C |\n| --- | --- |\n| 1 | {C2} |\n| 2 | {C3} |\n\n:::corrige\n[à rédiger]\n:::\n\nFin.\n`);
    assert.deepEqual(titles(`${K}| Q | C |\n| --- | --- |\n| 1 | {C$$CURSOR$$2} |\n| 2 | {C3} |\n`).filter((t) => /cette question/.test(t)), []);
    check(`${K}## Question 2 {C$$CURSOR$$2} (2 points)\n\nÉnoncé.\n\n## Annexe\n`, /corrigé/, `${K}## Question 2 {C2} (2 points)\n\nÉnoncé.\n\n:::corrige\n[à rédiger]\n:::\n\n## Annexe\n`);
  });
  it('question-sans-corrige: the block as a snippet, [à rédiger] its tab stop', () => {
    const f = fixture(`${K}- A {C$$CURSOR$$2}\n`);
    const a = codeActions(f.analysis, URI, { start: f.position, end: f.position }, 'fr', ['quickfix']).find((x) => /corrigé/.test(x.title))!;
    assert.equal(a.edit.changes[URI][0].snippet, '\n\n  :::corrige\n  ${1:[à rédiger]}\n  :::');
  });
  it('a source action adds a corrigé to every question without one, CRLF kept', () => {
    const src = `${K}- A {C2}\n- B {C3}\n\nParagraphe {C4}.\n`.replace(/\n/g, '\r\n');
    const after = `${K}- A {C2}\n\n  :::corrige\n  [à rédiger]\n  :::\n- B {C3}\n\n  :::corrige\n  [à rédiger]\n  :::\n\nParagraphe {C4}.\n\n:::corrige\n[à rédiger]\n:::\n`.replace(/\n/g, '\r\n');
    check(src, /^Ajouter un corrigé à chaque question$/, after, { only: ['source'], kind: 'source.rncp.addAnswerKeys' });
    assert.deepEqual(fixture(after).analysis.diagnostics.filter((d) => d.code === 'question-sans-corrige'), [], 'each question now has its corrigé');
    assert.deepEqual(fixture(after).analysis.questions?.questions.map((q) => q.corriges.length), [1, 1, 1, 1]);
    assert.deepEqual(titles(`${M1}- A {C2}\n`, ['source']).filter((t) => /corrigé/.test(t)), [], 'none in a draft without any corrigé');
  });
  it('offers nothing where no fix applies', () => {
    assert.deepEqual(titles(`${M1_ALL}Q {C$$CURSOR$$999}\n`), []);
    assert.deepEqual(titles(`${M1_ALL}Q {C$$CURSOR$$1}\n`), []);
    assert.deepEqual(titles(`${M1_ALL}Q {C$$CURSOR$$3 ? C4}\n`), []);
  });
  it('offers nothing in a non-draft', () => {
    const f = fixture('# N$$CURSOR$$otes {C3;C4}\n', '/n/notes.md');
    assert.deepEqual(codeActions(f.analysis, URI, { start: f.position, end: f.position }, 'fr'), []);
  });
  it('links each quick fix to its diagnostic', () => {
    const f = fixture(`${M1}Q {C5-$$CURSOR$$C1}\n`);
    const [a] = codeActions(f.analysis, URI, { start: f.position, end: f.position }, 'fr', ['quickfix']);
    assert.equal(a.diagnostics?.[0].code, 'plage-invalide');
    assert.equal(a.diagnostics?.[0].source, 'rncp');
    assert.equal(a.isPreferred, true);
  });
});
