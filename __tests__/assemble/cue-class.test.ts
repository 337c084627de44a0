/**
 * Each reported claim whose cue reports no speech says so (Claim.cueClass): `belief` for beliefs, feelings and
 * intentions, `evidence` for what a document or data shows; speech has none. PolNeAR annotates all three, the
 * Gender Gap Tracker speech only, so scorers and users choose by this field.
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

const reported = (text: string) =>
  extract(text)
    .claims.filter((c) => c.kind === 'reported')
    .map((c) => [c.text, c.cue?.text, c.cueClass ?? null]);

describe('Claim.cueClass of reported claims', () => {
  test.each([
    ['speech', 'The mayor said the pool would reopen in June.', [['the pool would reopen in June', 'said', null]]],
    [
      'according to is speech',
      'According to the ministry, the dam was unsafe.',
      [['the dam was unsafe', 'According to', null]],
    ],
    [
      'a belief',
      'Council members believe the bridge will need repairs.',
      [['the bridge will need repairs', 'believe', 'belief']],
    ],
    ['an intention', 'The union wants the talks to resume.', [['the talks to resume', 'wants', 'belief']]],
    [
      'evidence from a document',
      'A provincial audit found the hospital had overspent by $4 million.',
      [['the hospital had overspent by $4 million', 'found', 'evidence']],
    ],
    [
      'speech and belief side by side',
      'Ortiz said the plant would stay open. Workers fear it will close.',
      [
        ['the plant would stay open', 'said', null],
        ['it will close', 'fear', 'belief'],
      ],
    ],
  ] as [string, string, [string, string, string | null][]][])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  test('quotes carry no cue class', () => {
    const claims = extract('“We think the pool will reopen,” Ortiz said.').claims;
    expect(claims.map((c) => [c.kind, c.cueClass])).toEqual([['quote', undefined]]);
  });
});
