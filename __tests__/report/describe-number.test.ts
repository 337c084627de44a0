import { describeNumber } from '../../src/report/rows.js';
import type { NumberValue } from '../../src/types.js';

/** A number with only the fields a row sets; the span is irrelevant to how it is described. */
function n(fields: Partial<NumberValue> & Pick<NumberValue, 'value' | 'kind'>): NumberValue {
  return { text: 'x', start: 0, end: 1, approximate: false, bound: null, ...fields };
}

const rows: Array<[string, NumberValue, string]> = [
  ['an upper bound', n({ value: 200, kind: 'count', bound: 'upper', high: 200, unit: 'attackers' }), '≤200 attackers'],
  ['an approximate count', n({ value: 12, kind: 'count', approximate: true, unit: 'times' }), '~12 times'],
  ['a year range', n({ value: 2014, kind: 'range', low: 2014, high: 2017 }), '2014–2017'],
  ['a rise', n({ value: 4.1, kind: 'percent', unit: 'percent', change: 'up' }), '↑4.1%'],
  ['a fall in points', n({ value: 3, kind: 'count', unit: 'points', change: 'down' }), '↓3 points'],
  ['a bounded rise', n({ value: 5, kind: 'percent', unit: 'percent', bound: 'lower', low: 5, change: 'up' }), '↑≥5%'],
  ['money', n({ value: 2300000000, kind: 'money', unit: 'USD' }), '2300000000 USD'],
  ['an ordinal', n({ value: 21, kind: 'ordinal', unit: 'century' }), '21st century'],
  ['ordinal 2', n({ value: 2, kind: 'ordinal' }), '2nd'],
  ['ordinal 3', n({ value: 3, kind: 'ordinal' }), '3rd'],
  ['ordinal 11', n({ value: 11, kind: 'ordinal' }), '11th'],
  ['ordinal 112', n({ value: 112, kind: 'ordinal' }), '112th'],
  ['ordinal 231', n({ value: 231, kind: 'ordinal', unit: 'anniversary' }), '231st anniversary'],
  ['a date, as written', n({ text: 'Sept. 11', value: 11, kind: 'date' }), 'Sept. 11'],
  [
    'a ratio',
    n({ value: 0.25, kind: 'count', ratio: { numerator: 1, denominator: 4 }, unit: 'voters' }),
    '1 in 4 voters',
  ],
  ['a negative value', n({ value: -3, kind: 'count', unit: 'degrees' }), '-3 degrees'],
  ['an age', n({ value: 58, kind: 'count', unit: 'years (age)' }), '58 years (age)'],
];

test.each(rows)('%s', (_name, number, expected) => {
  expect(describeNumber(number)).toBe(expected);
});
