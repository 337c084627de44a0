/** Approximation and bound modifiers before a number ("about", "up to", "no more than"). */
import { APPROXIMATE_MODIFIERS, LOWER_BOUND_MODIFIERS, UPPER_BOUND_MODIFIERS } from '../../lexicon/number-words.js';
import type { Ctx } from './quantity.js';
import { isSpacedWord } from './tokens.js';

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
  add(UPPER_BOUND_MODIFIERS, false, 'upper');
  add(LOWER_BOUND_MODIFIERS, false, 'lower');
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

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
