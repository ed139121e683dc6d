/**
 * The candidate's preview page, without VS Code (unit-tested): the server's standalone HTML
 * page with a strict Content Security Policy put first in its head (no script runs but the
 * nonce'd scrolling one; a policy the page might carry can only narrow it), or the Markdown in a
 * `<pre>` when the HTML cannot be had. The scrolling follows the editor by proportion.
 */
import { esc } from '../coveragePanel/matrixHtml';

/** What a page needs from the webview. */
export interface PageOptions {
  nonce: string;
  /** `webview.cspSource`: the webview's own resources (images of the extension). */
  cspSource: string;
  /** Where to scroll once loaded, 0 (top) to 1 (bottom). */
  fraction: number;
}

/** The policy: nothing but styles, images and the one script. */
export function csp(o: Pick<PageOptions, 'nonce' | 'cspSource'>): string {
  return `default-src 'none'; img-src ${o.cspSource} https: data:; style-src ${o.cspSource} 'unsafe-inline'; font-src ${o.cspSource}; script-src 'nonce-${o.nonce}'; base-uri 'none'; form-action 'none'; frame-src 'none'`;
}

/** The scrolling script: scrolls to a fraction of the page on load and on each message. */
function script(o: PageOptions): string {
  const f = Number.isFinite(o.fraction) ? Math.min(1, Math.max(0, o.fraction)) : 0;
  return `<script nonce="${o.nonce}">
(function () {
  var to = function (f) { var h = document.documentElement.scrollHeight - window.innerHeight; window.scrollTo(0, Math.max(0, h) * f); };
  window.addEventListener('message', function (e) { if (e.data && e.data.type === 'scroll' && typeof e.data.fraction === 'number') to(e.data.fraction); });
  window.addEventListener('load', function () { to(${f}); });
})();
</script>`;
}

/** The server's HTML page, made safe for the webview. */
export function previewPage(html: string, o: PageOptions): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${esc(csp(o))}">`;
  // The policy comes before anything the page holds, so that it applies to all of it.
  let page = /<head\b[^>]*>/i.test(html)
    ? html.replace(/<head\b[^>]*>/i, (m) => `${m}\n${meta}`)
    : /<html\b[^>]*>/i.test(html)
      ? html.replace(/<html\b[^>]*>/i, (m) => `${m}\n<head>${meta}</head>`)
      : `<!DOCTYPE html>\n<html><head>${meta}</head><body>${html}</body></html>`;
  page = /<\/body>/i.test(page) ? page.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${script(o)}\n</body>`) : `${page}\n${script(o)}`;
  return page;
}

/** The Markdown of the document as preformatted text (the HTML renderer failed), with a note. */
export function fallbackPage(markdown: string, title: string, lang: string, note: string, o: PageOptions): string {
  return previewPage(`<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>body { font-family: var(--vscode-font-family, system-ui, sans-serif); padding: 0 1em; } pre { white-space: pre-wrap; font-family: var(--vscode-editor-font-family, monospace); } .note { opacity: .75; font-style: italic; }</style>
</head>
<body>
${note ? `<p class="note">${esc(note)}</p>\n` : ''}<pre>${esc(markdown)}</pre>
</body>
</html>
`, o);
}

/** A message page (not a draft, nothing to show, blocked). */
export function messagePage(message: string, lang: string, o: PageOptions): string {
  return previewPage(`<!DOCTYPE html>
<html lang="${esc(lang)}">
<head><meta charset="utf-8"><style>body { font-family: var(--vscode-font-family, system-ui, sans-serif); padding: 1em; }</style></head>
<body><p>${esc(message)}</p></body>
</html>
`, o);
}

/**
 * The editor's position as a fraction: its top visible line over the last line that can be at
 * the top. An approximation: the candidate's version drops the front matter, tags, answer keys
 * and notes to the jury, so its lines do not match the draft's one for one.
 */
export function scrollFraction(topLine: number, lineCount: number, visibleLines: number): number {
  const last = lineCount - Math.max(1, visibleLines);
  if (last <= 0) return 0;
  return Math.min(1, Math.max(0, topLine / last));
}
