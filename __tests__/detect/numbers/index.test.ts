import { detectNumbers } from '../../../src/detect/numbers/index.js';
import type { NumberValue } from '../../../src/types.js';

/** The fields a row checks; `text` is the span, the rest must match exactly (missing = absent). */
type Expected = Pick<NumberValue, 'text' | 'value' | 'kind'> & Partial<Omit<NumberValue, 'start' | 'end'>>;

/** Fills in the defaults so every row checks every field. */
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

function strip(n: NumberValue): Omit<NumberValue, 'start' | 'end'> {
  const { start: _s, end: _e, ...rest } = n;
  return rest;
}

function expectSpans(text: string, found: NumberValue[]): void {
  for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
}

const rows: Array<[string, Expected[]]> = [
  // bounds and approximations
  [
    'Police said up to 200 attackers stormed the compound.',
    [{ text: 'up to 200', value: 200, kind: 'count', bound: 'upper', high: 200, unit: 'attackers' }],
  ],
  [
    'He said he had been there about a dozen times.',
    [{ text: 'about a dozen', value: 12, kind: 'count', approximate: true, unit: 'times' }],
  ],
  [
    'More than 1,000 people were evacuated.',
    [{ text: 'More than 1,000', value: 1000, kind: 'count', bound: 'lower', low: 1000, unit: 'people' }],
  ],
  [
    'At least 12 people died in the blast, officials said.',
    [{ text: 'At least 12', value: 12, kind: 'count', bound: 'lower', low: 12, unit: 'people' }],
  ],
  [
    'Fewer than ten journalists were allowed in.',
    [{ text: 'Fewer than ten', value: 10, kind: 'count', bound: 'upper', high: 10, unit: 'journalists' }],
  ],
  [
    'Nearly half of the voters stayed home.',
    [{ text: 'Nearly half', value: 0.5, kind: 'count', approximate: true, bound: 'upper', high: 0.5, unit: 'voters' }],
  ],
  [
    'As many as 80 migrants were on board.',
    [{ text: 'As many as 80', value: 80, kind: 'count', bound: 'upper', high: 80, unit: 'migrants' }],
  ],
  [
    'An estimated 3,000 protesters gathered.',
    [{ text: 'An estimated 3,000', value: 3000, kind: 'count', approximate: true, unit: 'protesters' }],
  ],
  [
    'Some 40 percent of the land was flooded.',
    [{ text: 'Some 40 percent', value: 40, kind: 'percent', approximate: true, unit: 'percent' }],
  ],
  [
    'The law allows no more than 5 visitors.',
    [{ text: 'no more than 5', value: 5, kind: 'count', bound: 'upper', high: 5, unit: 'visitors' }],
  ],
  [
    'He faces a maximum of 20 years in prison.',
    [{ text: 'a maximum of 20', value: 20, kind: 'count', bound: 'upper', high: 20, unit: 'years' }],
  ],
  [
    'Less than a third of the aid arrived.',
    [{ text: 'Less than a third', value: 1 / 3, kind: 'count', bound: 'upper', high: 1 / 3, unit: 'aid' }],
  ],
  [
    'Roughly 300 soldiers were killed, reportedly.',
    [{ text: 'Roughly 300', value: 300, kind: 'count', approximate: true, unit: 'soldiers' }],
  ],
  // ranges
  [
    'Prices rose from 2014 to 2017, the report said.',
    [{ text: 'from 2014 to 2017', value: 2014, kind: 'range', low: 2014, high: 2017 }],
  ],
  [
    'Between 10 and 20 people were detained.',
    [{ text: 'Between 10 and 20', value: 10, kind: 'range', low: 10, high: 20, unit: 'people' }],
  ],
  [
    'During the 2014-2017 period, exports fell.',
    [{ text: '2014-2017', value: 2014, kind: 'range', low: 2014, high: 2017 }],
  ],
  [
    'Turnout fell 10 to 15 percent.',
    [{ text: '10 to 15 percent', value: 10, kind: 'range', low: 10, high: 15, unit: 'percent', change: 'down' }],
  ],
  ['He served as mayor in 2014-17.', [{ text: '2014-17', value: 2014, kind: 'range', low: 2014, high: 2017 }]],
  [
    'About 1.5 to 2 million people fled.',
    [
      {
        text: 'About 1.5 to 2 million',
        value: 1500000,
        kind: 'range',
        low: 1500000,
        high: 2000000,
        approximate: true,
        unit: 'people',
      },
    ],
  ],
  [
    'The project cost $10 million to $20 million.',
    [
      {
        text: '$10 million to $20 million',
        value: 10000000,
        kind: 'range',
        low: 10000000,
        high: 20000000,
        unit: 'USD',
      },
    ],
  ],
  [
    'Rates of 10%-15% were reported.',
    [{ text: '10%-15%', value: 10, kind: 'range', low: 10, high: 15, unit: 'percent' }],
  ],
  [
    'Volunteers aged 18-25 signed up.',
    [{ text: '18-25', value: 18, kind: 'range', low: 18, high: 25, unit: 'years (age)' }],
  ],
  [
    'It deployed 1,000-2,000 troops.',
    [{ text: '1,000-2,000', value: 1000, kind: 'range', low: 1000, high: 2000, unit: 'troops' }],
  ],
  // counts and the "one" rule
  ['One ally fighter was killed, the coalition said.', [{ text: 'One', value: 1, kind: 'count', unit: 'fighter' }]],
  ['Only one person survived the crash.', [{ text: 'one', value: 1, kind: 'count', unit: 'person' }]],
  ['Three police officers were injured.', [{ text: 'Three', value: 3, kind: 'count', unit: 'officers' }]],
  [
    'Two people died and ten were hurt.',
    [
      { text: 'Two', value: 2, kind: 'count', unit: 'people' },
      { text: 'ten', value: 10, kind: 'count' },
    ],
  ],
  ['Officials said 200 Palestinians were wounded.', [{ text: '200', value: 200, kind: 'count', unit: 'Palestinians' }]],
  ['One of the 12 soldiers was wounded.', [{ text: '12', value: 12, kind: 'count', unit: 'soldiers' }]],
  ['Twenty-five students were expelled.', [{ text: 'Twenty-five', value: 25, kind: 'count', unit: 'students' }]],
  [
    'Three hundred families lost their homes.',
    [{ text: 'Three hundred', value: 300, kind: 'count', unit: 'families' }],
  ],
  ['A hundred and fifty homes burned.', [{ text: 'A hundred and fifty', value: 150, kind: 'count', unit: 'homes' }]],
  ['Two dozen eggs were thrown.', [{ text: 'Two dozen', value: 24, kind: 'count', approximate: true, unit: 'eggs' }]],
  [
    'Half a million refugees crossed the border.',
    [{ text: 'Half a million', value: 500000, kind: 'count', unit: 'refugees' }],
  ],
  [
    'He spent two and a half years in detention.',
    [{ text: 'two and a half', value: 2.5, kind: 'count', unit: 'years' }],
  ],
  ['Two million doses were shipped.', [{ text: 'Two million', value: 2000000, kind: 'count', unit: 'doses' }]],
  ['The city has 1.2 million residents.', [{ text: '1.2 million', value: 1200000, kind: 'count', unit: 'residents' }]],
  [
    'Hundreds of people marched.',
    [{ text: 'Hundreds', value: 100, kind: 'count', approximate: true, bound: 'lower', low: 100, unit: 'people' }],
  ],
  [
    'Tens of thousands of protesters filled the square.',
    [
      {
        text: 'Tens of thousands',
        value: 10000,
        kind: 'count',
        approximate: true,
        bound: 'lower',
        low: 10000,
        unit: 'protesters',
      },
    ],
  ],
  ['A 12-year-old boy was arrested.', [{ text: '12', value: 12, kind: 'count', unit: 'years (age)' }]],
  ['It unveiled a five-year plan.', [{ text: 'five', value: 5, kind: 'count', unit: 'years' }]],
  ['Two-thirds of respondents agreed.', [{ text: 'Two-thirds', value: 2 / 3, kind: 'count', unit: 'respondents' }]],
  ['A third of the budget went to defence.', [{ text: 'A third', value: 1 / 3, kind: 'count', unit: 'budget' }]],
  ['Three-quarters of the staff quit.', [{ text: 'Three-quarters', value: 0.75, kind: 'count', unit: 'staff' }]],
  // money and percent
  [
    'The deal is worth $3.5 billion, the company said.',
    [{ text: '$3.5 billion', value: 3500000000, kind: 'money', unit: 'USD' }],
  ],
  ['Tickets cost £20 each.', [{ text: '£20', value: 20, kind: 'money', unit: 'GBP' }]],
  ['The fund received €5 million.', [{ text: '€5 million', value: 5000000, kind: 'money', unit: 'EUR' }]],
  ['He was paid 5 million dollars.', [{ text: '5 million dollars', value: 5000000, kind: 'money', unit: 'USD' }]],
  [
    'It raised US$5 million and a $5bn loan.',
    [
      { text: 'US$5 million', value: 5000000, kind: 'money', unit: 'USD' },
      { text: '$5bn', value: 5000000000, kind: 'money', unit: 'USD' },
    ],
  ],
  ['Support stands at 45 percent.', [{ text: '45 percent', value: 45, kind: 'percent', unit: 'percent' }]],
  ['Support stands at 45%.', [{ text: '45%', value: 45, kind: 'percent', unit: 'percent' }]],
  ['Support stands at 45 per cent.', [{ text: '45 per cent', value: 45, kind: 'percent', unit: 'percent' }]],
  [
    'Inflation rose 2 percentage points.',
    [{ text: '2 percentage points', value: 2, kind: 'percent', unit: 'percentage points', change: 'up' }],
  ],
  // years and dates
  [
    'In 2016, 200 people died.',
    [
      { text: '2016', value: 2016, kind: 'year' },
      { text: '200', value: 200, kind: 'count', unit: 'people' },
    ],
  ],
  [
    'About 2000 people marched.',
    [{ text: 'About 2000', value: 2000, kind: 'count', approximate: true, unit: 'people' }],
  ],
  ['The 2016 elections were close.', [{ text: '2016', value: 2016, kind: 'year' }]],
  ['The plant closed in mid-2014.', [{ text: '2014', value: 2014, kind: 'year' }]],
  ['It was popular in the 1990s.', [{ text: '1990s', value: 1990, kind: 'year', approximate: true }]],
  ['The attacks of Sept. 11 changed everything.', [{ text: 'Sept. 11', value: 11, kind: 'date' }]],
  ['The towers fell on September 11, 2001, in New York.', [{ text: 'September 11, 2001', value: 2001, kind: 'date' }]],
  ['The vote is on Feb. 3.', [{ text: 'Feb. 3', value: 3, kind: 'date' }]],
  ['He left on 11 September 2001.', [{ text: '11 September 2001', value: 2001, kind: 'date' }]],
  ['The law passed in March 2016.', [{ text: 'March 2016', value: 2016, kind: 'date' }]],
  // ordinals
  // a spelled ordinal alone names a place in a series, not a figure (issue 15)
  ['It was the third attack this week.', []],
  ['She is seeking a third term.', []],
  ['The 21st century began.', [{ text: '21st', value: 21, kind: 'ordinal', unit: 'century' }]],
  ['The twenty-first century began.', [{ text: 'twenty-first', value: 21, kind: 'ordinal', unit: 'century' }]],
  ['At first, nobody believed him.', []],
  // not numbers
  ['Rebels fielded T-55 and T-72 tanks and an F-16 jet.', []],
  ['COVID-19 cases rose.', []],
  ['The platforms rely on Section 230 of the law.', []],
  ['Allies invoked Article 5 of the treaty.', []],
  ['Title IX applies.', []],
  ['Flight MH17 was shot down before the G20 summit.', []],
  ['He drove a 4x4 to the site.', []],
  ['The 9/11 attacks shocked the world.', []],
  ['Call 555-123-4567 or (202) 555-0100 or +1 202 555 0100.', []],
  ['No one was hurt, and someone said the one who fled helped one another.', []],
  ['This one is different.', []],
  ['Air Force One landed at 10:30 after version 3.5.2 shipped.', []],
  ['The team won 3-1 on Tuesday.', []],
  ['Apollo 11 landed and they met at No. 10 Downing Street.', []],
  ['It was a one-time payment in a zero-sum game.', []],
  ['The ID was 123456789.', []],
  ['The agent 007 smiled.', []],
];

