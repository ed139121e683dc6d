import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { referentielEntryRange } from '../../../server/src/core/features/definition';
import { ROOT } from '../../helpers/core';
import { showRange } from '../../helpers/features';

const yaml = fs.readFileSync(path.join(ROOT, 'referentiels/mdc-2023.yaml'), 'utf8');
const lines = yaml.split('\n');

describe('feature definition', () => {
  const cases: [string, RegExp][] = [
    ['C3', /^ {2}- id: C3$/],
    ['c20', /^ {2}- id: C20$/],
    ['M1', /^ {2}- id: M1$/],
    ['B2', /^ {4}id: B2$|^ {2}- id: B2$/],
    ['C3.2', /^ {6}- "Les forces et les faiblesses/],
  ];
  for (const [id, line] of cases) {
    it(`finds ${id} in the bundled référentiel`, () => {
      const r = referentielEntryRange(yaml, id);
      assert.ok(r, id);
      assert.match(lines[r.start.line], line);
      const start = lines[r.start.line].slice(r.start.character);
      assert.ok(start.startsWith(id.toUpperCase()) || start.startsWith('"'), start);
    });
  }
  it('answers undefined for what is not there, or a broken text', () => {
    assert.equal(referentielEntryRange(yaml, 'C42'), undefined);
    assert.equal(referentielEntryRange(yaml, 'C3.9'), undefined);
    assert.equal(referentielEntryRange('competences: [', 'C1'), undefined);
    assert.equal(referentielEntryRange('', 'C1'), undefined);
  });
  it('points at the id of the C-line', () => {
    const r = referentielEntryRange(yaml, 'C3')!;
    assert.equal(showRange(r), `${lines.indexOf('  - id: C3')}:8-${lines.indexOf('  - id: C3')}:10`);
  });
});
