/** The name of an exported document beside its draft (FORMAT.md §10): `NAME.candidat.docx`, `NAME.grille.html`. */
import type { DocumentFormat, DocumentKind } from './types';

/** `sujet.cas.md` → `sujet.candidat.docx`; `notes.md` → `notes.grille.csv` (the base name only, no folder). */
export function documentFileName(draftName: string, kind: DocumentKind, format: DocumentFormat): string {
  const base = draftName.replace(/^.*[\\/]/, '').replace(/\.cas\.md$/i, '').replace(/\.(md|markdown)$/i, '');
  return `${base}.${kind}.${format}`;
}
