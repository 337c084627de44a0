/** "a"/"an" + fraction or scale ("a third", "a dozen") and "half" ("half a million"). */
import {
  AMBIGUOUS_FRACTIONS,
  COUPLE,
  DOZEN,
  FRACTION_PLURAL,
  FRACTION_SINGULAR,
  HALF_BLOCKERS,
  HUNDRED,
  SCALE_WORDS,
  UNIT_WORDS,
} from '../../lexicon/number-words.js';
import { quantity, type Ctx, type Quantity } from './quantity.js';
import { isLowerInitial, isSpacedWord, isWordTok } from './tokens.js';
import { ARTICLE_STATE, isDozen, isNumberWord, readCardinal, stateValue } from './cardinal.js';
import { withSuffixes } from './money-percent.js';
import { pluralNoun } from './units.js';

/** A fraction read from words: numerator / denominator, and where it ends. */
export interface WordFraction {
  numerator: number;
  denominator: number;
  value: number;
  next: number;
  end: number;
}

/**
 * A scale after a fraction at token k: "million" ("a quarter million") or "of a million" ("two
 * thirds of a million"), or null.
 */
export function readFractionScale(ctx: Ctx, k: number): { factor: number; next: number; end: number } | null {
  const { ts } = ctx;
  const t = ts.at(k);
  if (!isSpacedWord(t)) return null;
  const direct = SCALE_WORDS.get(t.lower);
  if (direct !== undefined) return { factor: direct, next: k + 1, end: t.end };
  const article = ts.at(k + 1);
  const scale = ts.at(k + 2);
  if (t.lower !== 'of' || !isSpacedWord(article) || (article.lower !== 'a' && article.lower !== 'an')) return null;
  if (!isSpacedWord(scale)) return null;
  const factor = SCALE_WORDS.get(scale.lower);
  // "of a million people" but not "of a million-strong crowd" (the word must end there).
  return factor === undefined ? null : { factor, next: k + 3, end: scale.end };
}

/** A fraction quantity, scaled when a scale follows ("two thirds of a million"). */
export function fractionQuantity(ctx: Ctx, first: number, f: WordFraction): Quantity {
  const scale = readFractionScale(ctx, f.next);
  if (scale) {
    return withSuffixes(
      ctx,
      quantity({
        value: (f.numerator * scale.factor) / f.denominator,
        kind: 'count',
        first,
        next: scale.next,
        end: scale.end,
        unitSearch: 'noun',
        scaled: true,
        preScale: f.value,
      }),
    );
  }
  return quantity({ value: f.value, kind: 'count', first, next: f.next, end: f.end, unitSearch: 'noun-of' });
}

/**
 * "and a half", "and three quarters" at token k (after "four million", "two", "a week"), or null.
 */
export function readAndFraction(ctx: Ctx, k: number): WordFraction | null {
  const { ts } = ctx;
  const num = ts.at(k + 1);
  const den = ts.at(k + 2);
  if (!isSpacedWord(ts.at(k), 'and') || !isSpacedWord(num) || !isSpacedWord(den)) return null;
  const article = num.lower === 'a' || num.lower === 'an' || num.lower === 'one';
  const numerator = article ? 1 : UNIT_WORDS.get(num.lower);
  if (numerator === undefined || numerator < 1) return null;
  const denominator = numerator === 1 ? FRACTION_SINGULAR.get(den.lower) : FRACTION_PLURAL.get(den.lower);
  if (denominator === undefined || numerator >= denominator) return null;
  return { numerator, denominator, value: numerator / denominator, next: k + 3, end: den.end };
}

/** A singular fraction word after "a"/"one" at k ("a third of", "a quarter"), or null. */
export function readSingularFraction(ctx: Ctx, k: number): WordFraction | null {
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
  return { numerator: 1, denominator: den, value: 1 / den, next: k + 1, end: t.end };
}

/** "a"/"an" + scale or fraction: "a dozen", "a hundred and fifty", "a third", "a million dollars". */
export function parseArticle(ctx: Ctx, i: number): Quantity | null {
  const fraction = readSingularFraction(ctx, i + 1);
  if (fraction) return fractionQuantity(ctx, i, fraction);
  const noun = ctx.ts.at(i + 1);
  if (!isSpacedWord(noun)) return null;
  if (noun.lower === 'couple') return parseCouple(ctx, i);
  const card = readCardinal(ctx, i + 1, ARTICLE_STATE);
  if (!card) return readNounAndFraction(ctx, i);
  // "a hundred and a half" is no English; "a million and a half" is 1.5 million.
  const value = stateValue(card.state);
  const half = card.state.phase === 'scale' ? readAndFraction(ctx, card.next) : null;
  if (half) {
    const factor = card.state.lastScale;
    return withSuffixes(
      ctx,
      quantity({
        value: factor + (factor * half.numerator) / half.denominator,
        kind: 'count',
        first: i,
        next: half.next,
        end: half.end,
        unitSearch: 'noun',
        scaled: true,
        preScale: 1 + half.value,
      }),
    );
  }
  return withSuffixes(
    ctx,
    quantity({
      value,
      kind: 'count',
      first: i,
      next: card.next,
      end: card.end,
      unitSearch: 'noun',
      scaled: true,
      preScale: 1,
      approximate: isDozen(card.state),
    }),
  );
}

