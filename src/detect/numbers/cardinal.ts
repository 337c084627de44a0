/** Spelled-out cardinals ("three hundred and twenty thousand"): a word-by-word state machine. */
import {
  DOZEN,
  FRACTION_PLURAL,
  HUNDRED,
  ORDINAL_WORDS,
  SCALE_WORDS,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_PLURALS,
} from '../../lexicon/number-words.js';
import type { Ctx } from './quantity.js';
import { isSpacedWord, isWordTok } from './tokens.js';

type Phase = 'start' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'end';

/** The state of reading a spelled-out cardinal ("three hundred and twenty thousand"). */
interface WordState {
  total: number;
  group: number;
  phase: Phase;
  lastScale: number;
  groupHasHundred: boolean;
}

export const INITIAL_STATE: WordState = {
  total: 0,
  group: 0,
  phase: 'start',
  lastScale: Infinity,
  groupHasHundred: false,
};
/** After the article in "a hundred", "a dozen": one group of 1 that must be scaled. */
export const ARTICLE_STATE: WordState = { ...INITIAL_STATE, group: 1, phase: 'a' };

const ADDITIVE_PHASES: ReadonlySet<Phase> = new Set(['start', 'hundred', 'scale']);
const UNIT_PHASES: ReadonlySet<Phase> = new Set(['start', 'tens', 'hundred', 'scale']);
const HUNDRED_PHASES: ReadonlySet<Phase> = new Set(['unit', 'teen', 'a']);
const SCALE_PHASES: ReadonlySet<Phase> = new Set(['unit', 'teen', 'tens', 'hundred', 'a']);
const DOZEN_PHASES: ReadonlySet<Phase> = new Set(['unit', 'a']);
const AND_PHASES: ReadonlySet<Phase> = new Set(['hundred', 'scale']);

/** Advances the cardinal state by one word, or returns null if the word cannot come next. */
export function stepWord(s: WordState, w: string): WordState | null {
  const unit = UNIT_WORDS.get(w);
  if (unit !== undefined) {
    // "zero" stands alone: "zero hundred" is not English.
    if (unit === 0) return s.phase === 'start' ? { ...s, phase: 'end' } : null;
    return UNIT_PHASES.has(s.phase) ? { ...s, group: s.group + unit, phase: 'unit' } : null;
  }
  const teen = TEEN_WORDS.get(w);
  if (teen !== undefined) {
    return ADDITIVE_PHASES.has(s.phase) ? { ...s, group: s.group + teen, phase: 'teen' } : null;
  }
  const tens = TENS_WORDS.get(w);
  if (tens !== undefined) {
    return ADDITIVE_PHASES.has(s.phase) ? { ...s, group: s.group + tens, phase: 'tens' } : null;
  }
  if (w === 'hundred') {
    // One "hundred" per group: "two hundred five hundred" is two numbers.
    if (!HUNDRED_PHASES.has(s.phase) || s.groupHasHundred) return null;
    return { ...s, group: s.group * HUNDRED, phase: 'hundred', groupHasHundred: true };
  }
  const scale = SCALE_WORDS.get(w);
  if (scale !== undefined) {
    // Scales must decrease: "two million three thousand", never "three thousand two million".
    if (!SCALE_PHASES.has(s.phase) || scale >= s.lastScale) return null;
    return { total: s.total + s.group * scale, group: 0, phase: 'scale', lastScale: scale, groupHasHundred: false };
  }
  if (w === 'dozen') {
    // "dozen" multiplies a lone small number and ends the number ("two dozen", "a dozen").
    if (!DOZEN_PHASES.has(s.phase) || s.total !== 0 || s.groupHasHundred) return null;
    return { ...s, group: s.group * DOZEN, phase: 'end' };
  }
  return null;
}

/** Steps through a word that may be hyphenated ("twenty-five"). */
export function stepToken(s: WordState, lower: string): WordState | null {
  if (!lower.includes('-')) return stepWord(s, lower);
  let state: WordState | null = s;
  for (const part of lower.split('-')) {
    state = state && stepWord(state, part);
  }
  return state;
}

/** Whether the number ended with "dozen" ("a dozen", "two dozen"): a round, approximate figure. */
export function isDozen(s: WordState): boolean {
  return s.phase === 'end' && s.group > 0;
}

export function isTerminal(s: WordState): boolean {
  return s.phase !== 'start' && s.phase !== 'a';
}

export function stateValue(s: WordState): number {
  return s.total + s.group;
}

/** Whether a word can follow "and" inside a spelled-out number ("hundred and five"). */
function startsAdditive(lower: string): boolean {
  const first = lower.split('-', 1)[0];
  return UNIT_WORDS.has(first) || TEEN_WORDS.has(first) || TENS_WORDS.has(first);
}

export function isNumberWord(lower: string): boolean {
  return (
    UNIT_WORDS.has(lower) ||
    TEEN_WORDS.has(lower) ||
    TENS_WORDS.has(lower) ||
    SCALE_WORDS.has(lower) ||
    lower === 'hundred' ||
    lower === 'dozen' ||
    ORDINAL_WORDS.has(lower) ||
    VAGUE_PLURALS.has(lower)
  );
}

/**
 * Parses a spelled-out cardinal given as words ("three", "hundred", "and", "twenty-five"), or
 * "a"/"an" + scale ("a", "dozen"). Returns null unless every word belongs to one well-formed number.
 */
export function parseNumberWords(words: string[]): number | null {
  let state: WordState = INITIAL_STATE;
  let k = 0;
  const first = words[0]?.toLowerCase();
  if (first === 'a' || first === 'an') {
    state = ARTICLE_STATE;
    k = 1;
  }
  for (; k < words.length; k += 1) {
    const w = words[k].toLowerCase();
    if (w === 'and' && AND_PHASES.has(state.phase) && k + 1 < words.length) continue;
    const next = stepToken(state, w);
    if (!next) return null;
    state = next;
  }
  return isTerminal(state) ? stateValue(state) : null;
}

/** Reads a spelled-out cardinal greedily from token i, starting from `state`. */
export function readCardinal(
  ctx: Ctx,
  i: number,
  state0: WordState,
): { state: WordState; next: number; end: number; tokens: number } | null {
  const { ts } = ctx;
  let state = state0;
  let j = i;
  let next = -1;
  let end = -1;
  let tokens = 0;
  for (;;) {
    const t = ts.at(j);
    if (!isWordTok(t) || !t.lower || (j > i && !t.space)) break;
    if (t.lower === 'and' && AND_PHASES.has(state.phase)) {
      const n = ts.at(j + 1);
      const fraction = ts.at(j + 2);
      const fractionFollows = isSpacedWord(fraction) && FRACTION_PLURAL.has(fraction.lower);
      if (isSpacedWord(n) && startsAdditive(n.lower) && !fractionFollows) {
        j += 1;
        continue;
      }
      break;
    }
    const stepped = stepToken(state, t.lower);
    if (!stepped) break;
    state = stepped;
    j += 1;
    next = j;
    end = t.end;
    tokens += 1;
  }
  if (next < 0 || !isTerminal(state)) return null;
  return { state, next, end, tokens };
}
