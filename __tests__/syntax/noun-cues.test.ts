/** The frame of a cue noun (src/syntax/noun-cues.ts): its possessor, the cue with its preposition, its complement. */
import { describe, expect, test } from '@jest/globals';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import { possessedNounCue } from '../../src/syntax/noun-cues.js';

/** [possessor, cue, content] of the first token whose word is `noun`, or null. */
function frame(text: string, noun: string, clauseOnly = false): [string, string, string] | null {
  const [sentence] = tagRange(text, 0, text.length);
  const s = analyse(sentence.tokens);
  const at = s.tokens.findIndex((t) => t.normal === noun);
  const found = possessedNounCue(s, at, clauseOnly);
  if (!found) return null;
  const words = (first: number, last: number) => text.slice(s.tokens[first].start, s.tokens[last].end);
  return [
    words(found.possessor.first, found.possessor.last),
    words(at, found.cueLast),
    words(found.content.first, found.content.last),
  ];
}

describe('possessedNounCue', () => {
  test.each([
    [
      "The governor's criticism of the transit plan drew a fine.",
      'criticism',
      ["The governor's", 'criticism of', 'the transit plan'],
    ],
    ['Her warning that rates would rise came late.', 'warning', ['Her', 'warning', 'that rates would rise']],
    ['His promise to cut fares won the vote.', 'promise', ['His', 'promise', 'to cut fares']],
    ["Trump's repeated attacks on the judge angered lawyers.", 'attacks', ["Trump's", 'attacks on', 'the judge']],
    [
      'Their criticism of the deal that the province signed surprised no one.',
      'criticism',
      ['Their', 'criticism of', 'the deal that the province signed'],
    ],
    [
      "The senator's criticism of the bill, which passed, was muted.",
      'criticism',
      ["The senator's", 'criticism of', 'the bill'],
    ],
    // No possessor, no complement, a time after the noun, a noun inside a longer phrase: no frame.
    ['The criticism of the plan grew.', 'criticism', null],
    ["The mayor's criticism has grown.", 'criticism', null],
    ['His warning on Friday went unheeded.', 'warning', null],
    ['His attacks ads on the mayor ran all week.', 'attacks', null],
  ] as [string, string, [string, string, string] | null][])('%s', (text, noun, expected) => {
    expect(frame(text, noun)).toEqual(expected);
  });
});

describe('possessedNounCue with clauseOnly: a "that" clause only', () => {
  test.each([
    [
      "The coach's claim that the referee was biased drew a fine.",
      'claim',
      ["The coach's", 'claim', 'that the referee was biased'],
    ],
    ['His claim to the estate failed.', 'claim', null],
    ['Their belief in the project is strong.', 'belief', null],
  ] as [string, string, [string, string, string] | null][])('%s', (text, noun, expected) => {
    expect(frame(text, noun, true)).toEqual(expected);
  });
});
