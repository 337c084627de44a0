/**
 * Attributions the older rules missed: a subject the token scanners lose behind an inserted phrase, a cue
 * followed only by a short circumstance. One row per sentence: the source mention, cue and content of its
 * reported claims, in text order.
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

function reported(text: string): [string | null, string, string][] {
  return extract(text)
    .claims.filter((c) => c.kind === 'reported')
    .map((c) => [c.sourceMention?.text ?? null, c.cue?.text ?? '', c.text]);
}

describe('subjects behind an inserted phrase (sieve unscanned-clause-subject)', () => {
  test.each([
    [
      'Three regional newspapers in Ohio, including the Dayton Herald, said the mayor should resign.',
      [['Three regional newspapers', 'said', 'the mayor should resign']],
    ],
    [
      'Union leaders in two provinces — Alberta and Manitoba — said it is vital that talks resume.',
      [['Union leaders', 'said', 'it is vital that talks resume']],
    ],
    [
      'Several pharmacists in the county, among them the owner of Main Street Drugs, say supplies are running low.',
      [['Several pharmacists', 'say', 'supplies are running low']],
    ],
  ] as [string, [string | null, string, string][]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a cue followed only by a short circumstance: the content comes before it', () => {
  test.each([
    ['The port is busy, Dana Wells said Monday.', [['Dana Wells', 'said', 'The port is busy']]],
    [
      'Ferry fares will rise next spring, the operator said Friday.',
      [['the operator', 'said', 'Ferry fares will rise next spring']],
    ],
    ['The plant will close by June, a manager told CBC.', [['a manager', 'told', 'The plant will close by June']]],
  ] as [string, [string | null, string, string][]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
