import { detectHedges } from '../../src/detect/hedges.js';
import type { Hedge } from '../../src/types.js';

/** [span text, lemma] pairs, in text order. */
type Expected = Array<[string, string]>;

function check(text: string, found: Hedge[], expected: Expected): void {
  for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.text);
  for (let k = 1; k < found.length; k += 1) expect(found[k].start).toBeGreaterThanOrEqual(found[k - 1].end);
  expect(found.map((h) => [h.text, h.lemma])).toEqual(expected);
}

const rows: Array<[string, Expected]> = [
  ['The minister reportedly resigned on Friday.', [['reportedly', 'reportedly']]],
  ['ALLEGEDLY, the funds were moved.', [['ALLEGEDLY', 'allegedly']]],
  ['The video purportedly shows the strike.', [['purportedly', 'purportedly']]],
  [
    'He was apparently unaware, and supposedly left early.',
    [
      ['apparently', 'apparently'],
      ['supposedly', 'supposedly'],
    ],
  ],
  ['The officials have been accused of fraud.', [['have been accused of', 'be accused of']]],
  ['The company has been accused of dumping waste.', [['has been accused of', 'be accused of']]],
  [
    'Both men were accused of lying; she was accused of theft.',
    [
      ['were accused of', 'be accused of'],
      ['was accused of', 'be accused of'],
    ],
  ],
  ['It is believed the gunman acted alone.', [['It is believed', 'it is believed']]],
  ['It’s thought the talks failed.', [['It’s thought', 'it is thought']]],
  [
    'He is said to be ill and is believed to have fled.',
    [
      ['is said to', 'be said to'],
      ['is believed to', 'be believed to'],
    ],
  ],
  ['The rebels are reported to control the town.', [['are reported to', 'be reported to']]],
  [
    'The attack appears to have been planned; it seemed to fail.',
    [
      ['appears to', 'appear to'],
      ['seemed to', 'seem to'],
    ],
  ],
  [
    'Troops may have fled, and more could follow.',
    [
      ['may have', 'may have'],
      ['could', 'could'],
    ],
  ],
  [
    'They might have known, but it might not matter.',
    [
      ['might have', 'might have'],
      ['might', 'might'],
    ],
  ],
  [
    'Unconfirmed reports cited an unverified video.',
    [
      ['Unconfirmed', 'unconfirmed'],
      ['unverified', 'unverified'],
    ],
  ],
  [
    'A rumoured deal and a rumored merger were denied.',
    [
      ['rumoured', 'rumored'],
      ['rumored', 'rumored'],
    ],
  ],
  ['The suspected attacker claimed he acted alone.', [['suspected', 'suspected']]],
  ['Theresa May said in May that prices may rise.', [['may', 'may']]],
  ['The mayor voiced dismay at the coulds and mights.', []],
  ['She claimed the report was accurate, he said.', []],
  ['The man was, accused of nothing, freed.', []],
  [
    'Perhaps the figures are possibly wrong; presumably not.',
    [
      ['Perhaps', 'perhaps'],
      ['possibly', 'possibly'],
      ['presumably', 'presumably'],
    ],
  ],
];

describe('detectHedges', () => {
  test.each(rows)('%s', (input, expected) => {
    check(input, detectHedges(input), expected);
  });

  test('offsets index into the full text when start > 0', () => {
    const text = 'He reportedly fled. She has been accused of fraud.';
    const start = text.indexOf('She');
    const found = detectHedges(text, start);
    check(text, found, [['has been accused of', 'be accused of']]);
    expect(found[0].start).toBe(text.indexOf('has'));
  });

  test('a window edge inside a word does not match its tail or head', () => {
    const text = 'the dismay of the mayor';
    expect(detectHedges(text, text.indexOf('may'))).toEqual([]);
    expect(detectHedges(text, 0, text.indexOf('or'))).toEqual([]);
  });

  test('a phrase cut by the window end falls back to its shorter form', () => {
    const text = 'Troops may have fled.';
    check(text, detectHedges(text, 0, text.indexOf('ave')), [['may', 'may']]);
  });

  test('100,000 repeated "has been" and a 1 MB word finish with the right matches', () => {
    const text = `${'has been '.repeat(100_000)}accused of ${'x'.repeat(1_000_000)} reportedly`;
    const found = detectHedges(text);
    check(text, found, [
      ['has been accused of', 'be accused of'],
      ['reportedly', 'reportedly'],
    ]);
  });

  test('a 1 MB run of spaces after a phrase start finishes', () => {
    const text = `is${' '.repeat(1_000_000)}said to`;
    check(text, detectHedges(text), [[text, 'be said to']]);
  });
});
