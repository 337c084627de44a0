/**
 * The misses of an evaluation, one record per cause, with enough context to see why:
 * the gold and predicted texts, the sources and cues on both sides, and the sieve (`by`) that decided.
 */
import type { Claim, ClaimKind } from '../types.js';
import { coverage, MIN_COVERAGE, type Range } from './match.js';
import type { Exclusion, Prediction } from './predictions.js';

/** Every cause, in the order the report lists them. */
export const CAUSES = [
  'missed quote',
  'wrong speaker',
  'spurious quote',
  'missed attribution',
  'wrong source',
  'spurious claim',
  'wrong cue span',
] as const;
export type Cause = (typeof CAUSES)[number];

/** The gold side of an error. */
export interface GoldSide {
  text: string;
  start: number;
  end: number;
  /** The annotated source (or speaker) mention, null when the text names none. */
  source: string | null;
  /** The annotators' resolved name for the source, where the scorer judged by it (no mention marked). */
  sourceName?: string;
  cue: string | null;
}

/** The predicted side of an error. */
export interface PredSide {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  /** The resolved source's name. */
  source: string | null;
  /** The mention the claim was attributed at. */
  mention: string | null;
  cue: string | null;
  /** The sieve that attributed the claim. */
  by: string | null;
}

/** One miss. */
export interface ErrorItem {
  cause: Cause;
  document: string;
  gold: GoldSide | null;
  pred: PredSide | null;
  /** The span in its sentence, marked with ⟦ ⟧. */
  context: string;
  /** For misses: the claim that came closest, and why it did not count. */
  note?: string;
  /** For misses and spurious predictions: the short form of the note, for counting. */
  reason?: MissReason | SpuriousReason;
}

/** Why a gold item went unmatched. */
export type MissReason =
  'no claim overlaps' | 'below the 30% threshold' | 'paired with another gold item' | `not counted: ${Exclusion}`;

/** Why a prediction went unmatched: nothing there in the gold, a boundary problem, or a duplicate. */
export type SpuriousReason =
  'no gold item overlaps' | 'covers under 30% of a gold item' | 'its gold item is paired with another prediction';

/** For an unmatched prediction: the gold item it covers most, and why that did not count (percentages round down, so 29.6% never reads "30%"). */
export function closestGold(
  pred: Range,
  gold: readonly Range[],
  paired: ReadonlySet<number>,
): { note: string; reason: SpuriousReason } {
  let best = -1;
  let bestCoverage = 0;
  gold.forEach((g, i) => {
    const share = coverage(g, pred);
    if (share > bestCoverage) [best, bestCoverage] = [i, share];
  });
  if (best === -1) return { note: 'no gold item overlaps', reason: 'no gold item overlaps' };
  const reason: SpuriousReason =
    bestCoverage >= MIN_COVERAGE && paired.has(best)
      ? 'its gold item is paired with another prediction'
      : 'covers under 30% of a gold item';
  return {
    note: `closest gold: "${shortenMiddle(textOf(gold[best]), 60)}", covered ${Math.floor(bestCoverage * 100 + 1e-9)}%; ${reason}`,
    reason,
  };
}

function textOf(range: Range): string {
  return 'text' in range && typeof range.text === 'string'
    ? range.text.replace(/\s+/g, ' ')
    : `${range.start}-${range.end}`;
}

/** Characters of text shown on each side of a span. */
const CONTEXT_CHARS = 60;
/** Longest span text kept whole in a context; longer ones keep their start and end. */
const SPAN_CHARS = 160;

/** Shorten text in the middle, keeping both ends (where quotes and cues usually are). */
export function shortenMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 3) / 2);
  return `${text.slice(0, half)} … ${text.slice(text.length - half)}`;
}

/** The span with up to CONTEXT_CHARS of its paragraph on each side, the span marked with ⟦ ⟧. */
export function contextOf(text: string, span: Range): string {
  let from = Math.max(0, span.start - CONTEXT_CHARS);
  const paragraphStart = text.lastIndexOf('\n', span.start - 1);
  if (paragraphStart >= from) from = paragraphStart + 1;
  let to = Math.min(text.length, span.end + CONTEXT_CHARS);
  const paragraphEnd = text.indexOf('\n', span.end);
  if (paragraphEnd !== -1 && paragraphEnd < to) to = paragraphEnd;
  const before = (from > 0 && text[from - 1] !== '\n' ? '…' : '') + text.slice(from, span.start);
  const after = text.slice(span.end, to) + (to < text.length && text[to] !== '\n' ? '…' : '');
  return `${before}⟦${shortenMiddle(text.slice(span.start, span.end), SPAN_CHARS)}⟧${after}`.replace(/\s+/g, ' ');
}

