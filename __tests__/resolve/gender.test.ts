import { conflictDiagnostic, genderSources } from '../../src/resolve/gender.js';
import type { Source, SourceKind, Span } from '../../src/types.js';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { detectQuotes } from '../../src/detect/quotes.js';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import type { SentenceSyntax } from '../../src/syntax/types.js';

/** The syntax layer of a text, as the pipeline computes it. */
function analysed(text: string): SentenceSyntax[] {
  const quotes = detectQuotes(text, segmentParagraphs(text)).quotes.filter((q) => !q.nested);
  return tagRange(text, 0, text.length).map((sentence) => analyse(sentence.tokens, quotes));
}

/** The span of the `n`-th occurrence of `needle` in `text`. */
function at(text: string, needle: string, n = 0): Span {
  let start = -1;
  for (let i = 0; i <= n; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`"${needle}" #${n} not in text`);
  }
  return { text: needle, start, end: start + needle.length };
}

function person(text: string, name: string, mentions: string[], kind: SourceKind = 'person'): Source {
  const counts = new Map<string, number>();
  return {
    id: 's1',
    name,
    kind,
    mentions: mentions.map((m) => {
      const n = counts.get(m) ?? 0;
      counts.set(m, n + 1);
      return at(text, m, n);
    }),
  };
}

/** The gender and the evidence as "kind:text" of the one source built from `mentions`. */
function genderOf(text: string, name: string, mentions: string[], genderNames = false) {
  const { sources } = genderSources(text, [person(text, name, mentions)], analysed(text), { genderNames });
  return [sources[0].gender, (sources[0].genderEvidence ?? []).map((e) => `${e.kind}:${e.text}`)];
}

