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
 *   After "about" / "around" (or "at least" / "up to" after a time word) it stays a year when it counts
 *   no noun and no verb follows ("around 2002, when", "since at least 1980").
 */
import type { NumberValue } from '../../types.js';
import {
  BOUND_JOINERS,
  CHANGE_ADVERB_BEFORE,
  CHANGE_ADVERB_UNITS,
  CHANGE_ADVERBS,
  CHANGE_DOWN_WORDS,
  CHANGE_NOUNS,
  CHANGE_UP_WORDS,
  DISTANCE_UNITS,
  LEVEL_BOUND_WORDS,
  MOTION_CHANGE_VERBS,
  RANGE_CONNECTORS,
  REFERENCE_WORDS,
  RANGE_PREFIXES,
  RATIO_LINKS,
  YEAR_APPROXIMATORS,
  YEAR_MAX,
  YEAR_MODIFIER_TIME_WORDS,
  YEAR_TIMED_MODIFIERS,
  YEAR_MIN,
} from '../../lexicon/number-words.js';
import { BE_FORMS } from '../../lexicon/be-forms.js';
import { HAVE_FORMS } from '../../lexicon/function-words.js';
import { TokenStream, snapEnd, snapStart } from './lexer.js';
import { isSkip, type Ctx, type Found, type Quantity, type Skip } from './quantity.js';
import { HYPHENS, isSpacedWord, isWordTok, skipGlued } from './tokens.js';
import { matchModifier, matchPostModifier, type Modifier } from './modifiers.js';
import { parseCore } from './core.js';
import { parsePrefixedRange, readRangeTail } from './ranges.js';
import { buildInterval, buildRange, buildRatio, buildSingle } from './build.js';
import { fixedOrSearchedUnit } from './units.js';

/** After a change verb, "to" starts the new level ("rose 4.1% to $2.3 billion"): only hyphens make a range. */
const CHANGE_RANGE_CONNECTORS: ReadonlySet<string> = new Set([...HYPHENS]);

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
    if (connectors) {
      // "rose from $2 billion to $3 billion": after a change verb the two ends are the old and new levels.
      const range = parsePrefixedRange(ctx, i, connectors);
      if (range && changeBefore(ctx, i)?.verb && !isYearRange(range.number)) return null;
      return range;
    }
    // "15% below 1990 levels": after a number, "below" compares with a reference, it bounds nothing.
    const modifier = followsNumber(ctx, i) && REFERENCE_WORDS.has(tok.lower) ? null : matchModifier(ctx, i);
    if (modifier) {
      const q = parseCore(ctx, modifier.next, true);
      // Modifiers quantify amounts: "about Sept. 11" or "over the third" take none.
      if (!q || isSkip(q) || q.kind === 'date' || q.kind === 'ordinal') return null;
      // "since at least 1980", "around 2002", "leading up to 2011": a plain year-like number that counts no
      // noun is a year, and the words before it place it in time.
      if (q.kind === 'count' && q.yearLike && isModifiedYear(ctx, i, modifier.mod, q)) {
        return finish(
          ctx,
          Object.assign(q, { kind: 'year' as const, unitSearch: 'none' as const }),
          modifier.next,
          null,
        );
      }
      return finish(ctx, q, i, modifier.mod);
    }
  }
  const q = parseCore(ctx, i, false);
  if (!q || isSkip(q)) return q;
  return finish(ctx, q, i, null);
}

/**
 * "around 2002", "things about 2019 will", "since at least 1980", "leading up to 2011": a year after a
 * modifier of time. Only "about" / "around" and the like, or "at least" / "up to" after a time word, and
 * only when no noun is counted and no verb follows ("about 2000 were killed" is a count).
 */
