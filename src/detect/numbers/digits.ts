/** Digit tokens: identifier checks ("MH17", "555-1234"), glued suffixes ("21st", "1990s", "$5bn"), scale words. */
import {
  HUNDRED,
  IDENTIFIER_PREFIXES,
  MONEY_SCALE_SUFFIXES,
  MONTHS,
  NUMBER_SIGN_ABBREVIATIONS,
  ORDINAL_SUFFIXES,
  SCALE_WORDS,
  WEEKDAYS,
  YEAR_HYPHEN_PREFIXES,
  YEAR_MAX,
  YEAR_MIN,
} from '../../lexicon/number-words.js';
import type { Ctx, Skip } from './quantity.js';
import {
  CHAIN_SEPARATORS,
  HYPHENS,
  isGlued,
  isPunct,
  isSentenceStart,
  isSpacedWord,
  isTitleCase,
  isWordTok,
  skipGlued,
} from './tokens.js';

/** Integers with more digits and no thousands separators are identifiers (phone, ID numbers). */
const MAX_PLAIN_DIGITS = 7;
/** Scale words allowed after a digit number ("5 hundred thousand" at most). */
const MAX_SCALE_WORDS = 2;

/** A digit number after identifier checks, glued suffixes and scale words. */
export interface DigitRead {
  value: number;
  preScale: number;
  next: number;
  end: number;
  scaled: boolean;
  ordinal: boolean;
  decade: boolean;
  compoundUnit?: string;
  plainDigits: number;
  hyphenPartner: number | null;
}

/** Whether the digit token at i is part of a name ("MH17", "T-55", "Section 230", "No. 10"). */
function isIdentifierContext(ctx: Ctx, i: number): boolean {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  const prev = ts.at(i - 1);
  const prev2 = ts.at(i - 2);
  if (!tok.space && prev) {
    // Letters glued to digits: "MH17", "G20".
    if (prev.kind === 'word') return true;
    // Letters, hyphen, digits: "T-55", "COVID-19" (but "mid-2014" is a year).
    if (isPunct(prev, HYPHENS) && isGlued(prev) && isWordTok(prev2)) return !YEAR_HYPHEN_PREFIXES.has(prev2.lower);
    // A sign glued to digits: "+1 202…" (phone), "#1".
    if (isPunct(prev, '+') || isPunct(prev, '#')) return true;
  }
  // "No. 10", "Nos. 3".
  if (isPunct(prev, '.') && isGlued(prev) && isWordTok(prev2) && NUMBER_SIGN_ABBREVIATIONS.has(prev2.lower))
    return true;
  if (tok.space && isWordTok(prev)) {
    if (IDENTIFIER_PREFIXES.has(prev.lower)) return true;
    // A capitalised word mid-sentence names the number: "Apollo 11", "Boeing 737", "Windows 10".
    const dateWord = MONTHS.has(prev.lower) || WEEKDAYS.has(prev.lower);
    if (!dateWord && isTitleCase(prev) && !isSentenceStart(ctx, i - 1)) return true;
  }
  return false;
}

/** Scans the digit chain starting at i ("555-123-4567", "9/11", "2014-2017", "1 202 555"). */
function scanChain(ctx: Ctx, i: number): { last: number; groups: number; separator: string | null } {
  const { ts } = ctx;
  let last = i;
  let groups = 1;
  let separator: string | null = null;
  for (;;) {
    const t1 = ts.at(last + 1);
    const t2 = ts.at(last + 2);
    if (isGlued(t1) && isPunct(t1, CHAIN_SEPARATORS) && isGlued(t2) && t2.kind === 'num') {
      if (separator === null || HYPHENS.has(separator)) separator = t1.text;
      last += 2;
    } else if (t1 !== undefined && t1.kind === 'num' && t1.space) {
      separator ??= ' ';
      last += 1;
    } else {
      return { last, groups, separator };
    }
    groups += 1;
  }
}

