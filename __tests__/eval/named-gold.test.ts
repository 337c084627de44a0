/*
 * Gold that names a speaker without marking a mention (the Gender Gap Tracker's `speakerName`), and the
 * two ways of scoring the pieces of a quote interrupted by "she said". Hand-built gold and predictions.
 */
import { nameIsRight, sourceIsRight } from '../../src/eval/source-match.js';
import { predictedAttributions } from '../../src/eval/predictions.js';
import { scoreDocument } from '../../src/eval/score.js';
import { parseGoldLine } from '../../src/eval/gold.js';
import { at, claim, gold, result, source } from './build.js';

const span = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('the name rule', () => {
  const okafor = { name: 'Ruth Okafor', mentions: [span('Mayor Ruth Okafor', 40), span('She', 120)] };
  const bareMention = { name: 'the mayor', mentions: [span('Okafor', 300)] };
  test.each([
    ['full name, predicted name shares a word', 'Ruth Okafor', okafor, true],
    ['surname only in the gold', 'Okafor', okafor, true],
    ['case and punctuation do not count', 'RUTH OKAFOR.', okafor, true],
    ['a mention of the source carries the name', 'Ruth Okafor', bareMention, true],
    ['another person', 'Tom Baird', okafor, false],
    ['no predicted source', 'Ruth Okafor', null, false],
    ['a gold name of only stop words and pronouns names no one', 'she', okafor, false],
    ['honorifics are no name words', 'Mrs. Baird', { name: 'Mrs. Okafor', mentions: [] }, false],
  ])('%s', (_, goldName, pred, expected) => {
    expect(nameIsRight(goldName, pred)).toBe(expected);
  });

  test.each([
    ['no span, no name: right only without source', null, okafor, null, false],
    ['no span, no name, no source: right', null, null, null, true],
    ['no span, a name: the name judges', null, okafor, 'Ruth Okafor', true],
    ['no span, a name, no source: wrong', null, null, 'Ruth Okafor', false],
    ['a span: the name is not used (position or span words judge)', span('she', 500), okafor, 'Ruth Okafor', false],
  ])('sourceIsRight: %s', (_, goldSpan, pred, goldName, expected) => {
    expect(sourceIsRight(goldSpan, pred, goldName)).toBe(expected);
  });
});

// A quote in two pieces ("…,” said Okafor. “…”), GGT-style gold: each piece an attribution, the second without
// a source span, its quote named "Ruth Okafor" by the annotators.
const text = [
  '“We had no choice,” said Ruth Okafor. “The grant shrank by a third.”',
  '“Where will students go?” asked Tom Baird.',
  '“They will go to the mall,” a student replied.',
].join('\n\n');

const goldDoc = gold('library', text, {
  attributions: [
    { source: at(text, 'Ruth Okafor'), cue: at(text, 'said'), content: at(text, '“We had no choice,”') },
    { source: null, cue: null, content: at(text, '“The grant shrank by a third.”') },
    { source: at(text, 'Tom Baird'), cue: at(text, 'asked'), content: at(text, '“Where will students go?”') },
    // A null source with no named quote inside: the null rule still judges.
    { source: null, cue: null, content: at(text, '“They will go to the mall,”') },
  ],
  quotes: [
    {
      ...at(text, 'We had no choice,'),
      speaker: 'Ruth Okafor',
      speakerStart: at(text, 'Ruth Okafor').start,
      speakerEnd: at(text, 'Ruth Okafor').end,
    },
    {
      ...at(text, 'The grant shrank by a third.'),
      speaker: null,
      speakerStart: null,
      speakerEnd: null,
      speakerName: 'Ruth Okafor',
    },
  ],
});

const okafor = source('s1', 'Ruth Okafor', [at(text, 'Ruth Okafor')]);
const baird = source('s2', 'Tom Baird', [at(text, 'Tom Baird')]);
const student = source('s3', 'student', [at(text, 'a student')]);
const pieces = (secondSource: string) =>
  result(
    'library',
    [
      claim('c1', 'quote', at(text, 'We had no choice,'), {
        source: 's1',
        sourceMention: at(text, 'Ruth Okafor'),
        cue: at(text, 'said'),
      }),
      claim('c2', 'quote', at(text, 'The grant shrank by a third.'), {
        source: secondSource,
        sourceMention: secondSource === 's1' ? at(text, 'Ruth Okafor') : at(text, 'Tom Baird'),
        cue: secondSource === 's1' ? at(text, 'said') : at(text, 'asked'),
      }),
      claim('c3', 'quote', at(text, 'Where will students go?'), {
        source: 's2',
        sourceMention: at(text, 'Tom Baird'),
        cue: at(text, 'asked'),
      }),
      claim('c4', 'quote', at(text, 'They will go to the mall,'), {
        source: 's3',
        sourceMention: at(text, 'a student'),
        cue: at(text, 'replied'),
      }),
    ],
    [okafor, baird, student],
  );

