/**
 * An attribution that opens its sentence and ends at a comma (src/syntax/content-bounds.ts): opensSentenceAt,
 * opensWithAs and afterInterruptingPhrase; and thatComplementAfter (a cue with a "that" clause of its own). Each row: a sentence with `^` before the token asked about, its bracket
 * notation (src/syntax/render.ts), and the query's answer.
 */
import { describe, expect, test } from '@jest/globals';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import { renderSyntax } from '../../src/syntax/render.js';
import type { SentenceSyntax } from '../../src/syntax/types.js';
import {
  afterInterruptingPhrase,
  opensCoordinatedClauseAt,
  modifiersToBreak,
  opensSentenceAt,
  opensWithAs,
  thatComplementAfter,
} from '../../src/syntax/content-bounds.js';

/** A one-sentence text with `^` before one word: its analysis and the index of that word's token. */
function marked(written: string): { s: SentenceSyntax; at: number; text: string } {
  const offset = written.indexOf('^');
  const text = written.slice(0, offset) + written.slice(offset + 1);
  const [sentence] = tagRange(text, 0, text.length);
  const s = analyse(sentence.tokens);
  const at = s.tokens.findIndex((t) => t.start === offset);
  if (at < 0) throw new Error(`no token at the mark: ${written}`);
  return { s, at, text };
}

describe('opensSentenceAt and opensWithAs: the marked subject opens the sentence, or "as" before it does', () => {
  test.each([
    [
      '^Ms. Hale says, win or lose, she is staying.',
      '[[Ms. Hale]] (says), [win] {coord or (lose), {comp [[she]] (is staying)}}.',
      true,
      false,
    ],
    [
      'And ^I can now say that the plan worked.',
      'And [[I]] (can now say) {comp that [[the plan]] (worked)}.',
      true,
      false,
    ],
    [
      'But as ^the mayor noted, the bridge is old.',
      'But {adv as [[the mayor]] (noted)}, [[the bridge]] (is) old.',
      false,
      true,
    ],
    ['Later that day ^the mayor said, "No."', 'Later {comp that <t [day]> [[the mayor]] (said), "No}."', false, false],
  ])('%s', (written, notation, opens, withAs) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    expect(opensSentenceAt(s, at)).toBe(opens);
    expect(opensWithAs(s, at)).toBe(withAs);
  });
});

describe('afterInterruptingPhrase: where what was said starts after the comma that follows a cue', () => {
  test.each([
    [
      'He believes, ^for example, that the tax should go.',
      '[[He]] (believes), for example, {comp that [[the tax]] (should go)}.',
      'the tax should go.',
    ],
    [
      'I can now say, ^with the benefit of hindsight, that it worked.',
      '[[I]] (can now say), with [the benefit] of [hindsight], {comp that [[it]] (worked)}.',
      'it worked.',
    ],
    // No "that" after the phrase: what was said starts right after the cue's comma.
    [
      'Ms. Hale says, ^win or lose, she is staying.',
      '[[Ms. Hale]] (says), [win] {coord or (lose), {comp [[she]] (is staying)}}.',
      'win or lose, she is staying.',
    ],
  ])('%s', (written, notation, expected) => {
    const { s, at, text } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    expect(text.slice(s.tokens[afterInterruptingPhrase(s, at)].start)).toBe(expected);
  });
});

describe('thatComplementAfter: a "that" clause opens after the marked token (or after an addressee there)', () => {
  test.each([
    [
      'The senator ^admitted that the course name was wrong.',
      '[[The senator]] (admitted) {comp that [[the course name]] (was) wrong}.',
      true,
    ],
    [
      'The coach ^told the crowd that the season was over.',
      '[[The coach]] (told) [the crowd] {comp that [[the season]] (was) over}.',
      true,
    ],
    // "that" as a determiner opens no clause.
    [
      'She ^recalled of that first day how cold it was.',
      '[[She]] (recalled) of [that first day] {adv how cold [[it]] (was)}.',
      false,
    ],
    ['The senator ^said, "We will win."', '[[The senator]] (said), "{comp [[We]] (will win)}."', false],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    expect(thatComplementAfter(s, at + 1)).toBe(expected);
  });
});

describe('modifiersToBreak: only adverbs, dates and prepositional phrases stand between the marked token and a break', () => {
  test.each([
    ['As the Post reported ^just today, the board met.', 'the'],
    ['As Lee noted ^recently in a column, the bill failed.', 'the'],
    ['As Lee said ^on Monday, the vote was close.', 'the'],
    // An object, a clause or a pronoun after the cue is no modifier.
    ['As Lee told ^reporters, the bill failed.', null],
    ['As Lee noted ^in a column that ran on Monday, the bill failed.', null],
    ['As Lee said ^it, the bill failed.', null],
    // No break: nothing is set off.
    ['As Lee noted ^recently the bill failed.', null],
  ])('%s', (written, expected) => {
    const { s, at } = marked(written);
    const next = modifiersToBreak(s, at);
    expect(next < 0 ? null : s.tokens[next].text).toBe(expected);
  });
});

describe('opensCoordinatedClauseAt: the marked word opens a clause joined by "and"/"but" after a break', () => {
  test.each([
    ['The staff objected, but ^I said, hey, we must change.', true],
    ['The staff objected, and ^the mayor said, frankly, it was late.', true],
    // No break before the coordinator, or no coordinator.
    ['The staff and ^the mayor said no.', false],
    ['The staff objected, ^the mayor said.', false],
  ])('%s', (written, expected) => {
    const { s, at } = marked(written);
    expect(opensCoordinatedClauseAt(s, at)).toBe(expected);
  });
});
