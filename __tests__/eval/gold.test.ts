import { GoldFormatError, parseGold, parseGoldLine } from '../../src/eval/gold.js';

const doc = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'a',
    source: 'test',
    text: 'Cole said it rains.',
    attributions: [],
    quotes: [],
    neutral: [],
    ...over,
  });

function reasonOf(line: string): string {
  try {
    parseGoldLine(line, 7);
  } catch (error) {
    expect(error).toBeInstanceOf(GoldFormatError);
    expect((error as GoldFormatError).line).toBe(7);
    return (error as GoldFormatError).reason;
  }
  throw new Error('no error');
}

describe('gold format', () => {
  test('a valid line, with fragments and null source', () => {
    const line = doc({
      attributions: [
        {
          source: null,
          cue: { start: 5, end: 9, text: 'said' },
          content: {
            start: 0,
            end: 18,
            text: 'Cole said it rains',
            fragments: [{ start: 10, end: 18, text: 'it rains' }],
          },
        },
      ],
      quotes: [{ start: 10, end: 18, text: 'it rains', speaker: 'Cole', speakerStart: 0, speakerEnd: 4 }],
      neutral: [{ start: 0, end: 4 }],
    });
    const parsed = parseGoldLine(line, 1);
    expect(parsed.attributions[0]).toEqual({
      source: null,
      cue: { start: 5, end: 9, text: 'said' },
      content: { start: 0, end: 18, text: 'Cole said it rains', fragments: [{ start: 10, end: 18, text: 'it rains' }] },
    });
    expect(parsed.quotes[0]).toEqual({
      start: 10,
      end: 18,
      text: 'it rains',
      speaker: 'Cole',
      speakerStart: 0,
      speakerEnd: 4,
    });
    expect(parsed.neutral).toEqual([{ start: 0, end: 4 }]);
  });

  test('missing lists are empty', () => {
    expect(parseGoldLine(JSON.stringify({ id: 'a', text: 'x' }), 1)).toEqual({
      id: 'a',
      source: '',
      text: 'x',
      attributions: [],
      quotes: [],
      neutral: [],
    });
  });

  test.each([
    ['{"id":', /^invalid JSON \(/],
    ['[1]', /^expected a JSON object$/],
    [JSON.stringify({ text: 'x' }), /^"id" must be a non-empty string$/],
    [doc({ text: 3 }), /^"text" must be a string$/],
    [doc({ attributions: {} }), /^"attributions" must be an array$/],
    [doc({ attributions: [{ source: null, cue: null }] }), /^attributions\[0\]: missing "content"$/],
    [
      doc({ attributions: [{ content: { start: 0, end: 4, text: 'Cold' } }] }),
      /^attributions\[0\]\.content: "text" is not text\.slice\(0, 4\)$/,
    ],
    [
      doc({ attributions: [{ content: { start: 0, end: 99, text: 'x' } }] }),
      /^attributions\[0\]\.content: end 99 is beyond the text \(length 19\)$/,
    ],
    [doc({ quotes: [{ start: 4, end: 2, text: '' }] }), /^quotes\[0\]: start 4 is after end 2$/],
    [
      doc({ quotes: [{ start: 0, end: 4, text: 'Cole', speaker: 'x', speakerStart: 1, speakerEnd: null }] }),
      /^quotes\[0\]: speakerStart and speakerEnd must both be set or both be null$/,
    ],
    [doc({ neutral: [{ start: -1, end: 2 }] }), /^neutral\[0\]: start and end must be non-negative integers$/],
    [
      doc({
        attributions: [{ content: { start: 0, end: 4, text: 'Cole', fragments: [{ start: 0, end: 1, text: 'X' }] } }],
      }),
      /^attributions\[0\]\.content\.fragments\[0\]: "text" is not/,
    ],
  ])('%s is refused', (line, reason) => {
    expect(reasonOf(line)).toMatch(reason);
  });

  test('a file: blank lines skipped, line numbers kept, duplicate ids refused, limit respected', () => {
    const a = doc({ id: 'a' });
    const b = doc({ id: 'b' });
    expect(parseGold(`\uFEFF${a}\n\n${b}\n`).map((d) => d.id)).toEqual(['a', 'b']);
    expect(parseGold(`${a}\r\n${b}\r\n`, 1).map((d) => d.id)).toEqual(['a']);
    expect(() => parseGold(`${a}\n\n${a}\n`)).toThrow('line 3: duplicate id "a" (first on line 1)');
    expect(() => parseGold(`${a}\nnot json\n`)).toThrow(/^line 2: invalid JSON/);
  });
});