function isModifiedYear(ctx: Ctx, i: number, mod: Modifier, q: Quantity): boolean {
  const phrase = mod.words.join(' ');
  const timed = YEAR_MODIFIER_TIME_WORDS.has(ctx.ts.at(i - 1)?.lower ?? '');
  if (!YEAR_APPROXIMATORS.has(phrase) && !(timed && YEAR_TIMED_MODIFIERS.has(phrase))) return false;
  if (fixedOrSearchedUnit(ctx, q) !== undefined) return false;
  const after = ctx.ts.at(q.next);
  if (!isWordTok(after)) return true;
  return !BE_FORMS.has(after.lower) && !HAVE_FORMS.has(after.lower) && !after.lower.endsWith('ed');
}

/** "from 2014 to 2017": a range of years (no unit, both ends plain years). */
function isYearRange(n: NumberValue): boolean {
  return n.unit === undefined && n.low !== undefined && n.high !== undefined && n.low >= YEAR_MIN && n.high <= YEAR_MAX;
}

/** Whether token i comes right after a number or a percent sign or word ("15% below", "3 points above"). */
function followsNumber(ctx: Ctx, i: number): boolean {
  const prev = ctx.ts.at(i - 1);
  if (prev === undefined) return false;
  if (prev.kind === 'num' || prev.text === '%') return true;
  return isWordTok(prev) && (prev.lower === 'percent' || prev.lower === 'cent' || prev.lower === 'points');
}

/** Finishes a quantity read at `firstTok`: ratio, range tail, bounds, unit, modifier, change. */
function finish(ctx: Ctx, q: Quantity, firstTok: number, mod: Modifier | null): Found | Skip | null {
  const start = ctx.ts.at(firstTok)!.start;
  const levelBound = mod !== null && LEVEL_BOUND_WORDS.has(mod.words[0]);
  const movable = q.kind === 'count' || q.kind === 'percent' || q.kind === 'money';
  const change = movable && !levelBound ? changeBefore(ctx, firstTok) : null;
  const denominator = readRatio(ctx, q);
  if (denominator) return buildRatio(ctx, q, denominator, start, mod);
  // After a change verb a bare first end keeps "to" a range ("fell 10 to 15 percent"); an end with
  // its own unit starts the new level ("rose 4.1% to $2.3 billion").
  // "rose from $2 billion to $3 billion": the old level, then the new one.
  const oldLevel = isWordTok(ctx.ts.at(firstTok - 1), 'from') && changeBefore(ctx, firstTok - 1)?.verb === true;
  const levelFollows = oldLevel || (change !== null && (q.unit !== undefined || q.kind !== 'count'));
  const range = readRangeTail(ctx, q, levelFollows ? CHANGE_RANGE_CONNECTORS : RANGE_CONNECTORS);
  if (range) {
    const found = buildRange(ctx, q, range, start, mod);
    if (change?.verb && !isDistanceMoved(change, found.number)) found.number.change = change.direction;
    return found;
  }
  // "3-1", "555-1234": a hyphenated digit pair that is no range is a score or a code.
  if (q.hyphenPartner !== null) return { skipTo: skipGlued(ctx, q.hyphenPartner) };
  if (mod?.bound === 'lower') {
    const upper = readUpperBound(ctx, q);
    if (upper) return buildInterval(ctx, q, upper, start, mod.approximate);
  }
  const post = mod?.bound ? null : readPostModifier(ctx, q);
  const found = buildSingle(ctx, q, start, mod, { post, change: null });
  if (!found) return found;
  const moved = change !== null && (change.verb || movesByAdverb(found.number));
  if (change && moved && isDistanceMoved(change, found.number)) return found;
  const direction = moved ? change.direction : changeAfter(ctx, found);
  if (direction) found.number.change = direction;
  return found;
}

/** "climbed 80 ft", "fell 30 feet": a verb of motion with a distance measures the way, not a change. */
function isDistanceMoved(change: Change, n: NumberValue): boolean {
  return (
    change.verb &&
    MOTION_CHANGE_VERBS.has(change.word) &&
    n.unit !== undefined &&
    DISTANCE_UNITS.has(n.unit.toLowerCase())
  );
}

/** A change word before a number: its direction, whether it is a verb (else an adverb "up"), and the word. */
interface Change {
  direction: 'up' | 'down';
  verb: boolean;
  word: string;
}

