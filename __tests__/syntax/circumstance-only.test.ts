/**
 * circumstanceOnlyTo (src/syntax/content-bounds.ts): whether the words after a cue only say when, where or how the
 * source spoke. Each row: a sentence with `^` before the first word after the cue, its bracket notation
 * (src/syntax/render.ts), and the query's answer for the words from the mark to the sentence's end.
 */
import { describe, expect, test } from '@jest/globals';
import { renderSyntax } from '../../src/syntax/render.js';
import { circumstanceOnlyTo } from '../../src/syntax/content-bounds.js';
import { marked } from './marked.js';

describe('circumstanceOnlyTo: the words after a cue say only when, where or how', () => {
  test.each([
    // A bare time phrase, a time after a preposition, a manner with the phrases that go on it.
    [
      'Fares will rise, the transit agency reported ^last week.',
      '[[Fares]] (will rise), {comp [[the transit agency]] (reported) <t [last week]>}.',
      true,
    ],
    [
      'Fares will rise, the agency reported ^Monday.',
      '[[Fares]] (will rise), {comp [[the agency]] (reported) <t [Monday]>}.',
      true,
    ],
    [
      'The pier is safe, she wrote ^in a letter to the harbour board.',
      '[[The pier]] (is) safe, {comp [[she]] (wrote) <m in [a letter]> to [the harbour board]}.',
      true,
    ],
    // A phrase after "after", "before", "during" says when, whatever its noun.
    [
      'The pier is safe, he said ^after the inspection.',
      '[[The pier]] (is) safe, {comp [[he]] (said) after [the inspection]}.',
      true,
    ],
    // Clauses of time: "as" with a subject, "when" without one.
    [
      'The pier is safe, he said ^as he opened the gates.',
      '[[The pier]] (is) safe, {comp [[he]] (said) {adv as [[he]] (opened) [the gates]}}.',
      true,
    ],
    [
      'The pier is safe, he said ^when asked about the storm.',
      '[[The pier]] (is) safe, {comp [[he]] (said) {adv when (asked) about [the storm]}}.',
      true,
    ],
    // An adverb before a time.
    [
      'The pier is safe, the mayor said ^quietly on Friday.',
      '[[The pier]] (is) safe, {comp [[the mayor]] (said) quietly <t on [Friday]>}.',
      true,
    ],
    // A day and the part of it ("morning" is no participle), with "early"/"late" before the day.
    [
      'The levy will pass, she said ^early Monday morning.',
      '[[The levy]] (will pass), {comp [[she]] (said) <t [early Monday morning]>}.',
      true,
    ],
    [
      'The ferry will run, the mayor said ^Wednesday morning on a radio show.',
      '[[The ferry]] (will run), {comp [[the mayor]] (said) <t [Wednesday morning]> on [a radio show]}.',
      true,
    ],
    // A measure of time before "later" or "ago"; after a time, "when" with a subject tells when too.
    [
      'The pier is safe, the mayor said ^two days ago.',
      '[[The pier]] (is) safe, {comp [[the mayor]] (said) <t [two days] ago>}.',
      true,
    ],
    [
      'The ferry left, the harbour master reported ^a few minutes later when the fog lifted.',
      '[[The ferry]] (left), {comp [[the harbour master]] (reported) [a few minutes] later {adv when [[the fog]] (lifted)}}.',
      true,
    ],
    // A gerund clause of manner after "in" or "by": how it was said.
    [
      'The pier is safe, she said ^in posing the question.',
      '[[The pier]] (is) safe, {comp [[she]] (said) {part in (posing) [the question]}}.',
      true,
    ],
    // ... unless a clause with a subject of its own lies inside it: that is what was said.
    [
      'The mayor responded ^by saying that the pier was safe.',
      '[[The mayor]] (responded) {part by (saying) {comp that [[the pier]] (was) safe}}.',
      false,
    ],
    // "when" with a subject of its own after a cue asks a question: what was not said.
    [
      'The council has not said ^when it would vote on the levy.',
      '[[The council]] (has not said) {adv when [[it]] (would vote) on [the levy]}.',
      false,
    ],
    // "as" without a subject: what the thing is viewed as.
    [
      'Critics faulted what the board describes ^as careful planning.',
      '[[Critics]] (faulted) what {comp [[the board]] (describes) as [careful planning]}.',
      false,
    ],
    // A topic after a circumstance is what the source spoke of.
    [
      'The coach spoke ^on local radio about the new stadium.',
      '[[The coach]] (spoke) <m on [local radio]> about [the new stadium].',
      false,
    ],
    // An object: what was reported.
    [
      'The mill reported ^a loss in the third quarter.',
      '[[The mill]] (reported) [a loss] <t in [the third quarter]>.',
      false,
    ],
    // A clause of its own inside the clause of time is what was explained.
    [
      'The coach explained ^after losing the final, the team would need a new keeper.',
      '[[The coach]] (explained) {part after (losing) [the final], {comp [[the team]] (would need) [a new keeper]}}.',
      false,
    ],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    expect(circumstanceOnlyTo(s, at, s.tokens[s.tokens.length - 1].end)).toBe(expected);
  });
});
