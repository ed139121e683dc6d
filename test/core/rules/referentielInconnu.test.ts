import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check, ROOT } from '../../helpers/core';

describe('rule referentiel-inconnu', () => {
  it('fires on an unknown id', () => {
    const a = check('---\nreferentiel: ⟦mdc-2019⟧\nmodalite: M1\n---\n', ['referentiel-inconnu']);
    assert.match(a.diagnostics.find((d) => d.code === 'referentiel-inconnu')!.message, /mdc-2019.*mdc-2023/);
  });
  it('fires on a missing file', () => {
    check('---\nreferentiel: ⟦./absent.yaml⟧\n---\n', ['referentiel-inconnu'], { fileName: '/nowhere/x.cas.md' });
  });
  it('fires on a file that is not a valid référentiel, with the line but quoting nothing of it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-'));
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'id: x\ntitre: X\nblocs: []\nactivites: []\ncompetences: []\nmodalites:\n  - id: M1\n    titre: T\n    type: t\n    livrable: {forme: oral}\n    competences: [C1]\n');
    const a = check('---\nreferentiel: ⟦bad.yaml⟧\n---\n', ['referentiel-inconnu'], { fileName: path.join(dir, 'x.cas.md') });
    const message = a.diagnostics.find((d) => d.code === 'referentiel-inconnu')!.message;
    assert.match(message, /^Référentiel invalide : bad\.yaml \(ligne \d+\) n’est pas un référentiel utilisable ; « rncp referentiel bad\.yaml » en donne le détail\.$/);
    // The file may be anything on the disk: none of its ids or text in the message.
    assert.doesNotMatch(message, /C1|M1|titre/);
    fs.rmSync(dir, { recursive: true });
  });
  it('accepts a bundled id in any case, and a valid file next to the draft', () => {
    check('---\nreferentiel: MDC-2023\nmodalite: M1\n---\n', [], { only: ['referentiel-inconnu'] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rncp-'));
    fs.copyFileSync(path.join(ROOT, 'referentiels/mdc-2023.yaml'), path.join(dir, 'mon-ref.yml'));
    const a = check('---\nreferentiel: mon-ref.yml\nmodalite: M2\n---\n', [], { only: ['referentiel-inconnu'], fileName: path.join(dir, 'x.cas.md') });
    assert.equal(a.modalite?.id, 'M2');
    fs.rmSync(dir, { recursive: true });
  });
});
