/** Reads one quantity at a token (no modifier, no range): digits, a word or a currency symbol. */
import {
  AGE_UNIT,
  APOSTROPHES,
  SHORT_DECADE_CENTURY,
  SHORT_DECADE_NEXT_CENTURY,
  SHORT_DECADE_PIVOT,
  AGE_WORDS,
  CURRENCY_SYMBOLS,
  GLUED_PERCENT,
  VULGAR_FRACTIONS,
  MAX_AGE,
  PERCENT_UNIT,
  MINUS_SIGNS,
  YEAR_MAX,
  YEAR_MIN,
} from '../../lexicon/number-words.js';
import { isSkip, quantity, type Ctx, type Parse, type Quantity } from './quantity.js';
import { isGlued, isPunct, isTitleCase, isWordTok } from './tokens.js';
import { compoundUnitName } from './units.js';
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
  if (MINUS_SIGNS.has(tok.text)) return parseSigned(ctx, i, afterModifier);
  if (APOSTROPHES.has(tok.text)) return parseShortDecade(ctx, i);
  const vulgar = VULGAR_FRACTIONS.get(tok.text);
  if (vulgar !== undefined)
    return quantity({ value: vulgar, kind: 'count', first: i, next: i + 1, end: tok.end, unitSearch: 'noun-of' });
  const code = CURRENCY_SYMBOLS.get(tok.text);
  return code === undefined ? null : parseMoney(ctx, i, i, code);
}

/** A quantity starting with a digit token. */
function parseDigitQuantity(ctx: Ctx, i: number, afterModifier: boolean): Parse {
  const read = readDigits(ctx, i, false, afterModifier);
  if (isSkip(read)) return read;
  const yearLike = read.plainDigits === 4 && !read.scaled && read.value >= YEAR_MIN && read.value <= YEAR_MAX;
  const q = quantity({
    value: read.value,
    kind: 'count',
    first: i,
    next: read.next,
    end: read.end,
    // "3/4 of the pipes": a fraction counts a part of what follows "of".
    unitSearch: read.value > 0 && read.value < 1 && read.plainDigits === 0 ? 'noun-of' : 'noun',
    scaled: read.scaled,
    preScale: read.preScale,
    plainDigits: read.plainDigits,
    hyphenPartner: read.hyphenPartner,
    yearLike,
  });
  if (read.ordinal) q.kind = 'ordinal';
  else if (read.decade) Object.assign(q, { kind: 'year', approximate: true, unitSearch: 'none' });
  else if (read.gluedUnit !== undefined && GLUED_PERCENT.has(read.gluedUnit))
    Object.assign(q, { kind: 'percent', unit: PERCENT_UNIT, unitSearch: 'none', yearLike: false });
  else if (read.gluedUnit !== undefined)
    Object.assign(q, { unit: read.gluedUnit, unitSearch: 'none', yearLike: false });
  else if (read.compoundUnit !== undefined)
    Object.assign(
      q,
      yearLike
        ? { kind: 'year', unitSearch: 'none' }
        : { unit: compoundUnitName(read.compoundUnit, read.compoundAfter, read.value), unitSearch: 'none' },
    );
  if (read.ordinal || read.decade || read.compoundUnit !== undefined || read.gluedUnit !== undefined) return q;
  if (read.plainDigits > 0 && isAge(ctx, i, read.value)) {
    return Object.assign(q, { unit: AGE_UNIT, unitSearch: 'none' as const, yearLike: false });
  }
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

/**
 * "the '90s", "the ’60s": an apostrophe, two digits and a glued "s" name a decade (kind year, approximate,
 * like "1990s"). "'00s" to "'19s" are taken as 2000s–2010s, "'20s" to "'99s" as the 1900s.
 */
function parseShortDecade(ctx: Ctx, i: number): Parse {
  const { ts } = ctx;
  const before = ts.at(i - 1);
  // A closing apostrophe ("the Jones' 90s…") or one inside a word is no year mark.
  if (!ts.at(i)!.space && before !== undefined && before.kind !== 'punct') return null;
  const digits = ts.at(i + 1);
  const s = ts.at(i + 2);
  if (!isGlued(digits) || digits.kind !== 'num' || digits.text.length !== 2 || !isGlued(s) || s.text !== 's')
    return null;
  const after = ts.at(i + 3);
  if (isGlued(after) && after.kind !== 'punct') return null;
  const short = Number(digits.text);
  const value = (short < SHORT_DECADE_PIVOT ? SHORT_DECADE_NEXT_CENTURY : SHORT_DECADE_CENTURY) + short;
  return quantity({ value, kind: 'year', first: i, next: i + 3, end: s.end, unitSearch: 'none', approximate: true });
}

/** "-3", "\u22124.5": a minus sign glued to digits, not itself glued to a word or number before it. */
function parseSigned(ctx: Ctx, i: number, afterModifier: boolean): Parse {
  const { ts } = ctx;
  const sign = ts.at(i)!;
  const num = ts.at(i + 1);
  const prev = ts.at(i - 1);
  if (prev !== undefined && !sign.space && !isPunct(prev, '(')) return null;
  // "-$5 million": a sign before a currency symbol.
  const code = isGlued(num) ? CURRENCY_SYMBOLS.get(num.text) : undefined;
  if (code !== undefined) {
    const money = parseMoney(ctx, i + 1, i + 1, code);
    return !money || isSkip(money) ? money : negate(money, i);
  }
  if (!isGlued(num) || num.kind !== 'num') return null;
  const q = parseDigitQuantity(ctx, i + 1, afterModifier);
  if (!q || isSkip(q)) return q;
  if (q.kind === 'year' || q.kind === 'date' || q.kind === 'ordinal') return null;
  return negate(q, i);
}

/** The negative of a quantity read after a sign at token `first`. */
export function negate(q: Quantity, first: number): Quantity {
  q.value = -q.value;
  q.preScale = -q.preScale;
  q.first = first;
  q.yearLike = false;
  return q;
}

/** "Lee, 61, said", "aged 61": a small whole number that is a person's age. */
function isAge(ctx: Ctx, i: number, value: number): boolean {
  const { ts } = ctx;
  if (!Number.isInteger(value) || value < 1 || value > MAX_AGE) return false;
  const prev = ts.at(i - 1);
  if (isWordTok(prev) && AGE_WORDS.has(prev.lower)) return true;
  const name = ts.at(i - 2);
  const after = ts.at(i + 1);
  return (
    isPunct(prev, ',') && isGlued(prev) && isWordTok(name) && isTitleCase(name) && isPunct(after, ',') && isGlued(after)
  );
}
