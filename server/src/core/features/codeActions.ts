/**
 * Quick fixes with their edits, and the source actions that add every missing
 * competency and an answer key to every question without one. Built from the draft's own analysis (not from what the client
 * sends back), so a fix always matches the text it edits.
 */
import type { DraftAnalysis } from '../analyze';
import type { Diagnostic } from '../diagnostic';
import type { DraftModel } from '../draft';
import type { Lang } from '../i18n';
import { lookup } from '../referentiel/lookup';
import type { Competence } from '../referentiel/model';
import { PLACEHOLDER } from '../parse/placeholder';
import type { Range, Span } from '../text';
import { toLspDiagnostic } from './diagnostics';
import { CodeActionKind, rangesTouch, type CodeAction, type TextEdit } from './lsp';
import { tr } from './markdown';

/** The heading under which new questions go, when a draft has one. */
const TRAVAIL = /^travail a faire\b/;

/**
 * The code actions for a range of a draft. `only` filters by kind as LSP's
 * `context.only` does (a kind matches itself and its sub-kinds).
 */
export function codeActions(analysis: DraftAnalysis, uri: string, range: Range, lang: Lang, only?: string[]): CodeAction[] {
  const { model, referentiel: ref } = analysis;
  if (!model.isDraft) return [];
  const wanted = (kind: string) => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  const missing = analysis.diagnostics.filter((d) => d.code === 'competence-manquante');
  if (wanted(CodeActionKind.QuickFix)) {
    for (const d of analysis.diagnostics) {
      if (!rangesTouch(d.range, range)) continue;
      out.push(...quickFixes(analysis, d, uri, lang));
    }
    if (missing.length > 1 && missing.some((d) => rangesTouch(d.range, range))) {
      const all = addCompetencies(analysis, missing, uri, lang, CodeActionKind.QuickFix);
      if (all) out.push(all);
    }
  }
  if (ref && missing.length > 0 && wanted(CodeActionKind.AddMissingCompetencies)) {
    const all = addCompetencies(analysis, missing, uri, lang, CodeActionKind.AddMissingCompetencies);
    if (all) out.push(all);
  }
  const unanswered = analysis.diagnostics.filter((d) => d.code === 'question-sans-corrige');
  if (unanswered.length > 0 && wanted(CodeActionKind.AddAnswerKeys)) {
    const edits = unanswered.map((d) => corrigeEdit(analysis, d)).filter((e): e is TextEdit => !!e);
    if (edits.length > 0) {
      out.push({
        title: tr(lang, 'Ajouter un corrigé à chaque question', 'Add an answer key to every question'),
        kind: CodeActionKind.AddAnswerKeys,
        edit: { changes: { [uri]: edits } },
      });
    }
  }
  return out;
}

function quickFixes(analysis: DraftAnalysis, d: Diagnostic, uri: string, lang: Lang): CodeAction[] {
  const { model, referentiel: ref } = analysis;
  const fix = (title: string, edits: TextEdit[], isPreferred = true): CodeAction => ({
    title, kind: CodeActionKind.QuickFix, diagnostics: [toLspDiagnostic(d)], isPreferred, edit: { changes: { [uri]: edits } },
  });
  const replacement = d.data?.replacement;
  switch (d.code) {
    case 'competence-inconnue':
    case 'critere-inconnu': {
      if (!replacement) return [];
      const c = ref && lookup(ref).competence(replacement.split('.')[0]);
      const what = c ? ` (${c.titre})` : '';
      return [fix(tr(lang, `Remplacer par ${replacement}${what}`, `Replace with ${replacement}${what}`), [{ range: d.range, newText: replacement }])];
    }
    case 'tag-malforme':
      if (!replacement) return [];
      return [fix(tr(lang, `Corriger la balise : ${replacement}`, `Fix the tag: ${replacement}`), [{ range: d.range, newText: replacement }])];
    case 'plage-invalide':
      if (!replacement) return [];
      return [fix(tr(lang, `Inverser la plage : ${replacement}`, `Swap the range: ${replacement}`), [{ range: d.range, newText: replacement }])];
    case 'competence-manquante': {
      const one = addCompetencies(analysis, [d], uri, lang, CodeActionKind.QuickFix);
      return one ? [one] : [];
    }
    case 'critere-manquant': {
      const one = addCriteria(analysis, d, uri, lang);
      return one ? [one] : [];
    }
    case 'bareme-total': {
      if (!replacement) return [];
      const fr = replacement.replace('.', ',');
      return [fix(tr(lang, `Mettre le barème à ${fr}`, `Set the barème to ${replacement}`), [{ range: d.range, newText: replacement }])];
    }
    case 'bareme-incoherent':
      if (!replacement) return [];
      return [fix(tr(lang, `Mettre la marque à ${replacement}`, `Set the mark to ${replacement}`), [{ range: d.range, newText: replacement }])];
    case 'question-sans-corrige': {
      const edit = corrigeEdit(analysis, d);
      return edit ? [fix(tr(lang, 'Ajouter un corrigé à cette question', 'Add an answer key to this question'), [edit])] : [];
    }
    case 'modalite-absente':
      if (!ref) return [];
      return ref.modalites.map((m) => fix(
        tr(lang, `Indiquer la modalité ${m.id} (${m.titre})`, `Set the modality to ${m.id} (${m.titre})`),
        [modaliteEdit(model, m.id)],
        false,
      ));
    default:
      return [];
  }
}

