import { describe, expect, test } from '@jest/globals';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { segmentSentences } from '../../src/segment/sentences.js';
import { indexLines } from '../../src/segment/lines.js';
import { detectQuotes } from '../../src/detect/quotes.js';

function sentencesOf(text: string): string[] {
  const paragraphs = segmentParagraphs(text);
  const { quotes } = detectQuotes(text, paragraphs);
  return segmentSentences(text, paragraphs, quotes).map((s) => text.slice(s.start, s.end));
}

describe('paragraphs', () => {
  test('blank lines (also with spaces and CRLF) separate paragraphs', () => {
    const text = 'One.\r\n\r\nTwo.\n  \nThree.';
    expect(segmentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });
});

describe('sentences', () => {
  test.each([
    ['a quote with inner sentence marks stays one sentence', 'The girl says "Hey! gimme the meatballs!". Then she left.', ['The girl says "Hey! gimme the meatballs!".', 'Then she left.']],
    ['a multi-sentence quote stays with its attribution', '“We don’t comment. That is all,” Jeffrey said. He left.', ['“We don’t comment. That is all,” Jeffrey said.', 'He left.']],
    ['a quote after a full stop starts a new sentence', '“Yes,” Jeffrey said. “Again, no.”', ['“Yes,” Jeffrey said.', '“Again, no.”']],
    ['an attribution after a closing question or exclamation stays with its quote', '“Why now?” Ruiz asked. “Enough!” Ruiz replied on Monday.', ['“Why now?” Ruiz asked.', '“Enough!” Ruiz replied on Monday.']],
    ['a capitalised subject with a content after the quote starts a new sentence', 'She called it “a mess.” Mayor Ruiz said the vote was rushed.', ['She called it “a mess.”', 'Mayor Ruiz said the vote was rushed.']],
    ['a quoted content after the verb starts a new sentence', 'Lima branded it an “outlaw state.” Oslo insisted that it “stop now.”', ['Lima branded it an “outlaw state.”', 'Oslo insisted that it “stop now.”']],
    ['a full stop inside closing marks ends the sentence before a new quote', 'He spoke on “Fox and Friends.” “I mean, it went well.”', ['He spoke on “Fox and Friends.”', '“I mean, it went well.”']],
    ['an attribution introducing the next quote is a sentence of its own', '“We found none.” He added, “It is rare.”', ['“We found none.”', 'He added, “It is rare.”']],
    ['abbreviated titles do not end sentences', 'Sen. Ted Cruz spoke. Mr. Smith left.', ['Sen. Ted Cruz spoke.', 'Mr. Smith left.']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('lines', () => {
  test('offsets map to 1-based line and column with LF, CRLF and CR', () => {
    const lines = indexLines('ab\ncd\r\nef\rgh');
    expect([0, 3, 4, 7, 10].map((o) => lines.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});
