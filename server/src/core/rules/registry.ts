/** The explicit list of rules, in the order of FORMAT.md §6. */
import { analyseIncomplete } from './analyseIncomplete';
import { competenceInconnue } from './competenceInconnue';
import { competenceManquante } from './competenceManquante';
import { critereInconnu } from './critereInconnu';
import { critereManquant } from './critereManquant';
import { erreurInterne } from './erreurInterne';
import { frontmatterInvalide } from './frontmatterInvalide';
import { horsModalite } from './horsModalite';
import { modaliteAbsente } from './modaliteAbsente';
import { modaliteInconnue } from './modaliteInconnue';
import { plageInvalide } from './plageInvalide';
import { referentielInconnu } from './referentielInconnu';
import type { Rule } from './rule';
import { tagMalforme } from './tagMalforme';

/** Every rule, one per diagnostic code. */
export const RULES: readonly Rule[] = [
  frontmatterInvalide,
  modaliteAbsente,
  modaliteInconnue,
  referentielInconnu,
  competenceInconnue,
  critereInconnu,
  plageInvalide,
  tagMalforme,
  horsModalite,
  competenceManquante,
  critereManquant,
  analyseIncomplete,
  erreurInterne,
];
