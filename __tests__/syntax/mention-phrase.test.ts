/**
 * The resolver's queries on a sentence's analysis: which noun phrase a mention inside another phrase stands for.
 * Each row: a sentence with the mention's first word in brackets, and the phrase the query answers (or null).
 */
import { describe, expect, test } from '@jest/globals';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { detectQuotes } from '../../src/detect/quotes.js';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import {
  capitalRunFollowsPreposition,
  dateTailHost,
  descriptionAfter,
  followsPreposition,
  firstNamesBefore,
  holdsFiniteVerb,
  isSayerGap,
  nameAfterTitle,
  namesPoll,
  nameBeforeTag,
  openingNameSubject,
  openingChunks,
  personNamesIn,
  phraseBeforeModifier,
  possessorEndingAt,
  prepositionHost,
  relativeClauseHost,
  relativeFollows,
  sayerWordBefore,
  subjectAfterOpener,
  subjectClauseStretch,
  wordsBeforeName,
} from '../../src/syntax/mention-phrase.js';
import type { Chunk, SentenceSyntax } from '../../src/syntax/types.js';
import { defaultCueVerbTable } from '../../src/lexicon/cue-verbs.js';

/** The analysis of a one-sentence text whose mention is marked "[word", and the marked token's index. */
function marked(written: string): { s: SentenceSyntax; at: number; text: string } {
  const mark = written.indexOf('[');
  const text = written.replace('[', '');
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  const [sentence] = tagRange(text, 0, text.length);
  const s = analyse(sentence.tokens, quotes);
  return { s, at: s.tokens.findIndex((t) => t.start === mark), text };
}

const phrase = (s: SentenceSyntax, chunk: Chunk | null, last: 'head' | 'last' = 'head'): string | null =>
  chunk
    ? s.tokens
        .slice(chunk.first, chunk[last] + 1)
        .map((t) => t.text)
        .join(' ')
    : null;

