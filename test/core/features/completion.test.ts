import * as assert from 'node:assert/strict';
import { completions } from '../../../server/src/core/features/completion';
import type { Lang } from '../../../server/src/core/i18n';
import { applyEdits, fixture } from '../../helpers/features';

const FM = '---\nmodalite: M2\n---\n';
const REFS = [{ id: 'mdc-2023', titre: 'Manager du développement commercial' }];

/** The labels at the cursor, sorted as an editor would; `first` checks the head of the list. */
function labels(source: string, lang: Lang = 'fr', fileName?: string) {
  const f = fixture(source, fileName);
  const items = completions(f.analysis, f.position, { lang, referentiels: REFS });
  return { f, items: [...items].sort((a, b) => a.sortText.localeCompare(b.sortText)) };
}

function check(source: string, first: string[], opts: { count?: number; excludes?: string[]; fileName?: string } = {}) {
  const { items } = labels(source, 'fr', opts.fileName);
  const got = items.map((i) => i.label);
  assert.deepEqual(got.slice(0, first.length), first, got.join(' '));
  if (opts.count !== undefined) assert.equal(got.length, opts.count);
  for (const x of opts.excludes ?? []) assert.ok(!got.includes(x), `${x} should not be proposed`);
}

describe('feature completion', () => {
  const cases: [string, string, string[], { count?: number; excludes?: string[] }?][] = [
    ['after { the modality\'s competencies first, then its range, then the others', `${FM}# Q {$$CURSOR$$\n`, ['C6', 'C7', 'C8', 'C9', 'C6-C9', 'C1'], { count: 21 }],
    ['while typing a code', `${FM}Q {C$$CURSOR$$}\n`, ['C6', 'C7'], { count: 21 }],
    ['after a comma', `${FM}Q {C6, $$CURSOR$$\n`, ['C6', 'C7']],
    ['after C7. the criteria of C7', `${FM}Q {C7.$$CURSOR$$}\n`, ['C7.1', 'C7.2', 'C7.3', 'C7.4'], { count: 4 }],
    ['after C12. in a multi-code tag', `${FM}Q {C6, C12.$$CURSOR$$\n`, ['C12.1'], { count: 5 }],
    ['after a dash: the competencies after the start', `${FM}Q {C6-$$CURSOR$$\n`, ['C7', 'C8', 'C9', 'C10'], { count: 14, excludes: ['C6', 'C1', 'C6-C9'] }],
    ['after an en dash', `${FM}Q {C18–C$$CURSOR$$}\n`, ['C19', 'C20'], { count: 2 }],
    ['front matter keys not yet present', '---\nmodalite: M1\n$$CURSOR$$\n---\n', ['referentiel', 'titre'], { count: 2 }],
    ['front matter modalite values', '---\nmodalite: $$CURSOR$$\n---\n', ['M1', 'M2', 'M3', 'M4'], { count: 4 }],
    ['front matter referentiel ids', '---\nreferentiel: md$$CURSOR$$\nmodalite: M1\n---\n', ['mdc-2023'], { count: 1 }],
  ];
  for (const [name, source, first, opts] of cases) it(name, () => check(source, first, opts));

  const none: [string, string, string?][] = [
    ['outside a tag', `${FM}Question $$CURSOR$$\n`],
    ['after a closed tag', `${FM}Q {C6} $$CURSOR$$\n`],
    ['in braces that are not a tag', `${FM}Q {foo $$CURSOR$$\n`],
    ['after an escaped brace', `${FM}Q \\{$$CURSOR$$\n`],
    ['in inline code', `${FM}Q \`{$$CURSOR$$\n`],
    ['in a code block', `${FM}\`\`\`\n{$$CURSOR$$\n\`\`\`\n`],
    ['after an unknown competency and a dot', `${FM}Q {C42.$$CURSOR$$\n`],
    ['on a fence line of the front matter', `---\nmodalite: M2\n$$CURSOR$$---\n`],
    ['in a non-draft', '# Notes {$$CURSOR$$\n', '/drafts/notes.md'],
  ];
  for (const [name, source, fileName] of none) it(`nothing ${name}`, () => check(source, [], { count: 0, fileName }));

  it('gives each competency its title, status and documentation, and preselects the first missing one', () => {
    const { items } = labels(`${FM}{C6.1}\n\nQ {$$CURSOR$$\n`);
    const c6 = items.find((i) => i.label === 'C6')!;
    assert.equal(c6.detail, 'Définir les composantes d\'un plan d\'actions commerciales · partielle');
    assert.match(c6.documentation!.value, /\*\*C6\*\* — \*\*Définir/);
    assert.deepEqual(items.filter((i) => i.preselect).map((i) => i.label), ['C7']);
    assert.match(items.find((i) => i.label === 'C6-C9')!.detail!, /Toutes les compétences de M2/);
  });

  it('shows on every row the title and, in words, the status; outside the modality marked and sorted after', () => {
    const { items } = labels(`${FM}{C6.1} {C7.1 C7.2 C7.3 C7.4}\n\nQ {$$CURSOR$$\n`);
    const row = (i: (typeof items)[number]) => `${i.label}${i.labelDetails?.detail ?? ''} | ${i.labelDetails?.description ?? ''}`;
    assert.deepEqual(items.slice(0, 6).map(row), [
      'C6 Définir les composantes d\'un plan d\'actions commerciales | partielle',
      'C7 Décliner le plan en actions opérationnelles | complète',
      'C8 Piloter un outil de gestion de la relation clients | absente',
      'C9 Créer un système de suivi des plans d\'actions | absente',
      'C6-C9 toutes les compétences de M2 | ',
      'C1 Concevoir un système de veille | hors modalité',
    ]);
    assert.ok(items.slice(5).every((i) => i.labelDetails?.description === 'hors modalité' && i.labelDetails.detail), 'the other competencies come after, marked');
    assert.ok(items.every((i) => i.labelDetails?.detail), 'every row has its title');
    assert.doesNotMatch(JSON.stringify(items), /\p{Extended_Pictographic}/u, 'no emoji');
  });

  it('says nothing of the modality when the draft has none', () => {
    const { items } = labels('---\ntitre: x\n---\nQ {$$CURSOR$$\n');
    assert.equal(items.length, 20);
    assert.ok(items.every((i) => i.labelDetails?.detail && i.labelDetails.description === undefined));
  });

  it('marks criteria covered or not, in words, and replaces the typed word', () => {
    const { f, items } = labels(`${FM}{C7.2}\n\nQ {C7.$$CURSOR$$}\n`);
    assert.deepEqual(items.map((i) => i.labelDetails?.description), ['non visé', 'visé', 'non visé', 'non visé']);
    assert.match(items[1].detail!, / · visé dans ce sujet$/);
    assert.match(items[0].labelDetails!.detail!, /^ \S/);
    assert.equal(applyEdits(f.text, [items[2].textEdit]), `${FM}{C7.2}\n\nQ {C7.3}\n`);
  });

  it('replaces a partly typed modalite value and documents each modality', () => {
    const { f, items } = labels('---\nmodalite: "m$$CURSOR$$\n---\n', 'en');
    assert.equal(applyEdits(f.text, [items[2].textEdit]), '---\nmodalite: "M3\n---\n');
    assert.match(items[0].detail!, /\(C1–C5\)$/);
    assert.match(items[0].documentation!.value, /Competencies assessed/);
  });

  describe('points marks after a question', () => {
    const B = '---\nmodalite: M1\nbareme: 20\n---\n';
    /** The rows proposed at the cursor, and the text after accepting the first. */
    const marks = (source: string, lang: Lang = 'fr') => {
      const { f, items } = labels(source, lang);
      return { rows: items.map((i) => `${i.label}${i.labelDetails?.description ? ` | ${i.labelDetails.description}` : ''}`), first: items[0] && applyEdits(f.text, [items[0].textEdit]), items };
    };
    it('after ( at the end of a list item: what the outer mark still lacks, then 1 to 4 points', () => {
      const { rows, first, items } = marks(`${B}## Dossier 1 {C1} (6 points)\n\n1. Q {C1.1} (2 points)\n2. R {C1.2} ($$CURSOR$$)\n`);
      assert.deepEqual(rows, ['(4 points) | reste pour atteindre 6 points', '(1 point)', '(2 points)', '(3 points)']);
      assert.equal(first, `${B}## Dossier 1 {C1} (6 points)\n\n1. Q {C1.1} (2 points)\n2. R {C1.2} (4 points)\n`);
      assert.equal(items[0].preselect, true);
      assert.equal(items[0].filterText, ' (4 points)');
    });
    it('what the bareme still lacks, with a decimal comma, after a ( typed right after the tag', () => {
      const { rows, first } = marks(`${B}1. Q {C1} (18,5 points)\n2. R {C2}($$CURSOR$$\n`);
      assert.deepEqual(rows, ['(1,5 point) | reste au barème', '(1 point)', '(2 points)', '(3 points)', '(4 points)']);
      assert.equal(first, `${B}1. Q {C1} (18,5 points)\n2. R {C2} (1,5 point)\n`);
    });
    it('asked for at the end of a question line, in English', () => {
      const { rows, first } = marks(`---\nbareme: 20\n---\n- Proposez une organisation.$$CURSOR$$\n`, 'en');
      assert.deepEqual(rows, ['(20 points) | left in the barème', '(1 point)', '(2 points)', '(3 points)', '(4 points)']);
      assert.equal(first, '---\nbareme: 20\n---\n- Proposez une organisation. (20 points)\n');
    });
    const none: [string, string][] = [
      ['after a space', `${B}1. Q {C1} $$CURSOR$$\n`],
      ['in the middle of the line', `${B}1. Q ($$CURSOR$$ {C1}\n`],
      ['on a line that has its mark', `${B}1. Q {C1} (2 points) ($$CURSOR$$\n`],
      ['on a plain paragraph without tag', `${B}Du texte.($$CURSOR$$\n`],
      ['in a corrigé', `${B}1. Q {C1} (2 points)\n\n   :::corrige\n   - x {C1.1} ($$CURSOR$$\n   :::\n`],
      ['in a code block', `${B}\`\`\`\n- Q {C1} ($$CURSOR$$\n\`\`\`\n`],
      ['in a heading', `${B}## Q {C1} ($$CURSOR$$\n`],
    ];
    for (const [name, source] of none) it(`nothing ${name}`, () => assert.deepEqual(marks(source).rows, []));
  });

  it('inserts a key with its colon', () => {
    const { f, items } = labels('---\nmod$$CURSOR$$\n---\n');
    assert.equal(applyEdits(f.text, [items[0].textEdit]), '---\nmodalite: \n---\n');
  });
});
