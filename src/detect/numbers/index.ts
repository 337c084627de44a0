/**
 * Number detection: finds counts, percentages, money, years, dates, ranges and ordinals in English
 * news text, with their approximation and bound modifiers ("up to 200 attackers").
 *
 * Design:
 * - A hand-written lexer (`lexer.ts`) turns the text into word / number / punctuation tokens in one
 *   pass (no regular expressions over the input, so no backtracking). Tokens are produced lazily into
 *   a sliding window, so memory stays bounded on 50 MB inputs.
 * - A parser tries, at each token, to read one number expression with bounded look-ahead and
 *   either emits it and jumps past it, or moves one token on. Unbounded runs (digit chains like
 *   "1-2-3-…", glued identifiers) are skipped whole, so the scan is linear.
 *
 * Modules, in the order a number is read:
 * - this file: the scan loop; at each token a range prefix or a modifier, one quantity, then `finish`.
 * - `modifiers.ts`: "up to", "about", "no more than" before a number.
 * - `core.ts`: one quantity at a token, dispatched on the token kind: digits, a word, a currency sign.
 * - `digits.ts`: a digit token with its identifier checks, glued suffixes ("21st", "$5bn") and scale words.
 * - `dates.ts`: dates ("Sept. 11", "11 September 2001") and whether a 4-digit number is a year.
 * - `money-percent.ts`: currency symbols and words, percent words.
 * - `words.ts`: spelled-out numbers, vague plurals, hyphenated words, "one" as a pronoun;
 *   `cardinal.ts` holds the state machine for spelled-out cardinals, `fractions.ts` "a third", "half".
 * - `ranges.ts`: "10 to 15", "2014-17", "from 2014 to 2017".
 * - `units.ts`: the counted noun after a number.
 * - `build.ts`: turns what was read into the reported `NumberValue`.
 * - `quantity.ts` (the parser's shared types) and `tokens.ts` (token tests) serve them all.
 * Word lists live in `src/lexicon/number-words.ts`.
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
import type { NumberValue } from '../../types.js';
import { RANGE_CONNECTORS, RANGE_PREFIXES } from '../../lexicon/number-words.js';
import { TokenStream, snapEnd, snapStart } from './lexer.js';
import { isSkip, type Ctx, type Found, type Quantity, type Skip } from './quantity.js';
import { skipGlued } from './tokens.js';
import { matchModifier, type Modifier } from './modifiers.js';
import { parseCore } from './core.js';
import { parsePrefixedRange, readRangeTail } from './ranges.js';
import { buildRange, buildSingle } from './build.js';

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

/** Finishes a quantity read at `firstTok`: range tail, unit, modifier. */
function finish(ctx: Ctx, q: Quantity, firstTok: number, mod: Modifier | null): Found | Skip | null {
  const start = ctx.ts.at(firstTok)!.start;
  const range = readRangeTail(ctx, q, RANGE_CONNECTORS);
  if (range) return buildRange(ctx, q, range, start, mod);
  // "3-1", "555-1234": a hyphenated digit pair that is no range is a score or a code.
  if (q.hyphenPartner !== null) return { skipTo: skipGlued(ctx, q.hyphenPartner) };
  return buildSingle(ctx, q, start, mod);
}
