/**
 * Scoring one document: pair gold quotes and attributions with predictions (see match.ts),
 * count hits, and record every miss with its cause. Pure: gold + extractor output in, counts out.
 */
import type { Claim, DocumentResult } from '../types.js';
import type { GoldAttribution, GoldDocument, GoldQuote } from './gold.js';
import { matchSpans, type Pair } from './match.js';
import {
  exclusion,
  neutralOutsideAttributions,
  predictedAttributions,
  predictedQuotes,
  MIN_QUOTE_WORDS,
  predictedSource,
  type PiecesMode,
  type IgnorableClaim,
  type Prediction,
} from './predictions.js';
import { sourceIsRight } from './source-match.js';
import { scoreGender, type DocumentGenderScore } from './gender.js';
import { closest, closestGold, contextOf, predSide, type ErrorItem, type GoldSide } from './errors.js';

/** Quote counts of one or more documents. */
export interface QuoteCounts {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched quotes whose speaker is right. */
  speakerRight: number;
}

/** Attribution counts of one or more documents. */
export interface AttributionCounts {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched attributions whose source is right. */
  sourceRight: number;
  /** Matched pairs whose gold source is not null, and of those, the ones whose sourceMention has the gold offsets. */
  sourceSpanPairs: number;
  sourceSpanExact: number;
  /** Matched pairs with a gold cue, and of those, the ones whose cue has the gold offsets. */
  cuePairs: number;
  cueExact: number;
}

/** The result of scoring one document. */
export interface DocumentScore {
  id: string;
  quotes: QuoteCounts;
  attributions: AttributionCounts;
  errors: ErrorItem[];
  /** The Gender Gap Tracker's counts, when the gold lists the people quoted by gender. */
  gender?: DocumentGenderScore;
}

function sameOffsets(a: { start: number; end: number } | null, b: { start: number; end: number } | null): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}

/** How `scoreDocument` reads the gold: see docs/eval.md. */
export interface ScoreOptions {
  /** The pieces of a quoted turn as one attribution (`joined`, default) or one each (`separate`). */
  pieces?: PiecesMode;
  /** Predicted quotes shorter than this many words are not scored (default 3, PolNeAR's quotes). */
  minQuoteWords?: number;
  /** Reported claims the gold does not annotate, left out of the attribution measure. */
  ignoreClaims?: readonly IgnorableClaim[];
}

function quoteSpeaker(quote: GoldQuote) {
  return quote.speakerStart === null || quote.speakerEnd === null
    ? null
    : { start: quote.speakerStart, end: quote.speakerEnd, text: quote.speaker ?? '' };
}

/** The annotators' name for a quote's speaker where they marked no mention of it, else null. */
function quoteSpeakerName(quote: GoldQuote): string | null {
  return quoteSpeaker(quote) === null ? (quote.speakerName ?? null) : null;
}

/**
 * The annotators' name for an attribution's source where they marked no mention: the source's own
 * `name` cannot be there, so the `speakerName` of a gold quote lying inside the content names it.
 */
function attributionSourceName(attribution: GoldAttribution, quotes: readonly GoldQuote[]): string | null {
  if (attribution.source !== null) return null;
  const { start, end } = attribution.content;
  const inside = quotes.find((q) => q.speakerName !== undefined && start <= q.start && q.end <= end);
  return inside?.speakerName ?? null;
}

/** The `sourceName` of an error's gold side, present only where the name judged. */
function named(name: string | null): { sourceName?: string } {
  return name === null ? {} : { sourceName: name };
}

/** Record misses of the unpaired gold items and predictions of one measure. */
function unpaired<G extends { start: number; end: number }>(
  gold: readonly G[],
  preds: readonly Prediction[],
  pairs: readonly Pair[],
  describe: (g: G, index: number) => GoldSide,
): { missed: GoldSide[]; spurious: Prediction[]; goldPaired: Set<number> } {
  const goldPaired = new Set(pairs.map((p) => p.gold));
  const predPaired = new Set(pairs.map((p) => p.pred));
  return {
    missed: gold.flatMap((g, i) => (goldPaired.has(i) ? [] : [describe(g, i)])),
    spurious: preds.filter((_, i) => !predPaired.has(i)),
    goldPaired,
  };
}

