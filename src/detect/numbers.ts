/**
 * Number detection: finds counts, percentages, money, years, dates, ranges and ordinals in English
 * news text, with their approximation and bound modifiers ("up to 200 attackers").
 *
 * Design:
 * - A hand-written lexer turns the text into word / number / punctuation tokens in one pass
 *   (no regular expressions over the input, so no backtracking). Tokens are produced lazily into
 *   a sliding window, so memory stays bounded on 50 MB inputs.
 * - A parser tries, at each token, to read one number expression with bounded look-ahead and
 *   either emits it and jumps past it, or moves one token on. Unbounded runs (digit chains like
 *   "1-2-3-…", glued identifiers) are skipped whole, so the scan is linear.
 *
 * Decisions:
 * - Span: modifier + number + scale word + currency/percent word ("up to 200", "$3.5 billion",
 *   "5 million dollars", "45 per cent", "a dozen", "from 2014 to 2017"); the counted noun is not in
 *   the span, it is reported as `unit`.
 * - Unit: the first following word that can be a noun; if it is not plural, a second word may
 *   replace it ("one ally fighter" → "fighter", "three police officers" → "officers"). Money gives
 *   the ISO code ("USD"), percentages give "percent", years and dates give none.
 * - Dates: "Sept. 11", "September 11, 2001", "11 September 2001", "September 2001"; value is the
 *   year when present, else the day. "9/11" and other slash forms are not numbers (event name,
 *   ambiguous day/month order).
 * - Ordinals: digit ordinals ("21st") and word ordinals from "second" up ("third", "twenty-first");
 *   a bare "first" is never reported (mostly adverbial). "a third of" is a fraction, not an ordinal.
 * - Vague plurals ("hundreds of", "tens of thousands") are approximate lower bounds of the scale.
 * - Years: a 4-digit integer in 1800–2100 is a year, unless a bound/approximation modifier precedes
 *   it or a plural noun follows it ("2000 people") and no year preposition ("in", "the") precedes.
 */
import type { NumberKind, NumberValue } from '../types.js';
import { wordEnd } from './word-scan.js';
import {
  AMBIGUOUS_FRACTIONS,
  APPROXIMATE_MODIFIERS,
  COMMON_IRREGULAR_VERBS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  DOZEN,
  FRACTION_PLURAL,
  FRACTION_SINGULAR,
  HALF_BLOCKERS,
  HUNDRED,
  IDENTIFIER_PREFIXES,
  IDIOMATIC_COMPOUND_NUMBERS,
  IRREGULAR_PLURALS,
  LY_NOUNS,
  LOWER_BOUND_MODIFIERS,
  MONEY_SCALE_SUFFIXES,
  MONTHS,
  NUMBER_SIGN_ABBREVIATIONS,
  OF_DETERMINERS,
  ONE_PRONOUN_AFTER,
  ONE_PRONOUN_BEFORE,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  PERCENT_UNIT,
  PERCENT_WORDS,
  RANGE_CONNECTORS,
  RANGE_PREFIXES,
  SCALE_WORDS,
  STANDALONE_ORDINAL_EXCLUDED,
  TEEN_WORDS,
  TENS_OF_TARGETS,
  TENS_WORDS,
  UNIT_STOP_WORDS,
  UNIT_WORDS,
  UPPER_BOUND_MODIFIERS,
  VAGUE_PLURALS,
  WEEKDAYS,
  YEAR_HYPHEN_PREFIXES,
  YEAR_MAX,
  YEAR_MIN,
  YEAR_PREPOSITIONS,
} from '../lexicon/number-words.js';

// ---------------------------------------------------------------------------------------------
// Constants

/** Words longer than this get no lowercase form: no lexicon entry is that long, and it keeps a
 * 50 MB run of letters from being copied. */
const MAX_LEXICON_WORD = 40;
/** How many tokens behind the cursor the parser may look (identifier and year context). */
const LOOKBACK = 4;
/** The token window is trimmed once this many tokens lie behind the look-back. */
const TRIM_THRESHOLD = 4096;
/** Integers with more digits and no thousands separators are identifiers (phone, ID numbers). */
const MAX_PLAIN_DIGITS = 7;
/** Scale words allowed after a digit number ("5 hundred thousand" at most). */
const MAX_SCALE_WORDS = 2;
/** Fractions and decimals are rounded to this many places (two-thirds → 0.6667). */
const DECIMAL_PLACES = 4;
/** Above this magnitude 4 decimals exceed double precision, so values are rounded to integers. */
const INTEGER_ROUNDING_MAGNITUDE = 1e11;
/** Highest day of month. */
const MAX_DAY = 31;
/** Punctuation that joins digit groups into one identifier-like chain ("9/11", "10:30", "1.2.3"). */
const CHAIN_SEPARATORS: ReadonlySet<string> = new Set(['-', '\u2013', '/', ':', '.']);
/** Chain separators that may form a numeric range ("2014-2017", "10–15"). */
const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2013']);
/** Punctuation that can glue identifier pieces together ("F-16s", "A320neo"). */
const GLUE_JOINERS: ReadonlySet<string> = new Set(['-', '\u2013', '/', '.', ':', '_']);
/** Punctuation after which the next word starts a sentence or clause (so may be capitalised). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  '.', '!', '?', '"', '\u201c', '\u201d', '\u2018', '\u2019', "'", ':', ';', '(', '[',
]);
/** Kinds of quantity that may be the ends of a range. */
const RANGEABLE: ReadonlySet<QuantityKind> = new Set(['count', 'percent', 'money', 'year']);

const COMMA_CODE = 44;
const PERIOD_CODE = 46;
const THOUSANDS_GROUP = 3;

