/** Quantities that start with a word: spelled-out numbers, vague plurals, hyphenated words ("five-year"). */
import {
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  FRACTION_PLURAL,
  FRACTION_SINGULAR,
  HUNDRED,
  IDIOMATIC_COMPOUND_NUMBERS,
  MONTHS,
  ONE_PRONOUN_AFTER,
  ONE_PRONOUN_BEFORE,
  ORDINAL_WORDS,
  RANK_WORDS,
  SCALE_WORDS,
  SIGN_WORDS,
  STANDALONE_ORDINAL_EXCLUDED,
  TENS_OF_TARGETS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_PLURALS,
  WEEKDAYS,
} from '../../lexicon/number-words.js';
import { isSkip, quantity, scaleBy, type Ctx, type Parse, type Quantity } from './quantity.js';
import { isGlued, isPunct, isSentenceStart, isSpacedWord, isTitleCase, isUpperInitial, isWordTok } from './tokens.js';
import { INITIAL_STATE, isDozen, isTerminal, readCardinal, stateValue, stepToken, stepWord } from './cardinal.js';
import { parseMoney, withSuffixes } from './money-percent.js';
import { parseMonthDate } from './dates.js';
import {
  fractionQuantity,
  parseArticle,
  parseHalf,
  parseQuarter,
  readAndFraction,
  readSingularFraction,
} from './fractions.js';
import { negate, parseCore } from './core.js';
import { compoundUnitName } from './units.js';

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
  if (lower === 'quarter') return parseQuarter(ctx, i);
  if (SIGN_WORDS.has(lower)) return parseSignWord(ctx, i);
  if (lower === 'tens' || VAGUE_PLURALS.has(lower)) return parseVaguePlural(ctx, i);
  if (lower.includes('-')) {
    const hyphen = parseHyphenWord(ctx, i);
    if (hyphen !== undefined) return hyphen;
  }
  const ordinal = ORDINAL_WORDS.get(lower);
  if (ordinal !== undefined) {
    // A spelled ordinal alone is a name or an idiom ("a third party", "the second time", "Fifth
    // Avenue"); it states a rank only before a superlative ("the second largest").
    if (STANDALONE_ORDINAL_EXCLUDED.has(lower) || !isSuperlative(after)) return null;
    // The ranked noun follows the superlative: "third most populous state", "second lowest score".
    const unitFrom = RANK_WORDS.has(after!.lower) ? i + 3 : i + 2;
    return quantity({
      value: ordinal,
      kind: 'ordinal',
      first: i,
      next: i + 1,
      end: tok.end,
      unitSearch: 'noun',
      unitFrom,
    });
  }
  return parseSpelledCardinal(ctx, i);
}

/** "largest", "most", "worst": a superlative that makes an ordinal before it a rank. */
function isSuperlative(t: Parameters<typeof isSpacedWord>[0]): boolean {
  if (!isSpacedWord(t)) return false;
  return isSuperlativeWord(t.lower);
}

function isSuperlativeWord(lower: string): boolean {
  return RANK_WORDS.has(lower) || lower === 'worst' || (lower.length > 4 && lower.endsWith('est'));
}

