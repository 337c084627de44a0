/**
 * Which claims of a DocumentResult the scorer compares with which gold items.
 * The gold lists quotes of 3+ words only and counts a partial quote inside a reported claim
 * as part of that attribution, so predictions are filtered the same way.
 */
import type { Claim, DocumentResult, Source } from '../types.js';
import type { GoldDocument, GoldRange } from './gold.js';
import { overlap } from './match.js';
import type { PredictedSource } from './source-match.js';

/** A claim together with the source it resolves to. */
export interface Prediction {
  claim: Claim;
  source: Source | null;
}

/** PolNeAR's `quotes` are segments of at least this many words (the default of `--min-quote-words`). */
export const MIN_QUOTE_WORDS = 3;

/**
 * The shortest quote a gold file scores: 3 words where it lists none shorter (PolNeAR derives its quotes
 * so), 1 where it does (the Gender Gap Tracker annotates attributed one- and two-word quotes), so that
 * predictions are filtered as the gold was made.
 */
export function minQuoteWordsOf(documents: readonly Pick<GoldDocument, 'quotes'>[]): number {
  return documents.some((d) => d.quotes.some((q) => wordCount(q.text) < MIN_QUOTE_WORDS)) ? 1 : MIN_QUOTE_WORDS;
}

/** A prediction lying on a neutral span by more than this share of its characters is ignored. */
export const NEUTRAL_SHARE = 0.5;

/** Words as the gold counts them: whitespace-separated tokens holding a letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function withSources(document: DocumentResult): Prediction[] {
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  return document.claims.map((claim) => ({
    claim,
    source: claim.source === null ? null : (sources.get(claim.source) ?? null),
  }));
}

/** Whether a prediction lies mostly (> NEUTRAL_SHARE of its characters) on one neutral span. */
function onNeutral(claim: Claim, neutral: readonly GoldRange[]): boolean {
  const length = claim.end - claim.start;
  return length > 0 && neutral.some((n) => overlap(claim, n) / length > NEUTRAL_SHARE);
}

/** Whether a partial quote lies inside a reported claim of the same source (it is part of that attribution). */
function insideReported(claim: Claim, claims: readonly Claim[]): boolean {
  return claims.some(
    (r) => r.kind === 'reported' && r.source === claim.source && r.start <= claim.start && claim.end <= r.end,
  );
}

/**
 * The neutral spans that lie outside every gold attribution content. Gold files list short (under
 * 3 words) quoted segments as neutral even inside an attribution ("“You winning?” she said"); there a
 * predicted quote is the attribution itself and must be scored.
 */
export function neutralOutsideAttributions(gold: GoldDocument): GoldRange[] {
  return gold.neutral.filter(
    (n) => !gold.attributions.some(({ content }) => content.start <= n.start && n.end <= content.end),
  );
}

/**
 * Reported claims a gold corpus does not annotate, left out of the attribution measure when asked
 * (`--ignore-claims`): `phrase`, a claim whose content is a phrase ("criticized the appointment"); `sourceless`,
 * a reported claim that names no source ("is expected to"); `belief`, `evidence` and `intention`, a claim whose cue
 * reports a belief, feeling or wish ("thinks", "hopes"), what a document shows ("a study found") or an order or
 * decision ("ordered", "vetoed") — `Claim.cueClass`.
 * The Gender Gap Tracker annotates none of these (beliefs rarely); PolNeAR all.
 */
export type IgnorableClaim = 'phrase' | 'sourceless' | 'belief' | 'evidence' | 'intention';
export const IGNORABLE_CLAIMS: readonly IgnorableClaim[] = ['phrase', 'sourceless', 'belief', 'evidence', 'intention'];

/** The two measures: quotes against gold quotes, attributions against gold attributions. */
export type Measure = 'quotes' | 'attributions';

/** Why a claim is left out of a measure, or null when it is scored. */
export type Exclusion =
  | 'not a quote'
  | `under ${number} words`
  | 'on a neutral span'
  | 'between two-character marks'
  | 'unattributed'
  | 'inside a reported claim'
  | 'phrase content'
  | 'sourceless'
  | 'belief cue'
  | 'evidence cue'
  | 'intention cue';

/**
 * Whether a quote claim stands between two-character marks (''…'' or ``…''). PolNeAR's quotes are derived
 * from one-character marks only, so the gold lists no quote, and no neutral span, between these: the
 * quote measure cannot score them (the attribution measure does).
 */
function betweenTwoCharacterMarks(text: string, claim: Claim): boolean {
  let i = claim.start;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  const mark = text.slice(i - 2, i);
  return i >= 2 && (mark === "''" || mark === '``');
}

/** What `exclusion` needs to know besides the claim: the document, the gold text and the scoring choices. */
export interface ExclusionScope {
  /** The document's predictions (a partial quote inside a reported claim of its source is not scored). */
  document: DocumentResult;
  /** The gold document's text. */
  text: string;
  /** Gold neutral spans (scare quotes, titles): quotes lying mostly on one are not scored. */
  neutral: readonly GoldRange[];
  /** The shortest quote scored (default 3 words). */
  minQuoteWords?: number;
  /** Reported claims the gold does not annotate (`--ignore-claims`). */
  ignored?: readonly IgnorableClaim[];
}

