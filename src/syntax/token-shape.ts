/**
 * Shape tests on one token that the resolver's queries share: its bare word, a capital first letter, and the
 * punctuation after it. They read one token's text, never a sentence.
 */
import type { Token } from '../segment/nlp.js';

/** A word's letters in lower case, without a trailing abbreviation period or possessive ("Sen." -> "sen"). */
export const bare = (token: Token): string => {
  let word = token.normal;
  if (word.endsWith('.')) word = word.slice(0, -1);
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
};

/** Whether a token is written with a capital first letter (a shape test on one token). */
export const isCapitalized = (token: Token): boolean => {
  const first = token.text.codePointAt(0);
  if (first === undefined) return false;
  const letter = String.fromCodePoint(first);
  return letter !== letter.toLowerCase() && letter === letter.toUpperCase();
};

/** Punctuation after a token that ends a phrase (a comma, a colon, a dash, a closing bracket). */
export const breaksAfter = (token: Token): boolean => /[,;:—–()[\]"“”]/.test(token.post);
