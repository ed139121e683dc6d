/**
 * The regexes of the tag injection grammar for points marks, duration marks and the
 * `:::corrige` / `:::jury` containers (FORMAT.md §8, §9), run with JavaScript's RegExp.
 * The real TextMate tokenization (scopes, no colours in code, Markdown inside the
 * containers) is checked in VS Code by test/e2e/suite/grammar.test.ts.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/core';

const g = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/rncp-tags.injection.tmLanguage.json'), 'utf8'));
const repo = g.repository;

/** An Oniguruma regex as a JavaScript one: `\G` (the anchor after a Markdown list's indentation) has no JS equivalent; a line start stands for it here. */
const js = (src: string) => new RegExp(src.replace('(?:^|\\G)', '^'));

/** The whole matches of `src` in `line`. */
const all = (src: string, line: string) => [...line.matchAll(new RegExp(src, 'g'))].map((m) => m[0]);

describe('client: grammar for marks and containers', () => {
  it('is injected first with the containers, then tags, then the marks', () => {
    assert.deepEqual(g.patterns.map((p: { include: string }) => p.include), ['#directive', '#tag', '#malformed', '#points', '#duration']);
    assert.deepEqual(repo.directive.patterns.map((p: { include: string }) => p.include), ['#corrige', '#jury']);
    assert.equal(repo.points.name, 'constant.numeric.points.rncp');
    assert.equal(repo.duration.name, 'constant.numeric.duration.rncp');
  });

  it('colours points marks: integers and decimals, pt/pts/point/points, any case, spaces inside', () => {
    const re = new RegExp(`^${repo.points.match}$`);
    for (const ok of ['(4 points)', '(1 point)', '(1,5 point)', '(1.5 pts)', '(2 pt)', '(2pts)', '( 3 points )', '(3 POINTS)', '(0,25 Pt)', '(10\tpoints)']) assert.ok(re.test(ok), ok);
    for (const bad of ['(points)', '(4 pointsx)', '(x points)', '(4 p)', '(4 pt', '4 points', '(1,5,2 points)', '(-1 point)', '(4 min)']) assert.ok(!re.test(bad), bad);
    assert.deepEqual(all(repo.points.match, '### Dossier 2 — Analyser {C2} (4 points) (45 min)'), ['(4 points)']);
    assert.deepEqual(all(repo.points.match, '1. Question {C1.1} (1,5 point) puis (0,5 pt)'), ['(1,5 point)', '(0,5 pt)']);
  });

  it('colours duration marks: min, minutes, h, heures, h and minutes', () => {
    const re = new RegExp(`^${repo.duration.match}$`);
    for (const ok of ['(45 min)', '(90 minutes)', '(1 minute)', '(1 h)', '(1h)', '(2 heures)', '(1 heure)', '(1 h 30)', '(1h30)', '(1 h 30 min)', '( 45 MIN )']) assert.ok(re.test(ok), ok);
    for (const bad of ['(min)', '(45 mn)', '(1 h 30 s)', '(h 30)', '(45 minutesx)', '45 min', '(4 points)', '(1,5 h)']) assert.ok(!re.test(bad), bad);
    assert.deepEqual(all(repo.duration.match, '### Dossier 4 {C4} (6 points) (1 h 15)'), ['(1 h 15)']);
  });

  it('opens :::corrige, :::corrigé and :::jury containers, indented too, and leaves other directives alone', () => {
    const corrige = js(repo.corrige.begin);
    const jury = js(repo.jury.begin);
    for (const ok of [':::corrige', ':::corrigé', '   :::corrige', ':::corrige{#q1}', ':::corrige[Dossier 1]', ':::corrige  ']) assert.ok(corrige.test(ok), ok);
    for (const bad of [':::jury', ':::corriger', ':::corrige-bis', '::corrige', 'Voir :::corrige', ':::note', ':::']) assert.ok(!corrige.test(bad), bad);
    for (const ok of [':::jury', '  :::jury', ':::jury{.oral}']) assert.ok(jury.test(ok), ok);
    for (const bad of [':::jurys', ':::corrige', 'jury', ':::Jury']) assert.ok(!jury.test(bad), bad);
    const m = ':::corrigé{#q1}'.match(corrige)!;
    assert.deepEqual([m[1], m[2], m[3]], [':::', 'corrigé', '{#q1}']);
    assert.deepEqual(repo.corrige.beginCaptures, { 1: { name: 'keyword.control.directive.rncp' }, 2: { name: 'entity.name.tag.directive.rncp' }, 3: { name: 'meta.directive.attributes.rncp' } });
    assert.equal(repo.corrige.name, 'meta.directive.corrige.rncp');
    assert.equal(repo.jury.name, 'meta.directive.jury.rncp');
  });

  it('closes a container on a line of three colons only, and keeps Markdown inside', () => {
    for (const rule of [repo.corrige, repo.jury]) {
      const end = js(rule.end);
      for (const ok of [':::', '   :::', ':::  ']) assert.ok(end.test(ok), ok);
      for (const bad of [':::corrige', ':::jury', '::', '- :::', ':::x', 'fin :::']) assert.ok(!end.test(bad), bad);
      assert.deepEqual(rule.endCaptures, { 1: { name: 'keyword.control.directive.rncp' } });
      assert.deepEqual(rule.patterns, [{ include: 'text.html.markdown#block' }]);
    }
  });
});
