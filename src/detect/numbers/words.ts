/** Quantities that start with a word: spelled-out numbers, vague plurals, hyphenated words ("five-year"). */
import {
  DOLLAR_PREFIXES,
  FRACTION_PLURAL,
  FRACTION_SINGULAR,
  HUNDRED,
  IDIOMATIC_COMPOUND_NUMBERS,
  MONTHS,
  ONE_PRONOUN_AFTER,
  ONE_PRONOUN_BEFORE,
  ORDINAL_WORDS,
  SCALE_WORDS,
  STANDALONE_ORDINAL_EXCLUDED,
  TENS_OF_TARGETS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_PLURALS,
  WEEKDAYS,
} from '../../lexicon/number-words.js';
import { quantity, type Ctx, type Parse, type Quantity } from './quantity.js';
import { isGlued, isPunct, isSentenceStart, isSpacedWord, isTitleCase, isUpperInitial, isWordTok } from './tokens.js';
import { INITIAL_STATE, isTerminal, readCardinal, stateValue, stepToken, stepWord } from './cardinal.js';
import { parseMoney, withSuffixes } from './money-percent.js';
import { parseMonthDate } from './dates.js';
import { parseArticle, parseHalf, readSingularFraction } from './fractions.js';

/** A quantity starting with a word token. */
export function parseWordQuantity(ctx: Ctx, i: number): Parse {
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

/** Whether a number word at i is part of a name ("Air Force One", "Formula One"). */
function isNamedNumberWord(ctx: Ctx, i: number): boolean {
  const tok = ctx.ts.at(i)!;
  const prev = ctx.ts.at(i - 1);
  if (!isUpperInitial(tok.text) || !isSpacedWord(prev) || !isTitleCase(prev)) return false;
  if (MONTHS.has(prev.lower) || WEEKDAYS.has(prev.lower)) return false;
  return !isSentenceStart(ctx, i - 1);
}

/** "hundreds of", "dozens", "tens of thousands", "hundreds of millions". */
function parseVaguePlural(ctx: Ctx, i: number): Quantity | null {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  const of = ts.at(i + 1);
  const target = ts.at(i + 2);
  const targetScale = isSpacedWord(of, 'of') && isSpacedWord(target) ? TENS_OF_TARGETS.get(target.lower) : undefined;
  const vague = {
    kind: 'count' as const,
    first: i,
    unitSearch: 'noun-of' as const,
    approximate: true,
    bound: 'lower' as const,
  };
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
    if (den !== undefined)
      return quantity({
        value: numerator! / den,
        kind: 'count',
        first: i,
        next: i + 1,
        end: tok.end,
        unitSearch: 'noun-of',
      });
    const tens = TENS_WORDS.get(parts[0]);
    const ordinal = ORDINAL_WORDS.get(parts[1]);
    if (tens !== undefined && ordinal !== undefined && ordinal < 10) {
      return quantity({
        value: tens + ordinal,
        kind: 'ordinal',
        first: i,
        next: i + 1,
        end: tok.end,
        unitSearch: 'noun',
      });
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
  return quantity({
    value: stateValue(state),
    kind: 'count',
    first: i,
    next: i + 1,
    end: tok.start + prefixLength,
    unit: parts[k],
  });
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
      return quantity({
        value: value / plural,
        kind: 'count',
        first: i,
        next: next + 1,
        end: fracTok.end,
        unitSearch: 'noun-of',
      });
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
    const factor = isSpacedWord(scale)
      ? scale.lower === 'hundred'
        ? HUNDRED
        : SCALE_WORDS.get(scale.lower)
      : undefined;
    if (factor !== undefined) {
      value *= factor;
      next += 1;
      end = scale!.end;
      scaled = true;
    }
  }
  const bareOne = single && ts.at(i)!.lower === 'one' && !half;
  if (bareOne && isOnePronoun(ctx, i)) return null;
  return withSuffixes(
    ctx,
    quantity({ value, kind: 'count', first: i, next, end, unitSearch: 'noun', scaled, bareOne }),
  );
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
