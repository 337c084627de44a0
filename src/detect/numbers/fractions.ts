/** "a"/"an" + fraction or scale ("a third", "a dozen") and "half" ("half a million"). */
import { AMBIGUOUS_FRACTIONS, FRACTION_SINGULAR, HALF_BLOCKERS } from '../../lexicon/number-words.js';
import { quantity, type Ctx, type Quantity } from './quantity.js';
import { isLowerInitial, isSpacedWord, isWordTok } from './tokens.js';
import { ARTICLE_STATE, readCardinal, stateValue } from './cardinal.js';
import { withSuffixes } from './money-percent.js';

/** A singular fraction word after "a"/"one" at k ("a third of", "a quarter"), or null. */
export function readSingularFraction(ctx: Ctx, k: number): { value: number; next: number; end: number } | null {
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
export function parseArticle(ctx: Ctx, i: number): Quantity | null {
  const fraction = readSingularFraction(ctx, i + 1);
  if (fraction) return quantity({ ...fraction, kind: 'count', first: i, unitSearch: 'noun-of' });
  if (!isSpacedWord(ctx.ts.at(i + 1))) return null;
  const card = readCardinal(ctx, i + 1, ARTICLE_STATE);
  if (!card) return null;
  const value = stateValue(card.state);
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
    }),
  );
}

/** "half", "half a million", "half a dozen" (but not "the first half"). */
export function parseHalf(ctx: Ctx, i: number): Quantity | null {
  const { ts } = ctx;
  const tok = ts.at(i)!;
  const prev = ts.at(i - 1);
  if (isWordTok(prev) && HALF_BLOCKERS.has(prev.lower)) return null;
  const article = ts.at(i + 1);
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
        }),
      );
    }
  }
  return quantity({ value: 1 / 2, kind: 'count', first: i, next: i + 1, end: tok.end, unitSearch: 'noun-of' });
}
