/**
 * The number detector stays linear on adversarial input (issue 15): the work, counted as token look-ups
 * (`TokenStream.at` calls), grows in proportion to the text. A quadratic scan would multiply the work by 16
 * when the text grows 4 times; the bound here is a generous 6. No timing: operation counts only.
 */
import { detectNumbers } from '../../../src/detect/numbers/index.js';
import { TokenStream } from '../../../src/detect/numbers/lexer.js';

/** `unit` repeated to exactly `length` code units. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function lookups(text: string): number {
  const at = TokenStream.prototype.at;
  let calls = 0;
  TokenStream.prototype.at = function counted(this: TokenStream, i: number) {
    calls += 1;
    return at.call(this, i);
  };
  try {
    const found = detectNumbers(text);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
    return calls;
  } finally {
    TokenStream.prototype.at = at;
  }
}

const CASES: Array<[string, string]> = [
  ['a long digit run', '1234567890'],
  ['thousands groups without end', '1,000,'],
  ['a digit chain', '1-2-'],
  ['100,000 hyphens', '-'],
  ['minus signs', '- -'],
  ['"and a half" repeated', 'two and a half and a half '],
  ['"and three quarters" repeated', 'three thousand and three quarters and '],
  ['spoken decimals without end', 'four point two two two two '],
  ['leading-dot decimals', '.5 .'],
  ['fractions chained', '3/4/'],
  ['hyphenated magnitudes', '$3-400-million-'],
  ['bounds joined by "and"', 'more than 5 and less than 6 and '],
  ['ratios chained', 'one in four in '],
  ['half of half of', 'half a half a '],
  ['sign words', 'minus negative minus '],
  ['compound ordinals', 'two hundred thirty-first '],
  ['month day chains', 'September 16-19-'],
  ['post-modifiers', '900 or more or more '],
  ['change words', 'rose 4.1% to rose '],
  ['vulgar fractions', '7½½ '],
  ['signed money', '-$-$5 minus $'],
  ['from-to after change verbs', 'rose from 2 to 3 from '],
];

describe('numbers lexer and parser stay linear', () => {
  test.each(CASES)('%s', (_name, unit) => {
    const small = lookups(fill(unit, 25_000));
    const large = lookups(fill(unit, 100_000));
    expect(large).toBeLessThan(small * 6 + 100);
  });
});