describe('gender from the article’s words', () => {
  test.each([
    [
      'appositive role noun',
      '“Fuel costs doubled,” said Priya Nair, a spokeswoman for Coastal Ferries.',
      'Priya Nair',
      ['Priya Nair'],
      'female',
      ['role:spokeswoman'],
    ],
    [
      'honorific with a period',
      'Ms. Okafor said the branch would close.',
      'Okafor',
      ['Okafor'],
      'female',
      ['honorific:Ms'],
    ],
    ['honorific without a period', 'Mr Lee said the branch would close.', 'Lee', ['Lee'], 'male', ['honorific:Mr']],
    [
      'a pronoun contracted with its verb',
      'Okoro said she’s met many families in the same place.',
      'Okoro',
      ['Okoro', 'she’s'],
      'female',
      ['pronoun:she’s'],
    ],
    [
      'a contracted pronoun later in the clause',
      'Okoro, who chairs the board, said he’d resign in May.',
      'Okoro',
      ['Okoro'],
      'male',
      ['pronoun:he’d'],
    ],
    [
      'honorific inside the mention',
      'said Sir Keir Lane on Monday.',
      'Keir Lane',
      ['Sir Keir Lane'],
      'male',
      ['honorific:Sir'],
    ],
    [
      'role noun as a title',
      'Union spokesman Ravi Patel said members would vote.',
      'Ravi Patel',
      ['Ravi Patel'],
      'male',
      ['role:spokesman'],
    ],
    [
      'a neighbour tells nothing',
      'Her neighbor, Paul Brandt, was less worried.',
      'Paul Brandt',
      ['Paul Brandt'],
      null,
      [],
    ],
    [
      'kinship in an appositive before',
      "The victim's mother, Ann Lee, said she wanted answers.",
      'Ann Lee',
      ['Ann Lee'],
      'female',
      ['kinship:mother'],
    ],
    [
      'a pronoun near a mention gives way to direct evidence (it may be another person’s)',
      'Ms. Ann Lee said he had warned the board twice.',
      'Ann Lee',
      ['Ann Lee'],
      'female',
      ['honorific:Ms'],
    ],
    [
      'kinship in an appositive after',
      'Tom Baird, her husband, said the family would appeal.',
      'Tom Baird',
      ['Tom Baird'],
      'male',
      ['kinship:husband'],
    ],
    [
      'a resolved pronoun',
      'Dana Cole runs the food bank. “We are full,” she said.',
      'Dana Cole',
      ['Dana Cole', 'she'],
      'female',
      ['pronoun:she'],
    ],
    [
      'they gives no gender',
      'Sam Reyes leads the group. “We will march,” they said.',
      'Sam Reyes',
      ['Sam Reyes', 'they'],
      null,
      [],
    ],
    [
      'a capitalised role word inside a name is a name',
      'Billie Jean King said the prize money must be equal.',
      'Billie Jean King',
      ['Billie Jean King'],
      null,
      [],
    ],
    [
      'a relative clause is no appositive',
      'Kim Ross, whose son was hurt, said the road is unsafe.',
      'Kim Ross',
      ['Kim Ross'],
      null,
      [],
    ],
    [
      'a role noun ending the sentence before is no title',
      'Police questioned a man. Lee saw nothing.',
      'Lee',
      ['Lee'],
      null,
      [],
    ],
    [
      'a description as the mention',
      'Vega said so. “Riders deserve a date,” the spokeswoman added.',
      'Marisol Vega',
      ['Vega', 'the spokeswoman'],
      'female',
      ['role:spokeswoman'],
    ],
    [
      'evidence in text order, each once',
      'Ms. Hart spoke first. “No,” she said. Later she said yes.',
      'Hart',
      ['Hart', 'she', 'she'],
      'female',
      ['honorific:Ms', 'pronoun:she', 'pronoun:she'],
    ],
    [
      'a bare role phrase in apposition',
      'Linda Lamoureux, executive chairwoman of the commission, said the board failed.',
      'Linda Lamoureux',
      ['Linda Lamoureux'],
      'female',
      ['role:chairwoman'],
    ],
    [
      'a pronoun later in the same clause',
      'Ann Lee said in her order that the board must go.',
      'Ann Lee',
      ['Ann Lee'],
      'female',
      ['pronoun:her'],
    ],
    ['no pronoun past another name', 'Ann Lee told Tom Baird that he must resign.', 'Ann Lee', ['Ann Lee'], null, []],
    [
      'no pronoun past a noun of another person',
      'Ann Lee told the boy that he must apologize.',
      'Ann Lee',
      ['Ann Lee'],
      null,
      [],
    ],
    [
      'a pronoun in a clause inside the subject’s clause',
      'Okoro, who chairs the board, said the vote showed that her plan had support.',
      'Okoro',
      ['Okoro'],
      'female',
      ['pronoun:her'],
    ],
    [
      'an appositive with a relative clause',
      'Okoro, a grandmother of five who lives nearby, said the clinic closed.',
      'Okoro',
      ['Okoro'],
      'female',
      ['kinship:grandmother'],
    ],
    ['no pronoun inside a quote', 'Ann Lee said, “He lied to us.”', 'Ann Lee', ['Ann Lee'], null, []],
    ['no pronoun in the next sentence', 'Ann Lee said no. He said yes.', 'Ann Lee', ['Ann Lee'], null, []],
    [
      'a linking word opens no appositive',
      'Tom Baird, and his wife, said they would appeal.',
      'Tom Baird',
      ['Tom Baird'],
      null,
      [],
    ],
  ])('%s', (_, text, name, mentions, gender, evidence) => {
    expect(genderOf(text, name, mentions)).toEqual([gender, evidence]);
  });

  test('conflicting evidence gives null, keeps the evidence, and reports the conflict', () => {
    const text = 'Dana Cole, a father of two, said the rules were unfair. “Nobody asked us,” she said.';
    const { sources, conflicts } = genderSources(
      text,
      [person(text, 'Dana Cole', ['Dana Cole', 'she'])],
      analysed(text),
    );
    expect(sources[0].gender).toBeNull();
    expect(sources[0].genderEvidence?.map((e) => `${e.gender}:${e.text}`)).toEqual(['male:father', 'female:she']);
    expect(conflicts).toHaveLength(1);
    expect(conflictDiagnostic(conflicts[0])).toEqual({
      code: 'gender-conflict',
      message:
        'the article refers to Dana Cole both as a woman ("she" (pronoun)) and as a man ("father" (kinship)): no gender given',
      start: at(text, 'she').start,
      end: at(text, 'she').end,
    });
  });

  test('only persons get a gender', () => {
    const text = 'A government source said he expected no deal.';
    const source = person(text, 'government source', ['A government source', 'he'], 'anonymous');
    const { sources } = genderSources(text, [source], analysed(text));
    expect(sources[0]).toBe(source);
  });
});

describe('first names, only when asked for and only without article evidence', () => {
  const text = '“Students asked for it,” said Margaret Ellison. Jordan Price agreed. Ellison said more.';
  test.each([
    ['off by default', 'Margaret Ellison', ['Margaret Ellison'], false, null, []],
    ['a name in one list', 'Margaret Ellison', ['Margaret Ellison'], true, 'female', ['first-name:Margaret']],
    ['a name in both lists gives none', 'Jordan Price', ['Jordan Price'], true, null, []],
    ['a surname alone has no first name', 'Ellison', ['Ellison'], true, null, []],
  ])('%s', (_, name, mentions, names, gender, evidence) => {
    expect(genderOf(text, name, mentions, names as boolean)).toEqual([gender, evidence]);
  });

  test('the article’s words come first', () => {
    const t = 'Margaret Ellison, the chairman, said no.';
    expect(genderOf(t, 'Margaret Ellison', ['Margaret Ellison'], true)).toEqual(['male', ['role:chairman']]);
  });
});
