/**
 * An exam document as a Word file (FORMAT.md §10), with the `docx` package:
 * its Markdown parsed (remark, GFM) and its tree mapped onto Word's own
 * structures — headings on the Heading1…6 styles, real numbered and bulleted
 * lists (nested levels), tables whose first row is a header row repeated on
 * each page, indented quotes, monospaced code — in French, landscape for the
 * grid. Pure: the bytes are returned, never written (the core has no disk).
 * As in the HTML, raw HTML is shown as text (comments dropped, `<br>` a line
 * break) and images as
 * their alternative text.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ITableOptions,
  type NumberingDefinition,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { AlignType, BlockContent, DefinitionContent, List, ListItem, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Lang } from '../i18n';
import { imageText, isHtmlBreak, isHtmlComment, startsPage } from './html';
import type { ExamDocument } from './types';

const MONO = 'Courier New';
const ORDERED = 'rncp-ordered';
const BULLET = 'rncp-bullet';
/** A4 in twips. */
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
/** Twips of indentation per list level or quote depth. */
const INDENT = 720;

/** The run options that phrasing content inherits (bold, italic…). */
interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
}

/** Where a block is: its list level, quote depth, and whether it opens a list item. */
interface Place {
  quote: number;
  list?: { reference: string | NumberingDefinition; level: number; instance: number; first: boolean };
  /** Inside a table cell: no numbering there, Word's cells hold plain paragraphs. */
  cell?: boolean;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Nine levels of a numbered list (1. a. i. …; `start` at `startLevel`) or of a bulleted one. */
function levels(ordered: boolean, startLevel = -1, start = 1): ILevelsOptions[] {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  const bullets = ['•', '◦', '▪'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? formats[level % 3] : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : bullets[level % 3],
    alignment: AlignmentType.START,
    ...(level === startLevel ? { start } : {}),
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 360 } } },
  }));
}

/** The mdast → docx mapping of one document. */
class Mapper {
  private instance = 0;

  /**
   * @param textWidth the page's width between its margins, in twips: the grid's tables take it all
   */
  constructor(
    private readonly lang: Lang,
    private readonly textWidth: number,
  ) {}

