/** Ranges: "10 to 15 percent", "2014-17", "from 2014 to 2017", "between 10 and 20". */
import { isSkip, scaleBy, type Ctx, type Found, type Quantity, type QuantityKind } from './quantity.js';
import { parseCore } from './core.js';
import { buildRange } from './build.js';

/** Kinds of quantity that may be the ends of a range. */
const RANGEABLE: ReadonlySet<QuantityKind> = new Set(['count', 'percent', 'money', 'year']);

export interface RangeEnd {
  q2: Quantity;
  low: number;
  high: number;
  years: boolean;
}

/** Combines two quantities into a range ("10 to 15 percent", "2014-17", "1.5 to 2 million"). */
function combineRange(q1: Quantity, q2: Quantity, hyphen: boolean): RangeEnd | null {
  if (!RANGEABLE.has(q1.kind) || !RANGEABLE.has(q2.kind) || q1.bareOne) return null;
  let low = q1.value;
  let high = q2.value;
  const shortYear = hyphen && q1.yearLike && q2.plainDigits === 2;
  const years = q1.yearLike && (q2.yearLike || shortYear);
  // "2014-17" is 2014 to 2017.
  if (shortYear) high = Math.floor(low / 100) * 100 + q2.value;
  // "555-1234": three then four digits is a phone number.
  if (hyphen && !years && q1.plainDigits === 3 && q2.plainDigits === 4) return null;
  // "$3-400 million": a shorter first end borrows the second's zeros (300 to 400 million).
  const widen = hyphen && !years && q2.scaled ? borrowedZeros(q1, q2) : 1;
  // "1.5 to 2 million": the scale of the second end applies to the first.
  if (!years && !q1.scaled && q2.scaled && q1.value * widen < q2.preScale) {
    low = scaleBy(q1.value * widen, q2.value / q2.preScale);
  }
  // "-5 to -10": both ends below zero, written from the nearer one.
  if (low < 0 && high < 0 && high < low) [low, high] = [high, low];
  if (!(high > low)) return null;
  return { q2, low, high, years };
}

/**
 * The power of ten by which the first end of "3-400 million" is short of the second: 100 when
 * the first is a single digit, the second a round number of more digits and the widened first
 * still below it; else 1 ("5-10 million" stays 5 to 10 million).
 */
function borrowedZeros(q1: Quantity, q2: Quantity): number {
  const a = q1.preScale;
  const b = q2.preScale;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || a > 9 || b < 10) return 1;
  const zeros = 10 ** (String(b).length - 1);
  return b % zeros === 0 && a * zeros < b ? zeros : 1;
}

/** A range tail at q.next ("to 15", "-2017", "and 20"), using the given connectors. */
export function readRangeTail(ctx: Ctx, q: Quantity, connectors: ReadonlySet<string>): RangeEnd | null {
  const t = ctx.ts.at(q.next);
  if (!t) return null;
  const word = t.kind === 'word';
  const connector = word ? t.lower : t.text;
  if (!connectors.has(connector) || (word && !t.space)) return null;
  const q2 = parseCore(ctx, q.next + 1, false);
  if (!q2 || isSkip(q2)) return null;
  return combineRange(q, q2, !word);
}

/** "from 2014 to 2017", "between 10 and 20": the whole range or nothing. */
export function parsePrefixedRange(ctx: Ctx, i: number, connectors: ReadonlySet<string>): Found | null {
  const q1 = parseCore(ctx, i + 1, false);
  if (!q1 || isSkip(q1)) return null;
  const range = readRangeTail(ctx, q1, connectors);
  return range ? buildRange(ctx, q1, range, ctx.ts.at(i)!.start, null) : null;
}
