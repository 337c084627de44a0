/**
 * From counts to scores: precision, recall, F1 and accuracies over all documents.
 * A ratio with nothing to divide by is 0 for precision/recall/F1 (nothing found, nothing to find)
 * and null for accuracies (no matched pair to judge).
 */
import type { AttributionCounts, DocumentScore, QuoteCounts } from './score.js';
import { aggregateGender, type GenderMetrics } from './gender.js';

/** Precision, recall and F1 of `tp` true positives among `predicted` predictions and `gold` gold items. */
export interface Prf {
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Quote scores. */
export interface QuoteMetrics extends QuoteCounts, Prf {
  /** Share of matched quotes whose speaker is right. */
  speakerAccuracy: number | null;
  /** A true positive only when matched and the speaker is right. */
  endToEnd: Prf;
}

/** Attribution scores. */
export interface AttributionMetrics extends AttributionCounts, Prf {
  sourceAccuracy: number | null;
  sourceSpanAccuracy: number | null;
  cueSpanAccuracy: number | null;
  /** A true positive only when matched and the source is right. */
  endToEnd: Prf;
}

/** Everything `whosaid eval` reports. */
export interface EvalMetrics {
  documents: number;
  quotes: QuoteMetrics;
  attributions: AttributionMetrics;
  /** The Gender Gap Tracker's scores, over the documents whose gold lists the people quoted by gender. */
  gender?: GenderMetrics;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Precision, recall and F1; 0 where a denominator is 0. */
export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = ratio(tp, predicted) ?? 0;
  const recall = ratio(tp, gold) ?? 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, precision, recall, f1 };
}

function sumCounts<T extends object>(items: readonly T[], empty: T): T {
  const total = { ...empty } as Record<string, number>;
  for (const item of items) for (const [key, value] of Object.entries(item)) total[key] += value as number;
  return total as T;
}

/** Sum the document scores and turn the sums into metrics. */
export function aggregate(scores: readonly DocumentScore[]): EvalMetrics {
  const q = sumCounts<QuoteCounts>(
    scores.map((s) => s.quotes),
    { gold: 0, predicted: 0, matched: 0, speakerRight: 0 },
  );
  const a = sumCounts<AttributionCounts>(
    scores.map((s) => s.attributions),
    {
      gold: 0,
      predicted: 0,
      matched: 0,
      sourceRight: 0,
      sourceSpanPairs: 0,
      sourceSpanExact: 0,
      cuePairs: 0,
      cueExact: 0,
    },
  );
  const genderScores = scores.flatMap((s) => (s.gender ? [s.gender] : []));
  return {
    documents: scores.length,
    ...(genderScores.length > 0 ? { gender: aggregateGender(genderScores) } : {}),
    quotes: {
      ...q,
      ...prf(q.matched, q.predicted, q.gold),
      speakerAccuracy: ratio(q.speakerRight, q.matched),
      endToEnd: prf(q.speakerRight, q.predicted, q.gold),
    },
    attributions: {
      ...a,
      ...prf(a.matched, a.predicted, a.gold),
      sourceAccuracy: ratio(a.sourceRight, a.matched),
      sourceSpanAccuracy: ratio(a.sourceSpanExact, a.sourceSpanPairs),
      cueSpanAccuracy: ratio(a.cueExact, a.cuePairs),
      endToEnd: prf(a.sourceRight, a.predicted, a.gold),
    },
  };
}

/** Round every ratio to 3 decimals, for printing and JSON. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
