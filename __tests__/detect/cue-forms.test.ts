/**
 * Cue verbs only some of whose forms are cues (src/lexicon/cue-verbs.ts, NOT_CUE_FORMS in src/detect/cues.ts):
 * "thanked"/"thanking", "highlighted", "encouraged", "distanced", "chanted", "sparred", "brushed" (off), "singled"
 * (out), "articulated", "uttered", "pivoted" (to) and "credited" report what someone said, while "thanks to",
 * "Thank you", "highlights", a clause ", highlighting …", "encouraging" and "a single vote" mostly do not. Rows:
 * source mention, cue, content and content form of each reported claim, in text order.
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

type Row = [string | null, string, string, string | null];

function reported(text: string): Row[] {
  return extract(text)
    .claims.filter((c) => c.kind === 'reported')
    .map((c) => [c.sourceMention?.text ?? null, c.cue?.text ?? '', c.text, c.content ?? null]);
}

describe('cue forms', () => {
  test.each([
    [
      'The mayor thanked the harbour staff for their work during the storm.',
      [['The mayor', 'thanked', 'the harbour staff for their work during the storm', 'phrase']],
    ],
    [
      'Senator Hale is thanking her supporters at a rally in Portland.',
      [['Senator Hale', 'is thanking', 'her supporters at a rally in Portland', 'phrase']],
    ],
    [
      'The governor highlighted the drop in ferry fares since May.',
      [['The governor', 'highlighted', 'the drop in ferry fares since May', 'phrase']],
    ],
    [
      'The mayor encouraged residents to use the new ferry.',
      [['The mayor', 'encouraged', 'residents to use the new ferry', 'phrase']],
    ],
    [
      'Councillor Lee distanced himself from the ferry plan.',
      [['Councillor Lee', 'distanced', 'himself from the ferry plan', 'phrase']],
    ],
    [
      'Two councillors sparred over the ferry budget.',
      [['Two councillors', 'sparred over', 'the ferry budget', 'phrase']],
    ],
    [
      'The mayor brushed off the concerns of the harbour master.',
      [['The mayor', 'brushed off', 'the concerns of the harbour master', 'phrase']],
    ],
    [
      'The mayor singled out the ferry union for praise.',
      [['The mayor', 'singled out', 'the ferry union for praise', 'phrase']],
    ],
    [
      'The harbour master articulated a plan to dredge the channel.',
      [['The harbour master', 'articulated', 'a plan to dredge the channel', 'phrase']],
    ],
    [
      'The mayor quickly pivoted to the cost of the new pier.',
      [['The mayor', 'quickly pivoted to', 'the cost of the new pier', 'phrase']],
    ],
    [
      'The mayor credited the harbour staff with keeping the pier open.',
      [['The mayor', 'credited', 'the harbour staff with keeping the pier open', 'phrase']],
    ],
    // The bare and -s forms are no cues, and neither is a clause of "highlighting" after a comma.
    ['The pier reopened thanks to a grant from the province.', []],
    ['Thank you for reading the harbour newsletter.', []],
    ['The report highlights the cost of the new pier.', []],
    ['Ferry traffic fell by half, highlighting the cost of the closure.', []],
    ['The new fares are encouraging for commuters.', []],
    ['Officials encourage drivers to slow down near the pier.', []],
    ['The motion passed by a single vote.', []],
    ['The city spared no expense on the pier.', []],
    ['The talks could pivot on the ferry budget.', []],
    ['An articulate speaker opened the meeting.', []],
    ['Tax credits for ferry operators expire in June.', []],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

test('"chanted" before a quote gives the quote its speakers', () => {
  const claims = extract('Protesters chanted "Save the pier!" outside city hall.').claims.map((c) => [
    c.kind,
    c.sourceMention?.text ?? null,
    c.cue?.text ?? null,
    c.text,
  ]);
  expect(claims).toEqual([['quote', 'Protesters', 'chanted', 'Save the pier!']]);
});
