/**
 * compromiseTerms runs fewer of compromise's steps than the plain sequence it replaced (nlp.tokenize, then
 * machine, index, contractions, normal, lexicon, preTagger, offset), and its contraction step only on the
 * sentences it can change: every term must come out the same as from that sequence.
 */
import { describe, expect, test } from '@jest/globals';
import { createRequire } from 'node:module';
import { compromiseTerms, tagRange } from '../../src/segment/nlp.js';

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  implicit?: string;
  alias?: string[];
  index?: [number, number];
  offset: { index: number; start: number; length: number };
  tags: Set<string>;
}

interface PlainView {
  compute(steps: string[]): unknown;
  docs: CompromiseTerm[][];
}

const nlp = createRequire(import.meta.url)('compromise') as { tokenize(text: string): PlainView };

/** The sequence whosaid ran before: compromise's tokenize (alias, normal, machine, contractions), then its steps. */
function plainSequence(text: string): CompromiseTerm[][] {
  const doc = nlp.tokenize(text);
  doc.compute(['machine', 'index', 'contractions', 'normal', 'lexicon', 'preTagger', 'offset']);
  return doc.docs;
}

/** Every field of every term that a step writes (compromise's random term ids left out), tags in their order. */
function fields(sentences: CompromiseTerm[][]): unknown[][] {
  return sentences.map((terms) =>
    terms.map((t) => ({
      text: t.text,
      pre: t.pre,
      post: t.post,
      normal: t.normal,
      machine: t.machine,
      implicit: t.implicit,
      alias: t.alias,
      index: t.index,
      offset: t.offset,
      tags: [...t.tags],
    })),
  );
}

describe('compromiseTerms', () => {
  test.each([
    ['no contraction', 'The council approved the budget on Tuesday, the clerk said.'],
    ['not, would', 'The senator didn’t say whether she’d go, and aides won’t comment.'],
    ['are, have, am, will', '“We’re not done,” he said. “They’ve been told, and I’m sure they’ll listen.”'],
    ['did, had', "What'd they know? They'd gone home before the vote, officials said."],
    ['there has, there is', 'There’s been no answer, and there’s a reason, the mayor said.'],
    ['ranges and units', 'The committee voted 44-2; the rally ran 5-9pm and the march stretched 5km.'],
    [
      'table words, possessives, an ordinal',
      "The 3rd district's candidate, O'Brien, cannot win, the poll's authors wrote.",
    ],
    ['French elisions', "The minister said l'économie d'abord, j'insiste, c'est la vie, s'il vous plaît."],
    ['let us, split twice', 'Let’s be clear, she said. Let’s go back to the facts.'],
    [
      'sentences with and without contractions',
      'The vote was close. Officials said they’d meet again. Nobody answered. It’s 5km away, and 10-4 it stood.',
    ],
  ])('%s: the same terms as the plain sequence', (_name, text) => {
    const expected = plainSequence(text);
    expect(fields(compromiseTerms(text) as unknown as CompromiseTerm[][])).toEqual(fields(expected));
  });

  test('the plain sequence splits a contraction twice (the second split is kept: the tagger reads it)', () => {
    const [terms] = plainSequence('They can’t win.');
    expect(terms.map((t) => t.implicit ?? t.text)).toEqual(['They', 'can', 'not', 'not', 'win']);
    expect(compromiseTerms('They can’t win.')[0].map((t) => t.offset.length)).toEqual([4, 5, 0, 0, 3]);
  });
});

describe('tagRange: curly quote marks glued between punctuation and a word, a straight one after a colon', () => {
  test.each([
    [
      'The mayor said,“We will rebuild.”',
      [
        ['said', '', ','],
        ['We', '“', ' '],
      ],
    ],
    [
      '“They spread fear,”Dana Reyes said.',
      [
        ['fear', '', ',”'],
        ['Dana', '', ' '],
      ],
    ],
    [
      'He shouted:“Go home!”',
      [
        ['shouted', '', ':'],
        ['Go', '“', ' '],
      ],
    ],
    [
      'Sen. Ann Lee (D-Mass.):"We stay open."',
      [
        ['D-Mass', '(', '.):'],
        ['We', '"', ' '],
      ],
    ],
    [
      'Port chief Ann Lee:"We stay open." She left.',
      [
        ['Lee', '', ':'],
        ['We', '"', ' '],
      ],
    ],
  ])('%s', (text, expected) => {
    const tokens = tagRange(text, 0, text.length).flatMap((s) => s.tokens);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const shown = tokens.map((t) => [t.text, t.pre, t.post]);
    for (const row of expected) expect(shown).toContainEqual(row);
  });
});

describe('tagRange: a possessive after an abbreviation is no glued closing quote', () => {
  test.each([
    ['The U.S.’s envoy said the talks had failed.', 'U.S.’s'],
    ['Acme Inc.’s chief said sales rose.', 'Inc.’s'],
  ])('%s', (text, word) => {
    const tokens = tagRange(text, 0, text.length).flatMap((s) => s.tokens);
    expect(tokens.map((t) => t.text)).toContain(word);
  });
});

describe('tagRange: a horizontal bar set as a dash is punctuation, like an em dash', () => {
  test.each([
    ['HALIFAX ― The ferry was late.', ['HALIFAX', 'The', 'ferry', 'was', 'late'], ' — '],
    ['The ferry ― the old one ― was late.', ['The', 'ferry', 'the', 'old', 'one', 'was', 'late'], ' — '],
  ])('%s', (text, words, dash) => {
    const tokens = tagRange(text, 0, text.length).flatMap((s) => s.tokens);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.some((t) => t.post === dash)).toBe(true);
  });
});
