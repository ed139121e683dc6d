import * as assert from 'node:assert/strict';
import type { Rule } from '../../../server/src/core/rules/rule';
import { RULES } from '../../../server/src/core/rules/registry';
import { check } from '../../helpers/core';

const FAILING: Rule = { code: 'tag-malforme', defaultSeverity: 'warning', description: { fr: '', en: '' }, check: () => { throw new TypeError('boom'); } };

describe('rule erreur-interne', () => {
  it('turns an error escaping the reading of a draft into one diagnostic on line 1, without stack', () => {
    const a = check('⟦# Sujet {C1}⟧\n', ['erreur-interne'], { options: { parse: () => { throw new TypeError('boom'); } } });
    assert.equal(a.diagnostics[0].messages.fr, 'Erreur interne de rncp : le sujet n’est pas entièrement analysé (boom [TypeError]). Merci de la signaler.');
    assert.deepEqual(a.failures, ['analysis: boom [TypeError]']);
  });
  it('names a stack overflow without the engine\'s words', () => {
    const a = check('⟦x⟧\n', ['erreur-interne'], { options: { parse: () => { throw new RangeError('Maximum call stack size exceeded'); } } });
    assert.doesNotMatch(a.diagnostics[0].message, /Maximum call stack/);
  });
  it('reports a failing rule once, and the other rules still run', () => {
    const a = check('⟦---⟧\nmodalite: M1\n---\n# Sujet {⟦C21⟧}\n', ['erreur-interne', 'competence-inconnue'], { options: { rules: [FAILING, ...RULES] }, only: ['erreur-interne', 'competence-inconnue'] });
    assert.deepEqual(a.failures, ['tag-malforme: boom [TypeError]']);
  });
});
