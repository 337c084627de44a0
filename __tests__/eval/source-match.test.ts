import { nameWords, sourceIsRight } from '../../src/eval/source-match.js';

const span = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('source rule', () => {
  test('a null gold source is right only for a prediction without source', () => {
    expect(sourceIsRight(null, null)).toBe(true);
    expect(sourceIsRight(null, { name: 'Jane Hart', mentions: [] })).toBe(false);
  });

  test('a gold source is never right for a prediction without source', () => {
    expect(sourceIsRight(span('Jane Hart', 0), null)).toBe(false);
  });

  test('a mention overlapping the gold span is right, whatever the name', () => {
    expect(sourceIsRight(span('he', 40), { name: 'Sam Cole', mentions: [span('Sam Cole', 0), span('he', 40)] })).toBe(
      true,
    );
    expect(sourceIsRight(span('a memo sent to parents', 10), { name: 'memo', mentions: [span('a memo', 10)] })).toBe(
      true,
    );
  });

  test('a shared name word is right even at another place in the text', () => {
    expect(
      sourceIsRight(span('The Post', 500), { name: 'New York Post', mentions: [span('The New York Post', 0)] }),
    ).toBe(true);
    expect(sourceIsRight(span('CADDELL', 500), { name: 'Pat Caddell', mentions: [] })).toBe(true);
  });

  test('stop words, honorifics and pronouns are not name words', () => {
    expect(sourceIsRight(span('Mr. Smith', 500), { name: 'Mr. Jones', mentions: [span('Mr. Jones', 0)] })).toBe(false);
    expect(sourceIsRight(span('she', 500), { name: 'she', mentions: [span('she', 10)] })).toBe(false);
    expect(sourceIsRight(span('the head of the agency', 500), { name: 'the minister', mentions: [] })).toBe(false);
  });

  test('name words are lower-cased letters and digits without stop words', () => {
    expect([...nameWords('Mrs. Clinton’s campaign of 2016')]).toEqual(['clinton', 'campaign', '2016']);
  });
});
