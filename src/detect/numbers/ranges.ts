/** Ranges: "10 to 15 percent", "2014-17", "from 2014 to 2017", "between 10 and 20". */
import { isSkip, type Ctx, type Found, type Quantity, type QuantityKind } from './quantity.js';
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
  // "1.5 to 2 million": the scale of the second end applies to the first.
  if (!years && !q1.scaled && q2.scaled && q1.value < q2.preScale) low = q1.value * (q2.value / q2.preScale);
  if (!(high > low)) return null;
  return { q2, low, high, years };
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
