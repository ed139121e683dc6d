/**
 * Which files are drafts (FORMAT.md §1), decided from the name and the front
 * matter only, so a workspace can be sorted without parsing any Markdown.
 */
import { isCaseStudyName, isMarkdownName } from '../maybeDraft';
import { splitFrontMatter, type FrontMatterSplit } from './frontMatter';

export { isCaseStudyName, isMarkdownName };

/** Whether a text with this name is a draft; `split` may be passed when already computed. */
export function isDraft(fileName: string, text: string, split: FrontMatterSplit = splitFrontMatter(text)): boolean {
  if (isCaseStudyName(fileName)) return true;
  if (!isMarkdownName(fileName)) return false;
  const fm = split.frontMatter;
  if (!fm) return false;
  return fm.modalite !== undefined || fm.referentiel !== undefined;
}
