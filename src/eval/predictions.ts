/**
 * Which claims of a DocumentResult the scorer compares with which gold items.
 * The gold lists quotes of 3+ words only and counts a partial quote inside a reported claim
 * as part of that attribution, so predictions are filtered the same way.
 */
import type { Claim, DocumentResult, Source } from '../types.js';
import type { GoldRange } from './gold.js';
import { overlap } from './match.js';
import type { PredictedSource } from './source-match.js';

/** A claim together with the source it resolves to. */
export interface Prediction {
  claim: Claim;
  source: Source | null;
}

/** The gold's `quotes` are segments of at least this many words. */
export const MIN_QUOTE_WORDS = 3;

/** A prediction lying on a neutral span by more than this share of its characters is ignored. */
export const NEUTRAL_SHARE = 0.5;

/** Words as the gold counts them: whitespace-separated tokens holding a letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function withSources(document: DocumentResult): Prediction[] {
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  return document.claims.map((claim) => ({ claim, source: claim.source === null ? null : (sources.get(claim.source) ?? null) }));
}

/** Whether a prediction lies mostly (> NEUTRAL_SHARE of its characters) on one neutral span. */
function onNeutral(claim: Claim, neutral: readonly GoldRange[]): boolean {
  const length = claim.end - claim.start;
  return length > 0 && neutral.some((n) => overlap(claim, n) / length > NEUTRAL_SHARE);
}

/** Predicted quotes: quote and partial-quote claims of 3+ words, not lying on a neutral span. */
export function predictedQuotes(document: DocumentResult, neutral: readonly GoldRange[]): Prediction[] {
  return withSources(document).filter(
    ({ claim }) => (claim.kind === 'quote' || claim.kind === 'partial-quote') && wordCount(claim.text) >= MIN_QUOTE_WORDS && !onNeutral(claim, neutral),
  );
}

/** Whether a partial quote lies inside a reported claim of the same source (it is part of that attribution). */
function insideReported(claim: Claim, claims: readonly Claim[]): boolean {
  return claims.some((r) => r.kind === 'reported' && r.source === claim.source && r.start <= claim.start && claim.end <= r.end);
}

/**
 * Predicted attributions: quote, partial-quote and reported claims, minus partial quotes inside a
 * reported claim of the same source, and minus quotes lying on a neutral span (as for the quote measure:
 * the gold says nothing about scare quotes and titles).
 */
export function predictedAttributions(document: DocumentResult, neutral: readonly GoldRange[]): Prediction[] {
  return withSources(document).filter(({ claim }) => {
    if (claim.kind === 'unattributed') return false;
    if (claim.kind === 'reported') return true;
    return !onNeutral(claim, neutral) && (claim.kind !== 'partial-quote' || !insideReported(claim, document.claims));
  });
}

/** The source of a prediction as the source rule sees it: every mention, plus the one the claim names. */
export function predictedSource(prediction: Prediction): PredictedSource | null {
  const { claim, source } = prediction;
  if (claim.source === null) return null;
  const mentions = [...(source?.mentions ?? []), ...(claim.sourceMention ? [claim.sourceMention] : [])];
  return { name: source?.name ?? claim.sourceMention?.text ?? '', mentions };
}
