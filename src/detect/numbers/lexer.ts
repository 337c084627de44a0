/**
 * The number detector's lexer: word / number / punctuation tokens in one pass over the text, lazily,
 * in a sliding window (see the design note in `index.ts`).
 */
import { wordEnd } from '../word-scan.js';

/** Words longer than this get no lowercase form: no lexicon entry is that long, and it keeps a
 * 50 MB run of letters from being copied. */
const MAX_LEXICON_WORD = 40;
/** How many tokens behind the cursor the parser may look (identifier and year context). */
const LOOKBACK = 4;
/** The token window is trimmed once this many tokens lie behind the look-back. */
const TRIM_THRESHOLD = 4096;

const COMMA_CODE = 44;
const PERIOD_CODE = 46;
const THOUSANDS_GROUP = 3;

/** Letters outside ASCII (no `g` flag: `test` keeps no state). */
const NON_ASCII_LETTER = /\p{L}/u;
/** Whitespace outside ASCII (no-break space, en space, ideographic space…). */
const NON_ASCII_SPACE = /\s/u;

type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
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
export class TokenStream {
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

  /** ".06", "$.50": a period that starts a decimal (not one after a word or number: "v.2", "1.2.3"). */
  private startsLeadingDotDecimal(i: number): boolean {
    const { text } = this;
    if (text.charCodeAt(i) !== PERIOD_CODE || i + 1 >= this.end || !isDigitCode(text.charCodeAt(i + 1))) return false;
    return i === 0 || (!isAlnumAt(text, i - 1) && text.charCodeAt(i - 1) !== PERIOD_CODE);
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
    if (isDigitCode(c) || this.startsLeadingDotDecimal(i)) {
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

/** Moves a window edge off the middle of a word or number (a cut "MH|17" must not yield 17). */
export function snapStart(text: string, start: number, end: number): number {
  let s = start;
  if (s > 0 && s < end && isAlnumAt(text, s - 1) && isAlnumAt(text, s)) {
    while (s < end && isAlnumAt(text, s)) s += 1;
  }
  return s;
}

export function snapEnd(text: string, start: number, end: number): number {
  let e = end;
  if (e < text.length && e > start && isAlnumAt(text, e) && isAlnumAt(text, e - 1)) {
    while (e > start && isAlnumAt(text, e - 1)) e -= 1;
  }
  return e;
}
