/** Turns a quantity (or a range of two) and its modifier into the reported `NumberValue`. */
import type { NumberKind, NumberValue } from '../../types.js';
import { AGE_UNIT, CURRENCY_WORDS, ONE_COUNT_BEFORE } from '../../lexicon/number-words.js';
import type { Ctx, Found, Quantity } from './quantity.js';
import type { Modifier } from './modifiers.js';
import { fixedOrSearchedUnit } from './units.js';
import type { RangeEnd } from './ranges.js';
import { isPunct, isSentenceStart, isSpacedWord, isWordTok } from './tokens.js';
import { defaultCueVerbTable, speechForms } from '../../lexicon/cue-verbs.js';

/** What `finish` learned around the quantity: a post-modifier and the direction of a change. */
export interface Around {
  /** A bound written after the number ("or more"); the quantity's span already includes it when adjacent. */
  post: Modifier | null;
  change: 'up' | 'down' | null;
}

export const NOTHING_AROUND: Around = { post: null, change: null };

/**
 * Whether a lone "one" counts ("one ally fighter was injured", "only one") rather than picks out a
 * speaker ("one poster said", "one senior official told"): a speech verb right after the noun makes
 * it a determiner, unless a modifier or "only" / "exactly" insists on the count.
 */
function oneCounts(ctx: Ctx, q: Quantity, mod: Modifier | null): boolean {
  if (mod) return true;
  const prev = ctx.ts.at(q.first - 1);
  if (isWordTok(prev) && ONE_COUNT_BEFORE.has(prev.lower)) return true;
  // "One day, the rebels left": a sentence-opening "one" + noun + comma is an adverbial.
  if (isSentenceStart(ctx, q.first) && isPunct(ctx.ts.at(q.next + 1), ',')) return false;
  const speech = speechForms(defaultCueVerbTable());
  for (let k = q.next + 1; k <= q.next + 2; k += 1) {
    const t = ctx.ts.at(k);
    if (isSpacedWord(t) && speech.has(t.lower)) return false;
  }
  return true;
}

/** "58 years old": a number of years followed by "old" is an age. */
function isYearsOld(ctx: Ctx, q: Quantity, unit: string | undefined): boolean {
  if (unit !== 'years' && unit !== 'year') return false;
  return isSpacedWord(ctx.ts.at(q.next), unit.toLowerCase()) && isSpacedWord(ctx.ts.at(q.next + 1), 'old');
}

/** Builds the reported number for a single quantity (with an optional modifier before it). */
export function buildSingle(
  ctx: Ctx,
  q: Quantity,
  start: number,
  mod: Modifier | null,
  around: Around = NOTHING_AROUND,
): Found | null {
  let unit = fixedOrSearchedUnit(ctx, q);
  if (q.bareOne && (unit === undefined || !oneCounts(ctx, q, mod))) return null;
  let kind: NumberKind = q.kind;
  // "millions of dollars": a currency noun makes the count money.
  const currency = kind === 'count' && unit !== undefined ? CURRENCY_WORDS.get(unit.toLowerCase()) : undefined;
  if (currency !== undefined) {
    kind = 'money';
    unit = currency;
  }
  if (isYearsOld(ctx, q, unit)) unit = AGE_UNIT;
  const { value } = q;
  const bound = around.post?.bound ?? mod?.bound ?? q.bound;
  const { end } = q;
  const number: NumberValue = {
    text: ctx.text.slice(start, end),
    start,
    end,
    value,
    approximate: (mod?.approximate ?? false) || (around.post?.approximate ?? false) || q.approximate,
    bound,
    kind,
  };
  if (bound === 'lower') number.low = value;
  if (bound === 'upper') number.high = value;
  if (unit !== undefined) number.unit = unit;
  if (around.change) number.change = around.change;
  return { number, next: q.next };
}

/** Builds the reported number for a range. */
export function buildRange(ctx: Ctx, q1: Quantity, r: RangeEnd, start: number, mod: Modifier | null): Found {
  const { q2 } = r;
  const unit = r.years ? undefined : (q2.unit ?? q1.unit ?? fixedOrSearchedUnit(ctx, q2));
  const number: NumberValue = {
    text: ctx.text.slice(start, q2.end),
    start,
    end: q2.end,
    value: r.low,
    low: r.low,
    high: r.high,
    approximate: (mod?.approximate ?? false) || q1.approximate || q2.approximate,
    bound: mod?.bound ?? null,
    kind: 'range',
  };
  if (unit !== undefined) number.unit = unit;
  return { number, next: q2.next };
}

/** "one in four voters", "3 out of 10": a ratio; `value` is numerator / denominator. */
export function buildRatio(ctx: Ctx, q1: Quantity, q2: Quantity, start: number, mod: Modifier | null): Found {
  const unit = fixedOrSearchedUnit(ctx, q2);
  const number: NumberValue = {
    text: ctx.text.slice(start, q2.end),
    start,
    end: q2.end,
    value: q1.value / q2.value,
    approximate: (mod?.approximate ?? false) || q1.approximate || q2.approximate,
    bound: mod?.bound ?? null,
    kind: 'count',
    ratio: { numerator: q1.value, denominator: q2.value },
  };
  if (number.bound === 'lower') number.low = number.value;
  if (number.bound === 'upper') number.high = number.value;
  if (unit !== undefined) number.unit = unit;
  return { number, next: q2.next };
}

/** "more than 25 and less than 70": two one-sided bounds that make one interval. */
export function buildInterval(ctx: Ctx, lowQ: Quantity, highQ: Quantity, start: number, approximate: boolean): Found {
  const unit = highQ.unit ?? lowQ.unit ?? fixedOrSearchedUnit(ctx, highQ);
  const number: NumberValue = {
    text: ctx.text.slice(start, highQ.end),
    start,
    end: highQ.end,
    value: lowQ.value,
    low: lowQ.value,
    high: highQ.value,
    approximate,
    bound: null,
    kind: 'range',
  };
  if (unit !== undefined) number.unit = unit;
  return { number, next: highQ.next };
}
