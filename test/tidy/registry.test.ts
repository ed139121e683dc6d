/**
 * One rule and at most one severity setting per diagnostic code. The compiler checks
 * the registry's shape (the `@ts-expect-error` lines below fail `tsc -b` the day a
 * registry without a code, or with a rule under another code's key, compiles); the
 * tests check what the compiler cannot see: package.json's `rncp.severity.*`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES, SEVERITY_SETTINGS } from '../../server/src/core/diagnostic';
import { RULES, RULES_BY_CODE } from '../../server/src/core/rules/registry';
import { type RncpSettings, SEVERITY_SETTING_KEYS } from '../../server/src/core/settings';
import { toRncpSettings } from '../../server/src/settings';
import { analyze, ROOT } from '../helpers/core';

const read = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));

// Type-level checks, enforced by `tsc -b` (part of `npm test`).
const { 'critere-manquant': _dropped, ...withoutOne } = RULES_BY_CODE;
// @ts-expect-error a code without its rule does not compile
const incomplete: typeof RULES_BY_CODE = withoutOne;
// @ts-expect-error a rule filed under another code's key does not compile
const swapped: typeof RULES_BY_CODE = { ...RULES_BY_CODE, 'critere-manquant': RULES_BY_CODE['competence-manquante'] };
// @ts-expect-error a key that is not a diagnostic code does not compile
const extra: typeof RULES_BY_CODE = { ...RULES_BY_CODE, 'code-inconnu': RULES_BY_CODE['tag-malforme'] };
// @ts-expect-error only a configurable code has a severity setting
const notConfigurable: RncpSettings['severities'] = { 'tag-malforme': 'off' };
void [_dropped, incomplete, swapped, extra, notConfigurable];

describe('tidy: rule registry and severity settings', () => {
  it('has one rule per code, filed under its code, in the order of DIAGNOSTIC_CODES', () => {
    assert.deepEqual(RULES.map((r) => r.code), [...DIAGNOSTIC_CODES]);
    for (const [code, rule] of Object.entries(RULES_BY_CODE)) assert.equal(rule.code, code);
    assert.deepEqual(Object.keys(RULES_BY_CODE).sort(), [...DIAGNOSTIC_CODES].sort());
  });

  it('gives each configurable code its own key', () => {
    const keys = Object.values(SEVERITY_SETTING_KEYS);
    assert.equal(new Set(keys).size, keys.length, 'two codes share a setting key');
    for (const code of Object.keys(SEVERITY_SETTING_KEYS)) assert.ok(code in RULES_BY_CODE, code);
  });

  it('declares in package.json exactly the rncp.severity.* settings of the table, with the rules’ defaults', () => {
    const props = read('package.json').contributes.configuration.properties as Record<string, { enum?: string[]; default?: string; markdownDescription?: string; type?: string }>;
    const declared = Object.keys(props).filter((k) => k.startsWith('rncp.severity.')).sort();
    const expected = Object.values(SEVERITY_SETTING_KEYS).map((k) => `rncp.severity.${k}`).sort();
    assert.deepEqual(declared, expected);
    const nls = [read('package.nls.json'), read('package.nls.fr.json')] as Record<string, string>[];
    for (const [code, key] of Object.entries(SEVERITY_SETTING_KEYS) as [keyof typeof SEVERITY_SETTING_KEYS, string][]) {
      const p = props[`rncp.severity.${key}`];
      assert.equal(p.type, 'string', key);
      assert.deepEqual(p.enum, [...SEVERITY_SETTINGS], `${key}: enum`);
      assert.equal(p.default, RULES_BY_CODE[code].defaultSeverity, `${key}: default`);
      // The description names the code it sets, in both languages.
      const id = /^%(.+)%$/.exec(p.markdownDescription ?? '')?.[1];
      assert.ok(id, `${key}: markdownDescription is a %key%`);
      for (const texts of nls) assert.match(texts[id], new RegExp(`\`${code}\``), `${key}: ${id}`);
    }
  });

  it('applies an override only to a configurable code', () => {
    const text = '---\nmodalite: M1\n---\n# S {C1; C2} {C9}\n';
    const severities = { 'tag-malforme': 'off', 'hors-modalite': 'error' } as RncpSettings['severities'];
    const got = analyze(text, undefined, { settings: { severities } }).diagnostics.filter((d) => d.code === 'tag-malforme' || d.code === 'hors-modalite');
    assert.deepEqual(got.map((d) => `${d.code} ${d.severity}`), ['tag-malforme warning', 'hors-modalite error']);
  });

  it('maps every key of the table onto its code (and no other key)', () => {
    for (const [code, key] of Object.entries(SEVERITY_SETTING_KEYS)) {
      assert.deepEqual(toRncpSettings({ severity: { [key]: 'hint' } }, 'fr').severities, { [code]: 'hint' });
    }
    assert.deepEqual(toRncpSettings({ severity: { tagMalforme: 'off' } }, 'fr').severities, {});
  });
});
