/**
 * Each cut and no-cut rule of the block splitter, pinned by a small input
 * whose chunks are written out (`¦` marks where a chunk starts): a rule changed
 * either way (a cut lost, or a cut where there must be none) fails here, and
 * every input is also checked against the whole-document parse. Read with
 * server/src/core/parse/blockSplit.ts: the names say which condition decides.
 */
import * as assert from 'node:assert/strict';
import { splitBlocks } from '../../server/src/core/parse/blockSplit';
import { asDraft, same } from './equivalence';

const RULES: [string, string][] = [
  ["blank after prose, then prose: cut", "a\nb\n\n¦c\n"],
  ["indented line after a blank: no cut", "a\n\n  b\n\n¦c\n"],
  ["BOM line: no cut", "a\n\n﻿b {C1}\n\n¦c\n"],
  ["fence open: no cut until closed", "```\na\n\nb\n```\n\n¦c\n"],
  ["fence not closed by 4-space indent", "```\n    ```\n\nb\n```\n\n¦c\n"],
  ["fence not closed by shorter fence", "````\n```\n\nb\n````\n\n¦c\n"],
  ["fence not closed by info string", "```\n``` x\n\nb\n```\n\n¦c\n"],
  ["fence not closed by the other char", "~~~\n```\n\nb\n~~~\n\n¦c\n"],
  ["backtick info with backtick: not a fence", "``` `x`\n\n¦b\n\n¦c\n"],
  ["tilde fence with backtick info", "~~~ `x`\n\nb\n~~~\n\n¦c\n"],
  ["closing fence indented 3", "```\na\n   ```\n\n¦b\n"],
  ["html type 1", "<script>\n\nb\n</script>\n\n¦c\n"],
  ["html type 1 closed on its line", "<pre>x</pre>\n\n¦b\n"],
  ["html type 2", "<!--\n\nb\n-->\n\n¦c\n"],
  ["html type 2 closed on its line", "<!-- x -->\n\n¦b\n"],
  ["html type 3", "<?php\n\nb\n?>\n\n¦c\n"],
  ["html type 4", "<!DOCTYPE\n\nb >\n\n¦c\n"],
  ["html type 5", "<![CDATA[\n\nb\n]]>\n\n¦c\n"],
  ["html type 6 ends at blank", "<div>\n```\n\n¦b {C1}\n\n¦```\nc\n```\n"],
  ["html type 7 ends at blank", "<span class=\"a\">\n```\n\n¦b {C1}\n\n¦```\nc\n```\n"],
  ["html type 7 cannot interrupt a paragraph", "a\n<span>\n```\n\nb {C1}\n\n```\n"],
  ["list kept whole", "- a\n\n- b\n\n¦c\n"],
  ["ordered list kept whole", "1. a\n\n2. b\n\n¦c\n"],
  ["list, paragraph, list", "- a\n\n¦b\n\n¦- c\n"],
  ["empty item then marker", "-\n\n- b\n\n¦c\n"],
  ["empty item: a blank line ends it", "-\n\n  ```\n\nb {C1}\n\n  ```\n\n¦c\n"],
  ["empty item: content column is the marker's width + 1", "-\n ```\n\nb {C1}\n\n```\n"],
  ["empty ordered item: content column is the marker's width + 1", "1.\n  ```\n\nb {C1}\n\n```\n"],
  ["empty item takes an indented line", "-\n  ```\n\n¦b {C1}\n\n¦```\n"],
  ["indented code then a marker: no cut", "    code\n\n- a\n\n¦b\n"],
  ["indented code then an empty item: text, and the fence after it is top-level", " \tcode\n-\n   ```\n\n```\n"],
  ["indented code then an ordered 2: text", "    code\n2. a\n   ```\n\nb {C1}\n\n```\n"],
  ["indented code then an ordered 1: a list", "    code\n1. a\n   ```\n\n¦b {C1}\n\n¦```\n"],
  ["indented code then prose: cut", "    code\n\n¦b\n"],
  ["indented code then heading: no cut", "    code\n\n# T {C1}\n\n¦b\n"],
  ["paragraph then indented line then heading", "a\n    b\n\n# T\n"],
  ["quote closed by blank", "> a\nb\n\n¦c\n"],
  ["quote with a fence then a blank", "> ```\n\n¦b\n\n¦```\n\nc\n"],
  ["lazy quote line then fence", "> a\nb\n  ```\n\nc {C2}\n\n```\n"],
  ["item indent: fence at item column", "1. a\n   ```\n\n¦b {C1}\n\n¦```\n"],
  ["item indent: fence one column short", "1. {C1}\n  ```\n\n```\n"],
  ["item indent: fence short, text after", "1. a\n  ```\n\nb {C1}\n\n```\n\n¦c\n"],
  ["bullet item indent", "- a\n ```\n\nb {C1}\n\n```\n"],
  ["wide ordered marker", "10. a\n   ```\n\nb {C1}\n\n```\n"],
  ["wide ordered marker, at column", "10. a\n    ```\n\n¦b {C1}\n\n¦```\n"],
  ["marker with 2 spaces", "-  a\n  ```\n\nb {C1}\n\n```\n"],
  ["marker with 5 spaces: code, content at marker+1", "-     code\n  ```\n\n¦b {C1}\n\n¦```\n"],
  ["marker with 4 spaces", "-    a\n    ```\n\n¦b {C1}\n\n¦```\n"],
  ["marker then tab", "-\ta\n  ```\n\nb {C1}\n\n```\n"],
  ["marker then tab, fence at 4", "-\ta\n    ```\n\n¦b {C1}\n\n¦```\n"],
  ["indented marker then tab: the tab stop counts from the line start", "  -\ta\n    b\n\n¦# h {C1}\n"],
  ["indented marker", "  - a\n   ```\n\nb {C1}\n\n```\n"],
  ["item closed by fence at column 0", "- a\n```\n\nb {C1}\n```\n\n¦c\n"],
  ["item lazy line", "- a\nb\n  ```\n\nc {C2}\n\n  ```\n\nd\n"],
  ["item not lazy: heading", "- a\n# h\n  ```\n\nc {C2}\n\n  ```\n\n¦d\n"],
  ["item not lazy: quote", "- a\n> q\n  ```\n\nc {C2}\n\n  ```\n\n¦d\n"],
  ["item not lazy: thematic", "- a\n***\n  ```\n\nc {C2}\n\n  ```\n\n¦d\n"],
  ["item not lazy: html", "- a\n<div>\n  ```\n\n¦c {C2}\n\n  ```\n\nd\n"],
  ["item not lazy: bullet", "- a\n+ b\n  ```\n\n¦c {C2}\n\n  ```\n\nd\n"],
  ["item lazy: ordered 2", "- a\n2. b\n  ```\n\nc {C2}\n\n  ```\n\nd\n"],
  ["paragraph: ordered 2 does not interrupt", "a\n2. b\n   ```\n\nc {C1}\n\n```\n"],
  ["paragraph: ordered 1 interrupts", "a\n1. b\n   ```\n\n¦c {C1}\n\n¦```\n"],
  ["paragraph: empty item does not interrupt", "a\n-\n  ```\n\nc {C1}\n\n```\n"],
  ["setext underline", "a\n---\n\n¦b\n"],
  ["setext after definition", "[x]: /u\n===\n\n¦b\n"],
  ["=== after definitions only is text: a tag line does not start HTML", "[x]: /u\n===\n <span>\n```\n\nc {C1}\n\n```\n"],
  ["thematic break not a list", "- - -\n\n¦- a\n\n¦b\n"],
  ["footnote definition", "[^n]: a\n    ```\n\n¦c\n\n    ```\n\n¦d\n"],
  ["footnote after paragraph", "a\n[^n]: b\n    ```\n\n¦c\n\n    ```\n\n¦d\n"],
  ["table then indented line", "| a |\n| - |\n    ```\n\n¦b\n\n¦```\n"],
  ["CRLF", "a\r\n\r\n¦b\r\n\r\n¦```\r\n\r\nc\r\n```\r\n\r\n¦d\r\n"],
  ["lone CR", "a\r\r¦b\r\r¦```\r\rc\r```\r\r¦d\r"],
  ["two readings, one a fence: a line indented 4 does not close it", "- a\nb\n  ```\n    ```\n\nc\n\n```\n"],
  ["a blank line ends a paragraph: an indented tag line starts an HTML block", "a\n\n <span>\n```\n\n¦c {C1}\n\n¦```\n"],
  ["footnote: a line indented 2 is not in it", "[^n]: a\n  ```\n\nc {C1}\n\n```\n"],
  ["html comment ends at -->, not ->", "<!--\n\nb ->\n\nc {C1}\n-->\n\n¦d\n"],
  ["an empty item has no lazy line: the list is closed", "-\nb\n\n¦- c\n"],
  ["atx heading", "# a\n\n¦## b\n\n¦c\n"],
  ["container directive: no cut until its closing line", ":::corrige\na {C1}\n\n# b {C2}\n:::\n\n¦c\n"],
  ["container directive closed inside a fence it holds", ":::jury\n```\n:::\n\n¦b {C1}\n\n¦```\n"],
  ["container directive: fewer colons do not close it", "::::corrige\n:::\n\nb {C1}\n::::\n\n¦c\n"],
  ["container directive: closing indented 3, not 4", ":::corrige\n    :::\n\nb\n   :::\n\n¦c\n"],
  ["container directive interrupts a paragraph", "a\n:::jury\n\nb {C1}\n:::\n\n¦c\n"],
  ["container directive never closed: no cut after it", "a\n\n¦:::corrige\nb\n\n# c {C1}\n\nd\n"],
  ["three colons, a name and text: a paragraph", ":::corrige texte\n\n¦b {C1}\n"],
  ["three colons, a name and a label: maybe a container, no cut", ":::corrige[Éléments]\n\nb {C1}\n"],
  ["three colons, a name and attributes that fail: both readings, no cut", ":::corrige{x=\"\n\nb {C1}\n"],
  ["a name ending with a dash or an underscore: both readings, no cut", ":::corrige-\n\nb {C1}\n\n:::corrigé___\t\n\n{C1}\n"],
  ["three colons and a space: a paragraph", "::: corrige\n\n¦b {C1}\n"],
  ["container directive in a list item closes with it", "- a\n\n  :::corrige\n  x\n\n¦b {C1}\n"],
];

/** The chunk starts marked in a case, and the text without the marks. */
function marked(s: string): { text: string; starts: number[] } {
  const starts = [0];
  let text = '';
  for (const ch of s) {
    if (ch === '¦') starts.push(text.length);
    else text += ch;
  }
  return { text, starts };
}

describe('block splitter rules', () => {
  for (const [name, chunks] of RULES) {
    it(`${name}`, () => {
      const { text, starts } = marked(chunks);
      assert.deepEqual(splitBlocks(text), starts, JSON.stringify(text));
      // Inside a draft (after a front matter), the same cuts and the same analysis as remark's.
      const doc = asDraft(text);
      const offset = doc.length - text.length;
      assert.deepEqual(splitBlocks(doc, offset), starts.map((s) => s + offset));
      same(doc);
    });
  }
});
