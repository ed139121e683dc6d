/**
 * The candidate's subject (FORMAT.md §10), data-driven: a draft and the exact
 * Markdown expected, cut from its text at the model's offsets.
 */
import * as assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/core/documents/build';
import { analyze } from '../../helpers/core';
import { checkNoLeak } from '../../documents/noLeak';

function check(input: string, expected: string): void {
  const doc = buildDocument(analyze(input), 'candidat', 'fr');
  assert.equal(doc.markdown, expected);
  checkNoLeak(input, doc.markdown);
}

const FM = '---\nreferentiel: mdc-2023\nmodalite: M1\n---\n\n';

describe('documents: the candidate’s subject', () => {
  it('drops the front matter; titre becomes the title when the body has no level-1 heading', () => {
    check('---\nmodalite: M1\ntitre: "Le sujet"\n---\n\n## Dossier 1\n\nTexte.\n', '# Le sujet\n\n## Dossier 1\n\nTexte.\n');
    check('---\nmodalite: M1\ntitre: "Autre"\n---\n\n# Mon titre\n\nTexte.\n', '# Mon titre\n\nTexte.\n');
    check(`${FM}Texte seul.\n`, 'Texte seul.\n');
  });

  it('drops each tag with the spaces before it; a heading or line left empty goes', () => {
    check(`${FM}## Dossier 1 {C1} (3 points)\n\nAnalysez {C1.1}, puis {C1.2} proposez.\n`, '## Dossier 1 (3 points)\n\nAnalysez, puis proposez.\n');
    check(`${FM}## {C2}\n\nTexte\n{C2.1}\nsuite {C2.2} {C2.3}\n`, 'Texte\nsuite\n');
    check(`${FM}{C3} Au début de la ligne, mot{C2}collé, **gras {C1}** et [lien {C4}](https://x.fr/{C3}).\n`, 'Au début de la ligne, mot collé, **gras** et [lien](https://x.fr/{C3}).\n');
    check(`${FM}| Question | Points |\n| --- | --- |\n| Une {C3.2} | (2 points) |\n| {C3} | (1 point) |\n`, '| Question | Points |\n| --- | --- |\n| Une | (2 points) |\n| | (1 point) |\n');
    check(`${FM}> Citation {C1} (1 point)\n> {C2}\n`, '> Citation (1 point)\n');
  });

  it('keeps code as written, tags and directives in it included', () => {
    check(`${FM}Le code \`{C3}\` reste.\n\n\`\`\`md\n{C3}\n:::corrige\n<!-- ceci est du code -->\n:::\n\`\`\`\n\n    {C4} indenté\n`, 'Le code `{C3}` reste.\n\n```md\n{C3}\n:::corrige\n<!-- ceci est du code -->\n:::\n```\n\n    {C4} indenté\n');
    check(`${FM}Pas un tag : \\{C3}, {foo}.\n`, 'Pas un tag : \\{C3}, {foo}.\n');
  });

  it('drops containers with their fences and the blank line they leave, keeping the list around them', () => {
    check(
      `${FM}1. Question un {C1.1} (1 point)\n\n   :::corrige\n   - Réponse {C1.1}\n   :::\n\n2. Question deux {C1.2} (2 points)\n\n   :::corrigé\n   Autre\n   :::\n   Suite de la question deux.\n\n:::jury\nNote au jury.\n:::\n\n:::corrige\nEncore\n:::\n\nFin.\n`,
      '1. Question un (1 point)\n\n2. Question deux (2 points)\n\n   Suite de la question deux.\n\nFin.\n',
    );
    check(`${FM}- Item {C1}\n  :::jury\n  caché\n  :::\n- Suite\n`, '- Item\n- Suite\n');
  });

  it('drops HTML comments, inline and block, on one line or many', () => {
    check(`${FM}Texte <!-- caché --> suite<!-- aussi -->.\n\n<!--\nbloc caché {C3}\n-->\n\n<!-- une ligne --> et ce qui la suit\n\nFin.\n`, 'Texte suite.\n\nFin.\n');
    check(`${FM}<div>\n<!-- caché -->\nvisible\n</div>\n`, '<div>\nvisible\n</div>\n');
  });

  it('keeps points and duration marks, placeholders, links, images and annexes', () => {
    check(`${FM}### Annexe 1 (45 min)\n\n1. [à rédiger] {C5} (2 points)\n\n![Graphique](img.png) et [source](https://x.fr).\n`, '### Annexe 1 (45 min)\n\n1. [à rédiger] (2 points)\n\n![Graphique](img.png) et [source](https://x.fr).\n');
  });

  it('is blocked by a container never closed, and warns of placeholders', () => {
    const blocked = buildDocument(analyze(`${FM}1. Question {C1.1}\n\n:::corrige\njamais fermé\n`), 'candidat', 'fr');
    assert.match(blocked.blocked?.fr ?? '', /^ligne 8\u00a0: Bloc corrigé \(:::corrige\) jamais fermé/);
    assert.match(blocked.blocked?.en ?? '', /^line 8: Answer key block/);
    const open = buildDocument(analyze(`${FM}1. [à rédiger] {C1.1}\n2. [à rédiger] {C1.2}\n`), 'grille', 'fr');
    assert.equal(open.blocked, undefined);
    assert.deepEqual(open.warnings, [{ fr: 'le sujet contient encore 2 [à rédiger] (lignes 6, 7)', en: 'the subject still holds 2 [à rédiger] (lines 6, 7)' }]);
  });
});
