/**
 * Unattributed claims: a sentence on no one's authority is a claim only when it states a figure (a count,
 * amount, percentage or range of them) or a hedge; a date, a year, a span of years or an ordinal alone only
 * places or ranks, and an identifier is no number at all.
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

/** The claims of a text as [kind, text, the numbers' texts]. */
function claimsOf(text: string): [string, string, string[]][] {
  return extract(text).claims.map((c) => [c.kind, c.text, c.numbers.map((n) => n.text)]);
}

describe('unattributed claims need a figure or a hedge', () => {
  test.each([
    ['a year alone', 'The plant opened in 2016 near the river.', []],
    ['a date alone', 'The vote is set for Sept. 30 in the capital.', []],
    ['a month and year', 'The couple moved to Halifax in February 2017.', []],
    ['a span of years', 'The mine ran from 2014 to 2017 under foreign owners.', []],
    ['a short decade', "The bakery has served bread since the '90s.", []],
    ['an ordinal', 'The goal was his 14th of the season.', []],
    ['an identifier', 'The law, Section 230, shields the platforms.', []],
    ['a speaker\'s "one"', '“The water is gone,” said one resident.', [['quote', 'The water is gone,', []]]],
    [
      'a count beside a year',
      'In 2016, up to 200 attackers were killed near the base.',
      [['unattributed', 'In 2016, up to 200 attackers were killed near the base.', ['2016', 'up to 200']]],
    ],
    [
      'a count',
      'But one ally fighter sustained injuries in the attack.',
      [['unattributed', 'But one ally fighter sustained injuries in the attack.', ['one']]],
    ],
    [
      'a percentage beside a date',
      'On Sept. 30 the rate rose 4.1% to a record.',
      [['unattributed', 'On Sept. 30 the rate rose 4.1% to a record.', ['Sept. 30', '4.1%']]],
    ],
    [
      'a range of counts',
      'Between 2,000 and 2,500 people marched downtown.',
      [['unattributed', 'Between 2,000 and 2,500 people marched downtown.', ['Between 2,000 and 2,500']]],
    ],
    [
      'a hedge with only a year',
      'The mayor allegedly left the city in 2016.',
      [['unattributed', 'The mayor allegedly left the city in 2016.', ['2016']]],
    ],
    [
      'a dateline and a count',
      'OTTAWA — About 300 workers walked out on Monday.',
      [['unattributed', 'About 300 workers walked out on Monday.', ['About 300']]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