  /** The runs of phrasing content. */
  runs(nodes: PhrasingContent[], marks: Marks = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push(this.text(node.value, marks));
          break;
        case 'strong':
          out.push(...this.runs(node.children, { ...marks, bold: true }));
          break;
        case 'emphasis':
          out.push(...this.runs(node.children, { ...marks, italics: true }));
          break;
        case 'delete':
          out.push(...this.runs(node.children, { ...marks, strike: true }));
          break;
        case 'inlineCode':
          out.push(this.text(node.value, { ...marks, code: true }));
          break;
        case 'break':
          out.push(new TextRun({ break: 1 }));
          break;
        case 'link':
          // A web or mail address is a hyperlink; a relative one (another file of the draft's) only its text.
          if (/^(https?|mailto):/i.test(node.url)) out.push(new ExternalHyperlink({ link: node.url, children: this.runs(node.children, { ...marks, link: true }) }));
          else out.push(...this.runs(node.children, marks));
          break;
        case 'linkReference':
          out.push(...this.runs(node.children, marks));
          break;
        case 'image':
        case 'imageReference':
          out.push(this.text(imageText(node.alt ?? '', this.lang), { ...marks, italics: true }));
          break;
        case 'html':
          if (isHtmlBreak(node.value)) out.push(new TextRun({ break: 1 }));
          else if (!isHtmlComment(node.value)) out.push(this.text(node.value, marks));
          break;
        case 'footnoteReference':
          out.push(new TextRun({ text: `[${node.label ?? node.identifier}]`, superScript: true }));
          break;
        default:
          break;
      }
    }
    return out;
  }

  private text(value: string, marks: Marks): TextRun {
    const options: IRunOptions = {
      text: value.replace(/\n/g, ' '),
      bold: marks.bold,
      italics: marks.italics,
      strike: marks.strike,
      font: marks.code ? MONO : undefined,
      style: marks.link ? 'Hyperlink' : undefined,
    };
    return new TextRun(options);
  }

  /** A paragraph at a place: its list numbering or indentation. */
  private paragraph(children: ParagraphChild[], place: Place, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
    const list = place.cell ? undefined : place.list;
    const quoteIndent = place.quote * INDENT;
    if (list?.first) {
      list.first = false;
      return new Paragraph({
        ...extra,
        children,
        numbering: { reference: list.reference, level: Math.min(list.level, 8), instance: list.instance },
        ...(quoteIndent ? { indent: { left: INDENT * (list.level + 1) + quoteIndent, hanging: 360 } } : {}),
      });
    }
    const left = (list ? INDENT * (list.level + 1) : 0) + quoteIndent;
    return new Paragraph({
      ...extra,
      children,
      ...(left ? { indent: { left } } : {}),
      ...(place.quote && !list ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } } } : {}),
    });
  }

  /** The Word blocks of mdast block content. */
  blocks(nodes: Array<RootContent | BlockContent | DefinitionContent>, place: Place): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [];
    // `## Annexes` then `### Annexe 1`: one page break, before the first (none before the document's first block).
    let previousBreaks = false;
    for (const node of nodes) {
      const breaks = node.type === 'heading' && startsPage(plain(node.children));
      const pageBreakBefore = breaks && !previousBreaks && out.length + place.quote > 0 ? true : undefined;
      previousBreaks = breaks;
      switch (node.type) {
        case 'heading':
          out.push(this.paragraph(this.runs(node.children), place, { heading: HEADINGS[node.depth - 1], pageBreakBefore }));
          break;
        case 'paragraph':
          out.push(this.paragraph(this.runs(node.children), place));
          break;
        case 'list':
          out.push(...this.list(node, place));
          break;
        case 'blockquote':
          out.push(...this.blocks(node.children, { ...place, quote: place.quote + 1 }));
          break;
        case 'code': {
          // One paragraph per line, tightly spaced: every reader keeps the lines apart.
          const lines = node.value.split('\n');
          lines.forEach((line, i) => {
            const spacing = { before: i === 0 ? 120 : 0, after: i === lines.length - 1 ? 120 : 0 };
            out.push(this.paragraph([new TextRun({ text: line, font: MONO })], place, { spacing, shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } }));
          });
          break;
        }
        case 'table':
          out.push(this.table(node), new Paragraph({}));
          break;
        case 'thematicBreak':
          out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } }));
          break;
        case 'html':
          if (!isHtmlComment(node.value)) out.push(this.paragraph([this.text(node.value, {})], place));
          break;
        case 'footnoteDefinition': {
          // In place, its label first, as the reference shows it.
          const [first, ...rest] = node.children;
          const label: PhrasingContent = { type: 'text', value: `[${node.label ?? node.identifier}] ` };
          const children = first?.type === 'paragraph' ? [{ ...first, children: [label, ...first.children] }, ...rest] : [{ type: 'paragraph' as const, children: [label] }, ...node.children];
          out.push(...this.blocks(children, place));
          break;
        }
        default:
          // definition, yaml…: nothing to show.
          break;
      }
    }
    return out;
  }

  private list(list: List, place: Place): Array<Paragraph | Table> {
    const level = place.list ? place.list.level + 1 : 0;
    const instance = ++this.instance;
    // A numbered list that starts elsewhere than 1 (`4. Concluez`) has a definition of its own, starting there.
    const start = list.ordered && typeof list.start === 'number' && list.start !== 1 ? Math.max(0, list.start) : undefined;
    const reference: string | NumberingDefinition =
      start === undefined ? (list.ordered ? ORDERED : BULLET) : { reference: `${ORDERED}-${Math.min(level, 8)}-${start}`, levels: levels(true, Math.min(level, 8), start) };
    const out: Array<Paragraph | Table> = [];
    for (const item of list.children as ListItem[]) {
      const itemPlace: Place = { ...place, list: { reference, level, instance, first: true } };
      const children = item.children.length ? item.children : [{ type: 'paragraph' as const, children: [] }];
      if (typeof item.checked === 'boolean' && children[0].type === 'paragraph') {
        children[0] = { ...children[0], children: [{ type: 'text', value: item.checked ? '☒ ' : '☐ ' }, ...children[0].children] };
      }
      out.push(...this.blocks(children, itemPlace));
    }
    return out;
  }

  private table(table: MdTable): Table {
    const columns = Math.max(1, ...table.children.map((r) => r.children.length));
    const align = (a: AlignType | undefined) => (a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
    const rows = table.children.map((row, r) => {
      const cells = Array.from({ length: columns }, (_, c) => {
        const cell = row.children[c];
        const runs = cell ? this.runs(cell.children, r === 0 ? { bold: true } : {}) : [];
        return new TableCell({
          children: [new Paragraph({ children: runs, alignment: align(table.align?.[c] ?? undefined) })],
          shading: r === 0 ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
        });
      });
      return new TableRow({ children: cells, tableHeader: r === 0, cantSplit: true });
    });
    return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, ...this.widths(table, columns) });
  }

  /**
   * Column widths for a table with columns left empty to be written in (the grid's
   * Acquis…Observations): those get room for a hand's mark, the others share the rest by
   * their text's length. Other tables are laid out by Word from their content.
   */
  private widths(table: MdTable, columns: number): Pick<ITableOptions, 'columnWidths' | 'layout'> {
    const body = table.children.slice(1);
    const cellText = (r: number, c: number) => plain((table.children[r]?.children[c]?.children ?? []) as PhrasingContent[]).trim();
    const empty = Array.from({ length: columns }, (_, c) => body.length > 0 && body.every((_, i) => cellText(i + 1, c) === ''));
    if (!empty.some(Boolean)) return {};
    // A box to tick is 8.5 % of the page's width; one to write remarks in (`Observations`) twice that.
    const blank = (c: number) => Math.round(this.textWidth * (/^(observations?|remarques?|remarks?|comments?)$/i.test(cellText(0, c)) ? 0.17 : 0.085));
    const weights = Array.from({ length: columns }, (_, c) =>
      empty[c] ? 0 : Math.min(60, Math.max(6, ...table.children.map((_, r) => cellText(r, c).length))),
    );
    const blanks = empty.reduce((sum, e, c) => sum + (e ? blank(c) : 0), 0);
    const rest = Math.max(this.textWidth - blanks, columns * 400);
    const sum = weights.reduce((a, b) => a + b, 0) || 1;
    return { columnWidths: weights.map((w, c) => (empty[c] ? blank(c) : Math.round((rest * w) / sum))), layout: TableLayoutType.FIXED };
  }
}

/** The plain text of phrasing content. */
function plain(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('');
}

/** The document as a .docx file's bytes. */
export async function documentDocx(doc: ExamDocument, lang: Lang): Promise<Uint8Array> {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const tree = processor.runSync(processor.parse(doc.markdown)) as Root;
  const landscape = doc.kind === 'grille';
  const margin = landscape ? 850 : 1134;
  const children = new Mapper(lang, (landscape ? A4_HEIGHT : A4_WIDTH) - 2 * margin).blocks(tree.children, { quote: 0 });
  const file = new Document({
    title: doc.title,
    creator: 'rncp',
    styles: {
      default: {
        document: { run: { language: { value: 'fr-FR' }, font: 'Calibri', size: 22 } },
      },
      characterStyles: [{ id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: '0563C1', underline: {} } }],
    },
    numbering: {
      config: [
        { reference: ORDERED, levels: levels(true) },
        { reference: BULLET, levels: levels(false) },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            // A4; docx swaps width and height for a landscape page.
            size: { width: A4_WIDTH, height: A4_HEIGHT, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
            // 2 cm (1.5 cm for the grid), as the HTML's @page.
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        children: children.length ? children : [new Paragraph({})],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
