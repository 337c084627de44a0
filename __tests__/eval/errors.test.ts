/** Why a gold item went unmatched: the reason must agree with the coverage it prints. */
import { closest } from '../../src/eval/errors.js';
import { at, claim } from './build.js';

const TEXT = 'Warren Grills Bank Chief: ‘Resign Now.’ Later: “Resign now. Give the money back,” Warren told him.';

describe('closest (a missed gold item)', () => {
  const headline = at(TEXT, '‘Resign Now.’');
  const first = claim('c1', 'quote', at(TEXT, 'Resign Now.'));
  const second = claim('c2', 'quote', at(TEXT, 'Resign now. Give the money back,'));
  // One quoted turn scored as one prediction: the two claims merged, paired with another gold item.
  const merged = { ...first, end: second.end, text: `${first.text} … ${second.text}` };

  test.each([
    ['a claim merged into a paired prediction', new Set([merged]), 'paired with another gold item'],
    ['the claim itself paired', new Set([first]), 'paired with another gold item'],
  ])('%s: "covers 84%, paired with another gold item"', (_, paired, reason) => {
    const result = closest(headline, [first, second], () => null, paired);
    expect(result).toEqual({ note: `closest: quote c1 (by —) covers 84%, ${reason}`, reason });
  });

  test('a claim over 30% of the gold item is never "below the 30% threshold"', () => {
    expect(closest(headline, [first], () => null, new Set()).reason).toBe('paired with another gold item');
  });

  test('a claim under 30% of the gold item is', () => {
    const small = claim('c3', 'quote', at(TEXT, 'Res'));
    expect(closest(headline, [small], () => null, new Set())).toEqual({
      note: 'closest: quote c3 (by —) covers 23%, below the 30% threshold',
      reason: 'below the 30% threshold',
    });
  });
});
