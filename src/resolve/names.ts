/**
 * Person names anywhere in the text, with what the article says about each where it names them: the title
 * ("Ambassador"), the role words before the name ("Harbour Authority spokeswoman Tilde Maraga") and in an
 * appositive ("The U.S. special representative for Syria engagement, Ambassador James Jeffrey"; "Hugh Hill, a
 * doctor at the clinic,"). These role words are the evidence a definite description is matched against.
 */
import type { Sentence, Token } from '../segment/sentences.js';
import { bare } from './tokens.js';
import { FEMALE_ROLE_NOUNS, FEMALE_TITLES, MALE_ROLE_NOUNS, MALE_TITLES } from '../lexicon/titles.js';
import type { NamedMention } from './source-kind.js';
import type { PersonName } from '../syntax/mention-phrase.js';
import type { TokenIndex } from './tokens.js';
import { firstNamesBefore, personNamesIn, wordsBeforeName } from '../syntax/mention-phrase.js';

export type { PersonName } from '../syntax/mention-phrase.js';

/** Person names anywhere in the text, asked of the syntax layer sentence by sentence (personNamesIn). */
export function personNames(sentences: Sentence[]): PersonName[] {
  return sentences.flatMap((sentence) => personNamesIn(sentence.tokens));
}

/** The gender role words or titles tell ("spokeswoman", "Mr."), if any. */
export function genderOfRoles(roleWords: Iterable<string>, female: Set<string>, male: Set<string>) {
  for (const word of roleWords) {
    if (male.has(word) || MALE_ROLE_NOUNS.has(word)) return 'male' as const;
    if (female.has(word) || FEMALE_ROLE_NOUNS.has(word)) return 'female' as const;
  }
  return undefined;
}

/**
 * A person's reading without the words before the name that are no part of it: "Organizer Lena Brandt" is
 * Lena Brandt, role "Organizer"; "Unlike Ruiz" is Ruiz. `tokens` is the phrase the reading was made
 * from; the name is its trailing capitalised words (after any title or possessive). Other kinds are returned as
 * they are. Where the name starts is asked of the syntax layer (wordsBeforeName).
 */
export function withoutRoleWords(text: string, tokens: readonly Token[], named: NamedMention): NamedMention {
  if (named.kind !== 'person') return named;
  const split = wordsBeforeName(tokens);
  if (!split) return named;
  const prefix = text.slice(tokens[split.first].start, tokens[split.name].start).replace(/\s+/g, ' ');
  if (!named.name.startsWith(prefix)) return named;
  const result: NamedMention = { ...named, name: named.name.slice(prefix.length) };
  if (split.name > split.role) {
    const roleTokens = tokens.slice(split.role, split.name);
    const words = text.slice(roleTokens[0].start, roleTokens[roleTokens.length - 1].end).replace(/\s+/g, ' ');
    result.role = named.role ? `${named.role} ${words}` : words;
    const gender = genderOfRoles(roleTokens.map(bare), FEMALE_TITLES, MALE_TITLES);
    if (gender) result.gender = gender;
  }
  const opening = tokens[split.name];
  // A first name the tagger knows as both ("Jordan") tells no gender.
  if (!result.gender && opening.tags.has('MaleName') !== opening.tags.has('FemaleName'))
    result.gender = opening.tags.has('MaleName') ? 'male' : 'female';
  return result;
}

/** Words that open a surname of two words ("Al Hamid", "van Gogh", "De Luca"). */
const SURNAME_PARTICLES = new Set([
  'al',
  'el',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'bin',
  'ben',
  'abu',
  'st',
]);

/** Whether name words are a surname alone: one word, or a particle and a word ("al hamid"). */
export const isSurnameOnly = (words: readonly string[]): boolean =>
  words.length === 1 || (words.length === 2 && SURNAME_PARTICLES.has(words[0]));

/** A full name the text writes of a surname: "Shanaz Okoro" for Okoro, with the first name's gender tag. */
export interface FullName {
  name: string;
  words: string[];
  /** Where the text first writes it. */
  start: number;
  gender?: 'male' | 'female';
}

/**
 * The full names the text writes of surnames known alone ("Okoro said" and, elsewhere, "Shanaz Okoro,
 * president of …"): a capitalised word right before the surname that can be a first name (one the tagger knows,
 * or any capitalised word that is no function word, title, place or role noun and does not open its sentence).
 * Asked of the syntax layer sentence by sentence (firstNamesBefore). Keys are the surnames' words joined by spaces.
 */
export function fullNamesInText(index: TokenIndex, surnames: readonly string[][]): Map<string, FullName[]> {
  const wanted = new Map<string, string[]>();
  for (const words of surnames) if (isSurnameOnly(words)) wanted.set(words[words.length - 1], words);
  const found = new Map<string, FullName[]>();
  if (wanted.size === 0) return found;
  for (const syntax of index.analyses())
    for (const match of firstNamesBefore(syntax, wanted)) {
      const first = syntax.tokens[match.first];
      if (index.inBarrier(first.start)) continue;
      const words = match.words;
      const key = words.join(' ');
      const list = found.get(key) ?? [];
      const full: FullName = {
        name: syntax.tokens
          .slice(match.first, match.last + 1)
          .map((t) => t.text)
          .join(' ')
          .replace(/['’]s?$/, ''),
        words: [bare(first), ...words],
        start: first.start,
      };
      if (first.tags.has('MaleName') !== first.tags.has('FemaleName'))
        full.gender = first.tags.has('MaleName') ? 'male' : 'female';
      if (!list.some((f) => f.words.join(' ') === full.words.join(' '))) list.push(full);
      found.set(key, list);
    }
  return found;
}
