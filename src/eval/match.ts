/**
 * The matching rule of `whosaid eval`: a prediction matches a gold item when it covers at least
 * 30% of the gold span's characters; pairs are one-to-one, chosen greedily by overlap, largest first.
 */

/** Anything with offsets. */
export interface Range {
  start: number;
  end: number;
}

/** One gold item paired with one prediction, by their indices. */
export interface Pair {
  gold: number;
  pred: number;
  /** Characters the two spans share. */
  overlap: number;
}

/**
 * The least share of a gold span a prediction must cover. Annotators and extractors disagree about
 * where content begins ("that …", the closing quote mark), so exact boundaries would undercount.
 */
export const MIN_COVERAGE = 0.3;

/** Characters shared by two ranges. */
export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The share of `gold`'s characters that `pred` covers (0 for an empty gold span). */
export function coverage(gold: Range, pred: Range): number {
  const length = gold.end - gold.start;
  return length > 0 ? overlap(gold, pred) / length : 0;
}

/**
 * Pair gold items with predictions one-to-one. Candidates are pairs covering at least `minCoverage`
 * of the gold span; the largest overlaps are taken first (ties: earlier gold, then earlier prediction),
 * so a long prediction spanning two gold items goes to the one it shares most with.
 */
export function matchSpans(gold: readonly Range[], pred: readonly Range[], minCoverage = MIN_COVERAGE): Pair[] {
  const candidates: Pair[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const shared = overlap(g, p);
      if (shared > 0 && shared / (g.end - g.start) >= minCoverage)
        candidates.push({ gold: gi, pred: pi, overlap: shared });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.pred - b.pred);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.gold) || predTaken.has(candidate.pred)) continue;
    goldTaken.add(candidate.gold);
    predTaken.add(candidate.pred);
    pairs.push(candidate);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}
