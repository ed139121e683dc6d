/** The pure parts of the exam-document exports and of the candidate's preview (no VS Code). */
import * as assert from 'node:assert/strict';
import { toBase64 } from '../../server/src/core/base64';
import { contentBytes, formatsFor, opensExternally, proposedName } from '../../client/src/export/documentFormats';
import { csp, fallbackPage, messagePage, previewPage, scrollFraction } from '../../client/src/preview/previewPage';

const O = { nonce: 'abc123', cspSource: 'https://webview.test', fraction: 0.5 };

describe('client: exam documents', () => {
  it('offers Word, HTML and Markdown, and CSV for the grid only; never PDF', () => {
    assert.deepEqual(formatsFor('candidat'), ['docx', 'html', 'md']);
    assert.deepEqual(formatsFor('correcteur'), ['docx', 'html', 'md']);
    assert.deepEqual(formatsFor('grille'), ['docx', 'html', 'csv', 'md']);
    assert.equal(opensExternally('docx'), true);
    for (const f of ['md', 'html', 'csv'] as const) assert.equal(opensExternally(f), false);
  });

  it('writes the text in UTF-8 or the decoded docx bytes', () => {
    assert.deepEqual([...contentBytes({ title: '', fileName: '', text: 'é', warnings: [] })!], [0xc3, 0xa9]);
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 255, 0]);
    assert.deepEqual([...contentBytes({ title: '', fileName: '', base64: toBase64(zip), warnings: [] })!], [...zip]);
    assert.deepEqual([...contentBytes({ title: '', fileName: '', text: '', warnings: [] })!], []);
    assert.equal(contentBytes({ title: '', fileName: '', warnings: [] }), undefined);
  });

  it('proposes the server’s file name, else one built from the draft’s', () => {
    assert.equal(proposedName({ title: '', fileName: 'sujet.grille.csv', warnings: [] }, '/w/sujet.cas.md', 'grille', 'csv'), 'sujet.grille.csv');
    assert.equal(proposedName({ title: '', fileName: '', warnings: [] }, '/w/a/m1.cas.md', 'candidat', 'docx'), 'm1.candidat.docx');
    assert.equal(proposedName({ title: '', fileName: '', warnings: [] }, '/w/notes.md', 'correcteur', 'html'), 'notes.correcteur.html');
  });
});

describe('client: the candidate’s preview page', () => {
  const page = '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>Sujet</title>\n</head>\n<body>\n<h1>Sujet</h1>\n<script>alert(1)</script>\n</body>\n</html>\n';

  it('puts a strict policy first in the head: no script but the nonce’d one', () => {
    const html = previewPage(page, O);
    const head = html.slice(html.indexOf('<head>'), html.indexOf('<meta charset'));
    assert.match(head, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;nonce-abc123&#39;/);
    assert.doesNotMatch(csp(O), /unsafe-eval|script-src[^;]*unsafe-inline/);
    assert.match(csp(O), /base-uri 'none'/);
    // The only script with the nonce is the extension's, just before </body>.
    assert.equal(html.match(/nonce="abc123"/g)?.length, 1);
    assert.match(html, /<script nonce="abc123">[\s\S]*to\(0\.5\)[\s\S]*<\/script>\n<\/body>/);
  });

  it('wraps a fragment or a page without a head', () => {
    assert.match(previewPage('<p>x</p>', O), /^<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Security-Policy"/);
    assert.match(previewPage('<html><body>x</body></html>', O), /^<html>\n<head><meta http-equiv/);
  });

  it('shows the Markdown escaped in a <pre> when there is no HTML', () => {
    const html = fallbackPage('# T\n\n<img src=x onerror=alert(1)> & co', 'T <b>', 'fr', 'Affiché en texte', O);
    assert.match(html, /<pre># T\n\n&lt;img src=x onerror=alert\(1\)&gt; &amp; co<\/pre>/);
    assert.match(html, /<title>T &lt;b&gt;<\/title>/);
    assert.match(html, /<p class="note">Affiché en texte<\/p>/);
    assert.match(messagePage('pas un <sujet>', 'fr', O), /<p>pas un &lt;sujet&gt;<\/p>/);
  });

  it('scrolls by proportion of the editor’s top line', () => {
    assert.equal(scrollFraction(0, 100, 20), 0);
    assert.equal(scrollFraction(40, 100, 20), 0.5);
    assert.equal(scrollFraction(80, 100, 20), 1);
    assert.equal(scrollFraction(95, 100, 20), 1);
    assert.equal(scrollFraction(3, 10, 30), 0, 'the whole draft is visible');
  });
});
