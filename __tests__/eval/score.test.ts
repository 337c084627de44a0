import { scoreDocument } from '../../src/eval/score.js';
import { aggregate, prf } from '../../src/eval/metrics.js';
import { breakdowns } from '../../src/eval/errors.js';
import { at, claim, gold, result, source } from './build.js';

// Two speakers, three attributions; the extractor (hand-built below) gets one right, one with the
// wrong source and a wrong cue, misses one, and adds one.
const text = [
  '“We gave them every chance to make a fair offer,” Cole said.',
  '“Commuters will pay for this,” Hart said.',
  'The union will strike on Monday, Cole told members.',
  'The strike shows how angry the workers are.',
].join('\n\n');

const goldDoc = gold('ferry', text, {
  attributions: [
    {
      source: at(text, 'Cole'),
      cue: at(text, 'said'),
      content: at(text, '“We gave them every chance to make a fair offer,”'),
    },
    { source: at(text, 'Hart'), cue: at(text, 'said', 1), content: at(text, '“Commuters will pay for this,”') },
    { source: at(text, 'Cole', 1), cue: at(text, 'told'), content: at(text, 'The union will strike on Monday') },
  ],
  quotes: [
    {
      ...at(text, 'We gave them every chance to make a fair offer,'),
      speaker: 'Cole',
      speakerStart: at(text, 'Cole').start,
      speakerEnd: at(text, 'Cole').end,
    },
    {
      ...at(text, 'Commuters will pay for this,'),
      speaker: 'Hart',
      speakerStart: at(text, 'Hart').start,
      speakerEnd: at(text, 'Hart').end,
    },
  ],
});

const sources = [
  source('s1', 'Sam Cole', [at(text, 'Cole'), at(text, 'Cole', 1)]),
  source('s2', 'strike', [at(text, 'The strike')]),
];
const predicted = result(
  'ferry',
  [
    claim('c1', 'quote', at(text, 'We gave them every chance to make a fair offer,'), {
      source: 's1',
      sourceMention: at(text, 'Cole'),
      cue: at(text, 'said'),
      by: 'adjacent',
    }),
    // Hart's quote given to Cole, with a cue span that takes in the speaker ("Hart said" is not the gold cue).
    claim('c2', 'quote', at(text, 'Commuters will pay for this,'), {
      source: 's1',
      sourceMention: at(text, 'Cole'),
      cue: at(text, 'Hart said'),
      by: 'continued-turn',
    }),
    // "Cole told members" read with "members" as content: no overlap with the gold content.
    claim('c3', 'reported', at(text, 'members'), {
      source: 's1',
      sourceMention: at(text, 'Cole', 1),
      cue: at(text, 'told'),
      by: 'subject',
    }),
    claim('c4', 'reported', at(text, 'how angry the workers are'), {
      source: 's2',
      sourceMention: at(text, 'The strike'),
      cue: at(text, 'shows'),
      by: 'subject',
    }),
  ],
  sources,
);

