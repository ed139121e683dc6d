/**
 * The HTML export, the report a jury prints: the Markdown report (the same text
 * as `rncp check --format markdown`) rendered to HTML, in a standalone page
 * opened in the browser, styled for paper (the jury's empty cells are room to write).
 */
import { esc } from '../coveragePanel/matrixHtml';

/** Wraps the rendered report in a page with print-friendly styles. */
export function reportPage(bodyHtml: string, title: string, lang: string): string {
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rncp">
<title>${esc(title)}</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #1f2328; line-height: 1.45; }
h1, h2, h3 { line-height: 1.2; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; margin-top: 1.8em; }
table { border-collapse: collapse; margin: .6em 0 1.2em; }
th, td { border: 1px solid #d0d7de; padding: .3em .6em; }
th { background: #f6f8fa; }
code { background: #f6f8fa; padding: 0 .25em; border-radius: 3px; }
/* The jury's table: its empty cells are where the jury writes. */
td:empty { height: 2.4em; min-width: 12em; }
@page { margin: 1.5cm; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; color: #000; } h2 { break-after: avoid; } h2:not(:first-of-type) { break-before: auto; } table, li { break-inside: avoid; } th { background: #eee; } }
</style>
</head>
<body>
${bodyHtml}
</body>
</html>
`;
}

/**
 * VS Code's Markdown engine renders for its preview: it adds source-line attributes and a
 * Mermaid configuration element that mean nothing in a standalone file. Removes them.
 */
export function cleanPreviewHtml(html: string): string {
  return html
    .replace(/<span id="markdown-mermaid"[^>]*><\/span>\s*/g, '')
    .replace(/ (?:data-line="\d+"|class="code-line"|dir="auto")/g, '')
    .replace(/^\t+/gm, '');
}

/** The report as preformatted text, when no Markdown renderer is available. */
export function preformatted(markdown: string): string {
  return `<pre>${esc(markdown)}</pre>`;
}
