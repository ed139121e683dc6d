import * as assert from 'node:assert/strict';
import { check } from '../../helpers/core';

const FM = '---\nmodalite: M1\n---\n';

describe('rule competence-inconnue', () => {
  it('fires on C21 and C0, on the code only', () => {
    check(`${FM}# Q {⟦C21⟧}\n\n- question {C1, ⟦c0⟧}\n`, ['competence-inconnue', 'competence-inconnue']);
  });
  it('fires on a criterion of an unknown competency and on an unknown range bound', () => {
    check(`${FM}Texte {⟦C22.1⟧} et {C18-⟦C25⟧}\n`, ['competence-inconnue', 'competence-inconnue']);
  });
  it('keeps exact ranges after entities, escapes and inline markup', () => {
    check(`${FM}**Gras** &amp; \\* _it_ &eacute; [lien](http://x) {⟦C99⟧}\n`, ['competence-inconnue']);
  });
  it('suggests the nearest code when one is close', () => {
    const a = check(`${FM}Q {⟦C211⟧}\n`, ['competence-inconnue']);
    assert.equal(a.diagnostics.find((d) => d.code === 'competence-inconnue')?.data?.replacement, 'C11');
  });
  it('is silent on valid codes and on non-tags (code, comments, URLs, escapes)', () => {
    check(`${FM}\`{C21}\` \\{C21} <!-- {C21} --> https://x.fr/{C21} <https://y.fr/{C21}>\n\n    {C21}\n\n\`\`\`\n{C21}\n\`\`\`\n{C1} {C20}\n`, [], { only: ['competence-inconnue'] });
  });
});