/**
 * An empty `:::corrige` block with a `[à rédiger]` placeholder after the
 * question a `question-sans-corrige` stands on (FORMAT.md §9): inside a list
 * item at its content column, so that it answers that item; after a paragraph,
 * or after the last row of a table, at the top level; at the end of a heading
 * question's section. A blank line before it.
 */
function corrigeEdit(analysis: DraftAnalysis, d: Diagnostic): TextEdit | undefined {
  const { model, questions } = analysis;
  if (!questions) return undefined;
  const first = model.lines.offsetAt(d.range.start);
  const qi = questions.questions.findIndex((x) => x.first.start === first);
  if (qi < 0) return undefined;
  const q = questions.questions[qi];
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  let end = q.span.end;
  let pad = '';
  const block = model.blocks.find((b) => b.span.start <= q.span.start && q.span.end <= b.span.end);
  if (q.kind === 'element' && block?.findings.type === 'list') {
    const lineStart = model.lines.lineStart(model.lines.positionAt(q.span.start).line);
    const before = model.text.slice(lineStart, q.span.start);
    const marker = /^(?:[-*+]|\d{1,9}[.)])( +|\t|$)/.exec(model.text.slice(q.span.start, q.span.end));
    // Only plain indentation before the marker (not a block quote, not a tab).
    if (!/^ *$/.test(before) || !marker || marker[1] === '\t') return undefined;
    // CommonMark: five spaces or more after the marker are code, the content then starts one space after it.
    const spaces = marker[1].length >= 1 && marker[1].length <= 4 ? marker[1].length : 1;
    pad = ' '.repeat(before.length + marker[0].length - marker[1].length + spaces);
  } else if (q.kind === 'element' && block && block.findings.type === 'table') {
    // A row: after the table, only for its last question (a top-level corrigé answers the last question before it).
    const next = questions.questions[qi + 1];
    if (next && next.span.start < block.span.end) return undefined;
    end = block.span.end;
  } else if (q.kind === 'element' && block && block.span.start !== q.span.start && block.findings.type !== 'paragraph') {
    return undefined;
  }
  while (end > q.span.start && /\s/.test(model.text[end - 1])) end--;
  const at = model.lines.positionAt(end);
  const text = new Insertion().add(`${eol}${eol}${pad}:::corrige${eol}${pad}`).placeholder().add(`${eol}${pad}:::`);
  return text.edit({ start: at, end: at });
}

/** The edit that gives a draft `modalite: id`: a new front matter, a new key, or the empty key filled. */
function modaliteEdit(model: DraftModel, id: string): TextEdit {
  const fm = model.frontMatter;
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  if (!fm) {
    const at = model.lines.positionAt(model.bodyStart);
    return { range: { start: at, end: at }, newText: `---${eol}modalite: ${id}${eol}---${eol}${eol}` };
  }
  if (fm.modalite) {
    const line = model.lines.positionAt(fm.modalite.span.start).line;
    return { range: model.lines.lineRange(line), newText: `modalite: ${id}` };
  }
  const at = model.lines.positionAt(fm.content.start);
  return { range: { start: at, end: at }, newText: `modalite: ${id}${eol}` };
}

/** One action inserting a tagged question section for each missing competency given. */
function addCompetencies(analysis: DraftAnalysis, missing: Diagnostic[], uri: string, lang: Lang, kind: string): CodeAction | undefined {
  const { model, referentiel: ref } = analysis;
  if (!ref) return undefined;
  const l = lookup(ref);
  const comps = missing.map((d) => d.data?.id && l.competence(d.data.id)).filter((c): c is Competence => !!c);
  if (comps.length === 0) return undefined;
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const { offset, depth } = insertionPoint(model);
  const at = model.lines.positionAt(offset);
  const lead = offset === 0 ? '' : eol + eol;
  const tail = offset < model.text.length ? '' : eol;
  const text = new Insertion().add(lead);
  comps.forEach((c, i) => {
    if (i > 0) text.add(eol + eol);
    questionSection(text, c, depth, eol);
  });
  text.add(tail);
  const title = comps.length === 1
    ? tr(lang, `Ajouter une question pour ${comps[0].id} (${comps[0].titre})`, `Add a question for ${comps[0].id} (${comps[0].titre})`)
    : tr(lang, `Ajouter les ${comps.length} compétences manquantes (${comps.map((c) => c.id).join(', ')})`,
      `Add the ${comps.length} missing competencies (${comps.map((c) => c.id).join(', ')})`);
  return {
    title,
    kind,
    ...(kind === CodeActionKind.QuickFix ? { diagnostics: missing.map(toLspDiagnostic), isPreferred: comps.length === 1 } : {}),
    edit: { changes: { [uri]: [text.edit({ start: at, end: at })] } },
  };
}

