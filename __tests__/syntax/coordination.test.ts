/**
 * Predicates joined by "and"/"but" that share a subject (src/syntax/coordination.ts): each row a sentence in the
 * bracket notation of src/syntax/render.ts and the head verbs of each pair the query gives.
 */
import { describe, expect, test } from '@jest/globals';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { detectQuotes } from '../../src/detect/quotes.js';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import { renderSyntax } from '../../src/syntax/render.js';
import { coordinatedPredicatePairs } from '../../src/syntax/coordination.js';

function analysed(text: string) {
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  const [sentence] = tagRange(text, 0, text.length);
  return analyse(sentence.tokens, quotes);
}

describe('coordinatedPredicatePairs', () => {
  test.each([
    [
      'The governor attacked the transit plan and took issue with its cost.',
      '[[The governor]] (attacked) [the transit plan] {coord and (took) [issue] with [its cost]}.',
      [['attacked', 'took']],
    ],
    [
      'Trump called the merger a terrible deal and ranked Fiorina among the worst executives.',
      '[[Trump]] (called) [the merger] [a terrible deal] {coord and (ranked) [Fiorina] among [the worst executives]}.',
      [['called', 'ranked']],
    ],
    // A second subject after "and": two clauses, no shared subject.
    [
      'The council rejected the plan and the mayor attacked the vote.',
      '[[The council]] (rejected) [the plan] {coord and [[the mayor]] (attacked) [the vote]}.',
      [],
    ],
    // Not finite: an infinitive after "and" joins no predicate of the subject.
    ['She wants to praise the staff and thank the donors.', null, []],
  ] as [string, string | null, [string, string][]][])('%s', (text, notation, expected) => {
    const s = analysed(text);
    if (notation !== null) expect(renderSyntax(s)).toBe(notation);
    const head = (g: number) => s.tokens[s.verbs[g].head].text;
    expect(coordinatedPredicatePairs(s).map(([a, b]) => [head(a), head(b)])).toEqual(expected);
  });
});
