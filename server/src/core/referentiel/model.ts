/**
 * The référentiel model: plain data, shared by every feature.
 * Ids are upper-case (`B1`, `A1`, `C3`, `C3.2`, `M1`).
 */

/** A bloc of competencies (`BLOC 1 – …`). */
export interface Bloc {
  id: string;
  titre: string;
  /** Ids of the activities of the bloc, in order. */
  activites: string[];
}

/** An activity (`A1 – …`) with its tasks (the ➤ items). */
export interface Activite {
  id: string;
  titre: string;
  bloc: string;
  taches: string[];
}

/** An evaluation criterion `Cn.k`. */
export interface Critere {
  id: string;
  /** The competency it belongs to. */
  competence: string;
  /** Its position among the competency's criteria, 1-based. */
  rang: number;
  texte: string;
}

/** A competency `Cn`. */
export interface Competence {
  id: string;
  /** Short title: the statement up to its first comma (used in hints and lists). */
  titre: string;
  /** The complete statement. */
  enonce: string;
  bloc: string;
  activite: string;
  /** The modality that assesses it, when one does. */
  modalite?: string;
  criteres: Critere[];
}

/** The form of what the candidate hands in. */
export type FormeLivrable = 'dossier-ecrit' | 'diaporama-oral' | 'oral';

/** An evaluation modality `Mn`. */
export interface Modalite {
  id: string;
  titre: string;
  /** Kind of exam: "Étude de cas", "Cas pratique", "Mise en situation professionnelle reconstituée". */
  type: string;
  /** Introductory text of the modality, as printed. */
  description: string;
  /** What the subject must give the candidate. */
  donnees: string[];
  /** What the candidate does. */
  attendus: string[];
  livrable: { forme: FormeLivrable; texte: string };
  /** Ids of the competencies it assesses, in order. */
  competences: string[];
}

/** A whole référentiel. */
export interface Referentiel {
  id: string;
  titre: string;
  /** Free text: year, RNCP number… */
  version?: string;
  blocs: Bloc[];
  activites: Activite[];
  competences: Competence[];
  modalites: Modalite[];
}
