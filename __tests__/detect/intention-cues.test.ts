/**
 * Cues of intention and decision (src/lexicon/cue-verbs.ts INTENTION_VERBS): an order or decision taken on
 * someone's authority is a reported claim with `cueClass: "intention"` (PolNeAR annotates them, the Gender Gap
 * Tracker does not: `eval --ignore-claims intention`). Rows: source mention, cue, content and cue class of each
 * reported claim, in text order.
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

type Row = [string | null, string, string, string | null];

function reported(text: string): Row[] {
  return extract(text)
    .claims.filter((c) => c.kind === 'reported')
    .map((c) => [c.sourceMention?.text ?? null, c.cue?.text ?? '', c.text, c.cueClass ?? null]);
}

describe('intention cues', () => {
  test.each([
    [
      'The judge ordered the county to recount the ballots.',
      [['The judge', 'ordered', 'the county to recount the ballots', 'intention']],
    ],
    [
      'The health panel recommended a ban on the pesticide.',
      [['The health panel', 'recommended', 'a ban on the pesticide', 'intention']],
    ],
    [
      'Congress authorized new funds for the harbour.',
      [['Congress', 'authorized', 'new funds for the harbour', 'intention']],
    ],
    ['The governor vetoed the fuel tax bill.', [['The governor', 'vetoed', 'the fuel tax bill', 'intention']]],
    [
      'The town council prohibited fireworks in the park.',
      [['The town council', 'prohibited', 'fireworks in the park', 'intention']],
    ],
    // Speech keeps no class; a wish stays a belief.
    ['The mayor said the road will reopen in May.', [['The mayor', 'said', 'the road will reopen in May', null]]],
    ['The mayor wants the road to reopen in May.', [['The mayor', 'wants', 'the road to reopen in May', 'belief']]],
    // Bare and -s forms of these verbs are mostly nouns.
    ['Factory orders fell sharply in May.', []],
    ['A petition with 5,000 names reached the mayor.', []],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
