/** Odd front matters, zero-padded ids and line endings (issue 8): exact ranges and messages. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadReferentiel } from '../../server/src/core/referentiel/loader';
import { analyze, check, ROOT } from '../helpers/core';

/** The message of the first diagnostic of a code. */
const first = (a: { diagnostics: { code: string; messages: { fr: string; en: string } }[] }, code: string) => a.diagnostics.find((d) => d.code === code)!.messages;

const BOMB = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');

describe('front matter: aliases, odd values, duplicates', () => {
  it('reports an unresolved alias (titre: *Important*) on it, and still reads modalite', () => {
    const a = check('---\nmodalite: M1\ntitre: ⟦*Important*⟧\n---\n# S {C1}\n', ['frontmatter-invalide']);
    assert.equal(a.model.frontMatter?.modalite?.value, 'M1');
    assert.match(first(a, 'frontmatter-invalide').fr, /alias \*Important\* sans ancre .*mettez-le entre guillemets \("\*Important\*"\)/);
  });
  it('reports an alias bomb at the alias where the expansion passes the limit', () => {
    const lines = BOMB.split('\n');
    const f = lines.findIndex((l) => l.startsWith('f:'));
    lines[f] = lines[f].replace('[*e', '[⟦*e⟧');
    const a = check(`---\nmodalite: M1\n${lines.join('\n')}\n---\n# S\n`, ['frontmatter-invalide']);
    assert.match(first(a, 'frontmatter-invalide').en, /too many aliases: expanded, they would exceed 100,000 values \(alias \*e\)/);
  });
  it('prints no YAML warning for a collection key', () => {
    const warnings: string[] = [];
    const listener = (w: Error) => warnings.push(w.message);
    process.on('warning', listener);
    analyze('---\nmodalite: M1\n? [a, b]\n: x\n---\n# S\n');
    return new Promise<void>((done) => setImmediate(() => {
      process.off('warning', listener);
      assert.deepEqual(warnings, []);
      done();
    }));
  });
  it('says a modalite or referentiel that is not text must be text', () => {
    const a = check('---\nmodalite: ⟦[M1]⟧\nreferentiel: ⟦[./x.yaml]⟧\n---\n', ['modalite-inconnue', 'referentiel-inconnu'], { only: ['modalite-inconnue', 'referentiel-inconnu', 'modalite-absente'] });
    assert.equal(a.diagnostics[0].messages.fr, '« modalite » doit être un texte, un identifiant comme M1, pas une liste.');
    assert.equal(a.diagnostics[1].messages.en, '"referentiel" must be text, a bundled id (mdc-2023) or a path (./referentiel.yaml), not a list.');
    assert.equal(a.referentiel, undefined, 'no référentiel is guessed');
    const n = check('---\nmodalite: ⟦3⟧\n---\n', ['modalite-inconnue']);
    assert.equal(n.diagnostics[0].messages.fr, '« modalite » doit être un texte, un identifiant comme M1, pas un nombre (M3 ?).');
  });
  it('reports an empty referentiel (referentiel: ~) and checks against the default meanwhile', () => {
    const a = check('---\nmodalite: M1\nreferentiel: ⟦~⟧\n---\n', ['referentiel-inconnu']);
    assert.equal(a.referentiel?.id, 'mdc-2023');
    check('---\nmodalite: M1\n⟦referentiel⟧:\n---\n', ['referentiel-inconnu']);
  });
  it('reports MODALITE after modalite as a duplicate key, and keeps the first', () => {
    const a = check('---\nmodalite: M1\n⟦MODALITE⟧: M2\n---\n', ['frontmatter-invalide']);
    assert.equal(a.modalite?.id, 'M1');
    assert.equal(first(a, 'frontmatter-invalide').fr, 'Front matter YAML invalide : clé en double : MODALITE redonne modalite (une seule valeur est lue, la première).');
    check('---\nmodalite: M1\n⟦modalite⟧: M2\n---\n', ['frontmatter-invalide']);
  });
  it('says YAML errors in French and English, never in the library\'s words only', () => {
    const a = check('---\nmodalite: M1\ntitre: "ouvert\n⟦⟧---\n', ['frontmatter-invalide']);
    assert.equal(first(a, 'frontmatter-invalide').fr, 'Front matter YAML invalide : guillemet, crochet ou accolade non fermé.');
  });
});

