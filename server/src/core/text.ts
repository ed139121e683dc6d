/**
 * Positions and ranges shaped like LSP's (0-based lines, UTF-16 columns),
 * and the line index that converts string offsets into them.
 */

/** A position: 0-based line and UTF-16 column, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** A range, end exclusive, as in LSP. */
export interface Range {
  start: Position;
  end: Position;
}

/** A span of a text as string offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Maps offsets of one text to positions; built once per text. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // \r\n counts once; a lone \r is a line break too (as in LSP).
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.starts = starts;
  }

  /** Number of lines (a text always has at least one). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just after the last character of a line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1] - 1;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13 && this.text.charCodeAt(end) === 10) end--;
    return end;
  }

  /** The position of an offset (clamped to the text; an offset inside a CRLF is the line's end). */
  positionAt(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Between \r and \n is no position of LSP's: the character after the \r would lie past the line's end.
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** The offset of a position (clamped to its line). */
  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** The range of a span. */
  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** The range of a whole line, without its line break. */
  lineRange(line: number): Range {
    return this.rangeOf({ start: this.lineStart(line), end: this.lineEnd(line) });
  }
}

/** Whether `inner` lies within `outer` (inclusive bounds). */
export function rangeContains(outer: Range, p: Position): boolean {
  const afterStart = p.line > outer.start.line || (p.line === outer.start.line && p.character >= outer.start.character);
  const beforeEnd = p.line < outer.end.line || (p.line === outer.end.line && p.character <= outer.end.character);
  return afterStart && beforeEnd;
}
