/**
 * Numbers and the words around them: clause openers (a dateline's dash, a line break), the determiner "one"
 * of a speaker, "one day" as a duration or an adverb, distances moved, "a couple", short decades, "100k",
 * clock times, years after "around" / "since at least".
 */
import { describe, expect, test } from '@jest/globals';
import { detectNumbers } from '../../../src/detect/numbers/index.js';
import type { NumberValue } from '../../../src/types.js';

/** The fields a row checks; the rest must be absent or default (approximate false, bound null). */
type Expected = Pick<NumberValue, 'text' | 'value' | 'kind'> & Partial<Omit<NumberValue, 'start' | 'end'>>;

function full(e: Expected): Omit<NumberValue, 'start' | 'end'> {
  const out: Omit<NumberValue, 'start' | 'end'> = {
    text: e.text,
    value: e.value,
    kind: e.kind,
    approximate: e.approximate ?? false,
    bound: e.bound ?? null,
  };
  if (e.low !== undefined) out.low = e.low;
  if (e.high !== undefined) out.high = e.high;
  if (e.unit !== undefined) out.unit = e.unit;
  if (e.change !== undefined) out.change = e.change;
  if (e.ratio !== undefined) out.ratio = e.ratio;
  return out;
}

function check(input: string, expected: Expected[]): void {
  const found = detectNumbers(input);
  for (const n of found) expect(input.slice(n.start, n.end)).toBe(n.text);
  expect(found.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(expected.map(full));
}

const about300: Expected = { text: 'About 300', value: 300, kind: 'count', approximate: true, unit: 'workers' };

const openers: Array<[string, Expected[]]> = [
  ['OTTAWA — About 300 workers walked out on Monday.', [about300]],
  ['OTTAWA—About 300 workers walked out on Monday.', [about300]],
  ['OTTAWA -- About 300 workers walked out on Monday.', [about300]],
  ['OTTAWA (Reuters) - About 300 workers walked out on Monday.', [about300]],
  ['Strike at the mill\nAbout 300 workers walked out on Monday.', [about300]],
  ['— Nearly 300', [{ text: 'Nearly 300', value: 300, kind: 'count', approximate: true, bound: 'upper', high: 300 }]],
  [
    'KYIV – Some 40 people were hurt, the mayor said.',
    [{ text: 'Some 40', value: 40, kind: 'count', approximate: true, unit: 'people' }],
  ],
  [
    'BEIRUT — Up to 200 attackers were killed.',
    [{ text: 'Up to 200', value: 200, kind: 'count', bound: 'upper', high: 200, unit: 'attackers' }],
  ],
  [
    'LONDON — More than 1,000 flights were cancelled.',
    [{ text: 'More than 1,000', value: 1000, kind: 'count', bound: 'lower', low: 1000, unit: 'flights' }],
  ],
  ['OTTAWA — In 2016, the plant closed.', [{ text: '2016', value: 2016, kind: 'year' }]],
  ['OTTAWA — Only 300 workers stayed.', [{ text: '300', value: 300, kind: 'count', unit: 'workers' }]],
  // A name stays a name after a dash, and a capitalised "The" mid-sentence starts a title.
  ['The highway — Route 66 — was closed for the day.', []],
  ['The plane — a Boeing 737 — landed safely.', []],
  ['She sang on the show The 411 last week.', []],
];

const one: Array<[string, Expected[]]> = [
  // "one" picking out a speaker: after the noun, inverted, on the next line, through a phrase or a clause.
  ['“We are afraid,” one resident said.', []],
  ['“We are afraid,” said one resident.', []],
  ['“We are afraid,”\nsaid one resident.', []],
  ['“We are afraid,” one resident\nsaid.', []],
  ['Says one analyst: the deal is dead.', []],
  ['“It is over,” wrote one commenter.', []],
  ['One resident of the town said the water was gone.', []],
  ['One villager who fled the shelling said the army had left.', []],
  ['One official familiar with the talks told Reuters the deal was close.', []],
  ['One man accused of fraud said he was innocent.', []],
  ['One strategist described the race as close.', []],
  ['The city is the most expensive, according to one survey.', []],
  // "one" that counts.
  [
    'One soldier was killed and officials said the attack had failed.',
    [{ text: 'One', value: 1, kind: 'count', unit: 'soldier' }],
  ],
  ['One man charged in the attack was released.', [{ text: 'One', value: 1, kind: 'count', unit: 'man' }]],
  ['Officials reported one death on Monday.', [{ text: 'one', value: 1, kind: 'count', unit: 'death' }]],
  ['Rebels held one town, the army said.', [{ text: 'one', value: 1, kind: 'count', unit: 'town' }]],
  ['Only one resident said no.', [{ text: 'one', value: 1, kind: 'count', unit: 'resident' }]],
  // "one day": a duration where a duration is meant, else an adverb.
  [
    'The army killed 40 people in one day.',
    [
      { text: '40', value: 40, kind: 'count', unit: 'people' },
      { text: 'one', value: 1, kind: 'count', unit: 'day' },
    ],
  ],
  ['The strike lasted one day.', [{ text: 'one', value: 1, kind: 'count', unit: 'day' }]],
  ['One day later, the rebels left.', [{ text: 'One', value: 1, kind: 'count', unit: 'day' }]],
  ['She worked one day a week at the clinic.', [{ text: 'one', value: 1, kind: 'count', unit: 'day' }]],
  ['With one day to go, the polls are tied.', [{ text: 'one', value: 1, kind: 'count', unit: 'day' }]],
  ['One day, the rebels left.', []],
  ['OTTAWA — One day, the rebels left.', []],
  ['One night soldiers came to the village.', []],
  ['He hopes to one day return home.', []],
  ['The road could one day stretch to the coast.', []],
  ['Everything changed one day in June 2014.', [{ text: 'June 2014', value: 2014, kind: 'date' }]],
];

const misses: Array<[string, Expected[]]> = [
  // The counted noun is never "last" or "next".
  ['Sales dropped by a quarter last year.', [{ text: 'a quarter', value: 0.25, kind: 'count', change: 'down' }]],
  [
    'Arrests rose to 120, up from 90 last year.',
    [
      { text: '120', value: 120, kind: 'count' },
      { text: '90', value: 90, kind: 'count' },
    ],
  ],
  // A distance moved is no change of a level; a level that rises by a distance is.
  ['Crews had to climb 80 ft to reach the line.', [{ text: '80', value: 80, kind: 'count', unit: 'ft' }]],
  ['The man fell 30 feet from a balcony.', [{ text: '30', value: 30, kind: 'count', unit: 'feet' }]],
  [
    'The jet plunged 10 to 20 metres in the storm.',
    [{ text: '10 to 20', value: 10, kind: 'range', low: 10, high: 20, unit: 'metres' }],
  ],
  ['The river rose 2 metres overnight.', [{ text: '2', value: 2, kind: 'count', unit: 'metres', change: 'up' }]],
  ['Shares fell 8% on Monday.', [{ text: '8%', value: 8, kind: 'percent', unit: 'percent', change: 'down' }]],
  // "a couple": about two; a pair of people is no number.
  [
    'Talks will resume in a couple of weeks.',
    [{ text: 'a couple', value: 2, kind: 'count', approximate: true, unit: 'weeks' }],
  ],
  [
    'A couple hundred people gathered outside.',
    [{ text: 'A couple hundred', value: 200, kind: 'count', approximate: true, unit: 'people' }],
  ],
  [
    'The repairs cost a couple of thousand dollars.',
    [{ text: 'a couple of thousand dollars', value: 2000, kind: 'money', approximate: true, unit: 'USD' }],
  ],
  ['A couple from Ottawa won the draw.', []],
  ['The couple said they would appeal.', []],
  // Short decades.
  ["Prices have doubled since the '90s.", [{ text: "'90s", value: 1990, kind: 'year', approximate: true }]],
  ['She moved there in the mid-’60s.', [{ text: '’60s', value: 1960, kind: 'year', approximate: true }]],
  ["Phones were everywhere by the '00s.", [{ text: "'00s", value: 2000, kind: 'year', approximate: true }]],
  ["He joined the Class of '21.", []],
  // "k" scales; other bare suffixes only after a modifier ("3M" alone is a company, "4K" a resolution).
  ['The petition drew 100k signatures.', [{ text: '100k', value: 100000, kind: 'count', unit: 'signatures' }]],
  [
    'The app has about 3M users.',
    [{ text: 'about 3M', value: 3000000, kind: 'count', approximate: true, unit: 'users' }],
  ],
  [
    'The video drew more than 100K views.',
    [{ text: 'more than 100K', value: 100000, kind: 'count', bound: 'lower', low: 100000, unit: 'views' }],
  ],
  ['3M workers went on strike at the plant.', []],
  ['The 4K screens sold out.', []],
  ['She won the 10k race in Ottawa.', []],
  ['He earns $100k a year.', [{ text: '$100k', value: 100000, kind: 'money', unit: 'USD' }]],
];

const clock: Array<[string, Expected[]]> = [
  ['Polls close at 7 p.m. on Tuesday.', []],
  ['The vote starts at 10 AM sharp.', []],
  ['At 6 pm, 300 people marched.', [{ text: '300', value: 300, kind: 'count', unit: 'people' }]],
  ['The curfew runs from 7 to 9 p.m. each night.', []],
  ['The shop opens 7-9 a.m. on weekdays.', []],
  ['A crash at 3 a.m. killed 2 people.', [{ text: '2', value: 2, kind: 'count', unit: 'people' }]],
  ['I am told 7 am I.', [{ text: '7', value: 7, kind: 'count' }]],
  [
    'Turnout rose from 7 to 9 percent.',
    [
      { text: '7', value: 7, kind: 'count' },
      { text: '9 percent', value: 9, kind: 'percent', unit: 'percent' },
    ],
  ],
];

const modifiedYears: Array<[string, Expected[]]> = [
  ['Turnout was the highest since at least 1980.', [{ text: '1980', value: 1980, kind: 'year' }]],
  ['The mood changed around 2002, when the war began.', [{ text: '2002', value: 2002, kind: 'year' }]],
  ['In the years leading up to 2011, the agency grew.', [{ text: '2011', value: 2011, kind: 'year' }]],
  ['The deal runs until at least 2021.', [{ text: '2021', value: 2021, kind: 'year' }]],
  ['About 2000 people came.', [{ text: 'About 2000', value: 2000, kind: 'count', approximate: true, unit: 'people' }]],
  ['About 2000 were killed.', [{ text: 'About 2000', value: 2000, kind: 'count', approximate: true }]],
  [
    'The toll rose to more than 2000.',
    [{ text: 'more than 2000', value: 2000, kind: 'count', bound: 'lower', low: 2000 }],
  ],
  [
    'The tally could reach up to 2000.',
    [{ text: 'up to 2000', value: 2000, kind: 'count', bound: 'upper', high: 2000 }],
  ],
];

describe('numbers in context', () => {
  test.each(openers)('clause openers: %s', check);
  test.each(one)('one: %s', check);
  test.each(misses)('units, distances, couples, decades, k: %s', check);
  test.each(clock)('clock times: %s', check);
  test.each(modifiedYears)('years after a modifier: %s', check);
});
