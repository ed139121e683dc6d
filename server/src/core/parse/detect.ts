/**
 * Which files are drafts (FORMAT.md §1), decided from the name and the front
 * matter only, so a workspace can be sorted without parsing any Markdown.
 */
import { splitFrontMatter, type FrontMatterSplit } from './frontMatter';

/** Whether a file name is a case-study draft by its name alone (`*.cas.md`). */
export function isCaseStudyName(fileName: string): boolean {
  return /\.cas\.md$/i.test(fileName);
}

/** Whether a file name is Markdown at all. */
export function isMarkdownName(fileName: string): boolean {
  return /\.(md|markdown)$/i.test(fileName);
}

/** Whether a text with this name is a draft; `split` may be passed when already computed. */
export function isDraft(fileName: string, text: string, split: FrontMatterSplit = splitFrontMatter(text)): boolean {
  if (isCaseStudyName(fileName)) return true;
  if (!isMarkdownName(fileName)) return false;
  const fm = split.frontMatter;
  if (!fm) return false;
  return fm.modalite !== undefined || fm.referentiel !== undefined;
}
