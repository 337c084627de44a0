/** Money and percentages: currency symbols before an amount, currency and percent words after it. */
import { CURRENCY_WORDS, PERCENT_UNIT, PERCENT_WORDS } from '../../lexicon/number-words.js';
import { isSkip, quantity, type Ctx, type Parse, type Quantity } from './quantity.js';
import { isPunct, isSpacedWord } from './tokens.js';
import { readDigits } from './digits.js';

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
export function withSuffixes(ctx: Ctx, q: Quantity): Quantity {
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

/** Money after a currency symbol at symIdx ("$3.5 billion", "£20", "US$5"); first is the span start. */
export function parseMoney(ctx: Ctx, first: number, symIdx: number, code: string): Parse {
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