/** Reads the digit token at i with its context; Skip when it is part of an identifier. */
export function readDigits(ctx: Ctx, i: number, money: boolean): DigitRead | Skip {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  if (isIdentifierContext(ctx, i)) return { skipTo: skipGlued(ctx, i) };

  const chain = scanChain(ctx, i);
  // Three or more digit groups are phone numbers, IDs or lists, never one quantity.
  if (chain.groups >= 3) return { skipTo: skipGlued(ctx, chain.last) };
  const hyphenPair = chain.groups === 2 && chain.separator !== null && HYPHENS.has(chain.separator);
  // Slash, colon and dot pairs are dates, times and versions ("9/11", "10:30", "3.5.2").
  if (chain.groups === 2 && !hyphenPair && chain.separator !== ' ') return { skipTo: skipGlued(ctx, chain.last) };

  const plain = !tok.text.includes(',') && !tok.text.includes('.');
  const leadingZero = tok.text[0] === '0' && tok.text.length > 1 && tok.text[1] !== '.';
  // Leading zeros ("007", "0100") and long unseparated digit strings are codes, not amounts.
  if (leadingZero || (plain && tok.text.length > MAX_PLAIN_DIGITS)) {
    return { skipTo: skipGlued(ctx, chain.last) };
  }
  const value = Number(plain ? tok.text : tok.text.replaceAll(',', ''));
  if (!Number.isFinite(value)) return { skipTo: skipGlued(ctx, chain.last) };

  // "(202) 555-0100": a 3-digit area code in parentheses before more digits.
  const after = ts.at(i + 1);
  if (
    plain &&
    tok.text.length === 3 &&
    isPunct(ts.at(i - 1), '(') &&
    isPunct(after, ')') &&
    ts.at(i + 2)?.kind === 'num'
  ) {
    return { skipTo: i + 2 };
  }

  const read: DigitRead = {
    value,
    preScale: value,
    next: i + 1,
    end: tok.end,
    scaled: false,
    ordinal: false,
    decade: false,
    plainDigits: plain ? tok.text.length : 0,
    hyphenPartner: hyphenPair ? i + 2 : null,
  };
  if (hyphenPair) return read;

  if (isGlued(after) && after.kind === 'word') return readGluedSuffix(ctx, i, read, money);
  // "12-year-old", "five-day": the word after the hyphen is the unit.
  const afterHyphen = ts.at(i + 2);
  if (isGlued(after) && isPunct(after, HYPHENS) && isGlued(afterHyphen) && isWordTok(afterHyphen)) {
    const unit = afterHyphen.lower.split('-', 1)[0];
    if (!unit) return { skipTo: skipGlued(ctx, i) };
    read.compoundUnit = unit;
    return read;
  }
  return readScaleWords(ctx, read);
}

/** Letters glued after digits: ordinal ("21st"), decade ("1990s"), money scale ("$5bn"), else a name. */
function readGluedSuffix(ctx: Ctx, i: number, read: DigitRead, money: boolean): DigitRead | Skip {
  const { ts } = ctx;
  const suffix = ts.at(i + 1)!;
  const gluedOn = isGlued(ts.at(i + 2)) && ts.at(i + 2)!.kind !== 'punct';
  if (!gluedOn && read.plainDigits > 0) {
    const isYear = read.plainDigits === 4 && read.value >= YEAR_MIN && read.value <= YEAR_MAX;
    read.ordinal = ORDINAL_SUFFIXES.has(suffix.lower);
    read.decade = suffix.lower === 's' && isYear;
  }
  const moneyScale = MONEY_SCALE_SUFFIXES.get(suffix.lower);
  if (!gluedOn && money && moneyScale !== undefined) {
    read.value *= moneyScale;
    read.scaled = true;
  }
  if (read.ordinal || read.decade || read.scaled) {
    read.next = i + 2;
    read.end = suffix.end;
    return read;
  }
  return { skipTo: skipGlued(ctx, i) };
}

/** Scale words after digits: "1.2 million", "5 hundred thousand". */
function readScaleWords(ctx: Ctx, read: DigitRead): DigitRead {
  for (let k = 0; k < MAX_SCALE_WORDS; k += 1) {
    const t = ctx.ts.at(read.next);
    if (!isSpacedWord(t)) break;
    const scale = t.lower === 'hundred' ? HUNDRED : SCALE_WORDS.get(t.lower);
    if (scale === undefined) break;
    read.value *= scale;
    read.next += 1;
    read.end = t.end;
    read.scaled = true;
  }
  return read;
}
