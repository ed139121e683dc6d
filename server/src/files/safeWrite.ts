/**
 * The one way a command of ours may write a file (today none does; `rncp
 * export` will): never over a draft, never over an existing file unless asked
 * (`--force`), and never half-written — the content goes to a temporary file
 * next to the target, then replaces it in one rename.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../core/i18n';
import { isCaseStudyName, isDraft, isMarkdownName } from '../core/parse/detect';
import { readFileChecked } from './readFile';

/** Options of a write. */
export interface SafeWriteOptions {
  /** Replace an existing file that is not a draft. */
  force?: boolean;
}

/** What a write did. */
export type SafeWriteResult = { ok: true } | { ok: false; reason: Localized };

/** Bytes read of an existing Markdown file to tell whether it is a draft (its front matter comes first). */
const HEAD = 64 * 1024;

/** Whether an existing file is a draft: a `.cas.md` name, or Markdown whose front matter makes it one. */
function isDraftFile(file: string): boolean {
  if (isCaseStudyName(file)) return true;
  if (!isMarkdownName(file)) return false;
  const read = readFileChecked(file, 20_000_000);
  // Unreadable Markdown: assume the worst.
  if (!read.ok) return true;
  return isDraft(file, read.bytes.subarray(0, HEAD).toString('utf8'));
}

/** Writes `content` to `file` unless that would replace a draft or, without `force`, any existing file. */
export function safeWrite(file: string, content: string | Uint8Array, options: SafeWriteOptions = {}): SafeWriteResult {
  const target = path.resolve(file);
  const name = path.basename(target);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, reason: { fr: `${name}\u00a0: chemin inaccessible (${(e as NodeJS.ErrnoException).code})`, en: `${name}: path not accessible (${(e as NodeJS.ErrnoException).code})` } };
  }
  if (st) {
    if (!st.isFile()) return { ok: false, reason: { fr: `${name} existe et n’est pas un fichier ordinaire\u00a0: non remplacé`, en: `${name} exists and is not a regular file: not replaced` } };
    if (isDraftFile(target)) return { ok: false, reason: { fr: `${name} est un brouillon de sujet\u00a0: jamais remplacé, même avec --force`, en: `${name} is a subject draft: never replaced, even with --force` } };
    if (!options.force) return { ok: false, reason: { fr: `${name} existe déjà\u00a0: ajoutez --force pour le remplacer`, en: `${name} already exists: add --force to replace it` } };
  } else if (isCaseStudyName(target)) {
    return { ok: false, reason: { fr: `${name}\u00a0: un fichier .cas.md est un brouillon de sujet, choisissez un autre nom`, en: `${name}: a .cas.md file is a subject draft, choose another name` } };
  }
  const temp = path.join(path.dirname(target), `.${name}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    // `wx`: the temporary name is ours alone; a crash leaves it, never a truncated target.
    fs.writeFileSync(temp, content, { flag: 'wx' });
    fs.renameSync(temp, target);
    return { ok: true };
  } catch (e) {
    try { fs.rmSync(temp, { force: true }); } catch { /* nothing to clean */ }
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, reason: { fr: `${name}\u00a0: écriture impossible (${code})`, en: `${name}: could not write (${code})` } };
  }
}
