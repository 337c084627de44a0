/**
 * Where a content before or around an attribution ends (src/syntax/content-bounds.ts): trailingAttributionStart
 * ("…, she noted."), setOffBefore (a break before the attribution) and setOffSubjectStart (a break before the
 * whole subject phrase). Each row: a sentence with `^` before the
 * cue word, its bracket notation (src/syntax/render.ts), and the query's answer.
 */
import { describe, expect, test } from '@jest/globals';
import { renderSyntax } from '../../src/syntax/render.js';
import {
  commaSubjectAttributionStart,
  opensWhenSaidClause,
  setOffBefore,
  setOffSubjectStart,
  trailingAccordingToStart,
  trailingAttributionStart,
} from '../../src/syntax/content-bounds.js';
import { marked } from './marked.js';

describe('trailingAttributionStart: the words from where a trailing attribution begins, or null', () => {
  test.each([
    [
      'Fuel prices have added another burden to the farm budget, she ^noted.',
      '[[Fuel prices]] (have added) [another burden] to [the farm budget], {comp [[she]] (noted)}.',
      'she noted.',
    ],
    [
      'Crews were clearing the road and warning drivers to stay away, WKRB News ^reported on Monday.',
      '[[Crews]] (were clearing) [the road] and {part (warning) [drivers] {inf (to stay away), {comp [[WKRB News]] (reported) <t on [Monday]>}}}.',
      'WKRB News reported on Monday.',
    ],
    [
      'The ferry will run until May, Dana Wells, a port manager, ^said.',
      '[[The ferry]] (will run) <t until [May]>, [Dana Wells|, [a port manager]], {coord (said)}.',
      'Dana Wells, a port manager, said.',
    ],
    [
      'The ferry will run until May, ^said a port manager.',
      '[[The ferry]] (will run) <t until [May]>, {coord (said) [a port manager]}.',
      'said a port manager.',
    ],
    // Words after the cue that are no circumstance: the cue opens a content of its own.
    [
      'The ferry stopped, the captain ^said the engine had failed.',
      '[[The ferry]] (stopped), {comp [[the captain]] (said) {comp [[the engine]] (had failed)}}.',
      null,
    ],
    // No comma before the subject: no trailing attribution.
    ['The mayor ^noted the budget had grown.', '[[The mayor]] (noted) {comp [[the budget]] (had grown)}.', null],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    const start = trailingAttributionStart(s, at, at);
    const text = written.replace('^', '');
    expect(start < 0 ? null : text.slice(s.tokens[start].start)).toBe(expected);
  });
});

describe('setOffBefore: whether a break sets off the words before the marked token', () => {
  test.each([
    ['The bridge will close, ^she said.', '[[The bridge]] (will close), {comp [[she]] (said)}.', true],
    [
      '"The bridge will close," ^retired engineer Lee Park said.',
      '"{quote [[The bridge]] (will close)}," (retired) {comp [[engineer Lee Park]] (said)}.',
      true,
    ],
    [
      'The bridge was never inspected, as ^officials have said.',
      '[[The bridge]] (was never inspected), {adv as [[officials]] (have said)}.',
      true,
    ],
    [
      'The repairs took more time than ^he expected.',
      '[[The repairs]] {red (took) more <t [time]> than [he]} (expected).',
      false,
    ],
    ['^The repairs took longer than expected.', '[[The repairs]] (took) longer than expected.', true],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    expect(setOffBefore(s, at)).toBe(expected);
  });
});

describe('setOffSubjectStart: the words from the break before the subject phrase the marked mention ends, or null', () => {
  test.each([
    [
      'The ferry will run until May, the captain and two ^deckhands said.',
      '[[The ferry]] (will run) <t until [May]>, [the captain] {coord and [[two deckhands]] (said)}.',
      'the captain and two deckhands said.',
    ],
    [
      'The depot will close, current and former ^managers said.',
      '[[The depot]] (will close), current {coord and [[former managers]] (said)}.',
      'current and former managers said.',
    ],
    [
      'The depot will close, campaign ^officials said.',
      '[[The depot]] (will close), {coord (campaign) {comp [[officials]] (said)}}.',
      'campaign officials said.',
    ],
    // A tensed verb between the break and the mention: a clause of its own, no subject phrase.
    [
      'The depot will close, workers fear the ^managers said.',
      '[[The depot]] (will close), {comp [[workers]] (fear) {comp [[the managers]] (said)}}.',
      null,
    ],
    // No break before the phrase: no set-off attribution.
    [
      'The repairs took more time than the ^crew expected.',
      '[[The repairs]] {red (took) more <t [time]> than [the crew]} (expected).',
      null,
    ],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    const start = setOffSubjectStart(s, at);
    const text = written.replace('^', '');
    expect(start < 0 ? null : text.slice(s.tokens[start].start)).toBe(expected);
  });
});