/**
 * One placeholder question per uncovered criterion of a partial competency
 * (FORMAT.md §12: `1. [à rédiger] {C4.4}`, so the gap stays visible as
 * `question-a-rediger` until the author writes it), right after the block, or the
 * heading's section, where the competency is first tagged: the questions go where
 * the author already assesses it. The criteria come from the analysis, not from
 * the diagnostic the client sends back.
 */
function addCriteria(analysis: DraftAnalysis, d: Diagnostic, uri: string, lang: Lang): CodeAction | undefined {
  const { model, coverage } = analysis;
  const c = coverage?.competences.find((x) => x.id === d.data?.id);
  const first = c?.occurrences[0];
  if (!c || !first) return undefined;
  const ids = c.criteres.filter((k) => !k.covered).map((k) => k.id);
  if (ids.length === 0) return undefined;
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const offset = afterFirstTag(model, first.tag);
  const at = model.lines.positionAt(offset);
  const tail = offset < model.text.length ? '' : eol;
  const text = new Insertion().add(eol + eol);
  ids.forEach((id, i) => text.add(`${i > 0 ? eol : ''}${i + 1}. `).placeholder().add(` {${id}}`));
  text.add(tail);
  const list = ids.join(', ');
  const title = ids.length === 1
    ? tr(lang, `Ajouter une question pour le critère non visé de ${c.id} (${list})`, `Add a question for the uncovered criterion of ${c.id} (${list})`)
    : tr(lang, `Ajouter une question pour les critères non visés de ${c.id} (${list})`, `Add a question for the uncovered criteria of ${c.id} (${list})`);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(d)],
    isPreferred: true,
    edit: { changes: { [uri]: [text.edit({ start: at, end: at })] } },
  };
}

/**
 * The end of what holds a tag: its heading's section when it stands in a heading,
 * else its top-level block (a whole list or table, never the middle of one). A
 * model rebuilt from plain data has no blocks: then the end of the tag's section,
 * or of the text.
 */
function afterFirstTag(model: DraftModel, tagSpan: Span): number {
  const tag = model.tags.find((t) => t.span.start === tagSpan.start);
  if (tag?.inHeading) return tag.scope.end;
  const block = model.blocks.find((b) => b.span.start <= tagSpan.start && tagSpan.end <= b.span.end);
  const section = tag?.section === undefined ? undefined : model.sections[tag.section];
  let end = block ? block.span.end : section ? section.span.end : model.text.length;
  while (end > tagSpan.end && /\s/.test(model.text[end - 1])) end--;
  return end;
}

/** At the end of the "Travail à faire" section, one level below it; else at the end of the draft. */
function insertionPoint(model: DraftModel): { offset: number; depth: number } {
  const travail = model.sections.find((s) => TRAVAIL.test(normalize(s.title)));
  if (travail) return { offset: travail.span.end, depth: Math.min(travail.depth + 1, 6) };
  let end = model.text.length;
  while (end > model.bodyStart && /\s/.test(model.text[end - 1])) end--;
  return { offset: end, depth: 2 };
}

/** A heading tagged with the competency and a numbered question to write (FORMAT.md §12). */
function questionSection(text: Insertion, c: Competence, depth: number, eol: string): void {
  text.add(`${'#'.repeat(depth)} ${c.titre} {${c.id}}${eol}${eol}1. `).placeholder();
}

/**
 * Text to insert, built once as plain text and once as a snippet whose
 * `[à rédiger]` placeholders are tab stops: the client that accepts snippet
 * edits selects the first one, and Tab moves to the next.
 */
class Insertion {
  private plain = '';
  private snippet = '';
  private stops = 0;

  /** Literal text. */
  add(s: string): this {
    this.plain += s;
    // Outside a placeholder, `$`, `}` and `\` are the characters a snippet reads specially.
    this.snippet += s.replace(/[\\$}]/g, (ch) => `\\${ch}`);
    return this;
  }

  /** A `[à rédiger]` placeholder, the next tab stop. */
  placeholder(): this {
    this.plain += PLACEHOLDER;
    this.snippet += `\${${++this.stops}:${PLACEHOLDER}}`;
    return this;
  }

  /** The edit inserting it at a range. */
  edit(range: Range): TextEdit {
    return { range, newText: this.plain, snippet: this.snippet };
  }
}

function normalize(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
