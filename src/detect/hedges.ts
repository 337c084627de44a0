/**
 * Hedge detection: finds the words and phrases of the hedge lexicon ("reportedly",
 * "have been accused of") as whole words, case-insensitively, longest match first.
 *
 * The text is walked word by word once; at each word the lexicon phrases starting with that word
 * (a Map keyed on the first word) are compared against the next few words. Phrase words must be
 * separated by whitespace only, so "may, have" is two words, not "may have". Linear time.
 */
import type { Hedge } from '../types.js';
import { HEDGE_LEXICON, NAME_AMBIGUOUS_LEMMAS } from '../lexicon/hedges.js';
import { wordEnd } from './word-scan.js';

/** A lexicon phrase as words, with its lemma. */
interface Phrase {
  words: readonly string[];
  lemma: string;
}

/** Words longer than this cannot be in the lexicon; they are not lowercased (50 MB runs). */
const MAX_LEXICON_WORD = 40;

/** Letters and digits outside ASCII (no `g` flag: `test` keeps no state). */
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_ASCII_SPACE = /\s/u;

/** Lexicon phrases keyed on their first word, longest first. */
const PHRASE_INDEX: ReadonlyMap<string, readonly Phrase[]> = buildIndex();
/** The longest phrase, in words: how far to look ahead. */
const MAX_PHRASE_WORDS = Math.max(...HEDGE_LEXICON.flatMap((e) => e.forms.map((f) => f.split(' ').length)));

function buildIndex(): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const entry of HEDGE_LEXICON) {
    for (const form of entry.forms) {
      const words = form.split(' ');
      const list = index.get(words[0]) ?? [];
      list.push({ words, lemma: entry.lemma });
      index.set(words[0], list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && NON_ASCII_WORD_CHAR.test(text[i]);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && NON_ASCII_SPACE.test(text[i]);
}

/** A word in the text. */
interface Word {
  start: number;
  end: number;
  lower: string;
}

function makeWord(text: string, start: number, end: number): Word {
  const lower = end - start > MAX_LEXICON_WORD ? '' : text.slice(start, end).toLowerCase().replaceAll('\u2019', "'");
  return { start, end, lower };
}

/** The next word at or after `pos`, skipping anything else. */
function nextWord(text: string, pos: number, end: number): Word | null {
  let i = pos;
  while (i < end && !isWordCharAt(text, i)) i += 1;
  if (i >= end) return null;
  return makeWord(text, i, wordEnd(text, i, end, isWordCharAt));
}

/** The word right after `pos` when only whitespace separates them, else null. */
function followingWord(text: string, pos: number, end: number): Word | null {
  let i = pos;
  while (i < end && isSpaceAt(text, i)) i += 1;
  if (i === pos || i >= end || !isWordCharAt(text, i)) return null;
  const j = wordEnd(text, i, end, isWordCharAt);
  // A word cut by the window end is not that word.
  if (j === end && end < text.length && isWordCharAt(text, end)) return null;
  return makeWord(text, i, j);
}

/**
 * "May" in title case is a month or a name ("in May", "Theresa May said", "May has said"); the
 * modal almost never opens a news sentence, so only "may" and all-caps "MAY" count.
 */
function isNameNotHedge(text: string, first: Word): boolean {
  const surface = text.slice(first.start, first.end);
  return surface !== surface.toLowerCase() && surface !== surface.toUpperCase();
}

/** The longest phrase matching the words from `first` on, or null. */
function matchAt(text: string, first: Word, end: number): { phrase: Phrase; last: Word } | null {
  const candidates = PHRASE_INDEX.get(first.lower);
  if (!candidates) return null;
  const wordAt = lookahead(text, first, end);
  for (const phrase of candidates) {
    if (!phrase.words.every((w, k) => wordAt(k)?.lower === w)) continue;
    if (NAME_AMBIGUOUS_LEMMAS.has(phrase.lemma) && isNameNotHedge(text, first)) continue;
    return { phrase, last: wordAt(phrase.words.length - 1)! };
  }
  return null;
}

/**
 * The words after `first` (whitespace-separated only), read on demand and at most once each, so
 * trying many phrases never rescans a long word or gap.
 */
function lookahead(text: string, first: Word, end: number): (k: number) => Word | undefined {
  const words: Word[] = [first];
  let exhausted = false;
  return (k: number) => {
    while (words.length <= k && !exhausted && words.length < MAX_PHRASE_WORDS) {
      const w = followingWord(text, words[words.length - 1].end, end);
      if (w) words.push(w);
      else exhausted = true;
    }
    return words[k];
  };
}

/**
 * Finds the hedges in `text.slice(start, end)`.
 *
 * @param text - the whole document; offsets in the result index into it
 * @param start - where to start scanning (default 0)
 * @param end - where to stop scanning, exclusive (default `text.length`)
 * @returns non-overlapping hedges in text order, each with `text.slice(h.start, h.end) === h.text`
 *   and the normalised lexicon `lemma` ("was accused of" → "be accused of")
 */
export function detectHedges(text: string, start = 0, end = text.length): Hedge[] {
  const lo = Math.max(0, Math.min(start, text.length));
  const hi = Math.max(lo, Math.min(end, text.length));
  const out: Hedge[] = [];
  let pos = lo;
  // A window starting inside a word must not match that word's tail ("dis|may").
  if (pos > 0 && pos < hi && isWordCharAt(text, pos - 1)) pos = wordEnd(text, pos, hi, isWordCharAt);
  for (;;) {
    const word = nextWord(text, pos, hi);
    if (!word) break;
    // A window ending inside a word must not match its head ("may|or").
    if (word.end === hi && hi < text.length && isWordCharAt(text, hi)) break;
    const match = word.lower ? matchAt(text, word, hi) : null;
    if (match) {
      const hedgeEnd = match.last.end;
      out.push({ text: text.slice(word.start, hedgeEnd), start: word.start, end: hedgeEnd, lemma: match.phrase.lemma });
      pos = hedgeEnd;
    } else {
      pos = word.end;
    }
  }
  return out;
}