/** "minus seven", "negative 4.5 percent". */
function parseSignWord(ctx: Ctx, i: number): Parse {
  // "plus or minus 4 points" is a margin, not a negative number.
  if (isWordTok(ctx.ts.at(i - 1), 'or') && isWordTok(ctx.ts.at(i - 2), 'plus')) return null;
  const next = ctx.ts.at(i + 1);
  // One sign word per number ("minus minus 5" is no number), which also bounds the recursion.
  if (
    next === undefined ||
    !next.space ||
    (next.kind === 'punct' && !CURRENCY_SYMBOLS.has(next.text)) ||
    SIGN_WORDS.has(next.lower)
  )
    return null;
  const q = parseCore(ctx, i + 1, false);
  if (!q || isSkip(q)) return null;
  if (q.kind === 'year' || q.kind === 'date' || q.kind === 'ordinal' || q.value <= 0) return null;
  q.bareOne = false;
  return negate(q, i);
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
    // "half-million", "quarter-billion".
    const fractionOfScale = parts[0] === 'half' ? 2 : parts[0] === 'quarter' ? 4 : undefined;
    const scale = SCALE_WORDS.get(parts[1]);
    if (fractionOfScale !== undefined && scale !== undefined) {
      return withSuffixes(
        ctx,
        quantity({
          value: scale / fractionOfScale,
          kind: 'count',
          first: i,
          next: i + 1,
          end: tok.end,
          unitSearch: 'noun',
          scaled: true,
          preScale: 1 / fractionOfScale,
        }),
      );
    }
    // "second-largest", "third-most": a rank.
    const rank = ORDINAL_WORDS.get(parts[0]);
    if (rank !== undefined && isSuperlativeWord(parts[1])) {
      return quantity({ value: rank, kind: 'ordinal', first: i, next: i + 1, end: tok.end, unitSearch: 'noun' });
    }
    const numerator = UNIT_WORDS.get(parts[0]);
    const plural = FRACTION_PLURAL.get(parts[1]);
    const singular = FRACTION_SINGULAR.get(parts[1]);
    const den = numerator !== undefined && numerator > 1 ? plural : numerator === 1 ? singular : undefined;
    if (den !== undefined)
      return fractionQuantity(ctx, i, {
        numerator: numerator!,
        denominator: den,
        value: numerator! / den,
        next: i + 1,
        end: tok.end,
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
  const value = stateValue(state);
  return quantity({
    value,
    kind: 'count',
    first: i,
    next: i + 1,
    end: tok.start + prefixLength,
    unit: compoundUnitName(parts[k], parts[k + 1], value),
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
  // "two thirds", "three quarters", "one half" (and "two thirds of a million").
  const fracTok = ts.at(next);
  if (single && value >= 1 && value <= 9 && isSpacedWord(fracTok)) {
    const plural = FRACTION_PLURAL.get(fracTok.lower);
    const singular = value === 1 ? readSingularFraction(ctx, next) : null;
    if (plural !== undefined && value > 1 && value < plural) {
      return fractionQuantity(ctx, i, {
        numerator: value,
        denominator: plural,
        value: value / plural,
        next: next + 1,
        end: fracTok.end,
      });
    }
    if (singular) return fractionQuantity(ctx, i, singular);
  }
  const ordinal = readOrdinalTail(ctx, card.state, next);
  if (ordinal) {
    return quantity({ value: value * ordinal.factor + ordinal.add, kind: 'ordinal', first: i, ...ordinal.at });
  }
  const decimal = readSpokenDecimal(ctx, value, next);
  if (decimal) ({ value, next, end } = decimal);
  let scaled = card.state.lastScale !== Infinity || card.state.groupHasHundred;
  // "four million and a half" (4.5 million), "two and a half (million)", "three and three quarters".
  const fraction = decimal ? null : readAndFraction(ctx, next);
  if (fraction && card.state.phase === 'scale') {
    value += (card.state.lastScale * fraction.numerator) / fraction.denominator;
    ({ next, end } = fraction);
  } else if (fraction && !scaled) {
    value += fraction.value;
    ({ next, end } = fraction);
  }
  if ((fraction || decimal) && !scaled) {
    const scale = ts.at(next);
    const factor = isSpacedWord(scale)
      ? scale.lower === 'hundred'
        ? HUNDRED
        : SCALE_WORDS.get(scale.lower)
      : undefined;
    if (factor !== undefined) {
      value = scaleBy(value, factor);
      next += 1;
      end = scale!.end;
      scaled = true;
    }
  }
  const bareOne = single && ts.at(i)!.lower === 'one' && !fraction && !decimal;
  if (bareOne && isOnePronoun(ctx, i)) return null;
  return withSuffixes(
    ctx,
    quantity({
      value,
      kind: 'count',
      first: i,
      next,
      end,
      unitSearch: 'noun',
      scaled,
      preScale: !fraction && !decimal && card.state.phase === 'scale' ? value / card.state.lastScale : value,
      bareOne,
      approximate: isDozen(card.state),
    }),
  );
}

/**
 * The ordinal ending a spelled number at token k: "two hundred thirty-first" (+31), "two hundred
 * and first" (+1), "five hundredth" (×100).
 */
function readOrdinalTail(
  ctx: Ctx,
  state: Parameters<typeof stateValue>[0],
  k: number,
): { factor: number; add: number; at: { next: number; end: number; unitSearch: 'noun' } } | null {
  const { ts } = ctx;
  let j = k;
  if (isSpacedWord(ts.at(j), 'and') && (state.phase === 'hundred' || state.phase === 'scale')) j += 1;
  const t = ts.at(j);
  if (!isSpacedWord(t)) return null;
  const at = { next: j + 1, end: t.end, unitSearch: 'noun' as const };
  if (state.phase === 'hundred' || state.phase === 'scale') {
    const parts = t.lower.split('-');
    const last = ORDINAL_WORDS.get(parts[parts.length - 1]);
    if (last === undefined || last >= HUNDRED) return null;
    if (parts.length === 1) return { factor: 1, add: last, at };
    const tens = parts.length === 2 ? TENS_WORDS.get(parts[0]) : undefined;
    return tens !== undefined && last < 10 ? { factor: 1, add: tens + last, at } : null;
  }
  if (j !== k) return null;
  const scaleOrdinal = t.lower === 'hundredth' || t.lower === 'thousandth' || t.lower === 'millionth';
  return scaleOrdinal ? { factor: ORDINAL_WORDS.get(t.lower)!, add: 0, at } : null;
}

/** "four point two", "three hundred point zero five": a spoken decimal after the whole part at k. */
function readSpokenDecimal(ctx: Ctx, whole: number, k: number): { value: number; next: number; end: number } | null {
  const { ts } = ctx;
  if (!isSpacedWord(ts.at(k), 'point') || !Number.isInteger(whole)) return null;
  let digits = '';
  let j = k + 1;
  let end = -1;
  for (;;) {
    const t = ts.at(j);
    const d = isSpacedWord(t) ? UNIT_WORDS.get(t.lower) : undefined;
    if (d === undefined) break;
    digits += String(d);
    end = t!.end;
    j += 1;
  }
  if (digits === '') return null;
  return { value: Number(`${whole}.${digits}`), next: j, end };
}

/** "the one", "no one", "one of", "one another": "one" as a pronoun. */
function isOnePronoun(ctx: Ctx, i: number): boolean {
  const prev = ctx.ts.at(i - 1);
  const next = ctx.ts.at(i + 1);
  if (isWordTok(prev) && ONE_PRONOUN_BEFORE.has(prev.lower)) return true;
  return isSpacedWord(next) && ONE_PRONOUN_AFTER.has(next.lower);
}
