/**
 * The subject skeletons of snippets/rncp.code-snippets: up to date with the référentiel,
 * and, once expanded, drafts with every competency of their modality tagged, marked out of 20
 * and with an answer key to write under each question; the container snippets.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, mdc, ROOT } from '../helpers/core';

interface Snippet { prefix: string[]; body: string[]; description: string; scope: string }
const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/rncp.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** Expands a snippet as VS Code does with its defaults: placeholders keep their text, mirrors copy it. */
function expand(body: string): string {
  const values = new Map<string, string>();
  let text = body.replace(/\$\{(\d+):((?:[^}\\]|\\.)*)\}/g, (_, n: string, v: string) => {
    const value = v.replace(/\$CURRENT_YEAR/g, '2026').replace(/\\(.)/g, '$1');
    values.set(n, value);
    return value;
  });
  text = text.replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, (_, _n, first: string) => first);
  text = text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a?: string, b?: string) => values.get(a ?? b!) ?? '');
  return text.replace(/\\(.)/g, '$1');
}

describe('client: snippets', () => {
  it('are generated from the référentiel (node scripts/gen-snippets.mjs --check)', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/gen-snippets.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
  });

  for (const m of mdc().modalites) {
    it(`the ${m.id} skeleton tags every competency of ${m.id} with a question to write, and gives the candidate its inputs`, () => {
      const s = Object.values(snippets).find((x) => x.prefix.includes(`sujet-${m.id.toLowerCase()}`));
      assert.ok(s, `no skeleton for ${m.id}`);
      const text = expand(s.body.join('\n'));
      const a = analyze(text, `nouveau-${m.id}.cas.md`);
      assert.equal(a.modalite?.id, m.id);
      // Nothing wrong but the questions and their answer keys still to write, one of each per competency
      // (FORMAT.md §12: one question-a-rediger per placeholder), each a tab stop.
      assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code), m.competences.flatMap(() => ['question-a-rediger', 'question-a-rediger']));
      assert.deepEqual(a.diagnostics.filter((d) => d.code === 'question-a-rediger').map((d) => d.message), m.competences.flatMap((id) => [
        `Question à rédiger (${id})\u00a0: remplacer [à rédiger] par son énoncé.`,
        'Corrigé à rédiger\u00a0: remplacer [à rédiger] par les éléments de réponse attendus.',
      ]));
      assert.equal((s.body.join('\n').match(/\$\{\d+:\[à rédiger\]\}/g) ?? []).length, 2 * m.competences.length);
      // Marked out of 20 (FORMAT.md §8.1): one whole-points mark per question, adding up to the bareme.
      assert.match(text, /^bareme: 20$/m);
      const marks = [...text.matchAll(/^1\. \[à rédiger\] \{(C\d+)\} \((\d+) points\)$/gm)];
      assert.deepEqual(marks.map((x) => x[1]), m.competences);
      assert.equal(marks.reduce((sum, x) => sum + Number(x[2]), 0), 20);
      assert.ok(Math.max(...marks.map((x) => Number(x[2]))) - Math.min(...marks.map((x) => Number(x[2]))) <= 1, 'shared as evenly as whole points allow');
      // Each question is followed by its answer key, indented into the list item (§9).
      assert.equal((text.match(/^1\. .*\n\n {3}:::corrige\n {3}- \[à rédiger\]\n {3}:::\n/gm) ?? []).length, m.competences.length);
      assert.deepEqual(a.coverage?.competences.filter((c) => c.status === 'absente').map((c) => c.id), []);
      assert.equal(a.coverage?.counts.competences.tagged, m.competences.length);
      assert.equal((text.match(/^### Annexe \d+ — /gm) ?? []).length, m.donnees.length);
      // Annex titles are titles, not the référentiel's sentence fragments ("ses forces et ses faiblesses…").
      assert.deepEqual(text.match(/^### Annexe \d+ — (?:[Ss]es|[Ss]on|[Ss]a|[Ll]es|[Ll]a|[Ll]e|[Dd]es|[Dd]u|[Dd]e) .*$/gm), null);
      assert.doesNotMatch(text, /'/, 'typographic apostrophes');
    });
  }

  it('has the :::corrige and :::jury container snippets (FORMAT.md §9), described in French then English', () => {
    for (const [p, name, line] of [['corrige', 'corrige', '- [à rédiger]'], ['jury', 'jury', '[à rédiger]']]) {
      const s = Object.values(snippets).find((x) => x.prefix.includes(p));
      assert.ok(s, p);
      assert.deepEqual(s.prefix, [p, `rncp-${p}`]);
      assert.equal(s.scope, 'casestudy,markdown');
      assert.equal(expand(s.body.join('\n')), `:::${name}\n${line}\n:::\n`);
      assert.match(s.body[1], /\$\{1:\[à rédiger\]\}/, 'the placeholder is the first tab stop');
      assert.match(s.description, /^[A-ZÉ][^.]*\u00a0: :::\w+ … :::\. [A-Z][a-z]+ [^.]*\.$/);
    }
    // Indented under a question, as VS Code indents a snippet to the line it is expanded on: still one draft,
    // no new error, and the tags of the question unchanged.
    const key = Object.values(snippets).find((x) => x.prefix.includes('corrige'))!;
    const body = expand(key.body.join('\n')).replace(/\n$/, '').split('\n').map((l) => `   ${l}`).join('\n');
    const draft = '---\nmodalite: M1\nbareme: 20\n---\n\n1. Question {C1.1} (20 points)\n';
    const a = analyze(`${draft}\n${body}\n`, 'corrige.cas.md');
    assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
    const statuses = (x: ReturnType<typeof analyze>) => x.coverage?.competences.map((c) => `${c.id}:${c.status}`);
    assert.deepEqual(statuses(a), statuses(analyze(draft, 'corrige.cas.md')));
  });

  it('has the tag snippets', () => {
    for (const p of ['balise', 'balise-critere', 'balise-plage', 'balise-liste']) {
      const s = Object.values(snippets).find((x) => x.prefix.includes(p));
      assert.ok(s, p);
      assert.match(expand(s.body.join('\n')), /^\{C\d+([.,\- ]+C?\d+(\.\d+)?)?\}$/);
    }
  });
});
