/**
 * The container directives of remark-directive (`:::corrige` … `:::`), and only
 * them: FORMAT.md §9's answer keys and notes to the jury. remark-directive is
 * these two packages put together (micromark-extension-directive for the syntax,
 * mdast-util-directive for the tree); it also turns on text directives, which
 * would read `10:30`, `Voir:C3` or `note:abc{C3}` as directives and eat the
 * text and the tags in them, and leaf directives (`::x{C3}`), so this plugin
 * keeps the container construct alone.
 */
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Extension } from 'micromark-util-types';
import type { Processor } from 'unified';

/** The micromark extension with the container construct only. */
export function containerDirectiveSyntax(): Extension {
  const flow = directive().flow as Record<number, unknown[]>;
  // `directive()` lists the container first, then the leaf (micromark-extension-directive 4.0.0, pinned).
  return { flow: { 58: [flow[58][0]] } } as Extension;
}

/** A unified plugin like remark-directive, for container directives only. */
export function remarkContainerDirectives(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(containerDirectiveSyntax());
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}