/** Letters outside ASCII (no `g` flag: `test` keeps no state). */
const NON_ASCII_LETTER = /\p{L}/u;
/** Whitespace outside ASCII (no-break space, en space, ideographic space…). */
const NON_ASCII_SPACE = /\s/u;

// ---------------------------------------------------------------------------------------------
// Lexer

type TokenKind = 'word' | 'num' | 'punct';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The surface text. */
  text: string;
  /** Lowercase text; '' for over-long words. */
  lower: string;
  /** Whether whitespace separates this token from the previous one. */
  space: boolean;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiLetterCode(c)) return true;
  return c > 127 && NON_ASCII_LETTER.test(text[i]);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && NON_ASCII_SPACE.test(text[i]);
}

function isAlnumAt(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i)) || isLetterAt(text, i);
}

function digitsEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isDigitCode(text.charCodeAt(j))) j += 1;
  return j;
}

/** End of a number token: digits, ",ddd" thousands groups, then one ".ddd" decimal part. */
function numberEnd(text: string, i: number, end: number): number {
  let j = digitsEnd(text, i, end);
  // A comma counts as a thousands separator only before exactly three digits ("1,000", not "1,2").
  while (text.charCodeAt(j) === COMMA_CODE && j + THOUSANDS_GROUP < end + 1) {
    const groupEnd = digitsEnd(text, j + 1, end);
    if (groupEnd - (j + 1) !== THOUSANDS_GROUP) break;
    j = groupEnd;
  }
  if (j + 1 < end && text.charCodeAt(j) === PERIOD_CODE && isDigitCode(text.charCodeAt(j + 1))) {
    j = digitsEnd(text, j + 1, end);
  }
  return j;
}


/**
 * Lazily lexed tokens in a sliding window: `at(i)` lexes up to token i; `release(i)` lets tokens
 * far behind i be dropped, keeping memory bounded whatever the input size.
 */
class TokenStream {
  private buf: Token[] = [];
  private base = 0;
  private pos: number;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  at(i: number): Token | undefined {
    if (i < this.base) return undefined;
    while (i - this.base >= this.buf.length) {
      const token = this.lexNext();
      if (!token) return undefined;
      this.buf.push(token);
    }
    return this.buf[i - this.base];
  }

  release(i: number): void {
    const drop = i - LOOKBACK - this.base;
    if (drop > TRIM_THRESHOLD) {
      this.buf.splice(0, drop);
      this.base += drop;
    }
  }

  private lexNext(): Token | undefined {
    const { text, end } = this;
    let i = this.pos;
    const before = i;
    while (i < end && isSpaceAt(text, i)) i += 1;
    if (i >= end) {
      this.pos = i;
      return undefined;
    }
    const c = text.charCodeAt(i);
    let kind: TokenKind;
    let j: number;
    if (isDigitCode(c)) {
      kind = 'num';
      j = numberEnd(text, i, end);
    } else if (isLetterAt(text, i)) {
      kind = 'word';
      j = wordEnd(text, i, end, isLetterAt);
    } else {
      kind = 'punct';
      j = i + 1;
    }
    this.pos = j;
    const surface = text.slice(i, j);
    const lower = kind === 'word' && j - i > MAX_LEXICON_WORD ? '' : surface.toLowerCase();
    return { kind, start: i, end: j, text: surface, lower, space: i > before };
  }
}

// ---------------------------------------------------------------------------------------------
// Number words

type Phase = 'start' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'end';

/** The state of reading a spelled-out cardinal ("three hundred and twenty thousand"). */
interface WordState {
  total: number;
  group: number;
  phase: Phase;
  lastScale: number;
  groupHasHundred: boolean;
}

const INITIAL_STATE: WordState = { total: 0, group: 0, phase: 'start', lastScale: Infinity, groupHasHundred: false };
/** After the article in "a hundred", "a dozen": one group of 1 that must be scaled. */
const ARTICLE_STATE: WordState = { ...INITIAL_STATE, group: 1, phase: 'a' };

const ADDITIVE_PHASES: ReadonlySet<Phase> = new Set(['start', 'hundred', 'scale']);
const UNIT_PHASES: ReadonlySet<Phase> = new Set(['start', 'tens', 'hundred', 'scale']);
const HUNDRED_PHASES: ReadonlySet<Phase> = new Set(['unit', 'teen', 'a']);
const SCALE_PHASES: ReadonlySet<Phase> = new Set(['unit', 'teen', 'tens', 'hundred', 'a']);
const DOZEN_PHASES: ReadonlySet<Phase> = new Set(['unit', 'a']);
const AND_PHASES: ReadonlySet<Phase> = new Set(['hundred', 'scale']);

/** Advances the cardinal state by one word, or returns null if the word cannot come next. */
function stepWord(s: WordState, w: string): WordState | null {
  const unit = UNIT_WORDS.get(w);
  if (unit !== undefined) {
    // "zero" stands alone: "zero hundred" is not English.
    if (unit === 0) return s.phase === 'start' ? { ...s, phase: 'end' } : null;
    return UNIT_PHASES.has(s.phase) ? { ...s, group: s.group + unit, phase: 'unit' } : null;
  }
  const teen = TEEN_WORDS.get(w);
  if (teen !== undefined) {
    return ADDITIVE_PHASES.has(s.phase) ? { ...s, group: s.group + teen, phase: 'teen' } : null;
  }
  const tens = TENS_WORDS.get(w);
  if (tens !== undefined) {
    return ADDITIVE_PHASES.has(s.phase) ? { ...s, group: s.group + tens, phase: 'tens' } : null;
  }
  if (w === 'hundred') {
    // One "hundred" per group: "two hundred five hundred" is two numbers.
    if (!HUNDRED_PHASES.has(s.phase) || s.groupHasHundred) return null;
    return { ...s, group: s.group * HUNDRED, phase: 'hundred', groupHasHundred: true };
  }
  const scale = SCALE_WORDS.get(w);
  if (scale !== undefined) {
    // Scales must decrease: "two million three thousand", never "three thousand two million".
    if (!SCALE_PHASES.has(s.phase) || scale >= s.lastScale) return null;
    return { total: s.total + s.group * scale, group: 0, phase: 'scale', lastScale: scale, groupHasHundred: false };
  }
  if (w === 'dozen') {
    // "dozen" multiplies a lone small number and ends the number ("two dozen", "a dozen").
    if (!DOZEN_PHASES.has(s.phase) || s.total !== 0 || s.groupHasHundred) return null;
    return { ...s, group: s.group * DOZEN, phase: 'end' };
  }
  return null;
}

