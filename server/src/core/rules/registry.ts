/**
 * The rules, keyed by the code each reports. The type of `RULES_BY_CODE` makes
 * the compiler check that every code of `DiagnosticCode` has exactly one rule
 * (a missing key, an extra key or a rule filed under another code's key does not
 * compile); a new code is a rule file and one entry here.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostic';
import { analyseIncomplete } from './analyseIncomplete';
import { valeurInvalide } from './valeurInvalide';
import { baremeTotal } from './baremeTotal';
import { baremeIncoherent } from './baremeIncoherent';
import { pointsSansCompetence } from './pointsSansCompetence';
import { competenceSansPoints } from './competenceSansPoints';
import { dureeDepassee } from './dureeDepassee';
import { corrigeNonFerme } from './corrigeNonFerme';
import { questionSansCorrige } from './questionSansCorrige';
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
import { questionARediger } from './questionARediger';
import { referentielInconnu } from './referentielInconnu';
import type { Rule } from './rule';
import { tagMalforme } from './tagMalforme';

/** The one rule of each diagnostic code. */
export const RULES_BY_CODE: { readonly [C in DiagnosticCode]: Rule<C> } = {
  'frontmatter-invalide': frontmatterInvalide,
  'modalite-absente': modaliteAbsente,
  'modalite-inconnue': modaliteInconnue,
  'referentiel-inconnu': referentielInconnu,
  'competence-inconnue': competenceInconnue,
  'critere-inconnu': critereInconnu,
  'plage-invalide': plageInvalide,
  'tag-malforme': tagMalforme,
  'hors-modalite': horsModalite,
  'competence-manquante': competenceManquante,
  'critere-manquant': critereManquant,
  'valeur-invalide': valeurInvalide,
  'bareme-total': baremeTotal,
  'bareme-incoherent': baremeIncoherent,
  'points-sans-competence': pointsSansCompetence,
  'competence-sans-points': competenceSansPoints,
  'duree-depassee': dureeDepassee,
  'corrige-non-ferme': corrigeNonFerme,
  'question-sans-corrige': questionSansCorrige,
  'question-a-rediger': questionARediger,
  'analyse-incomplete': analyseIncomplete,
  'erreur-interne': erreurInterne,
};

/** Every rule, in the order of `DIAGNOSTIC_CODES` (FORMAT.md §6), which is the order of the reports. */
export const RULES: readonly Rule[] = DIAGNOSTIC_CODES.map((code): Rule => RULES_BY_CODE[code]);
