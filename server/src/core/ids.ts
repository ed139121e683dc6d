/**
 * The one spelling of an id (`C3.2`, `M1`, `B2`): upper-case, numbers without
 * leading zeros. Drafts and référentiels both go through it, so `{C03.2}` in a
 * draft and `C03` in a référentiel mean C3.2 and C3 everywhere.
 */

/** The canonical form of an id: `c03.02` → `C3.2`, `M01` → `M1`; other text only upper-cased. */
export function canonicalId(id: string): string {
  return id.toUpperCase().replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ''));
}