/** Steps through a word that may be hyphenated ("twenty-five"). */
function stepToken(s: WordState, lower: string): WordState | null {
  if (!lower.includes('-')) return stepWord(s, lower);
  let state: WordState | null = s;
  for (const part of lower.split('-')) {
    state = state && stepWord(state, part);
  }
  return state;
}

function isTerminal(s: WordState): boolean {
  return s.phase !== 'start' && s.phase !== 'a';
}

function stateValue(s: WordState): number {
  return s.total + s.group;
}

/** Whether a word can follow "and" inside a spelled-out number ("hundred and five"). */
function startsAdditive(lower: string): boolean {
  const first = lower.split('-', 1)[0];
  return UNIT_WORDS.has(first) || TEEN_WORDS.has(first) || TENS_WORDS.has(first);
}

function isNumberWord(lower: string): boolean {
  return (
    UNIT_WORDS.has(lower) || TEEN_WORDS.has(lower) || TENS_WORDS.has(lower) || SCALE_WORDS.has(lower) ||
    lower === 'hundred' || lower === 'dozen' || ORDINAL_WORDS.has(lower) || VAGUE_PLURALS.has(lower)
  );
}

/**
 * Parses a spelled-out cardinal given as words ("three", "hundred", "and", "twenty-five"), or
 * "a"/"an" + scale ("a", "dozen"). Returns null unless every word belongs to one well-formed number.
 */
export function parseNumberWords(words: string[]): number | null {
  let state: WordState = INITIAL_STATE;
  let k = 0;
  const first = words[0]?.toLowerCase();
  if (first === 'a' || first === 'an') {
    state = ARTICLE_STATE;
    k = 1;
  }
  for (; k < words.length; k += 1) {
    const w = words[k].toLowerCase();
    if (w === 'and' && AND_PHASES.has(state.phase) && k + 1 < words.length) continue;
    const next = stepToken(state, w);
    if (!next) return null;
    state = next;
  }
  return isTerminal(state) ? stateValue(state) : null;
}

// ---------------------------------------------------------------------------------------------
// Modifiers

interface Modifier {
  words: readonly string[];
  approximate: boolean;
  bound: 'upper' | 'lower' | null;
}

/** Modifier phrases keyed on their first word, longest first (so "no more than" beats "no"). */
const MODIFIER_INDEX: ReadonlyMap<string, readonly Modifier[]> = buildModifierIndex();

function buildModifierIndex(): Map<string, Modifier[]> {
  const index = new Map<string, Modifier[]>();
  const add = (phrases: readonly string[], approximate: boolean, bound: Modifier['bound']): void => {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = index.get(words[0]) ?? [];
      list.push({ words, approximate, bound });
      index.set(words[0], list);
    }
  };
  add(APPROXIMATE_MODIFIERS, true, null);
  add(UPPER_BOUND_MODIFIERS, false, 'upper');
  add(LOWER_BOUND_MODIFIERS, false, 'lower');
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

// ---------------------------------------------------------------------------------------------
// Parser

type QuantityKind = Exclude<NumberKind, 'range'>;

/** One number read at a token, before ranges, modifiers and the unit noun are applied. */
interface Quantity {
  value: number;
  kind: QuantityKind;
  /** First token and one past the last token read. */
  first: number;
  next: number;
  /** End offset of the span (may fall inside a token: "five" in "five-year"). */
  end: number;
  /** A unit fixed by the expression itself (currency code, "percent", "year" in "five-year"). */
  unit?: string;
  /** Where to look for the unit noun: not at all, right after, or after "of (the)". */
  unitSearch: 'none' | 'noun' | 'noun-of';
  approximate: boolean;
  bound: 'upper' | 'lower' | null;
  /** Whether a scale word was applied, and the value before it ("1.5" of "1.5 million"). */
  scaled: boolean;
  preScale: number;
  /** A plain 4-digit integer in the year range (may still have been read as a count). */
  yearLike: boolean;
  /** Digit count of a plain integer (0 otherwise), for "2014-17". */
  plainDigits: number;
  /** The lone word "one", which is a number only if a counted noun follows. */
  bareOne: boolean;
  /** Token index of the number after a glued hyphen ("2014-2017"); the pair is a range or nothing. */
  hyphenPartner: number | null;
}

interface Skip {
  skipTo: number;
}

interface Found {
  number: NumberValue;
  next: number;
}

type Parse = Quantity | Skip | null;

interface Ctx {
  text: string;
  ts: TokenStream;
}

function isSkip(p: unknown): p is Skip {
  return typeof p === 'object' && p !== null && 'skipTo' in p;
}

type QuantityInit = Partial<Quantity> & Pick<Quantity, 'value' | 'kind' | 'first' | 'next' | 'end'>;

/** Builds a quantity with defaults. Fields are listed one by one (no object spread): this runs once
 * per number and spreads of varying shapes are slow in V8. */
