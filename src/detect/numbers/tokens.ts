/** Tests on the number lexer's tokens: kind, glue, case, sentence starts, plural nouns, identifier runs. */
import { IRREGULAR_PLURALS } from '../../lexicon/number-words.js';
import type { Token } from './lexer.js';
import type { Ctx } from './quantity.js';

/** Punctuation that joins digit groups into one identifier-like chain ("9/11", "10:30", "1.2.3"). */
export const CHAIN_SEPARATORS: ReadonlySet<string> = new Set(['-', '\u2013', '/', ':', '.']);
/** Chain separators that may form a numeric range ("2014-2017", "10–15"). */
export const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2013']);
/** Dashes that, with a space before them, open a clause ("OTTAWA — One day, …", "OTTAWA -- About 300"). */
export const CLAUSE_DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);
/** Punctuation that can glue identifier pieces together ("F-16s", "A320neo"). */
const GLUE_JOINERS: ReadonlySet<string> = new Set(['-', '\u2013', '/', '.', ':', '_']);
/** Punctuation after which the next word starts a sentence or clause (so may be capitalised). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  '"',
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  "'",
  ':',
  ';',
  '(',
  '[',
]);

/** Narrowed token types: type guards on these narrow only on success (a failed check says nothing). */
type WordToken = Token & { kind: 'word' };
type PunctToken = Token & { kind: 'punct' };
type GluedToken = Token & { space: false };

export function isWordTok(t: Token | undefined, lower?: string): t is WordToken {
  return t !== undefined && t.kind === 'word' && (lower === undefined || t.lower === lower);
}

/** A word that follows the previous token after whitespace. */
export function isSpacedWord(t: Token | undefined, lower?: string): t is WordToken {
  return isWordTok(t, lower) && t.space;
}

export function isPunct(t: Token | undefined, chars: ReadonlySet<string> | string): t is PunctToken {
  if (t === undefined || t.kind !== 'punct') return false;
  return typeof chars === 'string' ? t.text === chars : chars.has(t.text);
}

/** Glued to the previous token (no whitespace in between). */
export function isGlued(t: Token | undefined): t is GluedToken {
  return t !== undefined && !t.space;
}

export function isLowerInitial(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

export function isUpperInitial(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** "Section", "Apollo": initial capital followed by some lowercase (so not an all-caps headline). */
export function isTitleCase(t: Token): boolean {
  if (!t.lower || !isUpperInitial(t.text)) return false;
  return t.text !== t.text.toUpperCase();
}

/** Whether token i begins a sentence or clause (so a capital letter there means nothing). */
export function isSentenceStart(ctx: Ctx, i: number): boolean {
  const prev = ctx.ts.at(i - 1);
  return prev === undefined || isPunct(prev, SENTENCE_OPENERS);
}

/**
 * Whether token i opens a clause: a sentence start, a dash before it ("OTTAWA — About 300", "OTTAWA --
 * One day, …") or a line break (a headline line without a full stop above it).
 */
export function isClauseStart(ctx: Ctx, i: number): boolean {
  if (isSentenceStart(ctx, i)) return true;
  const prev = ctx.ts.at(i - 1)!;
  // An em dash, a spaced dash, or a doubled one ("OTTAWA -- ").
  const beforeDash = ctx.ts.at(i - 2);
  const dash =
    isPunct(prev, CLAUSE_DASHES) &&
    (prev.text === '\u2014' || prev.space || beforeDash === undefined || isPunct(beforeDash, CLAUSE_DASHES));
  if (dash) return true;
  const tok = ctx.ts.at(i)!;
  return tok.space && ctx.text.slice(prev.end, tok.start).includes('\n');
}

/** A plural noun: regular "-s" (not "-ss", "-us", "-is") or an irregular plural. */
export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower);
}

/** Skips a run of glued identifier pieces ("F-16s", "4x4", "MH17"): returns the index after it. */
export function skipGlued(ctx: Ctx, i: number): number {
  const { ts } = ctx;
  let j = i;
  for (;;) {
    const t1 = ts.at(j + 1);
    if (isGlued(t1) && t1.kind !== 'punct') {
      j += 1;
      continue;
    }
    const t2 = ts.at(j + 2);
    if (isGlued(t1) && isPunct(t1, GLUE_JOINERS) && isGlued(t2) && t2.kind !== 'punct') {
      j += 2;
      continue;
    }
    return j + 1;
  }
}
