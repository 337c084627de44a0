/**
 * Where a cue's source stands (src/syntax/mention-frames.ts). Each row: a sentence with `^` before the cue word
 * (or, for a belief or question query, before the subject), and the words of the phrase the query answers, or
 * null.
 */
import { describe, expect, test } from '@jest/globals';
import type { SentenceSyntax } from '../../src/syntax/types.js';
import type { MentionRange } from '../../src/syntax/phrases.js';
import type { Cue } from '../../src/detect/cues.js';
import {
  accordingToObject,
  believesNothing,
  coordinatedVerbSubject,
  documentParticipleSubject,
  infinitiveChainSubject,
  invertedSubject,
  isParticiple,
  isQuestionToYou,
  opensImperative,
  openingParticipleSubject,
  participleSubject,
  prepositionalGerundSubject,
  seriesSubject,
  subjectBeforeCue,
  withAbsoluteSubject,
} from '../../src/syntax/mention-frames.js';
import { marked } from './marked.js';

const words = (s: SentenceSyntax, range: MentionRange | null): string | null =>
  range
    ? s.tokens
        .slice(range.first, range.last + 1)
        .map((t) => t.text)
        .join(' ')
    : null;

/** A verb cue whose head is tokens[at], its written span opening at tokens[from] ("went on to say"). */
const cueAt = (s: SentenceSyntax, at: number, from = at): Cue => ({
  start: s.tokens[from].start,
  end: s.tokens[at].end,
  text: s.tokens[at].text,
  sentence: 0,
  token: at,
  lastToken: at,
  kind: 'verb',
  cueClass: 'speech',
  base: s.tokens[at].normal,
});

type Row = [string, string | null];

