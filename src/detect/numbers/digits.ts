/** Digit tokens: identifier checks ("MH17", "555-1234"), glued suffixes ("21st", "1990s", "$5bn"), scale words. */
import {
  DIGIT_FRACTION_DENOMINATORS,
  GLUED_PERCENT,
  VULGAR_FRACTIONS,
  HUNDRED,
  IDENTIFIER_PREFIXES,
  MEASURE_SYMBOLS,
  MONEY_SCALE_SUFFIXES,
  MONTHS,
  NEVER_NAME_WORDS,
  BARE_SCALE_SUFFIXES,
  NUMBER_SIGN_ABBREVIATIONS,
  ORDINAL_SUFFIXES,
  SCALE_WORDS,
  WEEKDAYS,
  YEAR_HYPHEN_PREFIXES,
  YEAR_MAX,
  YEAR_MIN,
} from '../../lexicon/number-words.js';
import { scaleBy, type Ctx, type Skip } from './quantity.js';
import { MODIFIER_FIRST_WORDS } from './modifiers.js';
import type { Token } from './lexer.js';
import {
  CHAIN_SEPARATORS,
  HYPHENS,
  isClauseStart,
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
  /** The word after the compound unit ("old" in "58-year-old"). */
  compoundAfter?: string;
  /** A unit symbol glued to the digits ("GB" in "512GB"). */
  gluedUnit?: string;
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
    // A capitalised word mid-sentence names the number: "Apollo 11", "Boeing 737", "Windows 10", "the show
    // The 411"; a capitalised function word opening a clause after a dash or a line break does not
    // ("OTTAWA — About 300 workers").
    const dateWord = MONTHS.has(prev.lower) || WEEKDAYS.has(prev.lower);
    const functionWord = NEVER_NAME_WORDS.has(prev.lower) || MODIFIER_FIRST_WORDS.has(prev.lower);
    const opens = functionWord ? isClauseStart(ctx, i - 1) : isSentenceStart(ctx, i - 1);
    if (!dateWord && isTitleCase(prev) && !opens) return true;
    // A word with an inner capital is a brand: "iPhone 11", "eBay 2".
    if (isMixedCase(prev.text)) return true;
    // A short all-caps word names an index or model ("S&P 500", "FTSE 100", "CAC 40"), unless the
    // words around it are all caps too (a headline: "ATTACK KILLS 200").
    if (!dateWord && isShortAllCaps(ctx, i - 1) && !isSentenceStart(ctx, i - 1) && !isHeadlineWord(prev2)) return true;
  }
  // "the Class of '21": an apostrophe glued before two digits abbreviates a year.
  // ("’50 per cent" is a quoted amount: a percent or currency word after it keeps it a number).
  if (!tok.space && (isPunct(prev, "'") || isPunct(prev, '\u2019')) && prev.space && tok.text.length === 2) {
    const after = ts.at(i + 1);
    return !(isPunct(after, '%') || (isSpacedWord(after) && AMOUNT_AFTER_QUOTE.has(after.lower)));
  }
  return false;
}

/** Words after a quoted two-digit number that make it an amount, not an abbreviated year. */
const AMOUNT_AFTER_QUOTE: ReadonlySet<string> = new Set(['per', 'percent', 'pct', 'dollars', 'euros', 'pounds']);

/** "a 10k race", "the 5K run": "k" is the distance in kilometres of a race's name, no thousand. */
const RACE_WORDS: ReadonlySet<string> = new Set(['race', 'races', 'run', 'runs', 'walk', 'walks']);

/** Longest all-caps word taken for an index or model name ("FTSE", "S&P"'s "P"). */
const MAX_NAME_CAPS = 5;

function isMixedCase(word: string): boolean {
  return word.length > 1 && word[0] === word[0].toLowerCase() && word.slice(1) !== word.slice(1).toLowerCase();
}

function isAllCapsWord(t: Token | undefined): boolean {
  return isWordTok(t) && t.text === t.text.toUpperCase() && t.text !== t.lower;
}