describe('scoring one document', () => {
  const score = scoreDocument(goldDoc, predicted);

  test('quote counts', () => {
    expect(score.quotes).toEqual({ gold: 2, predicted: 2, matched: 2, speakerRight: 1 });
  });

  test('attribution counts', () => {
    expect(score.attributions).toEqual({
      gold: 3,
      predicted: 4,
      matched: 2,
      sourceRight: 1,
      sourceSpanPairs: 2,
      sourceSpanExact: 1,
      cuePairs: 2,
      cueExact: 1,
    });
  });

  test('errors by cause, with the sieve that decided', () => {
    expect(score.errors.map((e) => [e.cause, e.pred?.by ?? null, e.gold?.source ?? null])).toEqual([
      ['wrong speaker', 'continued-turn', 'Hart'],
      ['wrong source', 'continued-turn', 'Hart'],
      ['wrong cue span', 'continued-turn', 'Hart'],
      ['missed attribution', null, 'Cole'],
      ['spurious claim', 'subject', null],
      ['spurious claim', 'subject', null],
    ]);
  });

  test('a miss says what came closest', () => {
    const missed = score.errors.find((e) => e.cause === 'missed attribution');
    expect(missed?.gold?.cue).toBe('told');
    expect(missed?.note).toBe('no claim overlaps');
    expect(missed?.context).toBe('⟦The union will strike on Monday⟧, Cole told members.');
  });

  test('metrics over documents', () => {
    const metrics = aggregate([score, score]);
    expect(metrics.documents).toBe(2);
    expect(metrics.quotes).toMatchObject({
      gold: 4,
      predicted: 4,
      matched: 4,
      precision: 1,
      recall: 1,
      f1: 1,
      speakerAccuracy: 0.5,
    });
    expect(metrics.quotes.endToEnd).toEqual({ tp: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(metrics.attributions).toMatchObject({
      gold: 6,
      predicted: 8,
      matched: 4,
      precision: 0.5,
      sourceAccuracy: 0.5,
      sourceSpanAccuracy: 0.5,
      cueSpanAccuracy: 0.5,
    });
    expect(metrics.attributions.recall).toBeCloseTo(4 / 6, 12);
    expect(metrics.attributions.endToEnd.tp).toBe(2);
    expect(metrics.attributions.endToEnd.f1).toBeCloseTo((2 * (2 / 8) * (2 / 6)) / (2 / 8 + 2 / 6), 12);
  });
});

describe('ratios', () => {
  test('nothing predicted or nothing to find gives 0, not NaN', () => {
    expect(prf(0, 0, 0)).toEqual({ tp: 0, precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 3, 0)).toEqual({ tp: 0, precision: 0, recall: 0, f1: 0 });
  });

  test('accuracies with no matched pair are null', () => {
    const metrics = aggregate([]);
    expect(metrics.quotes.speakerAccuracy).toBeNull();
    expect(metrics.attributions.cueSpanAccuracy).toBeNull();
  });

  test('a null gold source is right for a claim without source', () => {
    const t = 'Taxes will reportedly rise.';
    const g = gold('n', t, {
      attributions: [{ source: null, cue: at(t, 'reportedly'), content: at(t, 'Taxes will reportedly rise') }],
    });
    const withSource = result(
      'n',
      [claim('c1', 'reported', at(t, 'Taxes will reportedly rise'), { source: 's1', by: 'x' })],
      [source('s1', 'Taxes', [])],
    );
    const without = result('n', [claim('c1', 'reported', at(t, 'Taxes will reportedly rise'))]);
    expect(scoreDocument(g, withSource).attributions.sourceRight).toBe(0);
    expect(scoreDocument(g, without).attributions).toMatchObject({ matched: 1, sourceRight: 1, sourceSpanPairs: 0 });
  });
});

describe('why a prediction is spurious', () => {
  const t = 'Cole said the union will strike on Monday and the boats will stay in port all week.';
  const content = at(t, 'the union will strike on Monday and the boats will stay in port all week');
  const g = gold('w', t, { attributions: [{ source: at(t, 'Cole'), cue: at(t, 'said'), content }] });
  const doc = result('w', [
    claim('c1', 'reported', at(t, 'the union will strike on Monday and the boats'), { by: 'subject' }),
    claim('c2', 'reported', at(t, 'the boats will stay in port all week'), { by: 'adjacent' }),
    claim('c3', 'reported', at(t, 'all week'), { by: 'twin' }),
    claim('c4', 'reported', at(t, 'Cole'), { by: 'twin' }),
  ]);
  const spurious = scoreDocument(g, doc).errors.filter((e) => e.cause === 'spurious claim');

  test('duplicate, boundary, or nothing in the gold', () => {
    expect(spurious.map((e) => [e.pred?.by, e.reason])).toEqual([
      ['adjacent', 'its gold item is paired with another prediction'],
      ['twin', 'covers under 30% of a gold item'],
      ['twin', 'no gold item overlaps'],
    ]);
    expect(spurious[1].note).toBe(
      'closest gold: "the union will strike on Mon … s will stay in port all week", covered 11%; covers under 30% of a gold item',
    );
  });

  test('breakdowns count sieves, reasons and cues, most frequent first', () => {
    expect(breakdowns('spurious claim', spurious)).toEqual([
      [
        'by sieve',
        [
          ['twin', 2],
          ['adjacent', 1],
        ],
      ],
      [
        'why',
        [
          ['covers under 30% of a gold item', 1],
          ['its gold item is paired with another prediction', 1],
          ['no gold item overlaps', 1],
        ],
      ],
      ['by predicted cue', [['(none)', 3]]],
    ]);
  });
});
