import { describe, expect, test } from '@jest/globals';
import { detectQuotes } from '../../src/detect/quotes.js';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';

/** The quoted contents of a text, as [content, nested, closed]. */
function quotesOf(text: string): [string, boolean, boolean][] {
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  return quotes.map((q) => [text.slice(q.start, q.end), q.nested, q.close !== null]);
}

describe('detectQuotes', () => {
  test.each([
    ['curly double', '“We will win,” she said.', [['We will win,', false, true]]],
    ['straight double', '"We will win," she said.', [['We will win,', false, true]]],
    ['guillemets', '«Nous gagnerons», dit-elle.', [['Nous gagnerons', false, true]]],
    [
      'split around attribution',
      '“Yes,” he said. “No.”',
      [
        ['Yes,', false, true],
        ['No.', false, true],
      ],
    ],
    [
      'nested single inside double',
      '“He told me, ‘Go home,’ and left,” she said.',
      [
        ['He told me, ‘Go home,’ and left,', false, true],
        ['Go home,', true, true],
      ],
    ],
    ['apostrophes are not quotes', 'Jones’ shop hasn’t changed since the ’90s, it’s said.', []],
    ['straight apostrophes', "Jones' shop hasn't changed since the '90s.", []],
    [
      'a possessive inside a quote',
      '“The Joneses’ shop is closed,” he said.',
      [['The Joneses’ shop is closed,', false, true]],
    ],
    ['single quotes at top level', 'McCain: ‘Bad Angels Of Our Nature’', [['Bad Angels Of Our Nature', false, true]]],
    ['inches are not quotes', 'a 12" screen', []],
    ['two apostrophes as double marks (archive text)', "''We will win,'' she said.", [['We will win,', false, true]]],
    ['TeX-style double marks', "``We will win,'' she said.", [['We will win,', false, true]]],
    [
      'single quote nested in two-apostrophe marks',
      "''He said 'go home,' and left,'' she said.",
      [
        ["He said 'go home,' and left,", false, true],
        ['go home,', true, true],
      ],
    ],
    [
      'a possessive before two-apostrophe marks',
      "He said on CBS's ''Face the Nation.''",
      [['Face the Nation.', false, true]],
    ],
  ] as [string, string, [string, boolean, boolean][]][])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  test('an unclosed quote ends at its paragraph and is reported', () => {
    const text = '“The budget cannot absorb another cut, she said.\n\nParents lined up. “Music matters,” said Wu.';
    const { quotes, unclosed } = detectQuotes(text, segmentParagraphs(text));
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual([
      'The budget cannot absorb another cut, she said.',
      'Music matters,',
    ]);
    expect(unclosed).toEqual([{ open: 0, paragraphEnd: text.indexOf('\n') }]);
  });

  test('a quote continues over paragraphs that open with a quote mark again', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph,” he said.\n\nNot quoted.';
    const { quotes, unclosed } = detectQuotes(text, segmentParagraphs(text));
    expect(quotes).toHaveLength(1);
    expect(text.slice(quotes[0].start, quotes[0].end)).toBe('First paragraph of the quote.\n\n“Second paragraph,');
    expect(quotes[0].continued).toBe(true);
    expect(unclosed).toEqual([]);
  });

  test('100,000 opening marks finish and stay within their paragraph', () => {
    const text = `${'“'.repeat(100_000)}\n\nAfter.`;
    const { quotes } = detectQuotes(text, segmentParagraphs(text));
    for (const q of quotes) expect(q.end).toBeLessThanOrEqual(100_000);
  });
});