/** An all-caps word of two letters or more before the name: the text around is a headline ("ATTACK KILLS 200"). */
function isHeadlineWord(t: Token | undefined): boolean {
  return isAllCapsWord(t) && t!.text.length > 1;
}

/** "FTSE", "CAC", the "P" of "S&P" (a lone capital counts only after "&": "I 50 points" is no name). */
function isShortAllCaps(ctx: Ctx, k: number): boolean {
  const t = ctx.ts.at(k);
  if (!isAllCapsWord(t) || t!.text.length > MAX_NAME_CAPS) return false;
  return t!.text.length > 1 || (isGlued(t) && isPunct(ctx.ts.at(k - 1), '&'));
}

/** A proper digit fraction "n/d" with the numerator at token i ("3/4", "5/8"), or null. */
function readFraction(ctx: Ctx, i: number): { value: number; next: number; end: number } | null {
  const { ts } = ctx;
  const num = ts.at(i);
  const slash = ts.at(i + 1);
  const den = ts.at(i + 2);
  if (num?.kind !== 'num' || !isGlued(slash) || !isPunct(slash, '/') || !isGlued(den) || den.kind !== 'num')
    return null;
  if (!isPlainInteger(num.text) || !isPlainInteger(den.text)) return null;
  // "1/2/2020" is a date.
  const after = ts.at(i + 3);
  if (isGlued(after) && (after.kind === 'num' || isPunct(after, CHAIN_SEPARATORS))) return null;
  const n = Number(num.text);
  const d = Number(den.text);
  if (!DIGIT_FRACTION_DENOMINATORS.has(d) || n < 1 || n >= d) return null;
  return { value: n / d, next: i + 3, end: den.end };
}

