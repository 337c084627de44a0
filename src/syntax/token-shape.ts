/**
 * Tests on one token that the resolver's queries share: its bare word, a capital first letter, the punctuation
 * after it, and the lexicon's and tagger's reading of it (a title, a person noun, a possessive, a month or
 * weekday). They read one token, never a sentence.
 */
import type { Token } from '../segment/nlp.js';
import { TITLE_MODIFIERS, TITLES } from '../lexicon/titles.js';
import { COLLECTIVE_NOUNS, PERSON_NOUNS } from '../lexicon/source-words.js';
import { MONTHS, WEEKDAYS } from '../lexicon/number-words.js';

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

/**
 * "“It is over,” May said", "Will wrote": a modal word written as a name (a capital, then lower case) that the
 * tagger reads as a proper noun is a surname, no auxiliary.
 */
export const isModalName = (token: Token): boolean =>
  token.tags.has('ProperNoun') && !token.tags.has('Modal') && /^\p{Lu}\p{Ll}+$/u.test(token.text);

/** Punctuation after a token that ends a phrase (a comma, a colon, a dash, a closing bracket). */
export const breaksAfter = (token: Token): boolean => /[,;:—–()[\]"“”]/.test(token.post);

/** A title or honorific before a name ("Sen.", "Ambassador", "spokeswoman"). */
export const isTitle = (token: Token): boolean => TITLES.has(bare(token));

/** A common noun that names a person by role: the lexicon's, compromise's Actor tag, or a title. */
export const isPersonNoun = (token: Token): boolean =>
  !token.tags.has('Plural') &&
  (PERSON_NOUNS.has(bare(token)) || token.tags.has('Actor') || (isTitle(token) && !TITLE_MODIFIERS.has(bare(token))));

/** A plural noun that names people by role ("members", "officials", "critics"). */
export const isPeopleNoun = (token: Token): boolean =>
  token.tags.has('Plural') &&
  (token.tags.has('Actor') || PERSON_NOUNS.has(bare(token).replace(/s$/, '')) || COLLECTIVE_NOUNS.has(bare(token)));

/** A possessive word ("club's", "Sanders’"): compromise's tag, or the apostrophe-s the tagger left on the word. */
export const isPossessive = (token: Token): boolean =>
  token.tags.has('Possessive') || token.normal.endsWith("'s") || token.normal.endsWith('’s');

/**
 * A month or weekday by its full name ("June", "August", "Monday"): alone, never a person's name, whatever the
 * tagger says ("early-June", "in late August"). "May" is left out: it is also a surname ("Ms. May").
 */
export const isCalendarName = (token: Token): boolean => {
  const word = bare(token);
  return (WEEKDAYS.has(word) || (MONTHS.has(word) && word.length >= 4)) && word !== 'may';
};