function quantity(f: QuantityInit): Quantity {
  return {
    value: f.value,
    kind: f.kind,
    first: f.first,
    next: f.next,
    end: f.end,
    unit: f.unit,
    unitSearch: f.unitSearch ?? 'none',
    approximate: f.approximate ?? false,
    bound: f.bound ?? null,
    scaled: f.scaled ?? false,
    preScale: f.preScale ?? f.value,
    yearLike: f.yearLike ?? false,
    plainDigits: f.plainDigits ?? 0,
    bareOne: f.bareOne ?? false,
    hyphenPartner: f.hyphenPartner ?? null,
  };
}

function roundValue(v: number): number {
  if (Number.isInteger(v)) return v;
  if (Math.abs(v) >= INTEGER_ROUNDING_MAGNITUDE) return Math.round(v);
  const factor = 10 ** DECIMAL_PLACES;
  return Math.round(v * factor) / factor;
}

/** Narrowed token types: type guards on these narrow only on success (a failed check says nothing). */
type WordToken = Token & { kind: 'word' };
type PunctToken = Token & { kind: 'punct' };
type GluedToken = Token & { space: false };

function isWordTok(t: Token | undefined, lower?: string): t is WordToken {
  return t !== undefined && t.kind === 'word' && (lower === undefined || t.lower === lower);
}

/** A word that follows the previous token after whitespace. */
function isSpacedWord(t: Token | undefined, lower?: string): t is WordToken {
  return isWordTok(t, lower) && t.space;
}

function isPunct(t: Token | undefined, chars: ReadonlySet<string> | string): t is PunctToken {
  if (t === undefined || t.kind !== 'punct') return false;
  return typeof chars === 'string' ? t.text === chars : chars.has(t.text);
}

/** Glued to the previous token (no whitespace in between). */
function isGlued(t: Token | undefined): t is GluedToken {
  return t !== undefined && !t.space;
}

function isLowerInitial(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

function isUpperInitial(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** "Section", "Apollo": initial capital followed by some lowercase (so not an all-caps headline). */
function isTitleCase(t: Token): boolean {
  if (!t.lower || !isUpperInitial(t.text)) return false;
  return t.text !== t.text.toUpperCase();
}

/** Whether token i begins a sentence or clause (so a capital letter there means nothing). */
function isSentenceStart(ctx: Ctx, i: number): boolean {
  const prev = ctx.ts.at(i - 1);
  return prev === undefined || isPunct(prev, SENTENCE_OPENERS);
}

/** A plural noun: regular "-s" (not "-ss", "-us", "-is") or an irregular plural. */
function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower);
}

/** Skips a run of glued identifier pieces ("F-16s", "4x4", "MH17"): returns the index after it. */
function skipGlued(ctx: Ctx, i: number): number {
  const { ts } = ctx;
  let j = i;
  for (;;) {
    const t1 = ts.at(j + 1);
    if (isGlued(t1) && t1.kind !== 'punct') {
      j += 1;
      continue;
    }
    const t2 = ts.at(j + 2);
    if (isGlued(t1) && isPunct(t1, GLUE_JOINERS) && isGlued(t2) && t2.kind !== 'punct') {
      j += 2;
      continue;
    }
    return j + 1;
  }
}

// --- digits --------------------------------------------------------------------------------