function isPlainInteger(text: string): boolean {
  return !text.includes(',') && !text.includes('.') && text[0] !== '0';
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

/**
 * Reads the digit token at i with its context; Skip when it is part of an identifier. `afterModifier`: a
 * bound or approximation word stands before ("about 3M"), which lets a bare scale suffix scale.
 */
export function readDigits(ctx: Ctx, i: number, money: boolean, afterModifier = false): DigitRead | Skip {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  if (isIdentifierContext(ctx, i)) return { skipTo: skipGlued(ctx, i) };

  // "3/4", "7 1/2": a proper fraction, alone or after a whole number.
  const mixed = isPlainInteger(tok.text) && ts.at(i + 1)?.space ? readFraction(ctx, i + 1) : null;
  const fraction = mixed ? null : readFraction(ctx, i);
  if (fraction || mixed) {
    const f = (fraction ?? mixed)!;
    const value = fraction ? f.value : Number(tok.text) + f.value;
    const read: DigitRead = {
      value,
      preScale: value,
      next: f.next,
      end: f.end,
      scaled: false,
      ordinal: false,
      decade: false,
      plainDigits: 0,
      hyphenPartner: null,
    };
    return readScaleWords(ctx, read);
  }

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

  // "7 p.m.", "10 AM", "7-9 p.m.", "from 7 to 9 p.m.": a clock time, like "10:30", is no quantity.
  if (plain && isClockTime(ctx, hyphenPair ? chain.last + 1 : i + 1)) return { skipTo: chain.last + 1 };
  const link = ts.at(i + 1);
  const timeRange = isSpacedWord(link) && TIME_RANGE_LINKS.has(link.lower) && ts.at(i + 2)?.kind === 'num';
  if (plain && timeRange && isClockTime(ctx, i + 3)) return { skipTo: i + 3 };
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
  // "7½": a vulgar fraction glued to a whole number.
  const vulgar = isGlued(after) && plain ? VULGAR_FRACTIONS.get(after.text) : undefined;
  if (vulgar !== undefined) {
    read.value += vulgar;
    read.preScale = read.value;
    read.plainDigits = 0;
    read.next = i + 2;
    read.end = after!.end;
    return readScaleWords(ctx, read);
  }

  if (isGlued(after) && after.kind === 'word') return readGluedSuffix(ctx, i, read, money, afterModifier);
  // "12-year-old", "five-day": the word after the hyphen is the unit.
  const afterHyphen = ts.at(i + 2);
  if (isGlued(after) && isPunct(after, HYPHENS) && isGlued(afterHyphen) && isWordTok(afterHyphen)) {
    // "$380-million", "US$1.9-billion": a hyphenated scale word is the scale, not a unit.
    const scale = SCALE_WORDS.get(afterHyphen.lower);
    if (scale !== undefined) {
      read.value = scaleBy(read.value, scale);
      read.scaled = true;
      read.next = i + 3;
      read.end = afterHyphen.end;
      return read;
    }
    const [unit, compoundAfter] = afterHyphen.lower.split('-', 2);
    if (!unit) return { skipTo: skipGlued(ctx, i) };
    read.compoundUnit = unit;
    if (compoundAfter !== undefined) read.compoundAfter = compoundAfter;
    return read;
  }
  return readScaleWords(ctx, read);
}

/** Words joining two clock times ("from 7 to 9 p.m.", "between 7 and 9 p.m."). */
const TIME_RANGE_LINKS: ReadonlySet<string> = new Set(['to', 'and', 'until', 'till']);

/**
 * A clock-time marker at token k: "a.m." / "p.m." (letters and periods), "AM" / "PM", "pm", or "am" before
 * punctuation or the end ("at 7 am, …"; "7 am I" stays words).
 */
function isClockTime(ctx: Ctx, k: number): boolean {
  const { ts } = ctx;
  const t = ts.at(k);
  if (!isSpacedWord(t)) return false;
  if (t.lower === 'a' || t.lower === 'p') {
    const dot = ts.at(k + 1);
    const m = ts.at(k + 2);
    return isGlued(dot) && isPunct(dot, '.') && isGlued(m) && m.lower === 'm';
  }
  if (t.text === 'AM' || t.text === 'PM' || t.lower === 'pm') return true;
  const after = ts.at(k + 1);
  return t.lower === 'am' && (after === undefined || after.kind === 'punct');
}

/** Letters glued after digits: ordinal ("21st"), decade ("1990s"), money scale ("$5bn"), else a name. */
function readGluedSuffix(
  ctx: Ctx,
  i: number,
  read: DigitRead,
  money: boolean,
  afterModifier: boolean,
): DigitRead | Skip {
  const { ts } = ctx;
  const suffix = ts.at(i + 1)!;
  const gluedOn = isGlued(ts.at(i + 2)) && ts.at(i + 2)!.kind !== 'punct';
  if (!gluedOn && read.plainDigits > 0) {
    const isYear = read.plainDigits === 4 && read.value >= YEAR_MIN && read.value <= YEAR_MAX;
    read.ordinal = ORDINAL_SUFFIXES.has(suffix.lower);
    read.decade = suffix.lower === 's' && isYear;
  }
  // "512GB", "750ml": a unit symbol glued to the amount (case-sensitive: "4G" stays a name); "60pc".
  if (!gluedOn && !money && (MEASURE_SYMBOLS.has(suffix.text) || GLUED_PERCENT.has(suffix.text))) {
    read.gluedUnit = suffix.text;
    read.next = i + 2;
    read.end = suffix.end;
    return read;
  }
  const moneyScale = MONEY_SCALE_SUFFIXES.get(suffix.lower);
  // Without a currency sign only "100k", or "about 3M" after a modifier, is scaled: "3M" alone is a name.
  const raceAfter = isSpacedWord(ts.at(i + 2)) && RACE_WORDS.has(ts.at(i + 2)!.lower);
  const bareScale = !raceAfter && (suffix.text === 'k' || (afterModifier && BARE_SCALE_SUFFIXES.has(suffix.text)));
  if (!gluedOn && (money || bareScale) && moneyScale !== undefined) {
    read.value = scaleBy(read.value, moneyScale);
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
    read.value = scaleBy(read.value, scale);
    read.next += 1;
    read.end = t.end;
    read.scaled = true;
  }
  return read;
}
