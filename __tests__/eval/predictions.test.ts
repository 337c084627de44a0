import {
  exclusion,
  minQuoteWordsOf,
  neutralOutsideAttributions,
  predictedAttributions,
  predictedQuotes,
  predictedSource,
  wordCount,
  type IgnorableClaim,
} from '../../src/eval/predictions.js';
import { at, claim, gold, result, source } from './build.js';

const text = 'Cole said the “plan is simply bad” and that “it must go”. The “Best Lunch Ever” was served. Rain fell.';

describe('which predictions are scored', () => {
  const cole = source('s1', 'Sam Cole', [at(text, 'Cole')]);
  const reported = claim(
    'c1',
    'reported',
    { text: text.slice(10, 56), start: 10, end: 56 },
    { source: 's1', cue: at(text, 'said') },
  );
  const inside = claim('c2', 'partial-quote', at(text, 'plan is simply bad'), { source: 's1' });
  const alsoInside = claim('c3', 'partial-quote', at(text, 'it must go'), { source: 's1' });
  const neutral = claim('c4', 'partial-quote', at(text, 'Best Lunch Ever'));
  const other = claim('c5', 'partial-quote', at(text, 'it must go'), { source: 's2' });
  const unattributed = claim('c6', 'unattributed', at(text, 'Rain fell.'));
  const doc = result(
    'd',
    [reported, inside, alsoInside, neutral, other, unattributed],
    [cole, source('s2', 'Hart', [])],
  );
  const neutralSpans = [{ start: at(text, 'Best Lunch Ever').start, end: at(text, 'Best Lunch Ever').end }];

  test('words are whitespace tokens with a letter or digit', () => {
    expect(wordCount('it must go')).toBe(3);
    expect(wordCount('no — way')).toBe(2);
    expect(wordCount('  ')).toBe(0);
  });

  test('quotes: 3+ words, not on a neutral span', () => {
    expect(predictedQuotes(doc, { text }, neutralSpans).map((p) => p.claim.id)).toEqual(['c2', 'c3', 'c5']);
    expect(predictedQuotes(doc, { text }, []).map((p) => p.claim.id)).toEqual(['c2', 'c3', 'c4', 'c5']);
  });

  test('attributions: no unattributed, no neutral quote, no partial quote inside a reported claim of its source', () => {
    expect(predictedAttributions(doc, { text }, neutralSpans).map((p) => p.claim.id)).toEqual(['c1', 'c5']);
  });

  test('the predicted source carries every mention plus the claim’s own', () => {
    const p = predictedAttributions(doc, { text }, neutralSpans)[0];
    expect(predictedSource(p)).toEqual({ name: 'Sam Cole', mentions: [at(text, 'Cole')] });
    expect(predictedSource({ claim: unattributed, source: null })).toBeNull();
  });
});

describe('neutral spans for the attribution measure', () => {
  test('only those outside every attribution content count', () => {
    const t = '“You winning?” she said. The “Big Day” came.';
    const g = gold('n', t, {
      attributions: [{ source: at(t, 'she'), cue: at(t, 'said'), content: at(t, '“You winning?”') }],
      neutral: [
        { start: at(t, 'You winning?').start, end: at(t, 'You winning?').end },
        { start: at(t, 'Big Day').start, end: at(t, 'Big Day').end },
      ],
    });
    expect(neutralOutsideAttributions(g)).toEqual([{ start: at(t, 'Big Day').start, end: at(t, 'Big Day').end }]);
    const doc = result(
      'n',
      [claim('c1', 'quote', at(t, 'You winning?'), { source: 's1' }), claim('c2', 'partial-quote', at(t, 'Big Day'))],
      [source('s1', 'she', [at(t, 'she')])],
    );
    expect(predictedAttributions(doc, g, neutralOutsideAttributions(g)).map((p) => p.claim.id)).toEqual(['c1']);
    expect(
      exclusion(doc.claims[1], 'attributions', { document: doc, text: g.text, neutral: neutralOutsideAttributions(g) }),
    ).toBe('on a neutral span');
    expect(exclusion(doc.claims[0], 'quotes', { document: doc, text: g.text, neutral: g.neutral })).toBe(
      'under 3 words',
    );
  });
});

