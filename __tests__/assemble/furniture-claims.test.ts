/** Claims and page furniture: nothing from a zone, except a headline's own attribution. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

/** The claims of a text as [kind, text, source name, cue]. */
function claimsOf(text: string): [string, string, string | null, string | null][] {
  const result = extract(text);
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.claims.map((c) => [
    c.kind,
    c.text,
    c.source === null ? null : (names.get(c.source) ?? null),
    c.cue?.text ?? null,
  ]);
}

describe('claims and furniture', () => {
  test.each([
    [
      'a claim after a wire dateline starts after it',
      'TORONTO -- Fares will rise by 5 per cent next year, officials said.',
      [['reported', 'Fares will rise by 5 per cent next year', 'officials', 'said']],
    ],
    [
      'an unattributed sentence after a dateline starts after it',
      'OTTAWA — Workers at 300 stores walked off the job on Monday.',
      [['unattributed', 'Workers at 300 stores walked off the job on Monday.', null, null]],
    ],
    ['a date line is no claim', 'Monday, July 28, 2014\n\nThe pool was closed.', []],
    [
      'a teaser gives no claim and no source',
      'The pool was closed, the city said.\n\nREAD MORE: Mayor says 12 pools will reopen',
      [['reported', 'The pool was closed', 'city', 'said']],
    ],
    [
      'a headline that is an attribution is a claim',
      'Senator Ana Morales: The Farm Bill Needs Another Year\n\nThe bill passed.',
      [['reported', 'The Farm Bill Needs Another Year', 'Ana Morales', ':']],
    ],
    ['a headline states no unattributed number', 'Pool Closes for 3 Weeks\n\nThe pool was closed.', []],
    ['Title Case words in a headline are no cue', 'If Beale Street Could Talk\n\nThe pool was closed.', []],
    [
      'a pronoun does not resolve to a name in a caption',
      'The pool will close, the city said.\n\nMayor Tom Ortiz at the pool. (CP Photo/Jane Doe)\n\n"It is a sad day," he said.',
      [
        ['reported', 'The pool will close', 'city', 'said'],
        ['quote', 'It is a sad day,', 'he', 'said'],
      ],
    ],
    [
      'a subhead quote no cue attributes is no claim',
      '"We had no choice," the mayor said.\n\n\'We had no choice\'\n\nThe pool was closed.',
      [['quote', 'We had no choice,', 'mayor', 'said']],
    ],
  ] as [string, string, [string, string, string | null, string | null][]][])('%s', (_name, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
