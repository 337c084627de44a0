/** afterAddressee (src/syntax/content-bounds.ts): the addressee of "told" is no part of what was said. */
import { describe, expect, test } from '@jest/globals';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import { afterAddressee } from '../../src/syntax/content-bounds.js';

/** The text from where what was said starts, asked after the word `after`. */
function said(text: string, after: string): string {
  const [sentence] = tagRange(text, 0, text.length);
  const s = analyse(sentence.tokens);
  const from = s.tokens.findIndex((t) => t.normal === after) + 1;
  return text.slice(s.tokens[afterAddressee(s, from)].start);
}

describe('afterAddressee', () => {
  test.each([
    ['The principal told reporters the school was cold.', 'told', 'the school was cold.'],
    ['Smith told the committee on Tuesday the deal was dead.', 'told', 'the deal was dead.'],
    ['She told him the report was wrong.', 'told', 'the report was wrong.'],
    ['Officials warned residents the river would flood.', 'warned', 'the river would flood.'],
    // Someone told about something: the topic after "about" or "of" is what was told.
    ['The harbour master told reporters about the storm damage.', 'told', 'the storm damage.'],
    ['She told us about the risks.', 'told', 'the risks.'],
    ['The mayor warned residents of a long closure.', 'warned', 'a long closure.'],
    // No clause after the phrase, and the phrase is no one: it is what was told.
    ['He told a story about the war.', 'told', 'a story about the war.'],
    // The phrase is the clause's own subject.
    ['Jones said the plant would close.', 'said', 'the plant would close.'],
  ])('%s', (text, after, expected) => {
    expect(said(text, after)).toBe(expected);
  });
});