describe('line endings', () => {
  it('reads a front matter with CR-only line endings', () => {
    const a = check('---\rmodalite: ⟦M9⟧\rtitre: Sujet\r---\r# S {C1}\r', ['modalite-inconnue'], { only: ['modalite-inconnue', 'frontmatter-invalide'] });
    assert.equal(a.model.frontMatter?.errors.length, 0);
  });
  it('never ends a range inside a CRLF', () => {
    // An unclosed quote: the YAML error ends at the end of the content, before the break.
    const text = '---\r\nmodalite: M1\r\ntitre: "x\r\n---\r\n# S {C1\r\n';
    const a = analyze(text);
    for (const d of a.diagnostics) {
      for (const p of [d.range.start, d.range.end]) {
        const offset = a.model.lines.offsetAt(p);
        assert.ok(!(text[offset] === '\n' && text[offset - 1] === '\r'), `${d.code} ends inside a CRLF at ${JSON.stringify(p)}`);
        assert.ok(p.character <= a.model.lines.lineEnd(p.line) - a.model.lines.lineStart(p.line), `${d.code} past its line's end`);
      }
    }
    check('---\r\nmodalite: M1\r\n---\r\n# S ⟦{C1⟧\r\n', ['tag-malforme']);
  });
  it('maps an offset between \\r and \\n to the end of its line', () => {
    const a = analyze('ab\r\ncd', '/d/x.cas.md');
    assert.deepEqual(a.model.lines.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(a.model.lines.positionAt(4), { line: 1, character: 0 });
  });
});

describe('zero-padded ids: C03.2 is C3.2 everywhere', () => {
  it('reads {C03.2} and {C01} in a draft as C3.2 and C1', () => {
    const a = check('---\nmodalite: M1\n---\n# S {C03.2} {C01} {C1-C05} {⟦C021⟧}\n', ['competence-inconnue'], { only: ['competence-inconnue', 'critere-inconnu', 'plage-invalide'] });
    assert.deepEqual(a.model.tags.flatMap((t) => t.items.map((i) => (i.kind === 'code' ? i.code.id : `${i.from.id}-${i.to.id}`))), ['C3.2', 'C1', 'C1-C5', 'C21']);
    assert.match(first(a, 'competence-inconnue').fr, /^Compétence inconnue C21 :/);
    assert.ok(a.coverage?.competences.find((c) => c.id === 'C3')?.criteres.find((k) => k.id === 'C3.2')?.covered);
  });
  it('reads C01 in a référentiel as C1, so that its modality may name C1', () => {
    const text = fs.readFileSync(path.join(ROOT, 'referentiels/mdc-2023.yaml'), 'utf8').replace(/id: C1\n/, 'id: C01\n');
    const r = loadReferentiel(text);
    assert.deepEqual(r.diagnostics.map((d) => d.message.en), []);
    assert.equal(r.value?.competences[0].id, 'C1');
    assert.equal(r.value?.competences[0].criteres[0].id, 'C1.1');
  });
  it('reports C1 and C01 in one référentiel as one id twice', () => {
    const text = fs.readFileSync(path.join(ROOT, 'referentiels/mdc-2023.yaml'), 'utf8').replace(/id: C2\n/, 'id: C01\n');
    assert.ok(loadReferentiel(text).diagnostics.some((d) => d.message.en === 'Duplicate id: C1.'));
  });
});

describe('référentiel loader: aliases', () => {
  it('reports an unresolved alias and an alias bomb at the alias, never throwing', () => {
    const r = loadReferentiel('id: x\ntitre: *Important*\n');
    assert.deepEqual(r.diagnostics.map((d) => `${d.range?.start.line}:${d.range?.start.character}-${d.range?.end.line}:${d.range?.end.character} ${d.message.fr.slice(0, 39)}`),
      ['1:7-1:18 YAML invalide : alias *Important* sans ']);
    const b = loadReferentiel(`id: x\n${BOMB}\n`);
    assert.equal(b.value, undefined);
    assert.match(b.diagnostics[0].message.en, /^Invalid YAML: too many aliases/);
  });
});
