/**
 * Cue verbs only some of whose forms are cues (src/lexicon/cue-verbs.ts, NOT_CUE_FORMS in src/detect/cues.ts):
 * "thanked"/"thanking", "highlighted" and "encouraged" report what someone said, while "thanks to", "Thank you",
 * "highlights", a clause ", highlighting …" and "encouraging" mostly do not. Rows: source mention, cue, content
 * and content form of each reported claim, in text order.
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
    // The bare and -s forms are no cues, and neither is a clause of "highlighting" after a comma.
    ['The pier reopened thanks to a grant from the province.', []],
    ['Thank you for reading the harbour newsletter.', []],
    ['The report highlights the cost of the new pier.', []],
    ['Ferry traffic fell by half, highlighting the cost of the closure.', []],
    ['The new fares are encouraging for commuters.', []],
    ['Officials encourage drivers to slow down near the pier.', []],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