/** A change verb or adverb before token i, skipping "by" ("rose 4%", "cut by half", "up 23 cents"). */
function changeBefore(ctx: Ctx, i: number): Change | null {
  let k = i - 1;
  if (isWordTok(ctx.ts.at(k), 'by')) k -= 1;
  const prev = ctx.ts.at(k);
  if (!isWordTok(prev)) return null;
  const word = prev.lower;
  if (CHANGE_UP_WORDS.has(word)) return { direction: 'up', verb: true, word };
  if (CHANGE_DOWN_WORDS.has(word)) return { direction: 'down', verb: true, word };
  const adverb = CHANGE_ADVERBS.get(word);
  return adverb && isMoveAdverb(ctx, k) ? { direction: adverb, verb: false, word } : null;
}

/** Whether "up" / "down" at token k reports a move: after "was", "closed", "went", or opening a clause ("…, up 2%"). */
function isMoveAdverb(ctx: Ctx, k: number): boolean {
  const before = ctx.ts.at(k - 1);
  if (before === undefined || before.kind === 'punct') return true;
  return isWordTok(before) && (BE_FORMS.has(before.lower) || CHANGE_ADVERB_BEFORE.has(before.lower));
}

/** "up" / "down" mark a change only for market moves: percentages, money, points, cents. */
function movesByAdverb(n: NumberValue): boolean {
  return n.kind === 'percent' || n.kind === 'money' || (n.unit !== undefined && CHANGE_ADVERB_UNITS.has(n.unit));
}

/** "a 5% increase", "a $2 billion cut": a change noun right after a percentage or an amount of money. */
function changeAfter(ctx: Ctx, found: Found): 'up' | 'down' | null {
  const { kind } = found.number;
  if (kind !== 'percent' && kind !== 'money') return null;
  const t = ctx.ts.at(found.next);
  return isSpacedWord(t) ? (CHANGE_NOUNS.get(t.lower) ?? null) : null;
}

/** The denominator of "one in four", "3 out of 10", "one in every five", or null. */
function readRatio(ctx: Ctx, q: Quantity): Quantity | null {
  if (q.kind !== 'count' || q.unit !== undefined || !Number.isInteger(q.value) || q.value < 1) return null;
  const { ts } = ctx;
  const link = ts.at(q.next);
  const words = isSpacedWord(link) ? RATIO_LINKS.get(link.lower) : undefined;
  if (!words) return null;
  let j = q.next;
  for (const w of words) {
    if (!isSpacedWord(ts.at(j), w)) return null;
    j += 1;
  }
  if (isSpacedWord(ts.at(j), 'every')) j += 1;
  const q2 = parseCore(ctx, j, false);
  if (!q2 || isSkip(q2) || q2.kind !== 'count' || !Number.isInteger(q2.value) || q2.value <= q.value) return null;
  return q2;
}

/** "more than 25 and less than 70": the upper bound after a lower one, or null. */
function readUpperBound(ctx: Ctx, q: Quantity): Quantity | null {
  const joiner = ctx.ts.at(q.next);
  if (!isSpacedWord(joiner) || !BOUND_JOINERS.has(joiner.lower) || !ctx.ts.at(q.next + 1)) return null;
  const modifier = matchModifier(ctx, q.next + 1);
  if (!modifier || modifier.mod.bound !== 'upper') return null;
  const q2 = parseCore(ctx, modifier.next, true);
  if (!q2 || isSkip(q2) || q2.kind !== q.kind || !(q2.value > q.value)) return null;
  return q2;
}

/** "900 or more", "35 people or fewer": a bound after the number (the span grows only when adjacent). */
function readPostModifier(ctx: Ctx, q: Quantity): Modifier | null {
  const adjacent = matchPostModifier(ctx, q.next);
  if (adjacent) {
    q.next = adjacent.next;
    q.end = adjacent.end;
    return adjacent.mod;
  }
  if (q.unitSearch === 'none' && q.unit === undefined) return null;
  if (!isSpacedWord(ctx.ts.at(q.next))) return null;
  return matchPostModifier(ctx, q.next + 1)?.mod ?? null;
}