/** A digit number after identifier checks, glued suffixes and scale words. */
interface DigitRead {
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
  if (isPunct(prev, '.') && isGlued(prev) && isWordTok(prev2) && NUMBER_SIGN_ABBREVIATIONS.has(prev2.lower)) return true;
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
function readDigits(ctx: Ctx, i: number, money: boolean): DigitRead | Skip {
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
  if (plain && tok.text.length === 3 && isPunct(ts.at(i - 1), '(') && isPunct(after, ')') && ts.at(i + 2)?.kind === 'num') {
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

/** "%", "percent", "per cent", "pct", "percentage points" at token k. */
function readPercentSuffix(ctx: Ctx, k: number): { next: number; end: number; unit: string } | null {
  const { ts } = ctx;
  const t = ts.at(k);
  if (isPunct(t, '%')) return { next: k + 1, end: t.end, unit: PERCENT_UNIT };
  if (!isSpacedWord(t)) return null;
  if (PERCENT_WORDS.has(t.lower)) return { next: k + 1, end: t.end, unit: PERCENT_UNIT };
  const t2 = ts.at(k + 1);
  if (t.lower === 'per' && isSpacedWord(t2, 'cent')) return { next: k + 2, end: t2.end, unit: PERCENT_UNIT };
  if (t.lower === 'percentage' && isSpacedWord(t2) && (t2.lower === 'point' || t2.lower === 'points')) {
    return { next: k + 2, end: t2.end, unit: 'percentage points' };
  }
  return null;
}

/** A currency word after an amount ("dollars", "euros", "USD") at token k. */
function readCurrencySuffix(ctx: Ctx, k: number): { next: number; end: number; code: string } | null {
  const t = ctx.ts.at(k);
  if (!isSpacedWord(t)) return null;
  const code = CURRENCY_WORDS.get(t.lower);
  return code === undefined ? null : { next: k + 1, end: t.end, code };
}

/** Applies percent / currency words after a number (updates the fresh quantity in place). */
function withSuffixes(ctx: Ctx, q: Quantity): Quantity {
  const percent = readPercentSuffix(ctx, q.next);
  const currency = percent ? null : readCurrencySuffix(ctx, q.next);
  const suffix = percent ?? currency;
  if (!suffix) return q;
  q.kind = percent ? 'percent' : 'money';
  q.unit = percent ? percent.unit : currency!.code;
  q.unitSearch = 'none';
  q.next = suffix.next;
  q.end = suffix.end;
  q.yearLike = false;
  q.bareOne = false;
  return q;
}

/** Whether the token starts a plural noun ("2000 people"), which makes a 4-digit number a count. */
function startsPluralNoun(t: Token | undefined): boolean {
  return isSpacedWord(t) && isLowerInitial(t.text) && !UNIT_STOP_WORDS.has(t.lower) && isPluralNoun(t.lower);
}

/** Decides whether a year-like 4-digit number at i is a year (true) or a count. */
function readsAsYear(ctx: Ctx, i: number, next: number, afterModifier: boolean): boolean {
  const { ts } = ctx;
  const prev = ts.at(i - 1);
  // "in 2016", "the 2016 election", "since 2014" are years whatever follows.
  if (isWordTok(prev) && YEAR_PREPOSITIONS.has(prev.lower)) return true;
  // "mid-2014".
  if (isPunct(prev, HYPHENS) && isWordTok(ts.at(i - 2)) && YEAR_HYPHEN_PREFIXES.has(ts.at(i - 2)!.lower)) return true;
  // "more than 2000", "about 1900": modifiers quantify counts.
  if (afterModifier) return false;
  return !startsPluralNoun(ts.at(next));
}

/** A number of days then a month ("11 September 2001"). */
function readDayMonth(ctx: Ctx, i: number, read: DigitRead): Quantity | null {
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
  else if (read.compoundUnit !== undefined) Object.assign(q, yearLike ? { kind: 'year', unitSearch: 'none' } : { unit: read.compoundUnit, unitSearch: 'none' });
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

/** Money after a currency symbol at symIdx ("$3.5 billion", "£20", "US$5"); first is the span start. */
function parseMoney(ctx: Ctx, first: number, symIdx: number, code: string): Parse {
  const num = ctx.ts.at(symIdx + 1);
  if (num?.kind !== 'num' || num.space) return null;
  const read = readDigits(ctx, symIdx + 1, true);
  if (isSkip(read)) return read;
  if (read.ordinal || read.decade || read.compoundUnit !== undefined) return null;
  return quantity({
    value: read.value,
    kind: 'money',
    first,
    next: read.next,
    end: read.end,
    unit: code,
    scaled: read.scaled,
    preScale: read.preScale,
    hyphenPartner: read.hyphenPartner,
  });
}

/** A date starting with a capitalised month: "Sept. 11", "September 11, 2001", "September 2001". */
function parseMonthDate(ctx: Ctx, i: number): Quantity | null {
  const { ts } = ctx;
  let j = i + 1;
  if (isPunct(ts.at(j), '.') && isGlued(ts.at(j))) j += 1;
  const day = ts.at(j);
  if (day?.kind !== 'num' || !day.space) return null;
  // "Sept. 11-12", "May 9/11": a digit chain is no plain day.
  const sep = ts.at(j + 1);
  const sepNext = ts.at(j + 2);
  if (isGlued(sep) && isPunct(sep, CHAIN_SEPARATORS) && isGlued(sepNext) && sepNext.kind === 'num') return null;
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

// --- words ---------------------------------------------------------------------------------

/** Whether a number word at i is part of a name ("Air Force One", "Formula One"). */
function isNamedNumberWord(ctx: Ctx, i: number): boolean {
  const tok = ctx.ts.at(i)!;
  const prev = ctx.ts.at(i - 1);
  if (!isUpperInitial(tok.text) || !isSpacedWord(prev) || !isTitleCase(prev)) return false;
  if (MONTHS.has(prev.lower) || WEEKDAYS.has(prev.lower)) return false;
  return !isSentenceStart(ctx, i - 1);
}

/** Reads a spelled-out cardinal greedily from token i, starting from `state`. */
function readCardinal(ctx: Ctx, i: number, state0: WordState): { state: WordState; next: number; end: number; tokens: number } | null {
  const { ts } = ctx;
  let state = state0;
  let j = i;
  let next = -1;
  let end = -1;
  let tokens = 0;
  for (;;) {
    const t = ts.at(j);
    if (!isWordTok(t) || !t.lower || (j > i && !t.space)) break;
    if (t.lower === 'and' && AND_PHASES.has(state.phase)) {
      const n = ts.at(j + 1);
      if (isSpacedWord(n) && startsAdditive(n.lower)) {
        j += 1;
        continue;
      }
      break;
    }
    const stepped = stepToken(state, t.lower);
    if (!stepped) break;
    state = stepped;
    j += 1;
    next = j;
    end = t.end;
    tokens += 1;
  }
  if (next < 0 || !isTerminal(state)) return null;
  return { state, next, end, tokens };
}

/** A singular fraction word after "a"/"one" at k ("a third of", "a quarter"), or null. */
function readSingularFraction(ctx: Ctx, k: number): { value: number; next: number; end: number } | null {
  const t = ctx.ts.at(k);
  if (!isSpacedWord(t)) return null;
  const den = FRACTION_SINGULAR.get(t.lower);
  if (den === undefined) return null;
  // "a third term" is an ordinal: only "a third of …" or a clause-final "a third" is a fraction.
  if (AMBIGUOUS_FRACTIONS.has(t.lower)) {
    const after = ctx.ts.at(k + 1);
    const ordinalUse = isSpacedWord(after) && after.lower !== 'of' && isLowerInitial(after.text);
    if (ordinalUse) return null;
  }
  return { value: 1 / den, next: k + 1, end: t.end };
}

/** "a"/"an" + scale or fraction: "a dozen", "a hundred and fifty", "a third", "a million dollars". */
function parseArticle(ctx: Ctx, i: number): Quantity | null {
  const fraction = readSingularFraction(ctx, i + 1);
  if (fraction) return quantity({ ...fraction, kind: 'count', first: i, unitSearch: 'noun-of' });
  if (!isSpacedWord(ctx.ts.at(i + 1))) return null;
  const card = readCardinal(ctx, i + 1, ARTICLE_STATE);
  if (!card) return null;
  const value = stateValue(card.state);
  return withSuffixes(ctx, quantity({ value, kind: 'count', first: i, next: card.next, end: card.end, unitSearch: 'noun', scaled: true, preScale: 1 }));
}

/** "half", "half a million", "half a dozen" (but not "the first half"). */
function parseHalf(ctx: Ctx, i: number): Quantity | null {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  const prev = ts.at(i - 1);
  if (isWordTok(prev) && HALF_BLOCKERS.has(prev.lower)) return null;
  const article = ts.at(i + 1);
  if (isSpacedWord(article) && (article.lower === 'a' || article.lower === 'an')) {
    const card = readCardinal(ctx, i + 2, ARTICLE_STATE);
    if (card) {
      const value = stateValue(card.state) / 2;
      return withSuffixes(ctx, quantity({ value, kind: 'count', first: i, next: card.next, end: card.end, unitSearch: 'noun', scaled: true, preScale: 0.5 }));
    }
  }
  return quantity({ value: 1 / 2, kind: 'count', first: i, next: i + 1, end: tok.end, unitSearch: 'noun-of' });
}

/** "hundreds of", "dozens", "tens of thousands", "hundreds of millions". */
function parseVaguePlural(ctx: Ctx, i: number): Quantity | null {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  const of = ts.at(i + 1);
  const target = ts.at(i + 2);
  const targetScale = isSpacedWord(of, 'of') && isSpacedWord(target) ? TENS_OF_TARGETS.get(target.lower) : undefined;
  const vague = { kind: 'count' as const, first: i, unitSearch: 'noun-of' as const, approximate: true, bound: 'lower' as const };
  if (tok.lower === 'tens') {
    if (targetScale === undefined) return null;
    return quantity({ ...vague, value: 10 * targetScale, next: i + 3, end: target!.end });
  }
  const base = VAGUE_PLURALS.get(tok.lower);
  if (base === undefined) return null;
  if (targetScale !== undefined && (tok.lower === 'hundreds' || tok.lower === 'dozens')) {
    return quantity({ ...vague, value: base * targetScale, next: i + 3, end: target!.end });
  }
  return quantity({ ...vague, value: base, next: i + 1, end: tok.end });
}

/** Hyphenated words: "two-thirds", "one-quarter", "twenty-first", "five-year" (5, unit "year"). */
function parseHyphenWord(ctx: Ctx, i: number): Parse | undefined {
  const tok = ctx.ts.at(i)!;
  const parts = tok.lower.split('-');
  if (parts.length === 2) {
    const numerator = UNIT_WORDS.get(parts[0]);
    const plural = FRACTION_PLURAL.get(parts[1]);
    const singular = FRACTION_SINGULAR.get(parts[1]);
    const den = numerator !== undefined && numerator > 1 ? plural : numerator === 1 ? singular : undefined;
    if (den !== undefined) return quantity({ value: numerator! / den, kind: 'count', first: i, next: i + 1, end: tok.end, unitSearch: 'noun-of' });
    const tens = TENS_WORDS.get(parts[0]);
    const ordinal = ORDINAL_WORDS.get(parts[1]);
    if (tens !== undefined && ordinal !== undefined && ordinal < 10) {
      return quantity({ value: tens + ordinal, kind: 'ordinal', first: i, next: i + 1, end: tok.end, unitSearch: 'noun' });
    }
  }
  if (stepToken(INITIAL_STATE, tok.lower)) return undefined; // all numeric: the cardinal reader takes it
  // A numeric prefix then a noun: "five-year", "twenty-five-day", "three-judge".
  let state = INITIAL_STATE;
  let k = 0;
  for (; k < parts.length; k += 1) {
    const stepped = stepWord(state, parts[k]);
    if (!stepped) break;
    state = stepped;
  }
  if (k === 0 || !isTerminal(state) || (k === 1 && IDIOMATIC_COMPOUND_NUMBERS.has(parts[0]))) return null;
  const prefixLength = parts.slice(0, k).join('-').length;
  return quantity({ value: stateValue(state), kind: 'count', first: i, next: i + 1, end: tok.start + prefixLength, unit: parts[k] });
}

/** A quantity starting with a word token. */
function parseWordQuantity(ctx: Ctx, i: number): Parse {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  const lower = tok.lower;
  if (!lower) return null;
  const after = ts.at(i + 1);
  // "US$5", "HK$10": letters glued to "$".
  const dollar = DOLLAR_PREFIXES.get(lower);
  if (dollar !== undefined && tok.text === tok.text.toUpperCase() && isPunct(after, '$') && isGlued(after)) {
    return parseMoney(ctx, i, i + 1, dollar);
  }
  if (MONTHS.has(lower) && isUpperInitial(tok.text)) return parseMonthDate(ctx, i);
  // Words glued to digits ("one1", "x4") are parts of names.
  if ((isGlued(after) && after.kind === 'num') || (!tok.space && ts.at(i - 1)?.kind === 'num')) return null;
  if (lower === 'a' || lower === 'an') return parseArticle(ctx, i);
  if (isNamedNumberWord(ctx, i)) return null;
  if (lower === 'half') return parseHalf(ctx, i);
  if (lower === 'tens' || VAGUE_PLURALS.has(lower)) return parseVaguePlural(ctx, i);
  if (lower.includes('-')) {
    const hyphen = parseHyphenWord(ctx, i);
    if (hyphen !== undefined) return hyphen;
  }
  const ordinal = ORDINAL_WORDS.get(lower);
  if (ordinal !== undefined) {
    if (STANDALONE_ORDINAL_EXCLUDED.has(lower)) return null;
    return quantity({ value: ordinal, kind: 'ordinal', first: i, next: i + 1, end: tok.end, unitSearch: 'noun' });
  }
  return parseSpelledCardinal(ctx, i);
}

/** "twenty-five", "three hundred", "two million dollars", "two and a half", "two thirds", "one ally". */
function parseSpelledCardinal(ctx: Ctx, i: number): Parse {
  const { ts } = ctx;
  const card = readCardinal(ctx, i, INITIAL_STATE);
  if (!card) return null;
  let value = stateValue(card.state);
  let { next, end } = card;
  const single = card.tokens === 1;
  // "two thirds", "three quarters", "one half".
  const fracTok = ts.at(next);
  if (single && value >= 1 && value <= 9 && isSpacedWord(fracTok)) {
    const plural = FRACTION_PLURAL.get(fracTok.lower);
    const singular = value === 1 ? readSingularFraction(ctx, next) : null;
    if (plural !== undefined && value > 1) {
      return quantity({ value: value / plural, kind: 'count', first: i, next: next + 1, end: fracTok.end, unitSearch: 'noun-of' });
    }
    if (singular) return quantity({ ...singular, kind: 'count', first: i, unitSearch: 'noun-of' });
  }
  // "two and a half (million)".
  const half = readAndAHalf(ctx, next);
  let scaled = card.state.lastScale !== Infinity || card.state.groupHasHundred;
  if (half && !scaled) {
    value += 1 / 2;
    ({ next, end } = half);
    const scale = ts.at(next);
    const factor = isSpacedWord(scale) ? (scale.lower === 'hundred' ? HUNDRED : SCALE_WORDS.get(scale.lower)) : undefined;
    if (factor !== undefined) {
      value *= factor;
      next += 1;
      end = scale!.end;
      scaled = true;
    }
  }
  const bareOne = single && ts.at(i)!.lower === 'one' && !half;
  if (bareOne && isOnePronoun(ctx, i)) return null;
  return withSuffixes(ctx, quantity({ value, kind: 'count', first: i, next, end, unitSearch: 'noun', scaled, bareOne }));
}

/** "and a half" at token k. */
function readAndAHalf(ctx: Ctx, k: number): { next: number; end: number } | null {
  const { ts } = ctx;
  const half = ts.at(k + 2);
  if (isSpacedWord(ts.at(k), 'and') && isSpacedWord(ts.at(k + 1), 'a') && isSpacedWord(half, 'half')) {
    return { next: k + 3, end: half.end };
  }
  return null;
}

/** "the one", "no one", "one of", "one another": "one" as a pronoun. */
function isOnePronoun(ctx: Ctx, i: number): boolean {
  const prev = ctx.ts.at(i - 1);
  const next = ctx.ts.at(i + 1);
  if (isWordTok(prev) && ONE_PRONOUN_BEFORE.has(prev.lower)) return true;
  return isSpacedWord(next) && ONE_PRONOUN_AFTER.has(next.lower);
}

/** Reads one quantity (no modifier, no range) at token i. */
function parseCore(ctx: Ctx, i: number, afterModifier: boolean): Parse {
  const tok = ctx.ts.at(i);
  if (!tok) return null;
  if (tok.kind === 'num') return parseDigitQuantity(ctx, i, afterModifier);
  if (tok.kind === 'word') return parseWordQuantity(ctx, i);
  const code = CURRENCY_SYMBOLS.get(tok.text);
  return code === undefined ? null : parseMoney(ctx, i, i, code);
}

// --- units, ranges, assembly ---------------------------------------------------------------

/** Whether a word can be (part of) the counted noun. */
function isUnitWord(t: Token | undefined): t is Token {
  if (!isSpacedWord(t) || !t.lower || UNIT_STOP_WORDS.has(t.lower) || isNumberWord(t.lower)) return false;
  // Single letters are abbreviations or initials ("3 p.m.", "5 C"), not nouns.
  if (t.lower.length < 2) return false;
  // Adverbs are no units ("200 reportedly died"), but "ally", "family" are nouns.
  if (t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower)) return false;
  // Capitalised words count only as plurals ("200 Palestinians"), not as names ("10 Downing").
  return isLowerInitial(t.text) || (isPluralNoun(t.lower) && !MONTHS.has(t.lower));
}

/**
 * The counted noun after token k: the first noun-like word, or a second one that extends it into a
 * compound noun ("one ally fighter" → "fighter", "three police officers" → "officers").
 * After a plural amount the second word must itself be plural (else it is the verb: "a third of the
 * budget went"); after a singular one ("one", ordinals) it must not look like a verb.
 */
function captureUnit(ctx: Ctx, k: number, allowOf: boolean, singular: boolean): string | undefined {
  const { ts } = ctx;
  let j = k;
  if (allowOf && isSpacedWord(ts.at(j), 'of')) {
    j += 1;
    const det = ts.at(j);
    if (isSpacedWord(det) && OF_DETERMINERS.has(det.lower)) j += 1;
  }
  const w1 = ts.at(j);
  if (!isUnitWord(w1)) return undefined;
  if (isPluralNoun(w1.lower)) return w1.text;
  const w2 = ts.at(j + 1);
  if (isUnitWord(w2) && isLowerInitial(w2.text) && (singular ? !looksLikeVerb(w2.lower) : isPluralNoun(w2.lower))) {
    return w2.text;
  }
  // "ten killed": a participle alone is the predicate, not a unit.
  if (w1.lower.endsWith('ed')) return undefined;
  return w1.text;
}

/** A word that is probably the verb after a singular noun ("died", "says", "going", "began"). */
function looksLikeVerb(lower: string): boolean {
  return COMMON_IRREGULAR_VERBS.has(lower) || /(?:ed|ing|s)$/.test(lower);
}

interface RangeEnd {
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
function readRangeTail(ctx: Ctx, q: Quantity, connectors: ReadonlySet<string>): RangeEnd | null {
  const t = ctx.ts.at(q.next);
  if (!t) return null;
  const word = t.kind === 'word';
  const connector = word ? t.lower : t.text;
  if (!connectors.has(connector) || (word && !t.space)) return null;
  const q2 = parseCore(ctx, q.next + 1, false);
  if (!q2 || isSkip(q2)) return null;
  return combineRange(q, q2, !word);
}

function fixedOrSearchedUnit(ctx: Ctx, q: Quantity): string | undefined {
  if (q.unit !== undefined) return q.unit;
  if (q.unitSearch === 'none') return undefined;
  const singular = q.kind === 'ordinal' || q.value === 1;
  return captureUnit(ctx, q.next, q.unitSearch === 'noun-of', singular);
}

/** Builds the reported number for a single quantity (with an optional modifier before it). */
function buildSingle(ctx: Ctx, q: Quantity, start: number, mod: Modifier | null): Found | null {
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
function buildRange(ctx: Ctx, q1: Quantity, r: RangeEnd, start: number, mod: Modifier | null): Found {
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

/** Finishes a quantity read at `firstTok`: range tail, unit, modifier. */
function finish(ctx: Ctx, q: Quantity, firstTok: number, mod: Modifier | null): Found | Skip | null {
  const start = ctx.ts.at(firstTok)!.start;
  const range = readRangeTail(ctx, q, RANGE_CONNECTORS);
  if (range) return buildRange(ctx, q, range, start, mod);
  // "3-1", "555-1234": a hyphenated digit pair that is no range is a score or a code.
  if (q.hyphenPartner !== null) return { skipTo: skipGlued(ctx, q.hyphenPartner) };
  return buildSingle(ctx, q, start, mod);
}

/** The longest modifier phrase at token i ("no more than"), or null. */
function matchModifier(ctx: Ctx, i: number): { mod: Modifier; next: number } | null {
  const candidates = MODIFIER_INDEX.get(ctx.ts.at(i)!.lower);
  if (!candidates) return null;
  for (const mod of candidates) {
    let ok = true;
    for (let k = 1; k < mod.words.length && ok; k += 1) ok = isSpacedWord(ctx.ts.at(i + k), mod.words[k]);
    if (ok) return { mod, next: i + mod.words.length };
  }
  return null;
}

/** "from 2014 to 2017", "between 10 and 20": the whole range or nothing. */
function parsePrefixedRange(ctx: Ctx, i: number, connectors: ReadonlySet<string>): Found | null {
  const q1 = parseCore(ctx, i + 1, false);
  if (!q1 || isSkip(q1)) return null;
  const range = readRangeTail(ctx, q1, connectors);
  return range ? buildRange(ctx, q1, range, ctx.ts.at(i)!.start, null) : null;
}

/** Tries to read one number expression at token i. */
function parseAt(ctx: Ctx, i: number): Found | Skip | null {
  const tok = ctx.ts.at(i)!;
  if (tok.kind === 'word') {
    const connectors = RANGE_PREFIXES.get(tok.lower);
    if (connectors) return parsePrefixedRange(ctx, i, connectors);
    const modifier = matchModifier(ctx, i);
    if (modifier) {
      const q = parseCore(ctx, modifier.next, true);
      // Modifiers quantify amounts: "about Sept. 11" or "over the third" take none.
      if (!q || isSkip(q) || q.kind === 'date' || q.kind === 'ordinal') return null;
      return finish(ctx, q, i, modifier.mod);
    }
  }
  const q = parseCore(ctx, i, false);
  if (!q || isSkip(q)) return q;
  return finish(ctx, q, i, null);
}

/** Moves a window edge off the middle of a word or number (a cut "MH|17" must not yield 17). */
function snapStart(text: string, start: number, end: number): number {
  let s = start;
  if (s > 0 && s < end && isAlnumAt(text, s - 1) && isAlnumAt(text, s)) {
    while (s < end && isAlnumAt(text, s)) s += 1;
  }
  return s;
}

function snapEnd(text: string, start: number, end: number): number {
  let e = end;
  if (e < text.length && e > start && isAlnumAt(text, e) && isAlnumAt(text, e - 1)) {
    while (e > start && isAlnumAt(text, e - 1)) e -= 1;
  }
  return e;
}

/**
 * Finds the numbers in `text.slice(start, end)`.
 *
 * @param text - the whole document; offsets in the result index into it
 * @param start - where to start scanning (default 0)
 * @param end - where to stop scanning, exclusive (default `text.length`)
 * @returns the numbers in text order, non-overlapping, each with
 *   `text.slice(n.start, n.end) === n.text`
 */
export function detectNumbers(text: string, start = 0, end = text.length): NumberValue[] {
  const lo = Math.max(0, Math.min(start, text.length));
  const hi = Math.max(lo, Math.min(end, text.length));
  const s = snapStart(text, lo, hi);
  const e = snapEnd(text, s, hi);
  const ctx: Ctx = { text, ts: new TokenStream(text, s, e) };
  const out: NumberValue[] = [];
  let i = 0;
  while (ctx.ts.at(i)) {
    const found = parseAt(ctx, i);
    if (found === null) {
      i += 1;
    } else if (isSkip(found)) {
      i = Math.max(i + 1, found.skipTo);
    } else {
      out.push(found.number);
      i = Math.max(i + 1, found.next);
    }
    ctx.ts.release(i);
  }
  return out;
}