describe('detectNumbers', () => {
  test.each(rows)('%s', (input, expected) => {
    const found = detectNumbers(input);
    expectSpans(input, found);
    expect(found.map(strip)).toEqual(expected.map(full));
  });

  test('offsets index into the full text when start > 0', () => {
    const text = 'Intro sentence. Up to 200 attackers stormed it in 2016.';
    const start = text.indexOf('Up');
    const found = detectNumbers(text, start);
    expectSpans(text, found);
    expect(found.map((n) => [n.text, n.start])).toEqual([
      ['Up to 200', start],
      ['2016', text.indexOf('2016')],
    ]);
  });

  test('start and end limit the scan', () => {
    const text = 'In 2016, 200 people died; 300 more were hurt.';
    const from = text.indexOf('200');
    const to = text.indexOf(';');
    const found = detectNumbers(text, from, to);
    expectSpans(text, found);
    expect(found.map((n) => n.text)).toEqual(['200']);
  });

  test('a window edge inside a token does not yield its tail or head', () => {
    const text = 'flight MH17 and 2000 people';
    const found = detectNumbers(text, text.indexOf('17'), text.indexOf('00 people'));
    expect(found).toEqual([]);
  });

  test('200,000 digits joined by dashes yield nothing and finish', () => {
    const parts: string[] = [];
    for (let k = 0; k < 100_000; k += 1) parts.push(String(k % 10));
    const text = `${parts.join('-')} and 12 people`;
    const found = detectNumbers(text);
    expectSpans(text, found);
    expect(found.map((n) => [n.text, n.unit])).toEqual([['12', 'people']]);
  });

  test('100,000 repeated "up to" modifiers yield only the last bound', () => {
    const text = `${'up to '.repeat(100_000)}200 attackers`;
    const found = detectNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'up to 200', value: 200, bound: 'upper', unit: 'attackers' });
    expect(found[0].start).toBe(text.length - 'up to 200 attackers'.length);
  });

  test('a 1 MB run without spaces and a long digit string finish with no numbers', () => {
    const text = `${'a'.repeat(1_000_000)} ${'9'.repeat(200_000)} ${'x1'.repeat(100_000)}`;
    expect(detectNumbers(text)).toEqual([]);
  });

  test('many numbers in one long sentence are all found in order', () => {
    const text = Array.from({ length: 10_000 }, (_, k) => `about ${k + 1} people`).join(' and ');
    const found = detectNumbers(text);
    expect(found).toHaveLength(10_000);
    expect(found[9_999]).toMatchObject({ value: 10_000, approximate: true, unit: 'people' });
    expectSpans(text, found);
  });
});
