import * as assert from 'node:assert/strict';
import { loadReferentiel } from '../../server/src/core/referentiel/loader';

const BASE = `id: test
titre: Test
blocs:
  - {id: B1, titre: Bloc}
activites:
  - {id: A1, bloc: B1, titre: Act, taches: [t]}
competences:
  - {id: C1, activite: A1, enonce: "Faire ceci, en cela", criteres: [k1, k2]}
modalites:
  - {id: M1, titre: Mod, type: Étude de cas, livrable: {forme: oral, texte: x}, competences: [C1]}
`;

/** Loads a référentiel and returns its error messages (English) with 1-based lines. */
function check(text: string, expected: string[]) {
  const r = loadReferentiel(text);
  assert.deepEqual(r.diagnostics.map((d) => `${d.range ? d.range.start.line + 1 : '-'}: ${d.message.en}`), expected);
  return r;
}

describe('référentiel loader', () => {
  it('loads a valid référentiel, numbering criteria and deriving links', () => {
    const r = check(BASE, []);
    assert.equal(r.value?.competences[0].criteres[1].id, 'C1.2');
    assert.equal(r.value?.competences[0].titre, 'Faire ceci');
    assert.equal(r.value?.competences[0].modalite, 'M1');
    assert.deepEqual(r.value?.blocs[0].activites, ['A1']);
  });
  it('reports a duplicate id', () => {
    const r = check(BASE.replace('competences:\n', 'competences:\n  - {id: C1, activite: A1, enonce: x, criteres: [k]}\n'), ['9: Duplicate id: C1.']);
    assert.equal(r.value, undefined);
  });
  it('reports a modality naming an unknown competency', () => {
    check(BASE.replace('competences: [C1]', 'competences: [C1, C7]'), ['10: Modality M1 names an unknown competency: C7.']);
  });
  it('reports unknown links and bad forms', () => {
    check(BASE.replace('bloc: B1', 'bloc: B9').replace('forme: oral', 'forme: video'), [
      '6: Activity A1 names an unknown bloc: B9.',
      '10: Unknown deliverable form "video" (expected: dossier-ecrit, diaporama-oral, oral).',
    ]);
  });
  it('reports broken YAML and non-mappings without throwing', () => {
    check('id: [\n', ['2: Invalid YAML: wrong indentation, or an unclosed bracket or brace.']);
    check('- a\n', ['1: The référentiel must be a mapping (id, titre, blocs, activites, competences, modalites).']);
    const r = loadReferentiel('');
    assert.equal(r.value, undefined);
  });
});
