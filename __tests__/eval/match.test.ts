import { coverage, matchSpans, MIN_COVERAGE, overlap } from '../../src/eval/match.js';

describe('matching rule', () => {
  test('the threshold is 30% of the gold span', () => {
    expect(MIN_COVERAGE).toBe(0.3);
  });

  test.each([
    // gold [0,10): a prediction covering 3 of its 10 characters matches, 2 does not
    [{ start: 0, end: 10 }, { start: 7, end: 20 }, 1],
    [{ start: 0, end: 10 }, { start: 8, end: 20 }, 0],
    // gold [0,100): 30 characters match, 29 do not
    [{ start: 0, end: 100 }, { start: 70, end: 130 }, 1],
    [{ start: 0, end: 100 }, { start: 71, end: 130 }, 0],
    // coverage is of the gold span: a long prediction around a short gold item matches
    [{ start: 50, end: 60 }, { start: 0, end: 1000 }, 1],
    // touching spans share nothing
    [{ start: 0, end: 10 }, { start: 10, end: 20 }, 0],
    // an empty gold span never matches
    [{ start: 5, end: 5 }, { start: 0, end: 10 }, 0],
  ])('gold %j, prediction %j -> %i pair(s)', (g, p, pairs) => {
    expect(matchSpans([g], [p])).toHaveLength(pairs);
  });

  test('overlap and coverage', () => {
    expect(overlap({ start: 0, end: 10 }, { start: 4, end: 30 })).toBe(6);
    expect(coverage({ start: 0, end: 10 }, { start: 4, end: 30 })).toBe(0.6);
    expect(coverage({ start: 3, end: 3 }, { start: 0, end: 10 })).toBe(0);
  });

  test('one prediction over two gold items goes to the one it shares most with', () => {
    const gold = [
      { start: 0, end: 20 },
      { start: 30, end: 70 },
    ];
    const pred = [{ start: 0, end: 70 }];
    expect(matchSpans(gold, pred)).toEqual([{ gold: 1, pred: 0, overlap: 40 }]);
  });

  test('two predictions on one gold item: the larger overlap wins, the other stays unpaired', () => {
    const gold = [{ start: 0, end: 100 }];
    const pred = [
      { start: 0, end: 40 },
      { start: 40, end: 100 },
    ];
    expect(matchSpans(gold, pred)).toEqual([{ gold: 0, pred: 1, overlap: 60 }]);
  });

  test('greedy, not optimal: the largest overlap is taken first even if it leaves a gold item unpaired', () => {
    // pred 0 overlaps gold 0 by 50 and gold 1 by 40; pred 1 overlaps only gold 0 (by 35).
    const gold = [
      { start: 0, end: 100 },
      { start: 100, end: 140 },
    ];
    const pred = [
      { start: 50, end: 140 },
      { start: 0, end: 35 },
    ];
    expect(matchSpans(gold, pred)).toEqual([{ gold: 0, pred: 0, overlap: 50 }]);
  });

  test('equal overlaps: earlier gold first, then earlier prediction', () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
    ];
    const pred = [
      { start: 5, end: 15 },
      { start: 0, end: 20 },
    ];
    expect(matchSpans(gold, pred)).toEqual([
      { gold: 0, pred: 1, overlap: 10 },
      { gold: 1, pred: 0, overlap: 5 },
    ]);
  });

  test('a lower threshold can be passed', () => {
    expect(matchSpans([{ start: 0, end: 10 }], [{ start: 9, end: 12 }], 0.1)).toHaveLength(1);
  });
});
