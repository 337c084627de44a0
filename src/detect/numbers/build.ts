/** Turns a quantity (or a range of two) and its modifier into the reported `NumberValue`. */
import type { NumberKind, NumberValue } from '../../types.js';
import { CURRENCY_WORDS } from '../../lexicon/number-words.js';
import type { Ctx, Found, Quantity } from './quantity.js';
import type { Modifier } from './modifiers.js';
import { fixedOrSearchedUnit } from './units.js';
import type { RangeEnd } from './ranges.js';

/** Fractions and decimals are rounded to this many places (two-thirds → 0.6667). */
const DECIMAL_PLACES = 4;
/** Above this magnitude 4 decimals exceed double precision, so values are rounded to integers. */
const INTEGER_ROUNDING_MAGNITUDE = 1e11;

function roundValue(v: number): number {
  if (Number.isInteger(v)) return v;
  if (Math.abs(v) >= INTEGER_ROUNDING_MAGNITUDE) return Math.round(v);
  const factor = 10 ** DECIMAL_PLACES;
  return Math.round(v * factor) / factor;
}

/** Builds the reported number for a single quantity (with an optional modifier before it). */
export function buildSingle(ctx: Ctx, q: Quantity, start: number, mod: Modifier | null): Found | null {
  let unit = fixedOrSearchedUnit(ctx, q);
  if (q.bareOne && unit === undefined) return null;
  let kind: NumberKind = q.kind;
  // "millions of dollars": a currency noun makes the count money.
  const currency = kind === 'count' && unit !== undefined ? CURRENCY_WORDS.get(unit.toLowerCase()) : undefined;
  if (currency !== undefined) {
    kind = 'money';
    unit = currency;
  }
  const value = roundValue(q.value);
  const bound = mod?.bound ?? q.bound;
  const number: NumberValue = {
    text: ctx.text.slice(start, q.end),
    start,
    end: q.end,
    value,
    approximate: (mod?.approximate ?? false) || q.approximate,
    bound,
    kind,
  };
  if (bound === 'lower') number.low = value;
  if (bound === 'upper') number.high = value;
  if (unit !== undefined) number.unit = unit;
  return { number, next: q.next };
}

/** Builds the reported number for a range. */
export function buildRange(ctx: Ctx, q1: Quantity, r: RangeEnd, start: number, mod: Modifier | null): Found {
  const { q2 } = r;
  const unit = r.years ? undefined : (q2.unit ?? q1.unit ?? fixedOrSearchedUnit(ctx, q2));
  const low = roundValue(r.low);
  const number: NumberValue = {
    text: ctx.text.slice(start, q2.end),
    start,
    end: q2.end,
    value: low,
    low,
    high: roundValue(r.high),
    approximate: (mod?.approximate ?? false) || q1.approximate || q2.approximate,
    bound: mod?.bound ?? null,
    kind: 'range',
  };
  if (unit !== undefined) number.unit = unit;
  return { number, next: q2.next };
}
