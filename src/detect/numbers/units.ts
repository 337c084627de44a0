/** The counted noun after a number ("200 attackers", "three police officers"). */
import {
  AGE_UNIT,
  COMMON_IRREGULAR_VERBS,
  MEASURE_SYMBOLS,
  LY_NOUNS,
  MONTHS,
  OF_DETERMINERS,
  UNIT_STOP_WORDS,
} from '../../lexicon/number-words.js';
import type { Token } from './lexer.js';
import type { Ctx, Quantity } from './quantity.js';
import { isLowerInitial, isPluralNoun, isSpacedWord } from './tokens.js';
import { isNumberWord } from './cardinal.js';

/** The plural of a unit noun taken from a compound adjective ("page" → "pages", "study" → "studies"). */
export function pluralNoun(word: string): string {
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The unit of a compound adjective: "a 212-page report" → "pages", "a one-page memo" → "page",
 * "the 58-year-old" → "years (age)", "a 3-month-old" → "months (age)".
 */
export function compoundUnitName(unit: string, after: string | undefined, value: number): string {
  if (after === 'old')
    return unit === 'year' || unit === 'years' ? AGE_UNIT : `${pluralNoun(unit.replace(/s$/, ''))} (age)`;
  return value === 1 || unit.endsWith('s') ? unit : pluralNoun(unit);
}

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
  // "512 GB", "40 km": a unit symbol.
  if (j === k && isSpacedWord(w1) && MEASURE_SYMBOLS.has(w1.text)) return w1.text;
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

export function fixedOrSearchedUnit(ctx: Ctx, q: Quantity): string | undefined {
  if (q.unit !== undefined) return q.unit;
  if (q.unitSearch === 'none') return undefined;
  const singular = q.kind === 'ordinal' || q.value === 1;
  return captureUnit(ctx, q.unitFrom < 0 ? q.next : q.unitFrom, q.unitSearch === 'noun-of', singular);
}
