/**
 * Frames that mark a claim as expected, apparent or asked without naming who (src/syntax/sourceless-frames.ts).
 * Each row: a sentence, the token index of each of its other cues' first and last word where that matters, and
 * the frames found, written `cue base | cue words | content words` (content `-` when the frame has none).
 */
import { describe, expect, test } from '@jest/globals';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { detectQuotes } from '../../src/detect/quotes.js';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import { defaultCueVerbTable } from '../../src/lexicon/cue-verbs.js';
import type { SentenceSyntax } from '../../src/syntax/types.js';
import { sourcelessFrames, type TokenRange } from '../../src/syntax/sourceless-frames.js';

function analysed(text: string): SentenceSyntax {
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  const [sentence] = tagRange(text, 0, text.length);
  return analyse(sentence.tokens, quotes);
}

const words = (s: SentenceSyntax, range: TokenRange | null): string =>
  range
    ? s.tokens
        .slice(range.first, range.last + 1)
        .map((t) => t.text)
        .join(' ')
    : '-';

/** The frames of a sentence whose other cues are given by the words they open and end with. */
function frames(text: string, cueWords: string[]): string[] {
  const s = analysed(text);
  const cueTokens = cueWords.map((w) => s.tokens.findIndex((t) => t.text === w)).sort((a, b) => a - b);
  return sourcelessFrames(s, defaultCueVerbTable(), cueTokens, new Set(cueTokens)).map(
    (f) => `${f.cue.base} | ${words(s, f.cue)} | ${words(s, f.content)}`,
  );
}

describe('sourceless frames: expected, apparent or asked, by nobody named', () => {
  test.each([
    [
      'Sanders is expected to win the primary.',
      [],
      ['be expected | is expected | Sanders is expected to win the primary'],
    ],
    [
      'Turnout is widely expected to fall.',
      [],
      ['be expected | is widely expected | Turnout is widely expected to fall'],
    ],
    ['Lee said Sanders is expected to win.', ['said'], ['be expected | is expected | Sanders is expected to win']],
    ['She is expected to argue for the plan.', [], []],
    ['Sanders expected to win.', [], []],
    [
      'The ferry is widely seen as a lifeline for the island.',
      [],
      ['see | is widely seen as | The ferry is widely seen as a lifeline for the island'],
    ],
    [
      'The pier has long been considered unsafe.',
      [],
      ['consider | been considered | The pier has long been considered unsafe'],
    ],
    [
      'The ferry captain is best known for his rescue of a trawler crew.',
      [],
      ['know | is best known for | The ferry captain is best known for his rescue of a trawler crew'],
    ],
    [
      'The old pier, which was known as the Long Walk, closed in May.',
      [],
      ['know | was known as | which was known as the Long Walk'],
    ],
    ['The results were known to the council by Friday.', [], []],
    ['The pier, also known as the Long Walk, closed in May.', [], []],
    ['The crew was seen leaving the pier.', [], []],
    ['The closure was seen by some as a mistake.', [], []],
    ['The mayor is loath to be seen as weak.', [], []],
    ['The petition must be considered for debate.', [], []],
    ['The field appeared to narrow.', [], ['appear | appeared | The field appeared to narrow']],
    ['New Hampshire seems stable, for now.', [], ['seem | seems | New Hampshire seems stable']],
    ['It seems likely they will win.', [], ['seem | seems | likely they will win']],
    ['He appeared to suggest a deal.', [], []],
    ['The mayor appeared on television.', [], []],
    ['Asked whether he would run, Smith said he was tired.', ['said'], ['ask | Asked | whether he would run']],
    ['Pence was asked about the comment.', [], ['ask | was asked about | the comment']],
    ['Clinton has been asked to release the transcripts.', [], ['ask | been asked | to release the transcripts']],
    ['Pence asked whether the plan would pass.', [], []],
    ['Voters asked by pollsters whether they agree were split.', [], []],
    [
      'The ferry operator has reportedly hired a second captain.',
      [],
      ['report | reportedly | The ferry operator has reportedly hired a second captain'],
    ],
    [
      'The storm closed the port, and two trawlers reportedly sank.',
      [],
      ['report | reportedly | two trawlers reportedly sank'],
    ],
    ['The harbour master allegedly took a bribe.', [], []],
  ] as [string, string[], string[]][])('%s', (text, cueWords, expected) => {
    expect(frames(text, cueWords)).toEqual(expected);
  });
});
