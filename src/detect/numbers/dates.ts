/** Dates ("Sept. 11", "11 September 2001") and whether a 4-digit number is a year or a count. */
import {
  MONTHS,
  ORDINAL_SUFFIXES,
  REFERENCE_WORDS,
  UNIT_STOP_WORDS,
  YEAR_HYPHEN_PREFIXES,
  YEAR_MAX,
  YEAR_MIN,
  YEAR_PREPOSITIONS,
} from '../../lexicon/number-words.js';
import type { Token } from './lexer.js';
import { quantity, type Ctx, type Quantity } from './quantity.js';
import {
  CHAIN_SEPARATORS,
  HYPHENS,
  isGlued,
  isLowerInitial,
  isPluralNoun,
  isPunct,
  isSpacedWord,
  isUpperInitial,
  isWordTok,
} from './tokens.js';
import type { DigitRead } from './digits.js';

/** Highest day of month. */
const MAX_DAY = 31;

/** Whether the token starts a plural noun ("2000 people"), which makes a 4-digit number a count. */
function startsPluralNoun(t: Token | undefined): boolean {
  return isSpacedWord(t) && isLowerInitial(t.text) && !UNIT_STOP_WORDS.has(t.lower) && isPluralNoun(t.lower);
}

/** Decides whether a year-like 4-digit number at i is a year (true) or a count. */
export function readsAsYear(ctx: Ctx, i: number, next: number, afterModifier: boolean): boolean {
  const { ts } = ctx;
  const prev = ts.at(i - 1);
  // "in 2016", "the 2016 election", "since 2014" are years whatever follows.
  if (isWordTok(prev) && YEAR_PREPOSITIONS.has(prev.lower)) return true;
  // "mid-2014".
  if (isPunct(prev, HYPHENS) && isWordTok(ts.at(i - 2)) && YEAR_HYPHEN_PREFIXES.has(ts.at(i - 2)!.lower)) return true;
  // "more than 2000", "about 1900": modifiers quantify counts.
  if (afterModifier) return false;
  // "15% below 1990 levels": a reference after a comparison with a number is a year.
  if (isWordTok(prev) && REFERENCE_WORDS.has(prev.lower) && ts.at(i - 2) !== undefined && isNumberEnd(ts.at(i - 2)!)) {
    return true;
  }
  return !startsPluralNoun(ts.at(next));
}

/** A number of days then a month ("11 September 2001"). */
export function readDayMonth(ctx: Ctx, i: number, read: DigitRead): Quantity | null {
  if (read.plainDigits === 0 || read.plainDigits > 2 || read.value < 1 || read.value > MAX_DAY) return null;
  const month = ctx.ts.at(read.next);
  if (!isSpacedWord(month) || !MONTHS.has(month.lower) || !isUpperInitial(month.text)) return null;
  let next = read.next + 1;
  let end = month.end;
  if (isPunct(ctx.ts.at(next), '.') && isGlued(ctx.ts.at(next))) {
    end = ctx.ts.at(next)!.end;
    next += 1;
  }
  const year = readYearAfterDate(ctx, next);
  if (year) return quantity({ value: year.value, kind: 'date', first: i, next: year.next, end: year.end });
  return quantity({ value: read.value, kind: 'date', first: i, next, end });
}

/** A plain 4-digit year at token k, optionally after a comma ("…, 2001"). */
function readYearAfterDate(ctx: Ctx, k: number): { value: number; next: number; end: number } | null {
  const { ts } = ctx;
  let j = k;
  if (isPunct(ts.at(j), ',') && isGlued(ts.at(j))) j += 1;
  const t = ts.at(j);
  if (t?.kind !== 'num' || !t.space || !isYearText(t.text)) return null;
  if (isGlued(ts.at(j + 1)) && ts.at(j + 1)!.kind !== 'punct') return null;
  return { value: Number(t.text), next: j + 1, end: t.end };
}

function isYearText(text: string): boolean {
  if (text.length !== 4 || text.includes(',') || text.includes('.')) return false;
  const v = Number(text);
  return v >= YEAR_MIN && v <= YEAR_MAX;
}

/** A date starting with a capitalised month: "Sept. 11", "September 11, 2001", "September 2001". */
export function parseMonthDate(ctx: Ctx, i: number): Quantity | null {
  const { ts } = ctx;
  let j = i + 1;
  if (isPunct(ts.at(j), '.') && isGlued(ts.at(j))) j += 1;
  const day = ts.at(j);
  if (day?.kind !== 'num' || !day.space) return null;
  // "Sept. 11-12", "May 9/11": a digit chain is no plain day.
  const sep = ts.at(j + 1);
  const sepNext = ts.at(j + 2);
  if (isGlued(sep) && isPunct(sep, CHAIN_SEPARATORS) && isGlued(sepNext) && sepNext.kind === 'num') {
    // "September 16-19": days of one month.
    const from = Number(day.text);
    const to = Number(sepNext.text);
    const t3 = ts.at(j + 3);
    const t4 = ts.at(j + 4);
    const chained = isGlued(t3) && isPunct(t3, CHAIN_SEPARATORS) && isGlued(t4) && t4.kind === 'num';
    const days = HYPHENS.has(sep.text) && isDay(day.text) && isDay(sepNext.text) && from < to;
    return days && !chained ? quantity({ value: from, kind: 'date', first: i, next: j + 3, end: sepNext.end }) : null;
  }
  if (isYearText(day.text)) {
    if (isGlued(ts.at(j + 1)) && ts.at(j + 1)!.kind !== 'punct') return null;
    return quantity({ value: Number(day.text), kind: 'date', first: i, next: j + 1, end: day.end });
  }
  const dayValue = Number(day.text);
  if (day.text.length > 2 || !Number.isInteger(dayValue) || dayValue < 1 || dayValue > MAX_DAY) return null;
  let next = j + 1;
  let end = day.end;
  const suffix = ts.at(next);
  if (isGlued(suffix) && isWordTok(suffix)) {
    if (!ORDINAL_SUFFIXES.has(suffix.lower)) return null;
    next += 1;
    end = suffix.end;
  }
  const year = readYearAfterDate(ctx, next);
  if (year) return quantity({ value: year.value, kind: 'date', first: i, next: year.next, end: year.end });
  return quantity({ value: dayValue, kind: 'date', first: i, next, end });
}

function isDay(text: string): boolean {
  const v = Number(text);
  return text.length <= 2 && Number.isInteger(v) && v >= 1 && v <= MAX_DAY;
}

/** A token that ends a number: digits, "%", "percent", "points". */
function isNumberEnd(t: Token): boolean {
  return t.kind === 'num' || t.text === '%' || t.lower === 'percent' || t.lower === 'cent' || t.lower === 'points';
}