/** The predicted side of an error. */
export function predSide(prediction: Prediction): PredSide {
  const { claim, source } = prediction;
  return {
    kind: claim.kind,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    source: source?.name ?? null,
    mention: claim.sourceMention?.text ?? null,
    cue: claim.cue?.text ?? null,
    by: claim.by,
  };
}

/**
 * Why a gold item went unmatched: the claim (of any kind) that overlaps it most, how much of it it
 * covers, and whether it was paired elsewhere or filtered out. Tells a boundary problem from a true miss.
 */
export function closest(
  gold: Range,
  claims: readonly Claim[],
  excluded: (claim: Claim) => Exclusion | null,
  paired: ReadonlySet<Claim>,
): { note: string; reason: MissReason } {
  let best: Claim | null = null;
  let bestCoverage = 0;
  for (const claim of claims) {
    const share = coverage(gold, claim);
    if (share > bestCoverage) [best, bestCoverage] = [claim, share];
  }
  if (best === null) return { note: 'no claim overlaps', reason: 'no claim overlaps' };
  const percent = `${Math.floor(bestCoverage * 100 + 1e-9)}%`;
  const exclusion = excluded(best);
  // A claim merged into a larger prediction (one quoted turn) is paired through that prediction, which holds it.
  const claim = best;
  const isPaired = [...paired].some((p) => p === claim || (p.start <= claim.start && claim.end <= p.end));
  const reason: MissReason = exclusion
    ? `not counted: ${exclusion}`
    : isPaired || bestCoverage >= MIN_COVERAGE
      ? 'paired with another gold item'
      : 'below the 30% threshold';
  return { note: `closest: ${best.kind} ${best.id} (by ${best.by ?? '—'}) covers ${percent}, ${reason}`, reason };
}

/** Count errors per cause, every cause present (0 when none). */
export function countByCause(errors: readonly ErrorItem[]): Record<Cause, number> {
  const counts = Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>;
  for (const error of errors) counts[error.cause] += 1;
  return counts;
}

/** Count items by a key (null keys skipped), most frequent first, ties in alphabetical order. */
export function tally<T>(items: readonly T[], key: (item: T) => string | null): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const lowerCue = (cue: string | null | undefined) => (cue ? cue.toLowerCase().replace(/\s+/g, ' ') : '(none)');

/**
 * The breakdowns printed above the errors of one cause, as [label, counts]: the sieve of the
 * prediction, and where it helps to choose what to fix, the gold cue, the predicted cue or the miss reason.
 */
export function breakdowns(cause: Cause, errors: readonly ErrorItem[]): [string, [string, number][]][] {
  const bySieve: [string, [string, number][]] = [
    'by sieve',
    tally(errors, (e) => (e.pred ? (e.pred.by ?? '(none)') : null)),
  ];
  const byReason: [string, [string, number][]] = ['why', tally(errors, (e) => e.reason ?? null)];
  switch (cause) {
    case 'missed quote':
      return [byReason];
    case 'missed attribution':
      return [byReason, ['by gold cue', tally(errors, (e) => lowerCue(e.gold?.cue))]];
    case 'spurious quote':
      return [bySieve, byReason];
    case 'spurious claim':
      return [bySieve, byReason, ['by predicted cue', tally(errors, (e) => lowerCue(e.pred?.cue))]];
    case 'wrong cue span':
      return [
        bySieve,
        ['gold cue → predicted', tally(errors, (e) => `${lowerCue(e.gold?.cue)} → ${lowerCue(e.pred?.cue)}`)],
      ];
    default:
      return [bySieve];
  }
}

/** The first `perCause` errors of each cause, in document order, grouped by cause. */
export function firstByCause(
  errors: readonly ErrorItem[],
  perCause: number,
  causes: readonly Cause[] = CAUSES,
): Map<Cause, ErrorItem[]> {
  const grouped = new Map<Cause, ErrorItem[]>(causes.map((c) => [c, []]));
  for (const error of errors) {
    const list = grouped.get(error.cause);
    if (list && list.length < perCause) list.push(error);
  }
  return grouped;
}
