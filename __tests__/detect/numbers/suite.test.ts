import { detectNumbers } from '../../../src/detect/numbers/index.js';
import type { NumberValue } from '../../../src/types.js';
import { SUITE_ROWS, type SuiteNumber } from './suite-rows.js';

/** The suite's view of a found number: every checked field, absent ones as null. */
function view(n: NumberValue): SuiteNumber {
  const out: SuiteNumber = {
    text: n.text,
    value: n.value,
    kind: n.kind,
    bound: n.bound,
    low: n.low ?? null,
    high: n.high ?? null,
    approximate: n.approximate,
    unit: n.unit ?? null,
    change: n.change ?? null,
  };
  if (n.ratio) out.ratio = n.ratio;
  return out;
}

describe('numbers suite (issue 15)', () => {
  test('has at least 300 rows', () => {
    expect(SUITE_ROWS.length).toBeGreaterThanOrEqual(300);
  });

  test.each(SUITE_ROWS)('%s', (sentence, expected) => {
    const found = detectNumbers(sentence);
    for (const n of found) expect(sentence.slice(n.start, n.end)).toBe(n.text);
    expect(found.map(view)).toEqual(expected);
  });
});
