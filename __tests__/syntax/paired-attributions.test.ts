/**
 * Contents that ran on over a second attribution, so that one claim held two (src/syntax/content-bounds.ts
 * mainClauseEnd, secondSourceStart's adverbial clauses). A cue in a clause that comes before the sentence's main verb
 * (an opening adverbial clause, a relative clause of a fronted phrase) reports no more than its own clause: its
 * content ends at the comma before the main clause. An adverbial clause opened by "as", "though" or "although" with
 * a subject and a cue verb of its own is a second attribution: the content before ends where it opens, and so does a
 * relative clause set off by a comma whose pronoun is a cue's subject (relativeSourceStart). Rows: the
 * query's answer on a sentence with `^` before the cue (or the content's first word), then the claims extracted.
 */
import { describe, expect, test } from '@jest/globals';
import { mainClauseEnd, secondSourceStart } from '../../src/syntax/content-bounds.js';
import { extract } from '../../src/pipeline.js';
import { marked } from './marked.js';

/** The text of the sentence from the word after the cue up to where mainClauseEnd ends the content, or null. */
function contentBeforeMainClause(written: string): string | null {
  const { s, at } = marked(written);
  const text = written.replace('^', '');
  const end = mainClauseEnd(s, at, at + 1);
  return end === Infinity ? null : text.slice(s.tokens[at + 1].start, end);
}

describe('mainClauseEnd: a cue before the main verb reports its own clause', () => {
  test.each([
    [
      'In June, after the company ^asked workers to accept a pay cut, 8,000 employees volunteered.',
      'workers to accept a pay cut',
    ],
    [
      'Long before the union was ready to ^endorse a candidate, its leader was spending money against the mayor.',
      'a candidate',
    ],
    [
      'Like other club owners who ^foresee an upside in new offerings, Ms. Ortiz said she was building a pool.',
      'an upside in new offerings',
    ],
    // The cue is the main clause's verb: nothing to end.
    ['After the storm, the mayor ^said the bridge was safe.', null],
    // The main verb comes before the cue: the cue's clause runs to its own end.
    ['The mayor said the bridge was safe after engineers ^inspected it, and the road reopened.', null],
  ])('%s', (written, expected) => {
    expect(contentBeforeMainClause(written)).toBe(expected);
  });
});

describe('secondSourceStart: an adverbial clause of "as", "though" or "although" opens a second attribution', () => {
  test.each([
    // "even" and "just" before the opener belong to the second clause.
    ['The governor defended ^the plan even as he acknowledged its cost.', 'acknowledged', 'even'],
    ['The board rejected ^the appeal, just as the court had predicted it would.', 'predicted', 'just'],
    ['The union praised ^the deal, as its members said they would ratify it.', 'said', 'as'],
    // A clause of time after "after" is not one of them (the tagger reads "after" as a preposition).
    ['The mayor said ^the bridge was safe after engineers inspected it.', 'inspected', null],
  ])('%s', (written, cueWord, expected) => {
    const { s, at } = marked(written);
    const cue = s.tokens.findIndex((t) => t.normal === cueWord);
    const start = secondSourceStart(s, cue, at);
    expect(start < 0 ? null : s.tokens[start].normal).toBe(expected);
  });
});

const claims = (text: string): [string, string, string, string][] =>
  extract(text).claims.map((c) => [c.kind, c.sourceMention?.text ?? '', c.cue?.text ?? '', c.text]);

describe('a claim ends before the second attribution it ran into', () => {
  test.each([
    [
      'In June, after the company asked workers to accept a pay cut, 8,000 employees volunteered.',
      [['reported', 'the company', 'asked', 'workers to accept a pay cut']],
    ],
    [
      'Like other club owners who foresee an upside in new offerings, Ms. Ortiz said she was building a pool.',
      [
        ['reported', 'who', 'foresee', 'an upside in new offerings'],
        ['reported', 'Ms. Ortiz', 'said', 'she was building a pool'],
      ],
    ],
    [
      'The governor defended the plan even as he acknowledged its cost.',
      [
        ['reported', 'The governor', 'defended', 'the plan'],
        ['reported', 'he', 'acknowledged', 'its cost'],
      ],
    ],
    [
      'The board rejected the appeal, just as the court had predicted it would.',
      [
        ['reported', 'The board', 'rejected', 'the appeal'],
        ['reported', 'the court', 'had predicted', 'it would'],
      ],
    ],
    [
      'Later, the pastor praised the evangelist Frank Gray, who has publicly vowed not to buy the cookies.',
      [
        ['reported', 'the pastor', 'praised', 'the evangelist Frank Gray'],
        ['reported', 'who', 'has publicly vowed', 'not to buy the cookies'],
      ],
    ],
    // Nested attribution keeps both levels.
    [
      'According to court filings, an engineer hired by the city warned that the dam was unsafe.',
      [
        ['reported', 'court filings', 'According to', 'an engineer hired by the city warned that the dam was unsafe'],
        ['reported', 'an engineer', 'warned', 'the dam was unsafe'],
      ],
    ],
  ] as [string, [string, string, string, string][]][])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
