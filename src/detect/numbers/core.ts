/** Reads one quantity at a token (no modifier, no range): digits, a word or a currency symbol. */
import { CURRENCY_SYMBOLS, YEAR_MAX, YEAR_MIN } from '../../lexicon/number-words.js';
import { isSkip, quantity, type Ctx, type Parse } from './quantity.js';
import { readDigits } from './digits.js';
import { parseMoney, withSuffixes } from './money-percent.js';
import { readDayMonth, readsAsYear } from './dates.js';
import { parseWordQuantity } from './words.js';

/** Reads one quantity (no modifier, no range) at token i. */
export function parseCore(ctx: Ctx, i: number, afterModifier: boolean): Parse {
  const tok = ctx.ts.at(i);
  if (!tok) return null;
  if (tok.kind === 'num') return parseDigitQuantity(ctx, i, afterModifier);
  if (tok.kind === 'word') return parseWordQuantity(ctx, i);
  const code = CURRENCY_SYMBOLS.get(tok.text);
  return code === undefined ? null : parseMoney(ctx, i, i, code);
}

/** A quantity starting with a digit token. */
function parseDigitQuantity(ctx: Ctx, i: number, afterModifier: boolean): Parse {
  const read = readDigits(ctx, i, false);
  if (isSkip(read)) return read;
  const yearLike = read.plainDigits === 4 && !read.scaled && read.value >= YEAR_MIN && read.value <= YEAR_MAX;
  const q = quantity({
    value: read.value,
    kind: 'count',
    first: i,
    next: read.next,
    end: read.end,
    unitSearch: 'noun',
    scaled: read.scaled,
    preScale: read.preScale,
    plainDigits: read.plainDigits,
    hyphenPartner: read.hyphenPartner,
    yearLike,
  });
  if (read.ordinal) q.kind = 'ordinal';
  else if (read.decade) Object.assign(q, { kind: 'year', approximate: true, unitSearch: 'none' });
  else if (read.compoundUnit !== undefined)
    Object.assign(q, yearLike ? { kind: 'year', unitSearch: 'none' } : { unit: read.compoundUnit, unitSearch: 'none' });
  if (read.ordinal || read.decade || read.compoundUnit !== undefined) return q;
  if (read.hyphenPartner === null) {
    const date = readDayMonth(ctx, i, read);
    if (date) return date;
  }
  withSuffixes(ctx, q);
  if (q.kind === 'count' && yearLike && readsAsYear(ctx, i, q.next, afterModifier)) {
    q.kind = 'year';
    q.unitSearch = 'none';
  }
  return q;
}
