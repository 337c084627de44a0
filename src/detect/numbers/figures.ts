/**
 * Which numbers are figures: checkable quantities a reader could repeat or a fact-checker could verify.
 * Dates, years and ordinals place or rank something, and a span of years ("from 2014 to 2017") places
 * it in time; none of them is a figure to stand behind. Identifiers ("Section 230", "T-72") are never
 * numbers at all.
 */
import type { NumberValue } from '../../types.js';
import { YEAR_MAX, YEAR_MIN } from '../../lexicon/number-words.js';

/** "from 2014 to 2017", "2014-17": a range of years (no unit, both ends plain years). */
export function isYearSpan(n: NumberValue): boolean {
  return (
    n.kind === 'range' &&
    n.unit === undefined &&
    n.low !== undefined &&
    n.high !== undefined &&
    Number.isInteger(n.low) &&
    Number.isInteger(n.high) &&
    n.low >= YEAR_MIN &&
    n.high <= YEAR_MAX &&
    !n.text.includes(',')
  );
}

/** Whether a number is a figure: a count, amount, percentage or range of them, not a date, year, rank or span of years. */
export function isFigure(n: NumberValue): boolean {
  return n.kind !== 'date' && n.kind !== 'year' && n.kind !== 'ordinal' && !isYearSpan(n);
}