describe('scoring with names and pieces', () => {
  test('pieces sharing a cue: joined into one prediction, or one each', () => {
    const doc = pieces('s1');
    expect(predictedAttributions(doc, { text }, []).map((p) => [p.claim.id, p.claim.start, p.claim.end])).toEqual([
      ['c1', at(text, 'We had no choice,').start, at(text, 'The grant shrank by a third.').end],
      ['c3', at(text, 'Where will students go?').start, at(text, 'Where will students go?').end],
      ['c4', at(text, 'They will go to the mall,').start, at(text, 'They will go to the mall,').end],
    ]);
    expect(predictedAttributions(doc, { text }, [], 'separate').map((p) => p.claim.id)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
    ]);
  });

  test.each([
    // [case, the second piece's predicted source, pieces, quote speakerRight, attribution counts]
    ['second piece given to its speaker, joined', 's1', 'joined', 2, { predicted: 3, matched: 3, sourceRight: 2 }],
    ['second piece given to its speaker, separate', 's1', 'separate', 2, { predicted: 4, matched: 4, sourceRight: 3 }],
    ['second piece given to another, separate', 's2', 'separate', 1, { predicted: 4, matched: 4, sourceRight: 2 }],
  ] as const)('%s', (_, second, mode, speakerRight, counts) => {
    const score = scoreDocument(goldDoc, pieces(second), { pieces: mode });
    expect(score.quotes).toEqual({ gold: 2, predicted: 4, matched: 2, speakerRight });
    expect(score.attributions).toMatchObject({ gold: 4, ...counts });
  });

  test('an error judged by name shows the name', () => {
    const score = scoreDocument(goldDoc, pieces('s2'), { pieces: 'separate' });
    expect(score.errors.filter((e) => e.cause === 'wrong source').map((e) => e.gold)).toEqual([
      {
        ...at(text, '“The grant shrank by a third.”'),
        source: null,
        sourceName: 'Ruth Okafor',
        cue: null,
      },
      { ...at(text, '“They will go to the mall,”'), source: null, cue: null },
    ]);
  });
});

describe('gold fields of the Gender Gap Tracker', () => {
  const t = 'Lee said it. “Fine,” Lee said.';
  const line = (extra: object) =>
    JSON.stringify({
      id: 'g',
      text: t,
      attributions: [{ source: { ...at(t, 'Lee'), name: 'Dana Lee' }, cue: at(t, 'said'), content: at(t, 'it') }],
      quotes: [{ ...at(t, 'Fine,'), speaker: null, speakerStart: null, speakerEnd: null, speakerName: 'Dana Lee' }],
      ...extra,
    });

  test('names and meta are read', () => {
    const doc = parseGoldLine(
      line({ meta: { outlet: 'CBC', sourcesFemale: ['Dana Lee'], sourcesMale: [], articleType: 'news' } }),
      1,
    );
    expect(doc.attributions[0].source?.name).toBe('Dana Lee');
    expect(doc.quotes[0].speakerName).toBe('Dana Lee');
    expect(doc.meta).toEqual({ outlet: 'CBC', sourcesFemale: ['Dana Lee'], sourcesMale: [] });
  });

  test.each([
    [{ meta: { outlet: 3 } }, 'line 1: meta.outlet: must be a string'],
    [{ meta: { sourcesMale: 'Lee' } }, 'line 1: meta.sourcesMale: expected an array of strings'],
    [{ meta: [] }, 'line 1: "meta" must be an object'],
  ])('bad meta %j', (extra, message) => {
    expect(() => parseGoldLine(line(extra), 1)).toThrow(message);
  });

  test('a name that is no string is an error', () => {
    const bad = JSON.stringify({
      id: 'g',
      text: t,
      quotes: [{ ...at(t, 'Fine,'), speaker: null, speakerStart: null, speakerEnd: null, speakerName: 7 }],
    });
    expect(() => parseGoldLine(bad, 2)).toThrow('line 2: quotes[0].speakerName: must be a string or null');
  });
});
