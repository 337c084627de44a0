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
  ] as [string, [string, string, string | null][]][])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
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