describe('relativeClauseHost: the phrase a relative clause of people describes', () => {
  test.each([
    ['A man who works for [Google said the plan would fail.', 'A man'],
    ['A woman whose son plays for [the Oilers said the arena was cold.', 'A woman'],
    ['Three nurses who worked at [the clinic told reporters the wards were full.', 'Three nurses'],
    ['Jane Roe, who works for [Google, said the plan would fail.', null],
    ['The report that was issued by [the council found no fraud.', null],
    ['Family members who were affected by the shooting met Clinton, according to [AP.', null],
    ['A spokesman for [the council said the road would reopen.', null],
    ['Officials who asked not to be named because they were not authorized to speak to [reporters said so.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    expect(phrase(s, relativeClauseHost(s, at))).toBe(expected);
  });
});

describe('nameAfterTitle: the name a lone title opens', () => {
  test.each([
    ['[Dr. Ola Brandt gave an interview noting that rates would rise.', 'Dr. Ola Brandt'],
    ['On Monday, [Sen. Ann Lo told reporters the bill was dead.', 'Sen. Ann Lo'],
    ['[Mayor Ann Lee Ross said the pier would reopen.', 'Mayor Ann Lee Ross'],
    ['[Major said he’d taken the route before.', null],
    ['[Dr. Will said the clinic was full.', 'Dr. Will'],
    ['The [spokeswoman declined to comment.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at, text } = marked(written);
    const last = nameAfterTitle(s, at);
    expect(last < 0 ? null : text.slice(s.tokens[at].start, s.tokens[last].end)).toBe(expected);
  });
});

describe('prepositionHost: the phrase a prepositional phrase attaches to', () => {
  test.each([
    ['A spokesman for [Clinton said the campaign would respond.', 'A spokesman'],
    ['Two people familiar with [her thinking said she would run.', 'Two people'],
    ['A veteran D.C. lobbyist close to [the Clinton campaign says the goal is clear.', 'A veteran D.C. lobbyist'],
    ['Members of [the union voted on Friday.', 'Members'],
    ['A poll released in [June showed a tie.', 'A poll'],
    ['The mayor, for [her part, said the road would reopen.', null],
    ['[Officials said the road would reopen.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    expect(phrase(s, prepositionHost(s, at)?.host ?? null)).toBe(expected);
  });
});

describe('openingChunks: the phrases that may open a content as its subject', () => {
  test.each([
    ['Ruiz said [she would run.', ['she']],
    ['Ruiz said [that she would run.', ['she']],
    ['Trump said [that if elected, he would build a wall.', ['he']],
    ['[The golf industry, she said, is doing much better.', ['The golf industry', 'she']],
    ['Lee said [even though the board believes the tax is fair, they need relief.', []],
    ['Kim said [nothing.', ['nothing']],
  ] as [string, string[]][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    expect(openingChunks(s, at).map((chunk) => phrase(s, chunk))).toEqual(expected);
  });
});

describe('relativeFollows: a "who" that describes the name before it', () => {
  // The name's last word is marked; the row gives the text of the "who" asked about, by its order in the sentence.
  test.each([
    ['Ted [Cruz, who won Iowa, said no.', 1, true],
    ['Sen. Ted [Cruz of Texas, who won Iowa, said no.', 1, true],
    ['Senator Tom [Ruiz of the Ohio Valley, who spoke first, said yes.', 1, true],
    ['Ted [Cruz, who won Iowa, and who said he would run, spoke.', 2, true],
    ['An academic named Eric [Kingson, who is running for Congress and who worked the crowd, spoke.', 2, true],
    ['Ted [Cruz met voters in Iowa who said they liked him.', 1, false],
    ['Ted [Cruz of the party, who won Iowa, said no.', 1, false],
  ] as [string, number, boolean][])('%s', (written, nth, expected) => {
    const { s, at } = marked(written);
    const who = s.tokens.map((t, i) => (t.normal === 'who' ? i : -1)).filter((i) => i >= 0)[nth - 1];
    expect(relativeFollows(s, at + 1, who)).toBe(expected);
  });
});

describe('nameBeforeTag: the name a party-state tag follows', () => {
  test.each([
    [
      'House Majority Leader Kevin McCarthy, [R-Calif., said the bill was dead.',
      'House Majority Leader Kevin McCarthy',
    ],
    ['The bill was dead, said former Rep. Ann Lo, [D-Ore., on Monday.', 'Rep. Ann Lo'],
    ['Sen. Ann Lo [D-Ore. said the bill was dead.', null],
    ['The bill passed the senate, [D-Ore. voters said.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at, text } = marked(written);
    const name = nameBeforeTag(s, at);
    expect(name ? text.slice(s.tokens[name.first].start, s.tokens[name.last].end) : null).toBe(expected);
  });
});

describe('dateTailHost: the phrase a lone weekday or month ends', () => {
  test.each([
    ['A Monmouth poll out [Monday shows the senator ahead.', 'A Monmouth poll'],
    ['A poll released on [Monday shows the senator ahead.', 'A poll'],
    ['The senator told reporters, on [Monday, that she would run.', null],
    ['The senator spoke to voters who gathered early on [Monday.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    expect(phrase(s, dateTailHost(s, at))).toBe(expected);
  });
});

describe('possessorEndingAt: the phrase a possessive before a quote ends', () => {
  test.each([
    ['Drivers braced for [the mayor’s “summer of gridlock.”', 'the mayor’s'],
    ['Critics mocked [the Senate’s “reform” of the rules.', 'the Senate’s'],
  ] as [string, string][])('%s', (written, expected) => {
    const { s, at, text } = marked(written);
    const found = possessorEndingAt(
      s,
      s.tokens.findIndex((t) => /’s$/.test(t.text)),
    );
    expect(found ? text.slice(s.tokens[found.first].start, s.tokens[found.last].end) : null).toBe(expected);
    expect(found?.first).toBe(at);
  });
});

describe('namesPoll: a phrase whose head is a poll or survey', () => {
  test.each([
    ['[A new Gazette poll found that most voters back the levy.', true],
    ['[An exit poll of Cedar County voters showed the levy ahead.', true],
    ['According to [the survey, most renters want a cap.', true],
    ['In [the wake of a new poll, the mayor said she would run.', false],
    ['[The mayor said the levy would pass.', false],
  ] as [string, boolean][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    expect(namesPoll(s, at)).toBe(expected);
  });
});

/** The words of a one-sentence text inside "[…]", as the attribution would hand them over, and the text. */
function bracketed(written: string): { words: SentenceSyntax['tokens']; text: string } {
  const open = written.indexOf('[');
  const close = written.indexOf(']') - 1;
  const { s, text } = marked(written.replace(']', ''));
  return { words: s.tokens.filter((t) => t.start >= open && t.end <= close), text };
}

describe('phraseBeforeModifier: the words of a mention that name its source before a modifier', () => {
  test.each([
    ['[A source familiar with the talks] said the deal was close.', 'A source'],
    ['[A posting on a forum for nurses] said the wards were full.', 'A posting'],
    ['[A man who works for the port] said the cranes were idle.', 'A man'],
    ['[A June 2017 study by the Senate committee on ports] found no fraud.', 'the Senate committee'],
    ['[A report from Transport Canada] found the bridge unsafe.', 'Transport Canada'],
    ['[A report by local residents] found the bridge unsafe.', 'A report'],
    ['[The Provincial Ministry of Forests] said the fire was out.', null],
    ['[The mayor of Lakeview] said the pier would reopen.', 'The mayor'],
    ['[Officials] said the road would reopen.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { words, text } = bracketed(written);
    const kept = phraseBeforeModifier(words);
    expect(kept ? text.slice(words[kept.first].start, words[kept.last].end) : null).toBe(expected);
  });
});

describe('subjectAfterOpener: the subject after a discourse word set off by a comma', () => {
  test.each([
    ['[Meanwhile, it attacked the mayor on Friday.', 'it'],
    ['[Instead, the Vermont senator is sticking to the plan.', 'the Vermont senator'],
    ['[Now, many have trouble paying rent.', 'many'],
    ['[However, three city councillors voted against the levy.', 'three city councillors'],
    ['[Earlier the mayor said the pier would reopen.', null],
    ['[Meanwhile, said one official, the levy would pass.', null],
    ['[Still, “no one” expected the vote to pass.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at, text } = marked(written);
    const subject = subjectAfterOpener(s, at);
    expect(subject ? text.slice(s.tokens[subject.first].start, s.tokens[subject.last].end) : null).toBe(expected);
  });
});

describe('isSayerGap: the words between a sayer and the pronoun that is its claim’s subject', () => {
  test.each([
    ['Trump[ said ]he would win the state.', true],
    ['Ruiz[ has also argued on Monday that ]she would run.', true],
    ['Ruiz[ told reporters ]he would run.', true],
    ['Ruiz[ told reporters on Friday, that ]he would run.', true],
    ['Ruiz[ found ]he had no votes.', false],
    ['Ruiz[ saying ]he would run was news.', false],
    ['Ruiz[ said on Monday and Tuesday ]he would run.', false],
    ['Ruiz[ told, ]he would run.', false],
  ] as [string, boolean][])('%s', (written, expected) => {
    const { words } = bracketed(written);
    expect(isSayerGap(words, defaultCueVerbTable())).toBe(expected);
  });
});

describe('sayerWordBefore: the capitalised word whose sayer verb phrase a pronoun follows', () => {
  test.each([
    ['Yesterday Okoye said [he would stay on.', 'Okoye'],
    ['Okoye has also argued that [she would run.', 'Okoye'],
    ['Okoye told reporters [he would run.', 'Okoye'],
    ['The mayor said [he would stay on.', null],
    ['Okoye found [he had no votes.', null],
    ['Okoye met the mayor and [he left.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    const k = sayerWordBefore(s, at, 0, defaultCueVerbTable());
    expect(k < 0 ? null : s.tokens[k].text).toBe(expected);
  });

  test('only words starting at or after the given offset are looked at', () => {
    const { s, at } = marked('Okoye said on the record after a long and tiring day that [he would stay.');
    expect(sayerWordBefore(s, at, s.tokens[at].start - 10, defaultCueVerbTable())).toBe(-1);
  });
});

describe('capitalRunFollowsPreposition: a capitalised name after a preposition', () => {
  test.each([
    ['Police fired at Zehaf [Bibeau twice.', true],
    ['The idea came from [Clayton last year.', true],
    ['Zehaf [Bibeau fired twice.', false],
    ['Then Ana [Okoye spoke.', false],
  ] as [string, boolean][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    expect(capitalRunFollowsPreposition(s, at)).toBe(expected);
  });
});

describe('followsPreposition: a preposition right before a word', () => {
  test.each([
    ['The idea came from [Clayton last year.', true],
    ['Police fired at [Bibeau twice.', true],
    ['Then [Okafor spoke.', false],
    ['Okafor wanted to [leave early.', false],
  ] as [string, boolean][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    expect(followsPreposition(s, at)).toBe(expected);
  });
});

describe('openingNameSubject: the name that opens a sentence as its main subject', () => {
  test.each([
    ['Morel had a history of illness.', 'Morel'],
    ['Ana Morel left the hall early.', 'Ana Morel'],
    ['The mayor had a history of illness.', null],
    ['In court, Morel said little.', null],
    ['He left the hall early.', null],
  ] as [string, string | null][])('%s', (text, expected) => {
    const { s } = marked(text);
    const chunk = openingNameSubject(s);
    expect(
      chunk
        ? s.tokens
            .slice(chunk.first, chunk.last + 1)
            .map((t) => t.text)
            .join(' ')
        : null,
    ).toBe(expected);
  });
});

describe('descriptionAfter: a described phrase after a name, which the appositives leave out', () => {
  test.each([
    ['[Moreno, a mother of three who takes the ferry, said the fares rose.', 'mother'],
    ['[Moreno, her neighbour who takes the ferry, said the fares rose.', 'neighbour'],
    ['[Moreno, a mother of three, said the fares rose.', null],
    ['[Moreno, who takes the ferry, said the fares rose.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at } = marked(written);
    const chunk = descriptionAfter(s, s.chunkAt[at]);
    expect(chunk < 0 ? null : s.tokens[s.chunks[chunk].head].text).toBe(expected);
  });
});

describe('subjectClauseStretch: the words of a subject’s clause after it', () => {
  test.each([
    ['[Lamoureux, a judge at the board, said in her order that rates rise.', 'said in her order that rates rise.'],
    ['[Baird, her husband, said it twice; then he left.', 'said it twice;'],
    ['[Baird, and his wife, said it twice.', null],
    ['[Baird said “he left” on Monday.', 'said'],
    ['The mayor met [Baird and left.', null],
  ] as [string, string | null][])('%s', (written, expected) => {
    const { s, at, text } = marked(written);
    const stretch = subjectClauseStretch(s, at, 30);
    expect(
      stretch
        ? text
            .slice(s.tokens[stretch.first].start, s.tokens[stretch.last].end + s.tokens[stretch.last].post.length)
            .trim()
        : null,
    ).toBe(expected);
  });

  test('no further than the reach', () => {
    const { s, at } = marked('[Baird said that the rates would rise again next year.');
    expect(subjectClauseStretch(s, at, 3)).toEqual({ first: at + 1, last: at + 3 });
  });
});

describe('holdsFiniteVerb: prose, not a caption or credit line', () => {
  test.each([
    ['[The mayor said the pier would reopen.', true],
    ['[Crews walked the pier at dawn.', true],
    ['[Ola Brandt is a nurse.', true],
    ['[Photo: Jane Doe/Reuters', false],
    ['[Mayor Ann Lee at the pier on Friday.', false],
    ['[Engineer Paul Doucet on the pier.', false],
  ] as [string, boolean][])('%s', (written, expected) => {
    const { s } = marked(written);
    expect(holdsFiniteVerb(s.tokens)).toBe(expected);
  });
});

describe('wordsBeforeName: the words before a person’s name that are no part of it', () => {
  // Each row: the role as written (or null) and the name, or null when the phrase is all name.
  test.each([
    ['[Organizer Lena Brandt] said the march would go ahead.', ['Organizer', 'Lena Brandt']],
    ['[Manitoba Liberal MP Dan Orrin] said the bill was dead.', ['Manitoba Liberal MP', 'Dan Orrin']],
    ['[NDP MLA Rosa Kell] said the bill was dead.', ['NDP MLA', 'Rosa Kell']],
    ['[Unlike Ruiz], the mayor voted against the levy.', [null, 'Ruiz']],
    ['[Yesterday Okoro] said the levy would pass.', [null, 'Okoro']],
    ['[MANITOBA MP DAN ORRIN] SAID THE BILL WAS DEAD.', null],
    ['[Lena Brandt] said the march would go ahead.', null],
    ['[Ruiz] said the march would go ahead.', null],
  ] as [string, [string | null, string] | null][])('%s', (written, expected) => {
    const { words, text } = bracketed(written);
    const split = wordsBeforeName(words);
    const slice = (from: number, to: number): string => text.slice(words[from].start, words[to].end);
    expect(
      split && [
        split.name > split.role ? slice(split.role, split.name - 1) : null,
        slice(split.name, words.length - 1),
      ],
    ).toEqual(expected);
  });
});

describe('firstNamesBefore: the full names a sentence writes of surnames known alone', () => {
  // Each row: the sentence, the surnames asked for (bare words), and the full names found, as written.
  test.each([
    ['The council heard from Shanaz Okoro, president of the union.', [['okoro']], ['Shanaz Okoro']],
    ['Lawyers for Omar Al Hamid filed the appeal.', [['al', 'hamid']], ['Omar Al Hamid']],
    ['Golfer Tiger Woods said the course was hard.', [['woods']], ['Tiger Woods']],
    ['Okoro said the union would strike.', [['okoro']], []],
    ['The mayor met Dr. Okoro on Friday.', [['okoro']], []],
    ['Delegates from Toronto Okoro said nothing.', [['okoro']], []],
    ['Okoro met Ruiz and later Ruiz met Okoro.', [['okoro']], []],
  ] as [string, string[][], string[]][])('%s', (written, surnames, expected) => {
    const { s, text } = marked(written);
    const wanted = new Map(surnames.map((words) => [words[words.length - 1], words]));
    const found = firstNamesBefore(s, wanted).map((m) => text.slice(s.tokens[m.first].start, s.tokens[m.last].end));
    expect(found).toEqual(expected);
  });
});

describe('personNamesIn: the person names of a sentence, with the role the sentence gives each', () => {
  // Each row: the sentence, and each name as written (titles kept), its role and its role words.
  test.each([
    [
      'Harbour Authority spokeswoman Tilde Maraga said the pier would reopen.',
      [['Tilde Maraga', 'Harbour Authority spokeswoman', ['spokeswoman']]],
    ],
    ['Maria Lopez, a doctor at the clinic, said the wards were full.', [['Maria Lopez', undefined, ['doctor']]]],
    ['Dr. Will said the clinic was full.', [['Dr. Will', undefined, ['dr']]]],
    ['The mayor met reporters on Monday.', []],
    ['RUSSELL, Ont. — The mayor met reporters.', []],
  ] as [string, [string, string | undefined, string[]][]][])('%s', (written, expected) => {
    const { s, text } = marked(written);
    const found = personNamesIn(s.tokens).map((name) => [
      text.slice(name.tokens[0].start, name.end),
      name.role,
      name.roleWords,
    ]);
    expect(found).toEqual(expected);
  });
});