describe('mention frames: where a cue’s source stands', () => {
  test.each<[string, string | null, number?]>([
    ['The mayor ^said the river floods.', 'The mayor'],
    ['Dana Wells also ^said ships are late.', 'Dana Wells'],
    ['The mayor and the governor have both ^argued the plan failed.', 'the governor'],
    ['Both ^said the plan failed.', 'Both'],
    ['The senator went on to ^say the bill was dead.', 'The senator', 3],
    ['The coach continued to ^question the referee.', 'The coach', 2],
    ['"We are tired," ^said Ann Moran.', null],
  ])('subjectBeforeCue: %s', (text, expected, opening = 0) => {
    const { s, at } = marked(text);
    expect(words(s, subjectBeforeCue(s, cueAt(s, at, at - opening)))).toBe(expected);
  });

  test.each<Row>([
    ['The Times is expected to ^endorse the mayor.', 'The Times'],
    ['Caucus-goers were slightly more likely to ^say the economy mattered.', 'Caucus goers'],
    ['The union declined to ^say when talks resume.', null],
    ['Lee, to ^say the least, was angry.', null],
  ])('infinitiveChainSubject: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(words(s, infinitiveChainSubject(s, at))).toBe(expected);
  });

  test.each<Row>([
    ['Speaking to reporters, the mayor said the dam was safe.', 'the mayor'],
    ['After ^bragging about the costs, Trump is spending more.', 'Trump'],
    ['One month after ^announcing his support, Rubio changed course.', 'Rubio'],
    ['The mayor spoke, ^saying the dam was safe.', null],
    ['Having ^announced that he would stay, the mayor left the room.', 'the mayor'],
  ])('openingParticipleSubject: %s', (text, expected) => {
    const { s, at } = marked(text.includes('^') ? text : `^${text}`);
    expect(words(s, openingParticipleSubject(s, at))).toBe(expected);
  });

  test.each<Row>([
    ['The mayor issued a statement ^saying the dam was safe.', 'The mayor'],
    ['The swoon left Republicans ^wondering about the race.', null],
    ['The council sent out a press release ^saying the dam was safe.', 'The council'],
    ['The senator opened a county rally ^blasting the governor for the cuts.', 'The senator'],
    ["The union entered Monday's meeting ^believing the strike would end.", 'The union'],
    ['Morning shows featured all-male panels ^discussing the remark.', null],
    ['The mayor met a local farmer ^saying the dam was safe.', null],
  ])('documentParticipleSubject: %s', (text, expected) => {
    const { s, at } = marked(text);
    const object = subjectBeforeCue(s, cueAt(s, at))!;
    expect(words(s, documentParticipleSubject(s, at, object))).toBe(expected);
  });

  test.each<Row>([
    ['The Arizona Republican survived the primary and ^says the race is over.', 'The Arizona Republican'],
    ['The governor lost the vote but now ^says the plan will pass.', 'The governor'],
    ['McConnell was quick to embrace the mogul and ^said the party was united.', 'McConnell'],
    ['Bread and butter ^sold well.', null],
  ])('coordinatedVerbSubject: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(words(s, coordinatedVerbSubject(s, at))).toBe(expected);
  });

  test.each<Row>([
    ['The senator vowed to cut taxes, ^declined to name a date and called the plan fair.', 'The senator'],
    ['The department obfuscated facts, ^admitted it withheld emails, and delayed findings.', 'The department'],
    // Another tense above: "has said" and "declined" are no series.
    ['The senator has said she will cut taxes, ^declined to name a date.', null],
    // A number set off by commas is an appositive of its subject, read as such.
    ['Just over a quarter, 26 percent, ^say they will vote for someone else.', null],
    ['Voters, the poll found, ^want lower taxes.', null],
  ])('seriesSubject: %s', (text, expected) => {
    const { s, at } = marked(text);
    const chunk = seriesSubject(s, s.clauseAt[at]);
    const range = chunk >= 0 ? { first: s.chunks[chunk].first, last: s.chunks[chunk].last } : null;
    expect(words(s, range)).toBe(expected);
  });

  test.each<Row>([
    ['Bolton distanced himself from the movement by ^saying it had gone too far.', 'Bolton'],
    ['Sheppard presented a message before ^explaining why the plan failed.', 'Sheppard'],
    ['The plan is worth ^saying more about.', null],
  ])('prepositionalGerundSubject: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(words(s, prepositionalGerundSubject(s, at))).toBe(expected);
  });

  test.each<Row>([
    ['The poll closed, with most voters ^saying they were unsure.', 'most voters'],
    ['Turnout was low, with three in 10 ^saying they stayed home.', 'three in 10'],
    ['The poll closed, voters ^saying they were unsure.', null],
  ])('withAbsoluteSubject: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(words(s, withAbsoluteSubject(s, at))).toBe(expected);
  });

  test.each<Row>([
    ['Trump returned the compliment, ^telling reporters the race was over.', 'Trump'],
    ['"It is over," said McCain, ^citing the polls.', 'McCain'],
    ['Clinton is more conservative, ^saying the deficit matters.', 'Clinton'],
    ['Lee released a follow-up statement on Saturday night, ^describing the son as a hero.', 'Lee'],
    ['Trump returned the compliment ^telling reporters the race was over.', null],
  ])('participleSubject: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(words(s, participleSubject(s, at))).toBe(expected);
  });

  test.each<Row>([
    ['"We are tired," ^said Ann Moran of Cheyenne.', 'Ann Moran'],
    ['"We are tired," ^said fishermen and farmers.', 'fishermen and farmers'],
    ['"We are tired," ^said the official, who asked not to be named.', 'the official'],
    ['"We are tired," ^said Trump of the plan that failed.', null],
    ['The mayor ^said the river floods.', null],
    ['The bridge will reopen, ^said Ann Moran.', 'Ann Moran'],
    ['Officials in Dover, the town next to the port, ^announced new limits on fishing.', null],
    ['Dana Holt and Ann Moran, among others, ^praised the new limits.', null],
    ['The paradox of the plan, ^says Ann Moran, a historian at the port museum, is that it worked.', 'Ann Moran'],
    ['The contrast with the mayor, ^said Lee and others, would be clear.', 'Lee and others'],
    ["As one trader at the port, a veteran of the docks, ^noted, ''Everyone in the port is waiting.''", null],
    ['As one trader at the port, a veteran of the docks, ^noted, “Everyone in the port is waiting.”', null],
    ['Ann Moran, who ran the port for a decade and later led the board, ^said on Sunday that it was over.', null],
    ['The bill, ^opposed by Democrats, never became law.', 'by Democrats'],
  ])('invertedSubject: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(words(s, invertedSubject(s, at, at))).toBe(expected);
  });

  test.each([
    ['^Add the beans and stir until the sauce thickens.', true],
    ['^Ask any farmer about the drought.', true],
    ['^Says the council will vote on the budget.', false],
    ['^Said the mayor: the bridge will reopen.', false],
    ['"We want change," ^said another.', false],
    ['The mayor ^said the river floods.', false],
  ] as [string, boolean][])('opensImperative: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(opensImperative(s, at)).toBe(expected);
  });

  test.each<Row>([
    ['The river floods, according ^to court filings.', 'court filings'],
    ['Turnout rose, according ^to polls at the time.', 'polls at the time'],
  ])('accordingToObject: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(words(s, accordingToObject(s, at + 1))).toBe(expected);
  });

  test.each([
    ['You ^know the river floods.', 0, true],
    ['They did not ^think the river floods.', 0, true],
    ['What they ^want is a new dam.', 1, true],
    ['Farmers ^believe the river floods.', 0, false],
    ['We ^think the river floods.', 0, false],
  ] as [string, number, boolean][])('believesNothing: %s', (text, subject, expected) => {
    const { s, at } = marked(text);
    expect(believesNothing(s.tokens, { first: subject, last: subject }, at)).toBe(expected);
  });

  test.each([
    ['Do ^you support the plan?', true],
    ['What do ^you call a boy who lies?', true],
    ['Then ^you support the plan.', false],
  ] as [string, boolean][])('isQuestionToYou: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(isQuestionToYou(s.tokens, { first: at, last: at })).toBe(expected);
  });

  test.each([
    ['The mayor spoke, ^saying the dam was safe.', true],
    ['The mayor ^said the dam was safe.', false],
  ] as [string, boolean][])('isParticiple: %s', (text, expected) => {
    const { s, at } = marked(text);
    expect(isParticiple(s.tokens[at])).toBe(expected);
  });
});
