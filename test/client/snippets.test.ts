/**
 * The subject skeletons of snippets/rncp.code-snippets: up to date with the référentiel,
 * and, once expanded, drafts with every competency of their modality tagged.
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
      // Nothing wrong but the questions still to write, one per competency (FORMAT.md §12), each a tab stop.
      assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code), m.competences.map(() => 'question-a-rediger'));
      assert.deepEqual(a.diagnostics.filter((d) => d.code === 'question-a-rediger').map((d) => d.message), m.competences.map((id) => `Question à rédiger (${id})\u00a0: remplacer [à rédiger] par son énoncé.`));
      assert.equal((s.body.join('\n').match(/\$\{\d+:\[à rédiger\]\}/g) ?? []).length, m.competences.length);
      assert.deepEqual(a.coverage?.competences.filter((c) => c.status === 'absente').map((c) => c.id), []);
      assert.equal(a.coverage?.counts.competences.tagged, m.competences.length);
      assert.equal((text.match(/^### Annexe \d+ — /gm) ?? []).length, m.donnees.length);
      // Annex titles are titles, not the référentiel's sentence fragments ("ses forces et ses faiblesses…").
      assert.deepEqual(text.match(/^### Annexe \d+ — (?:[Ss]es|[Ss]on|[Ss]a|[Ll]es|[Ll]a|[Ll]e|[Dd]es|[Dd]u|[Dd]e) .*$/gm), null);
      assert.doesNotMatch(text, /'/, 'typographic apostrophes');
    });
  }

  it('has the tag snippets', () => {
    for (const p of ['balise', 'balise-critere', 'balise-plage', 'balise-liste']) {
      const s = Object.values(snippets).find((x) => x.prefix.includes(p));
      assert.ok(s, p);
      assert.match(expand(s.body.join('\n')), /^\{C\d+([.,\- ]+C?\d+(\.\d+)?)?\}$/);
    }
  });
});