describe('a quoted turn in pieces is one predicted attribution', () => {
  const turn = '“We gave them every chance,” Cole said. “Now the boats stay in port.”\n\n“We gave them every chance.”';
  const cue = at(turn, 'said');
  const first = claim('c1', 'quote', at(turn, 'We gave them every chance,'), { source: 's1', cue, by: 'adjacent' });
  const second = claim('c2', 'quote', at(turn, 'Now the boats stay in port.'), {
    source: 's1',
    cue,
    by: 'same-paragraph',
  });
  const pullQuote = claim('c3', 'quote', at(turn, 'We gave them every chance.'), { source: 's1', cue, by: 'twin' });
  const doc = result('d', [first, second, pullQuote], [source('s1', 'Cole', [at(turn, 'Cole')])]);

  test('pieces sharing one cue merge from the first start to the last end; a twin stays apart', () => {
    const predicted = predictedAttributions(doc, { text: turn }, []).map((p) => [
      p.claim.id,
      p.claim.start,
      p.claim.end,
    ]);
    expect(predicted).toEqual([
      ['c1', first.start, second.end],
      ['c3', pullQuote.start, pullQuote.end],
    ]);
  });

  test('the quotes measure still scores every piece', () => {
    expect(predictedQuotes(doc, { text: turn }, []).map((p) => p.claim.id)).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('quotes between two-character marks', () => {
  const t = "''We will win the state,'' Cole said. ``Not this year,'' Hart said. “Yes we will,” she said.";
  const doc = result(
    'm',
    [
      claim('c1', 'quote', at(t, 'We will win the state,'), { source: 's1' }),
      claim('c2', 'quote', at(t, 'Not this year,'), { source: 's2' }),
      claim('c3', 'quote', at(t, 'Yes we will,'), { source: 's2' }),
    ],
    [source('s1', 'Cole', [at(t, 'Cole')]), source('s2', 'Hart', [at(t, 'Hart')])],
  );

  test('are left out of the quote measure (the gold derives quotes from one-character marks only)', () => {
    expect(predictedQuotes(doc, { text: t }, []).map((p) => p.claim.id)).toEqual(['c3']);
    expect(exclusion(doc.claims[0], 'quotes', { document: doc, text: t, neutral: [] })).toBe(
      'between two-character marks',
    );
    expect(exclusion(doc.claims[1], 'quotes', { document: doc, text: t, neutral: [] })).toBe(
      'between two-character marks',
    );
  });

  test('are scored as attributions', () => {
    expect(predictedAttributions(doc, { text: t }, []).map((p) => p.claim.id)).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('the shortest scored quote comes from the gold', () => {
  const t = 'The premier called the plan “reckless.” “We will not back down,” Ortiz said.';
  const quote = (text: string) => ({ ...at(t, text), speaker: null, speakerStart: null, speakerEnd: null });
  test.each([
    ['no gold quote at all', [] as string[], 3],
    ['only quotes of 3+ words (PolNeAR)', ['We will not back down,'], 3],
    ['a one-word quote among them (Gender Gap Tracker)', ['reckless.', 'We will not back down,'], 1],
  ])('%s -> %d', (_name, quotes, expected) => {
    expect(minQuoteWordsOf([gold('a', t, { quotes: quotes.map(quote) })])).toBe(expected);
  });

  test('a one-word partial quote is scored at 1 and left out at 3', () => {
    const doc = result(
      'a',
      [claim('c1', 'partial-quote', at(t, 'reckless.'), { source: 's1' })],
      [source('s1', 'The premier', [at(t, 'The premier')])],
    );
    const g = gold('a', t);
    expect(predictedQuotes(doc, g, [], 1).map((p) => p.claim.id)).toEqual(['c1']);
    expect(predictedQuotes(doc, g, []).map((p) => p.claim.id)).toEqual([]);
    expect(exclusion(doc.claims[0], 'quotes', { document: doc, text: g.text, neutral: [], minQuoteWords: 3 })).toBe(
      'under 3 words',
    );
    expect(exclusion(doc.claims[0], 'quotes', { document: doc, text: g.text, neutral: [], minQuoteWords: 2 })).toBe(
      'under 2 words',
    );
  });
});

describe('--ignore-claims: reported claims the gold does not annotate', () => {
  const t = 'The union criticized the appointment. The vote is expected to pass. Lee said the plan works.';
  const doc = result(
    'i',
    [
      claim('c1', 'reported', at(t, 'the appointment'), { source: 's1', content: 'phrase' }),
      claim('c2', 'reported', at(t, 'to pass'), { content: 'phrase' }),
      claim('c3', 'reported', at(t, 'the plan works'), { source: 's2', content: 'clause' }),
    ],
    [source('s1', 'The union', [at(t, 'The union')]), source('s2', 'Lee', [at(t, 'Lee')])],
  );
  const g = gold('i', t);
  test.each([
    [[], ['c1', 'c2', 'c3']],
    [['phrase'], ['c3']],
    [['sourceless'], ['c1', 'c3']],
    [['phrase', 'sourceless'], ['c3']],
  ] as [IgnorableClaim[], string[]][])('%j keeps %j', (ignored, kept) => {
    expect(predictedAttributions(doc, g, [], 'separate', ignored).map((p) => p.claim.id)).toEqual(kept);
  });

  const u =
    'Lee thinks the plan works. A study found the river rose. Kim said the dam held. A judge ordered a recount.';
  const cues = result(
    'c',
    [
      claim('c1', 'reported', at(u, 'the plan works'), { source: 's1', content: 'clause', cueClass: 'belief' }),
      claim('c2', 'reported', at(u, 'the river rose'), { source: 's2', content: 'clause', cueClass: 'evidence' }),
      claim('c3', 'reported', at(u, 'the dam held'), { source: 's3', content: 'clause' }),
      claim('c4', 'reported', at(u, 'a recount'), { source: 's4', content: 'phrase', cueClass: 'intention' }),
    ],
    [
      source('s1', 'Lee', [at(u, 'Lee')]),
      source('s2', 'A study', [at(u, 'A study')]),
      source('s3', 'Kim', [at(u, 'Kim')]),
      source('s4', 'A judge', [at(u, 'A judge')]),
    ],
  );
  test.each([
    [[], ['c1', 'c2', 'c3', 'c4']],
    [['belief'], ['c2', 'c3', 'c4']],
    [['evidence'], ['c1', 'c3', 'c4']],
    [['intention'], ['c1', 'c2', 'c3']],
    [
      ['belief', 'evidence'],
      ['c3', 'c4'],
    ],
    [['belief', 'evidence', 'intention'], ['c3']],
  ] as [IgnorableClaim[], string[]][])('by cue class, %j keeps %j', (ignored, kept) => {
    const scope = { document: cues, text: u, neutral: [], ignored };
    expect(predictedAttributions(cues, gold('c', u), [], 'separate', ignored).map((p) => p.claim.id)).toEqual(kept);
    expect(cues.claims.map((c) => exclusion(c, 'attributions', scope))).toEqual(
      cues.claims.map((c) => (kept.includes(c.id) ? null : `${c.cueClass} cue`)),
    );
  });

  test('the reason is named', () => {
    expect(
      exclusion(doc.claims[0], 'attributions', { document: doc, text: g.text, neutral: [], ignored: ['phrase'] }),
    ).toBe('phrase content');
    expect(
      exclusion(doc.claims[1], 'attributions', { document: doc, text: g.text, neutral: [], ignored: ['sourceless'] }),
    ).toBe('sourceless');
  });
});
