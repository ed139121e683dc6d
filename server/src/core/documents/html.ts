/**
 * An exam document as one standalone printable HTML page (FORMAT.md §10):
 * its Markdown through remark (GFM) → rehype → HTML, in a page of its own with
 * embedded print CSS (A4, 2 cm margins; landscape for the grid; a page break
 * before each annex and before the grid). Nothing of the draft's own HTML is
 * rendered: raw HTML is shown as text (HTML comments dropped, `<br>` a line
 * break, as in a table's cell), images as their
 * alternative text (the page loads nothing), and there is no script.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Html, Image, Root as MdastRoot, Text } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Lang } from '../i18n';
import type { DocumentKind, ExamDocument } from './types';

/** A heading that starts a new page: an annex (`Annexe 2`, `Annexes`), the grid. */
export function startsPage(headingText: string): boolean {
  return /^\s*(annexes?|annex|grille)\b/i.test(headingText);
}

/** The text standing for an image (the page and the Word file embed none). */
export function imageText(alt: string, lang: Lang): string {
  const label = lang === 'en' ? 'Image' : 'Image';
  const sep = lang === 'en' ? ': ' : '\u00a0: ';
  return alt.trim() ? `[${label}${sep}${alt.trim()}]` : `[${label}]`;
}

/** Whether a raw HTML node is only comments (dropped, never shown). */
export function isHtmlComment(value: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)+$/.test(value);
}

/** Whether a raw HTML node is a line break (`<br>`, `<br/>`): the one tag rendered, as a Markdown hard break. */
export function isHtmlBreak(value: string): boolean {
  return /^<br\s*\/?>$/i.test(value.trim());
}

/** The page's CSS: screen and print, A4 portrait (landscape for the grid). */
function css(kind: DocumentKind): string {
  const page = kind === 'grille' ? '@page { size: A4 landscape; margin: 1.5cm; }' : '@page { size: A4; margin: 2cm; }';
  return [
    page,
    'html { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; }',
    'body { margin: 0 auto; max-width: 48rem; padding: 1rem; }',
    // The grid takes the page's width; its jury's empty cells leave room to write in.
    kind === 'grille' ? 'body { max-width: none; }\ntd:empty { width: 8%; height: 2.4em; }\ntd:empty:last-child { width: 16%; }' : '',
    'h1, h2, h3, h4, h5, h6 { font-family: "Liberation Sans", Arial, sans-serif; line-height: 1.2; break-after: avoid; page-break-after: avoid; }',
    'h1 { font-size: 1.6em; } h2 { font-size: 1.3em; } h3 { font-size: 1.15em; }',
    '.page-break { break-before: page; page-break-before: always; }',
    'body > .page-break:first-child { break-before: auto; page-break-before: auto; }',
    'table { border-collapse: collapse; width: 100%; margin: 0.8em 0; }',
    'th, td { border: 1px solid #555; padding: 0.25em 0.45em; vertical-align: top; text-align: left; }',
    'thead { display: table-header-group; }',
    'th { background: #eee; }',
    'tr { break-inside: avoid; page-break-inside: avoid; }',
    'blockquote { margin: 0.8em 0 0.8em 1.5em; padding-left: 0.8em; border-left: 3px solid #999; }',
    'pre, code { font-family: "Liberation Mono", "Courier New", monospace; font-size: 0.92em; }',
    'pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.5em; border: 1px solid #ddd; }',
    '.image { display: inline-block; border: 1px dashed #777; padding: 0.1em 0.4em; font-style: italic; }',
    'a { color: inherit; }',
    '@media print { body { max-width: none; padding: 0; } a { text-decoration: underline; } pre, blockquote, table { break-inside: auto; } }',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Raw HTML shown as text (comments dropped), images as their alternative text. */
function remarkNeutralize(lang: Lang) {
  return (tree: MdastRoot) => {
    const walk = (node: { type?: string; children?: unknown[] }): void => {
      if (!node.children) return;
      const block = node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition';
      const out: unknown[] = [];
      for (const child of node.children as Array<{ type: string; children?: unknown[] }>) {
        if (child.type === 'html') {
          const value = (child as unknown as Html).value;
          if (isHtmlComment(value)) continue;
          if (isHtmlBreak(value) && !block) {
            out.push({ type: 'break' });
            continue;
          }
          const text: Text = { type: 'text', value };
          out.push(block ? { type: 'paragraph', children: [text] } : text);
        } else if (child.type === 'image' || child.type === 'imageReference') {
          const alt = (child as unknown as Image).alt ?? '';
          out.push({ type: 'emphasis', data: { hProperties: { className: ['image'] } }, children: [{ type: 'text', value: imageText(alt, lang) }] });
        } else {
          walk(child);
          out.push(child);
        }
      }
      node.children = out;
    };
    walk(tree);
  };
}

/** The text of a hast node. */
function hastText(node: ElementContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(hastText).join('');
  return '';
}

/** Table headers get `scope="col"`; annex and grid headings a page break before them. */
function rehypeAccessible() {
  return (tree: HastRoot) => {
    const walk = (node: HastRoot | Element, inHead: boolean): void => {
      // `## Annexes` then `### Annexe 1`: one page break, before the first.
      let previousBreaks = false;
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'th') child.properties = { ...child.properties, scope: inHead ? 'col' : 'row' };
        const breaks = /^h[1-6]$/.test(child.tagName) && startsPage(hastText(child));
        if (breaks && !previousBreaks) {
          const cls = child.properties.className;
          child.properties.className = [...(Array.isArray(cls) ? cls : []), 'page-break'];
        }
        previousBreaks = breaks;
        walk(child, inHead || child.tagName === 'thead');
      }
    };
    walk(tree, false);
  };
}

/** Wraps the body in a standalone page: doctype, lang, charset, title, embedded CSS. */
function rehypePage(title: string, kind: DocumentKind) {
  return (tree: HastRoot): HastRoot => {
    const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
      type: 'element',
      tagName,
      properties,
      children,
    });
    const body = tree.children.filter((c): c is ElementContent => c.type !== 'doctype');
    return {
      type: 'root',
      children: [
        { type: 'doctype' },
        el('html', { lang: 'fr' }, [
          el('head', {}, [
            el('meta', { charSet: 'utf-8' }),
            el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
            el('title', {}, [{ type: 'text', value: title }]),
            el('style', {}, [{ type: 'text', value: css(kind) }]),
          ]),
          el('body', { className: [`rncp-${kind}`] }, body),
        ]),
      ],
    };
  };
}

/** The document as one standalone HTML page. */
export function documentHtml(doc: ExamDocument, lang: Lang): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkNeutralize, lang)
    .use(remarkRehype, {
      allowDangerousHtml: false,
      footnoteLabel: 'Notes',
      footnoteBackLabel: lang === 'en' ? 'Back to the text' : 'Retour au texte',
    })
    .use(rehypeAccessible)
    .use(rehypePage, doc.title, doc.kind)
    .use(rehypeStringify, { allowDangerousHtml: false });
  return String(processor.processSync(doc.markdown)) + '\n';
}
