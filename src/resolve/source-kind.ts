/** What kind of entity a mention names, and the name it goes by (titles and determiners stripped). */
import type { SourceKind } from '../types.js';
import type { Token } from '../segment/nlp.js';
import { ANONYMOUS_HEADS, MEDIA_WORDS, MEDIA_WORDS_AFTER_THE, ORGANIZATION_WORDS } from '../lexicon/source-words.js';
import { FEMALE_TITLES, MALE_TITLES, TITLES } from '../lexicon/titles.js';

/** A named reading of a mention. */
export interface NamedMention {
  kind: SourceKind;
  name: string;
  title?: string;
  gender?: 'male' | 'female';
}

const LEADING_DETERMINERS = new Set(['the', 'a', 'an', 'another', 'this', 'that', 'these', 'those', 'some', 'one']);
const isCapitalized = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
/** A capitalised word that compromise also reads as a name (a sentence-initial "Residents" is not one). */
const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym', 'Honorific'];
const isNameWord = (token: Token): boolean => isCapitalized(token) && NAME_TAGS.some((tag) => token.tags.has(tag));
const bare = (token: Token): string => token.normal.replace(/\.$/, '').replace(/[’']s$/, '');

/** The words of the mention as written, with the abbreviation periods kept ("Sen. Ted Cruz" -> "Sen."). */
function written(text: string, tokens: Token[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, ' ');
}

/** Classify a mention made of tokens (not a pronoun). */
export function nameMention(text: string, tokens: Token[]): NamedMention {
  let words = tokens;
  while (words.length > 1 && LEADING_DETERMINERS.has(words[0].normal)) words = words.slice(1);
  const lower = words.map(bare);
  const proper = words.some(isNameWord);
  const afterThe = tokens.length > words.length && tokens[0].normal === 'the';
  const head = lower[lower.length - 1];
  if (!proper) {
    const kind: SourceKind = ANONYMOUS_HEADS.has(head) ? 'anonymous' : 'group';
    return { kind, name: written(text, words) };
  }
  // "U.S. local commanders", "The U.S. official": a common head noun names a group, whatever modifies it.
  if (!isCapitalized(words[words.length - 1]) || words.some((w) => w.tags.has('Possessive')))
    return { kind: ANONYMOUS_HEADS.has(head) ? 'anonymous' : 'group', name: written(text, words) };
  const mediaWord =
    lower.some((w) => MEDIA_WORDS.has(w)) || (afterThe && lower.some((w) => MEDIA_WORDS_AFTER_THE.has(w)));
  if (mediaWord && !words.some((w) => w.tags.has('Person') && !w.tags.has('Honorific')))
    return { kind: 'media', name: written(text, words) };
  if (
    words.some((w) => w.tags.has('Organization') || w.tags.has('Country')) ||
    lower.some((w) => ORGANIZATION_WORDS.has(w))
  ) {
    if (!words.some((w) => w.tags.has('Person') && !w.tags.has('Honorific') && !TITLES.has(bare(w))))
      return { kind: 'organization', name: written(text, words) };
  }
  // A person: the trailing capitalised words are the name, title words before it are the title.
  let split = words.length;
  while (split > 0 && isCapitalized(words[split - 1]) && !TITLES.has(bare(words[split - 1]))) split--;
  if (split === words.length) return { kind: 'group', name: written(text, words) };
  const nameTokens = words.slice(split);
  const titleTokens = words.slice(0, split).filter((w) => TITLES.has(bare(w)));
  const titleWords = new Set(titleTokens.map(bare));
  const first = nameTokens[0];
  const gender =
    first.tags.has('MaleName') || [...titleWords].some((t) => MALE_TITLES.has(t))
      ? 'male'
      : first.tags.has('FemaleName') || [...titleWords].some((t) => FEMALE_TITLES.has(t))
        ? 'female'
        : undefined;
  const result: NamedMention = { kind: 'person', name: written(text, nameTokens) };
  if (titleTokens.length > 0 && split > 0)
    result.title = written(text, words.slice(words.indexOf(titleTokens[0]), split));
  if (gender) result.gender = gender;
  return result;
}
