/**
 * Property tests: for random Unicode, random quote-mark soup and random mutations of a real article,
 * `extract()` never throws, every span is in bounds and equal to its slice, claims are in text order,
 * two runs give the same result, and the result survives a JSON round trip. Failing cases print a
 * replayable seed (fast-check); `npm run fuzz` runs the same properties 100,000 times.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { extract } from '../../src/pipeline.js';
import { brokenInvariants, jsonRoundTrip } from './invariants.js';

const ARTICLE = readFileSync(path.join(process.cwd(), 'fixtures/syria-clashes.txt'), 'utf8');

/** Everything a property checks on one text. */
function holds(text: string): void {
  const first = extract(text, { path: 'fuzz.txt' });
  expect(brokenInvariants(text, first)).toEqual([]);
  expect(extract(text, { path: 'fuzz.txt' })).toStrictEqual(first);
  expect(jsonRoundTrip(first)).toStrictEqual(first);
}

/** Quote marks of every kind, the punctuation around them, and words that make attributions. */
const SOUP_ALPHABET = [
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  'a',
  'b',
  'Z',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  '!',
  ' said ',
  ' he said',
  ' Jeffrey',
  ' according to ',
  'The Times',
  ':',
];

/** A text edit: delete, duplicate or swap a stretch, at a position given as a fraction of the length. */
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 40 }),
});

function mutate(text: string, edits: { kind: string; at: number; length: number }[]): string {
  let out = text;
  for (const { kind, at, length } of edits) {
    const i = Math.min(out.length, Math.floor(at * out.length));
    const piece = out.slice(i, i + length);
    if (kind === 'delete') out = out.slice(0, i) + out.slice(i + length);
    else if (kind === 'duplicate') out = out.slice(0, i) + piece + out.slice(i);
    else {
      // Swap with the stretch right after it.
      const next = out.slice(i + length, i + 2 * length);
      out = out.slice(0, i) + next + piece + out.slice(i + 2 * length);
    }
  }
  return out;
}

/** Case counts: 3,200 in all, sized so this file runs in about 25 s on two cores (article cases cost ~60 ms each). */
const RUNS = { unicode: 1000, graphemes: 500, soup: 1500, article: 200 };

describe('extract() on random input', () => {
  test(`random Unicode code points, lone surrogates included (${RUNS.unicode} cases)`, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), holds), { numRuns: RUNS.unicode });
  });

  test(`random graphemes: emoji, combining marks, all scripts (${RUNS.graphemes} cases)`, () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), holds), { numRuns: RUNS.graphemes });
  });

  test(`random quote-mark soup (${RUNS.soup} cases)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SOUP_ALPHABET), { maxLength: 120 }).map((parts) => parts.join('')),
        holds,
      ),
      { numRuns: RUNS.soup },
    );
  });

  test(`random mutations of a real article (${RUNS.article} cases)`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (edits) => holds(mutate(ARTICLE, edits))),
      { numRuns: RUNS.article },
    );
  });
});

describe('the invariant checker itself', () => {
  test('the unmutated article keeps every invariant', () => {
    holds(ARTICLE);
  });

  test('catches a span whose text does not match its offsets', () => {
    const result = extract(ARTICLE);
    const claim = result.claims[0];
    const broken = brokenInvariants(ARTICLE, {
      ...result,
      claims: [{ ...claim, start: claim.start + 1 }, ...result.claims.slice(1)],
    });
    expect(broken[0]).toMatch(/^claims\[0\] \(c1\): text /);
  });
});
