/**
 * Quotes whose speaker follows the verb after them, found through the syntax layer's inverted subjects: each
 * row a text and its quotes' source mentions, cues and sieves, in text order.
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

const quotes = (text: string): [string, string, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote')
    .map((c) => [c.sourceMention?.text ?? '', c.cue?.text ?? '', c.by]);

describe('absolute participles before a quote', () => {
  test('"with X saying" gives the quote to X', () => {
    const text = 'The union declined to comment, with spokesman Ravi Patel saying, "We will respond Monday."';
    expect(quotes(text)).toEqual([['spokesman Ravi Patel', 'saying', 'adjacent']]);
  });
});

describe('inverted subjects after a quote', () => {
  test.each([
    [
      '"We are tired," one voter said. "We want change," said another.',
      [
        ['one voter', 'said', 'adjacent'],
        ['another', 'said', 'adjacent'],
      ],
    ],
    ['"Get out," barked the sergeant.', [['the sergeant', 'barked', 'trailing-inverted-verb']]],
    ['"Sit down," snapped Ivo Rask.', [['Ivo Rask', 'snapped', 'trailing-inverted-verb']]],
    ['"It is over," grumbled the coach.', [['the coach', 'grumbled', 'adjacent']]],
    [
      '"We will appeal," said Jane Roe, a lawyer for the family.',
      [['Jane Roe, a lawyer for the family', 'said', 'adjacent']],
    ],
    [
      '"We will appeal," said the mayor\'s spokesman, Dana Fromm.',
      [["the mayor's spokesman, Dana Fromm", 'said', 'adjacent']],
    ],
    ['"We will appeal," said Jane Roe, on Monday.', [['Jane Roe', 'said', 'adjacent']]],
    [
      '"They are robbing us blind," said oil and gas worker Tom Bell.',
      [['oil and gas worker Tom Bell', 'said', 'adjacent']],
    ],
  ] as [string, [string, string, string | null][]][])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

/** [source name, source mention, content] of each reported claim. */
const reported = (text: string): [string, string, string][] => {
  const result = extract(text);
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.claims
    .filter((c) => c.kind === 'reported')
    .map((c) => [names.get(c.source ?? '') ?? '', c.sourceMention?.text ?? '', c.text]);
};

describe('inverted subjects after a reported claim', () => {
  test.each([
    [
      'a role, then the name as an appositive: the name is the source, the mention is written from the role',
      "The plant is under pressure from imports, said the company's chief executive, Tom Ferr.",
      [['Tom Ferr', "the company's chief executive, Tom Ferr", 'The plant is under pressure from imports']],
    ],
    [
      'a time after the name is no appositive, and the content stays before the cue',
      'No ties were found, said Director James Colm, on Monday.',
      [['James Colm', 'Director James Colm', 'No ties were found']],
    ],
    [
      'an appositive, then a participle cue: each its own claim',
      'No ties were found, said Jane Roe, a lawyer for the family, adding that the case was closed.',
      [
        ['Jane Roe', 'Jane Roe, a lawyer for the family', 'No ties were found'],
        ['Jane Roe', 'Jane Roe, a lawyer for the family', 'the case was closed'],
      ],
    ],
    [
      'a participle after an attribution in the middle of the sentence speaks for its subject',
      'Lee has held events in Ohio this month, Ann Ford said, adding that he would hold more.',
      [
        ['Ann Ford', 'Ann Ford', 'Lee has held events in Ohio this month'],
        ['Ann Ford', 'Ann Ford', 'he would hold more'],
      ],
    ],
    [
      'an attribution set off by commas after an infinitive clause takes the whole sentence',
      'The plan to raise taxes on gains, he added, is a mistake.',
      [['he', 'he', 'The plan to raise taxes on gains, he added, is a mistake']],
    ],
    [
      'the attribution before the participle may end in when and where it was said',
      'The plan is reckless, Ann Ford said Tuesday in Paris, noting that the budget is short.',
      [
        ['Ann Ford', 'Ann Ford', 'The plan is reckless'],
        ['Ann Ford', 'Ann Ford', 'the budget is short'],
      ],
    ],
    [
      'a gerund that opens a clause after the attribution is no participle cue: the sentence is the content',
      'Though the move was easy, he said, replacing the mayor would be hard.',
      [['he', 'he', 'Though the move was easy, he said, replacing the mayor would be hard']],
    ],
    [
      'an appositive, then a time',
      'No ties were found, said James Colm, a professor at Yale, in a statement.',
      [['James Colm', 'James Colm, a professor at Yale', 'No ties were found']],
    ],
    [
      'a clause after an opening adverb is the content, no appositive of the adverb',
      'Still, the town will build a new bridge, says Vera Holt.',
      [['Vera Holt', 'Vera Holt', 'Still, the town will build a new bridge']],
    ],
    [
      'so is one with a form of "be"',
      'Somehow, the ferry is back on time, adds Vera Holt.',
      [['Vera Holt', 'Vera Holt', 'Somehow, the ferry is back on time']],
    ],
    [
      'a participle after such a clause speaks for its subject',
      'Instead, the mayor is keeping to her plan, hoping to avoid a strike.',
      [['mayor', 'the mayor', 'to avoid a strike']],
    ],
    [
      'an appositive with a clause of its own after a subordinator stays an appositive',
      'Tom Ferr, while the vote is close, says the bill will pass.',
      [['Tom Ferr', 'Tom Ferr, while the vote is close,', 'the bill will pass']],
    ],
  ] as [string, string, [string, string, string][]][])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a verb that takes an addressee: no inverted subject before "that"; a subject with an appositive after "after"', () => {
  test.each([
    [
      'The aides, led by campaign chief Tom Ferr, told the group that they expected to lose.',
      [['aides', 'The aides', 'they expected to lose']],
    ],
    [
      'Protests grew after Dana Lee, the council chair, told reporters that the plan was dead.',
      [['Dana Lee', 'Dana Lee, the council chair,', 'the plan was dead']],
    ],
    ['The bus was late, warned the driver.', [['driver', 'the driver', 'The bus was late']]],
  ] as [string, [string, string, string][]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('an imperative has no inverted subject', () => {
  const reported = (text: string) =>
    extract(text)
      .claims.filter((c) => c.kind === 'reported')
      .map((c) => [c.sourceMention?.text ?? null, c.cue?.text ?? null, c.text]);
  test.each([
    ['Add the beans except the chickpeas. Stir until the sauce thickens.', []],
    ['Ask any farmer about the drought. The wells ran dry in June.', []],
    ['Says the council will vote on the budget.', [['the council', 'Says', 'will vote on the budget']]],
  ] as [string, [string | null, string | null, string][]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
