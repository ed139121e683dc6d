/**
 * docs/format.md tells the truth about the diagnostics: each of its tables of codes
 * (French, then English) lists exactly the codes of `DiagnosticCode`, in the order
 * of the code, each with its rule's default severity, and the severity settings it
 * names are exactly those of the settings table.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostic';
import { RULES_BY_CODE } from '../../server/src/core/rules/registry';
import { SEVERITY_SETTING_KEYS } from '../../server/src/core/settings';
import { ROOT } from '../helpers/core';

const DOC = 'docs/format.md';

/** The rows of each Markdown table whose first header cell is `code`: [code, severity] pairs. */
function codeTables(markdown: string): [string, string][][] {
  const tables: [string, string][][] = [];
  let current: [string, string][] | undefined;
  for (const line of markdown.split('\n')) {
    const cells = line.trim().startsWith('|') ? line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()) : undefined;
    if (!cells) {
      current = undefined;
      continue;
    }
    if (!current && cells[0] === 'code') tables.push((current = []));
    else if (current && !/^-+$/.test(cells[0])) current.push([cells[0].replace(/`/g, ''), (cells[1] ?? '').replace(/`/g, '')]);
  }
  return tables;
}

describe('tidy: docs/format.md', () => {
  const text = fs.readFileSync(path.join(ROOT, DOC), 'utf8');

  it('has a French and an English table of diagnostics', () => {
    assert.equal(codeTables(text).length, 2);
    assert.ok(text.indexOf('## Français') < text.indexOf('## English'));
  });

  it('lists every code of the code, no other, with its default severity', () => {
    for (const table of codeTables(text)) {
      assert.deepEqual(table.map(([code]) => code), [...DIAGNOSTIC_CODES], 'codes (in the order of DIAGNOSTIC_CODES)');
      for (const [code, severity] of table) assert.equal(severity, RULES_BY_CODE[code as keyof typeof RULES_BY_CODE].defaultSeverity, code);
    }
  });

  it('names exactly the severity settings there are', () => {
    const named = new Set([...text.matchAll(/rncp\.severity\.(\w+)/g)].map((m) => m[1]));
    assert.deepEqual([...named].sort(), Object.values(SEVERITY_SETTING_KEYS).sort());
  });

  it('the checker sees a missing code, an unknown one and a wrong severity', () => {
    const [table] = codeTables('| code | default severity |\n| --- | --- |\n| `tag-malforme` | `error` |\n| `code-inconnu` | `warning` |\n\nafter\n');
    assert.deepEqual(table, [['tag-malforme', 'error'], ['code-inconnu', 'warning']]);
    assert.notDeepEqual(table.map(([c]) => c), [...DIAGNOSTIC_CODES]);
    assert.notEqual(table[0][1], RULES_BY_CODE['tag-malforme'].defaultSeverity);
  });
});
