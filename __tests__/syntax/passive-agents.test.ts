/**
 * passiveAgent (src/syntax/mention-frames.ts): the agent after "by" of a speech verb's participle opening its
 * sentence ("Asked by a reporter whether …"). Each row: a sentence with `^` before the cue, its bracket notation
 * (src/syntax/render.ts), and the words of the agent, or null. passiveClauseFrame: a passive cue with its agent
 * in a clause of its own ("The plan was first reported by the Gazette"), the agent's and the subject's words.
 */
import { describe, expect, test } from '@jest/globals';
import { renderSyntax } from '../../src/syntax/render.js';
import { passiveAgent, passiveClauseFrame } from '../../src/syntax/mention-frames.js';
import { opensAgentPhrase } from '../../src/syntax/content-bounds.js';
import { marked } from './marked.js';

describe('passiveAgent', () => {
  test.each([
    [
      '^Asked by a reporter whether the ferry would run, the mayor said it would.',
      '{part (Asked) by [a reporter] {adv whether [[the ferry]] (would run)}}, [[the mayor]] (said) {comp [[it]] (would)}.',
      'a reporter',
    ],
    [
      'When ^asked by the host about the levy, Ms. Lee said nothing.',
      '{adv When (asked) by [the host] about [the levy]}, [[Ms. Lee]] (said) [nothing].',
      'the host',
    ],
    [
      'As ^reported by the Gazette, the ferry will stop in May.',
      'As (reported) by [the Gazette], {comp [[the ferry]] (will stop) <t in [May]>}.',
      'the Gazette',
    ],
    // A forecast after "as" is left out.
    [
      'As ^predicted by most analysts, the ferry stopped in May.',
      'As (predicted) by [most analysts], {comp [[the ferry]] (stopped) <t in [May]>}.',
      null,
    ],
    // A reduced relative after a noun: the agent supported, nobody spoke.
    [
      'The minority government, ^supported by the Green caucus, will survive.',
      '[[The minority government]], {red (supported) by [the Green caucus]}, (will survive).',
      null,
    ],
    // Not a passive.
    [
      'The mayor ^asked the council whether the ferry would run.',
      '[[The mayor]] (asked) [the council] {adv whether [[the ferry]] (would run)}.',
      null,
    ],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    const text = written.replace('^', '');
    expect(renderSyntax(s)).toBe(notation);
    const range = passiveAgent(s, at);
    expect(range ? text.slice(s.tokens[range.first].start, s.tokens[range.last].end) : null).toBe(expected);
  });
});

describe('passiveClauseFrame', () => {
  test.each([
    [
      'The ferry plan was first ^reported by the Gazette.',
      '[[The ferry plan]] (was) {comp [[first]] (reported) by [the Gazette]}.',
      ['the Gazette', 'The ferry plan'],
    ],
    [
      'The closure of the pier was ^criticized by the mayor on Friday.',
      '[[The closure]] of [the pier] (was criticized) by [the mayor] <t on [Friday]>.',
      ['the mayor', 'The closure of the pier'],
    ],
    // No agent: nobody named reported it.
    [
      'The closure of the pier was ^criticized on Friday.',
      '[[The closure]] of [the pier] (was criticized) <t on [Friday]>.',
      null,
    ],
    // A relative pronoun is no subject to report.
    [
      'The plan, which was ^reported by the Gazette, was dropped.',
      '[[The plan]], {rel [[which]] (was reported) by [the Gazette]}, (was dropped).',
      null,
    ],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    const text = written.replace('^', '');
    expect(renderSyntax(s)).toBe(notation);
    const frame = passiveClauseFrame(s, at);
    const words = (r: { first: number; last: number }) => text.slice(s.tokens[r.first].start, s.tokens[r.last].end);
    expect(frame ? [words(frame.agent), words(frame.subject)] : null).toEqual(expected);
  });
});

describe('opensAgentPhrase: "by" or "from" before a noun phrase right after a cue word names the agent', () => {
  test.each([
    [
      'Voters shun the change offered ^by the mayor.',
      '[[Voters]] (shun) {comp [[the change]] (offered) by [the mayor]}.',
      true,
    ],
    // A gerund after "by" goes on to what was said.
    [
      'The mayor responded ^by saying that the ferry would run.',
      '[[The mayor]] (responded) {part by (saying) {comp that [[the ferry]] (would run)}}.',
      false,
    ],
    // The query reads a place after "from" as an agent too; findContent asks it only where no trailing circumstance is.
    ['Garland explained ^from Winnipeg.', '[[Garland]] (explained) <p from [Winnipeg]>.', true],
    // Other prepositions are no agent.
    ['The plan was welcomed ^at the council.', '[[The plan]] (was welcomed) at [the council].', false],
  ])('%s', (written, notation, expected) => {
    const { s, at } = marked(written);
    expect(renderSyntax(s)).toBe(notation);
    expect(opensAgentPhrase(s, at)).toBe(expected);
  });
});