/**
 * Why a claim is not scored in a measure. Quotes: quote and partial-quote claims of 3+ words, not
 * lying on a neutral span. Attributions: quote, partial-quote and reported claims, minus partial quotes
 * inside a reported claim of the same source, minus quotes on a neutral span (the gold says nothing
 * about scare quotes and titles).
 */
export function exclusion(claim: Claim, measure: Measure, scope: ExclusionScope): Exclusion | null {
  const { document, text, neutral, minQuoteWords = MIN_QUOTE_WORDS, ignored = [] } = scope;
  const isQuote = claim.kind === 'quote' || claim.kind === 'partial-quote';
  if (measure === 'quotes') {
    if (!isQuote) return 'not a quote';
    if (wordCount(claim.text) < minQuoteWords) return `under ${minQuoteWords} words`;
    if (betweenTwoCharacterMarks(text, claim)) return 'between two-character marks';
    return onNeutral(claim, neutral) ? 'on a neutral span' : null;
  }
  if (claim.kind === 'unattributed') return 'unattributed';
  if (claim.kind === 'reported') {
    if (ignored.includes('phrase') && claim.content === 'phrase') return 'phrase content';
    if (claim.cueClass && ignored.includes(claim.cueClass)) return `${claim.cueClass} cue`;
    return ignored.includes('sourceless') && claim.source === null ? 'sourceless' : null;
  }
  if (onNeutral(claim, neutral)) return 'on a neutral span';
  return claim.kind === 'partial-quote' && insideReported(claim, document.claims) ? 'inside a reported claim' : null;
}

/** Predicted quotes: quote and partial-quote claims of 3+ words, not lying on a neutral span. */
export function predictedQuotes(
  document: DocumentResult,
  gold: Pick<GoldDocument, 'text'>,
  neutral: readonly GoldRange[],
  minQuoteWords = MIN_QUOTE_WORDS,
): Prediction[] {
  return withSources(document).filter(
    ({ claim }) => exclusion(claim, 'quotes', { document, text: gold.text, neutral, minQuoteWords }) === null,
  );
}

/** Furthest apart, in characters, two pieces of one quoted turn may stand (`“X,” she said. “Y.”`). */
export const MAX_TURN_GAP = 400;

const sameCue = (a: Claim, b: Claim): boolean =>
  a.cue !== null && b.cue !== null && a.cue.start === b.cue.start && a.cue.end === b.cue.end && a.source === b.source;

/**
 * How the pieces of a quoted turn interrupted by "she said" are scored as attributions: `joined` as one
 * (PolNeAR's convention), `separate` as one attribution each (the Gender Gap Tracker's convention).
 */
export type PiecesMode = 'joined' | 'separate';
export const PIECES_MODES: readonly PiecesMode[] = ['joined', 'separate'];

/**
 * Predicted attributions: see `exclusion`. The pieces of one quoted turn (consecutive quote claims sharing
 * one cue, `“X,” Gingrich said. “Y.”`, also when the turn goes on in the next paragraph) are one attribution,
 * as PolNeAR's annotators mark them (one content in fragments): one prediction from the first piece's start
 * to the last piece's end. A pull-quote (sieve `twin`) stays apart. With `pieces: 'separate'` every piece is
 * a prediction of its own.
 */
export function predictedAttributions(
  document: DocumentResult,
  gold: Pick<GoldDocument, 'text'>,
  neutral: readonly GoldRange[],
  pieces: PiecesMode = 'joined',
  ignored: readonly IgnorableClaim[] = [],
): Prediction[] {
  const scored = withSources(document).filter(
    ({ claim }) => exclusion(claim, 'attributions', { document, text: gold.text, neutral, ignored }) === null,
  );
  if (pieces === 'separate') return scored;
  const merged: Prediction[] = [];
  for (const prediction of scored) {
    const { claim } = prediction;
    const last = merged[merged.length - 1];
    const isQuote = claim.kind === 'quote' || claim.kind === 'partial-quote';
    // A pull-quote (twin) repeats a turn elsewhere: it stays apart; a turn continued over paragraphs is one act.
    const samePieceRule = claim.by !== 'twin';
    if (
      last &&
      isQuote &&
      samePieceRule &&
      (last.claim.kind === 'quote' || last.claim.kind === 'partial-quote') &&
      sameCue(last.claim, claim) &&
      claim.start - last.claim.end <= MAX_TURN_GAP
    ) {
      merged[merged.length - 1] = {
        ...last,
        claim: { ...last.claim, end: Math.max(last.claim.end, claim.end), text: `${last.claim.text} … ${claim.text}` },
      };
    } else merged.push(prediction);
  }
  return merged;
}

/** The source of a prediction as the source rule sees it: every mention, plus the one the claim names. */
export function predictedSource(prediction: Prediction): PredictedSource | null {
  const { claim, source } = prediction;
  if (claim.source === null) return null;
  const mentions = [...(source?.mentions ?? []), ...(claim.sourceMention ? [claim.sourceMention] : [])];
  return { name: source?.name ?? claim.sourceMention?.text ?? '', mentions };
}