/**
 * "a couple of weeks" (about 2), "a couple hundred people", "a couple of thousand dollars" (about 200, 2,000):
 * an approximate two. "a couple" alone is a pair of people ("a couple from Ottawa"), no number.
 */
function parseCouple(ctx: Ctx, i: number): Quantity | null {
  const { ts } = ctx;
  const of = ts.at(i + 2);
  const hasOf = isSpacedWord(of, 'of');
  const scaleTok = ts.at(hasOf ? i + 3 : i + 2);
  const scale = isSpacedWord(scaleTok)
    ? scaleTok.lower === 'hundred'
      ? HUNDRED
      : scaleTok.lower === 'dozen'
        ? DOZEN
        : SCALE_WORDS.get(scaleTok.lower)
    : undefined;
  if (scale !== undefined) {
    const next = hasOf ? i + 4 : i + 3;
    return withSuffixes(
      ctx,
      quantity({
        value: COUPLE * scale,
        kind: 'count',
        first: i,
        next,
        end: scaleTok!.end,
        unitSearch: 'noun',
        scaled: true,
        preScale: COUPLE,
        approximate: true,
      }),
    );
  }
  if (!hasOf) return null;
  const couple = ts.at(i + 1)!;
  return quantity({
    value: COUPLE,
    kind: 'count',
    first: i,
    next: i + 2,
    end: couple.end,
    unitSearch: 'noun-of',
    approximate: true,
  });
}

/** "a week and a half", "an hour and a half": one unit and a fraction of it (1.5 weeks). */
function readNounAndFraction(ctx: Ctx, i: number): Quantity | null {
  const noun = ctx.ts.at(i + 1)!;
  if (!noun.lower || !isLowerInitial(noun.text) || isNumberWord(noun.lower) || noun.lower.includes('-')) return null;
  const fraction = readAndFraction(ctx, i + 2);
  if (!fraction) return null;
  return quantity({
    value: 1 + fraction.value,
    kind: 'count',
    first: i,
    next: fraction.next,
    end: fraction.end,
    unit: pluralNoun(noun.lower),
  });
}

/** "half", "half a million", "half a dozen" (but not "the first half"). */
export function parseHalf(ctx: Ctx, i: number): Quantity | null {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  const prev = ts.at(i - 1);
  if (isWordTok(prev) && HALF_BLOCKERS.has(prev.lower)) return null;
  const article = ts.at(i + 1);
  // "half million": a scale right after "half".
  const scale = isSpacedWord(article)
    ? article.lower === 'hundred'
      ? HUNDRED
      : SCALE_WORDS.get(article.lower)
    : undefined;
  if (scale !== undefined) {
    return withSuffixes(
      ctx,
      quantity({
        value: scale / 2,
        kind: 'count',
        first: i,
        next: i + 2,
        end: article!.end,
        unitSearch: 'noun',
        scaled: true,
        preScale: 0.5,
      }),
    );
  }
  if (isSpacedWord(article) && (article.lower === 'a' || article.lower === 'an')) {
    const card = readCardinal(ctx, i + 2, ARTICLE_STATE);
    if (card) {
      const value = stateValue(card.state) / 2;
      return withSuffixes(
        ctx,
        quantity({
          value,
          kind: 'count',
          first: i,
          next: card.next,
          end: card.end,
          unitSearch: 'noun',
          scaled: true,
          preScale: 0.5,
          approximate: isDozen(card.state),
        }),
      );
    }
  }
  return quantity({ value: 1 / 2, kind: 'count', first: i, next: i + 1, end: tok.end, unitSearch: 'noun-of' });
}

/** "quarter million", "quarter-million": a quarter right before a scale word; else no number. */
export function parseQuarter(ctx: Ctx, i: number): Quantity | null {
  const scale = ctx.ts.at(i + 1);
  const factor = isSpacedWord(scale) ? SCALE_WORDS.get(scale.lower) : undefined;
  if (factor === undefined) return null;
  return withSuffixes(
    ctx,
    quantity({
      value: factor / 4,
      kind: 'count',
      first: i,
      next: i + 2,
      end: scale!.end,
      unitSearch: 'noun',
      scaled: true,
      preScale: 0.25,
    }),
  );
}