describe('opensWhenSaidClause: whether a clause of time after the cue (marked token: the word after it) runs to the end', () => {
  test.each([
    [
      'The ferry will run until May, the captain said ^as she left the dock.',
      '[[The ferry]] (will run) <t until [May]>, {comp [[the captain]] (said) {adv as [[she]] (left) [the dock]}}.',
      false,
      true,
    ],
    [
      'The ferry will run until May, the captain told ^reporters while visiting the dock.',
      '[[The ferry]] (will run) <t until [May]>, {comp [[the captain]] (told) [reporters] {part while {part (visiting) [the dock]}}}.',
      true,
      true,
    ],
    // What was said follows the clause of time: it does not run to the end on its own.
    [
      'The captain said ^as she left that the ferry would run until May.',
      '[[The captain]] (said) {adv as [[she]] (left) {comp that [[the ferry]] (would run) <t until [May]>}}.',
      false,
      true,
    ],
    // A reason is no clause of time.
    [
      'The ferry will stop, the captain said ^because the engine failed.',
      '[[The ferry]] (will stop), {comp [[the captain]] (said) {adv because [[the engine]] (failed)}}.',
      false,
      false,
    ],
  ])('%s', (written, notation, addressee, expected) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    expect(opensWhenSaidClause(s, at, addressee)).toBe(expected);
  });
});
describe('commaSubjectAttributionStart: a second source after a comma, with a clause of its own', () => {
  // Each row: `^` before the second cue, the content's first token after `from` (the word after `@`), and the
  // words from where the second attribution begins (null: none).
  test.each([
    [
      'Asked if she thought the council wanted @a new stadium, the coach ^said she would not guess.',
      '{part (Asked) {comp if [[she]] (thought) {comp [[the council]] (wanted) [a new stadium]}}}, [[the coach]] (said) {comp [[she]] (would not guess)}.',
      'the coach said she would not guess.',
    ],
    [
      'Critics warned @the levy would fail, the mayor ^said that the vote was fair.',
      '[[Critics]] (warned) {comp [[the levy]] (would fail), {comp [[the mayor]] (said) {comp that [[the vote]] (was) fair}}}.',
      'the mayor said that the vote was fair.',
    ],
    // An attribution set off inside the content opens no clause after its cue.
    ['@The bill, Democrats ^said, will fail.', '[[The bill]], [Democrats] (said), {coord (will fail)}.', null],
    // A prepositional phrase with no verb before the comma is no content of its own.
    [
      'The survey found @by 43 to 41 percent, voters ^say the plan is fair.',
      '[[The survey]] (found) by [43] to [41 percent], {comp [[voters]] (say) {comp [[the plan]] (is) fair}}.',
      null,
    ],
  ])('%s', (written, notation, expected) => {
    const from = written.indexOf('@');
    const { s, at } = marked(written.replace('@', ''));
    expect(renderSyntax(s)).toBe(notation);
    const fromToken = s.tokens.findIndex((t) => t.start === from);
    const start = commaSubjectAttributionStart(s, at, at, fromToken);
    const text = written.replace('@', '').replace('^', '');
    expect(start < 0 ? null : text.slice(s.tokens[start].start)).toBe(expected);
  });
});

describe('trailingAccordingToStart: a trailing "according to" set off by a comma, or null', () => {
  test.each([
    [
      'The publisher declined to renew the contract, ^according to an executive familiar with the talks.',
      '[[The publisher]] (declined) {inf (to renew) [the contract], according to an executive familiar with [the talks]}.',
      'according to an executive familiar with the talks.',
    ],
    // A relative clause describing the source only goes on the sentence.
    [
      'The ferry will run again, ^according to the mayor, who spoke on Monday.',
      '[[The ferry]] (will run) again, <s according to [the mayor]>, {rel [[who]] (spoke) <t on [Monday]>}.',
      'according to the mayor, who spoke on Monday.',
    ],
    // The rest of a clause after it: the "according to" stands inside the sentence, not at its end.
    [
      'The mayor, ^according to aides, will resign on Friday.',
      '[[The mayor]], <s according to [aides]>, (will resign) <t on [Friday]>.',
      null,
    ],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    const start = trailingAccordingToStart(s, at, at + 1);
    const text = written.replace('^', '');
    expect(start < 0 ? null : text.slice(s.tokens[start].start)).toBe(expected);
  });
});