function scoreQuotes(
  gold: GoldDocument,
  result: DocumentResult,
  errors: ErrorItem[],
  minQuoteWords: number,
): QuoteCounts {
  const preds = predictedQuotes(result, gold, gold.neutral, minQuoteWords);
  const pairs = matchSpans(
    gold.quotes,
    preds.map((p) => p.claim),
  );
  const describe = (q: GoldQuote): GoldSide => ({
    text: q.text,
    start: q.start,
    end: q.end,
    source: q.speaker,
    ...named(quoteSpeakerName(q)),
    cue: null,
  });
  let speakerRight = 0;
  for (const pair of pairs) {
    const quote = gold.quotes[pair.gold];
    const pred = preds[pair.pred];
    if (sourceIsRight(quoteSpeaker(quote), predictedSource(pred), quoteSpeakerName(quote))) speakerRight += 1;
    else
      errors.push({
        cause: 'wrong speaker',
        document: gold.id,
        gold: describe(quote),
        pred: predSide(pred),
        context: contextOf(gold.text, quote),
      });
  }
  const { missed, spurious, goldPaired } = unpaired(gold.quotes, preds, pairs, describe);
  const excluded = (claim: Claim) =>
    exclusion(claim, 'quotes', { document: result, text: gold.text, neutral: gold.neutral, minQuoteWords });
  const paired = new Set(pairs.map((p) => preds[p.pred].claim));
  for (const side of missed) {
    errors.push({
      cause: 'missed quote',
      document: gold.id,
      gold: side,
      pred: null,
      context: contextOf(gold.text, side),
      ...closest(side, result.claims, excluded, paired),
    });
  }
  for (const pred of spurious) {
    errors.push({
      cause: 'spurious quote',
      document: gold.id,
      gold: null,
      pred: predSide(pred),
      context: contextOf(gold.text, pred.claim),
      ...closestGold(pred.claim, gold.quotes, goldPaired),
    });
  }
  return { gold: gold.quotes.length, predicted: preds.length, matched: pairs.length, speakerRight };
}

function describeAttribution(a: GoldAttribution, name: string | null): GoldSide {
  return {
    text: a.content.text,
    start: a.content.start,
    end: a.content.end,
    source: a.source?.text ?? null,
    ...named(name),
    cue: a.cue?.text ?? null,
  };
}

function scoreAttributions(
  gold: GoldDocument,
  result: DocumentResult,
  errors: ErrorItem[],
  pieces: PiecesMode,
  ignored: readonly IgnorableClaim[],
): AttributionCounts {
  const neutral = neutralOutsideAttributions(gold);
  const preds = predictedAttributions(result, gold, neutral, pieces, ignored);
  const names = gold.attributions.map((a) => attributionSourceName(a, gold.quotes));
  const contents = gold.attributions.map((a) => a.content);
  const pairs = matchSpans(
    contents,
    preds.map((p) => p.claim),
  );
  const counts: AttributionCounts = {
    gold: contents.length,
    predicted: preds.length,
    matched: pairs.length,
    sourceRight: 0,
    sourceSpanPairs: 0,
    sourceSpanExact: 0,
    cuePairs: 0,
    cueExact: 0,
  };
  for (const pair of pairs) {
    const attribution = gold.attributions[pair.gold];
    const pred = preds[pair.pred];
    const context = contextOf(gold.text, attribution.content);
    const name = names[pair.gold];
    if (sourceIsRight(attribution.source, predictedSource(pred), name)) counts.sourceRight += 1;
    else
      errors.push({
        cause: 'wrong source',
        document: gold.id,
        gold: describeAttribution(attribution, name),
        pred: predSide(pred),
        context,
      });
    if (attribution.source !== null) {
      counts.sourceSpanPairs += 1;
      if (sameOffsets(attribution.source, pred.claim.sourceMention)) counts.sourceSpanExact += 1;
    }
    if (attribution.cue !== null) {
      counts.cuePairs += 1;
      if (sameOffsets(attribution.cue, pred.claim.cue)) counts.cueExact += 1;
      else
        errors.push({
          cause: 'wrong cue span',
          document: gold.id,
          gold: describeAttribution(attribution, name),
          pred: predSide(pred),
          context: contextOf(gold.text, attribution.cue),
        });
    }
  }
  const { missed, spurious, goldPaired } = unpaired(contents, preds, pairs, (_, i) =>
    describeAttribution(gold.attributions[i], names[i]),
  );
  const excluded = (claim: Claim) =>
    exclusion(claim, 'attributions', { document: result, text: gold.text, neutral, ignored });
  const paired = new Set<Claim>(pairs.map((p) => preds[p.pred].claim));
  for (const side of missed) {
    errors.push({
      cause: 'missed attribution',
      document: gold.id,
      gold: side,
      pred: null,
      context: contextOf(gold.text, side),
      ...closest(side, result.claims, excluded, paired),
    });
  }
  for (const pred of spurious) {
    errors.push({
      cause: 'spurious claim',
      document: gold.id,
      gold: null,
      pred: predSide(pred),
      context: contextOf(gold.text, pred.claim),
      ...closestGold(pred.claim, contents, goldPaired),
    });
  }
  return counts;
}

/** Score one document's extractor output against its gold. */
export function scoreDocument(gold: GoldDocument, result: DocumentResult, options: ScoreOptions = {}): DocumentScore {
  const errors: ErrorItem[] = [];
  const quotes = scoreQuotes(gold, result, errors, options.minQuoteWords ?? MIN_QUOTE_WORDS);
  const attributions = scoreAttributions(gold, result, errors, options.pieces ?? 'joined', options.ignoreClaims ?? []);
  const gender = scoreGender(gold, result);
  return { id: gold.id, quotes, attributions, errors, ...(gender === null ? {} : { gender }) };
}
