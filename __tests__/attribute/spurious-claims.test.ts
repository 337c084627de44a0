/**
 * Claims that are not there: words after a cue that say how it was said, not what. Each row a sentence and every
 * claim whosaid reports for it, as [kind, mention, cue, content].
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

const claims = (text: string): [string, string, string, string][] =>
  extract(text).claims.map((c) => [c.kind, c.sourceMention?.text ?? '', c.cue?.text ?? '', c.text]);

describe('no claim from how it was said', () => {
  test.each([
    [
      'a gerund clause of manner after a trailing attribution: what comes before is the content',
      'Many farmers did not see themselves in the minister’s plan and found it unfair, reporter Dana Lee said in posing the question.',
      [
        [
          'reported',
          'reporter Dana Lee',
          'said',
          'Many farmers did not see themselves in the minister’s plan and found it unfair',
        ],
      ],
    ],
    [
      'the same after "by"',
      'The ferry will keep running, the mayor said by reading from a letter.',
      [['reported', 'the mayor', 'said', 'The ferry will keep running']],
    ],
    [
      'a clause with a subject inside "by saying" is what was said',
      'The mayor responded by saying that the ferry would keep running.',
      [
        ['reported', 'The mayor', 'responded', 'by saying that the ferry would keep running'],
        ['reported', 'The mayor', 'saying', 'the ferry would keep running'],
      ],
    ],
  ] as [string, string, [string, string, string, string][]][])('%s', (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
