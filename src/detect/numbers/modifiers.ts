/** Approximation and bound modifiers before a number ("about", "up to", "no more than"). */
import {
  APPROXIMATE_MODIFIERS,
  APPROXIMATE_UPPER_MODIFIERS,
  LOWER_BOUND_MODIFIERS,
  POST_MODIFIERS,
  UPPER_BOUND_MODIFIERS,
} from '../../lexicon/number-words.js';
import type { Ctx } from './quantity.js';
import { isSpacedWord, isWordTok } from './tokens.js';

export interface Modifier {
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
  add(APPROXIMATE_UPPER_MODIFIERS, true, 'upper');
  add(UPPER_BOUND_MODIFIERS, false, 'upper');
  add(LOWER_BOUND_MODIFIERS, false, 'lower');
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The first word of every modifier phrase ("about", "up", "more"): a number after it is no name. */
export const MODIFIER_FIRST_WORDS: ReadonlySet<string> = new Set(MODIFIER_INDEX.keys());

/** The longest modifier phrase at token i ("no more than"), or null. */
export function matchModifier(ctx: Ctx, i: number): { mod: Modifier; next: number } | null {
  const candidates = MODIFIER_INDEX.get(ctx.ts.at(i)!.lower);
  if (!candidates) return null;
  for (const mod of candidates) {
    let ok = true;
    for (let k = 1; k < mod.words.length && ok; k += 1) ok = isSpacedWord(ctx.ts.at(i + k), mod.words[k]);
    if (ok) return { mod, next: i + mod.words.length };
  }
  return null;
}

/** A bound written after the number at token k ("or more", "or fewer", "and over", "or so"), or null. */
export function matchPostModifier(ctx: Ctx, k: number): { mod: Modifier; next: number; end: number } | null {
  const w1 = ctx.ts.at(k);
  const w2 = ctx.ts.at(k + 1);
  if (!isSpacedWord(w1) || !isSpacedWord(w2)) return null;
  const found = POST_MODIFIERS.get(`${w1.lower} ${w2.lower}`);
  if (!found) return null;
  // "900 or more people" but not "900 or more than that": "than" makes it a comparison.
  if (isWordTok(ctx.ts.at(k + 2), 'than')) return null;
  return { mod: { words: [w1.lower, w2.lower], ...found }, next: k + 2, end: w2.end };
}
