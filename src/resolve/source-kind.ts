/**
 * What kind of entity a phrase names, and the name it goes by (determiners, titles and roles stripped). The
 * kinds, as README.md defines them:
 * - `person`: a named individual ("Tilde Maraga", "Dr. Will", "Odunsi");
 * - `anonymous`: an individual the article does not name ("a nurse", "one commenter", "a senior official",
 *   "the club's manager"), and unnamed people cited only as sources ("sources", "insiders");
 * - `group`: plural people ("officials", "residents", "those surveyed", "U.S. local commanders");
 * - `organization`: institutions, companies, governments, departments, agencies, parties, courts, countries
 *   acting, acronyms ("the government", "the transit authority", "Russia", "the NDP");
 * - `media`: outlets and published material ("The Military Times", "a new study", "the court filing");
 * - `unknown`: a pronoun with no antecedent (decided by the resolver, never here).
 * A phrase is read from its tokens' tags and the closed lists of src/lexicon/.
 */
import type { SourceKind } from '../types.js';
import type { Token } from '../segment/nlp.js';
import {
  ANONYMOUS_HEADS,
  COLLECTIVE_NOUNS,
  MEDIA_NOUNS,
  MEDIA_WORDS,
  MEDIA_WORDS_AFTER_THE,
  ORGANIZATION_NOUNS,
  ORGANIZATION_WORDS,
} from '../lexicon/source-words.js';
import { FEMALE_TITLES, MALE_TITLES, TITLES } from '../lexicon/titles.js';
import { SOURCE_PHRASE_DETERMINERS } from '../lexicon/function-words.js';
import { bare, isCapitalized, isPeopleNoun, isPersonNoun, isPossessive } from './tokens.js';
import { genderOfRoles } from './names.js';

/** A named reading of a phrase. */
export interface NamedMention {
  kind: SourceKind;
  name: string;
  title?: string;
  /** The words before a person's name that say what they are, when more than a title ("Harbour Authority spokeswoman"). */
  role?: string;
  gender?: 'male' | 'female';
}

/** An abbreviation in capitals only, two to four letters ("BC" of "BC Hydro", "TD"): an institution's, unless a
 * person's name follows it (the caller checks: "JD Vance"). */
const isCapitalsAbbreviation = (token: Token): boolean =>
  token.tags.has('Abbreviation') && /^\p{Lu}{2,4}$/u.test(token.text);

/** A capitalised word that compromise also reads as a name (a sentence-initial "Residents" is not one). */
const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym', 'Honorific'];
const isNameWord = (token: Token): boolean => isCapitalized(token) && NAME_TAGS.some((tag) => token.tags.has(tag));
const isPersonWord = (token: Token): boolean =>
  token.tags.has('Person') && !token.tags.has('Honorific') && !TITLES.has(bare(token));
const isInstitutionWord = (token: Token): boolean =>
  token.tags.has('Organization') ||
  token.tags.has('Country') ||
  token.tags.has('City') ||
  ((token.tags.has('Acronym') || isCapitalsAbbreviation(token)) && !isPersonWord(token)) ||
  ORGANIZATION_WORDS.has(bare(token));

/** A preposition, or "to" (which the tagger reads as a conjunction before a name: "close to Carter"). */
const isPrepositionWord = (token: Token): boolean => token.tags.has('Preposition') || token.normal === 'to';

/** The words of the phrase as written, with the abbreviation periods kept ("Sen. Ted Cruz" -> "Sen."). */
function written(text: string, tokens: Token[]): string {
  const last = tokens[tokens.length - 1];
  // A name's possessive ending is no part of the name ("Donald Trump's" -> "Donald Trump").
  // A plural possessive's token may hold the bare plural ("ministers" of "ministers’"): nothing to trim then.
  const trim = !isPossessive(last) ? 0 : /['’]s$/.test(last.text) ? 2 : /['’]$/.test(last.text) ? 1 : 0;
  return text
    .slice(tokens[0].start, last.end - (tokens.length > 1 || trim < last.text.length ? trim : 0))
    .replace(/\s+/g, ' ');
}

/**
 * One capitalised word the tagger knows as no common noun ("Garnier had argued", "Odunsi said"): a surname. A
 * plural, a mass noun or a noun of the lexicon is none ("Residents", "Bread", "Police").
 */
function unknownCapitalized(token: Token): boolean {
  const word = bare(token);
  return (
    isCapitalized(token) &&
    !['Plural', 'Uncountable', 'Actor', 'Organization', 'Place', 'Acronym', 'Pronoun'].some((tag) =>
      token.tags.has(tag),
    ) &&
    !MEDIA_NOUNS.has(word) &&
    !ORGANIZATION_NOUNS.has(word) &&
    !ORGANIZATION_WORDS.has(word) &&
    !MEDIA_WORDS.has(word) &&
    !COLLECTIVE_NOUNS.has(word) &&
    !ANONYMOUS_HEADS.has(word) &&
    !isPersonNoun(token)
  );
}

/**
 * A capital letter inside a word in lower case ("TransCanada", "BlackBerry"): the shape of a brand. A word all in
 * capitals is none (a transcript's "PENCE:").
 */
function innerCapital(token: Token): boolean {
  const rest = token.text.slice(1);
  return rest !== rest.toLowerCase() && rest !== rest.toUpperCase();
}

/** The kind of a phrase with a common head noun ("a nurse", "officials", "the transit authority", "a new study"). */
export function commonKind(tokens: Token[]): SourceKind {
  const head = tokens[tokens.length - 1];
  const word = bare(head);
  if (MEDIA_NOUNS.has(word)) return 'media';
  if (ORGANIZATION_NOUNS.has(word)) return 'organization';
  if (ANONYMOUS_HEADS.has(word)) return 'anonymous';
  const plural =
    head.tags.has('Plural') ||
    COLLECTIVE_NOUNS.has(word) ||
    // "those surveyed", "these polled": a demonstrative before no noun stands for people.
    (tokens.length > 1 && (bare(tokens[0]) === 'those' || bare(tokens[0]) === 'these') && !head.tags.has('Noun'));
  return plural ? 'group' : 'anonymous';
}

/** Classify a phrase made of tokens (not a pronoun). */
export function nameMention(text: string, tokens: Token[]): NamedMention {
  let words = tokens;
  // "those surveyed" keeps its "those": with no noun after it, it is the head.
  const demonstrativeHead = (w: Token[]) =>
    (w[0].normal === 'those' || w[0].normal === 'these') && !w[1].tags.has('Noun');
  while (words.length > 1 && SOURCE_PHRASE_DETERMINERS.has(words[0].normal) && !demonstrativeHead(words))
    words = words.slice(1);
  // "Fox News' Chris Wallace", "Monday's debate Politifact": the name after a possessive is the phrase; "the
  // club's manager" stays whole; a possessive ending the phrase is the name's ("Donald Trump's").
  const possessive = words.slice(0, -1).findIndex(isPossessive);
  if (possessive >= 0 && isCapitalized(words[words.length - 1])) {
    let run = words.length - 1;
    while (run > possessive + 1 && isCapitalized(words[run - 1]) && !isPossessive(words[run - 1])) run--;
    words = words.slice(run);
  }
  const lower = words.map(bare);
  const last = words[words.length - 1];
  const afterThe = tokens.length > words.length && tokens[0].normal === 'the';
  // "U.S. local commanders", "The U.S. official", "the club's manager": a common head noun, whatever modifies it.
  // One unknown capitalised word: a surname ("Garnier"), or a brand when written with inner capitals ("TransCanada").
  if (words.length === 1 && unknownCapitalized(last))
    return { kind: innerCapital(last) ? 'organization' : 'person', name: written(text, words) };
  if (!words.some(isNameWord) || !isCapitalized(last) || words.slice(0, -1).some(isPossessive))
    return { kind: commonKind(words), name: written(text, words) };
  // The trailing capitalised words that are no title are the name; the words before it, its role.
  let split = words.length;
  while (split > 0 && isCapitalized(words[split - 1]) && !TITLES.has(bare(words[split - 1]))) split--;
  // "sources close to Carter", "people familiar with Ruiz": a name after a preposition, in a phrase whose head is a
  // common noun of people before it, belongs to the modifier; the people speak.
  if (split > 1 && isPrepositionWord(words[split - 1]) && !isCapitalized(words[0])) {
    let head = 0;
    while (head + 1 < split - 1 && words[head + 1].tags.has('Noun') && !isPrepositionWord(words[head + 1])) head++;
    if (isPeopleNoun(words[head]) || isPersonNoun(words[head]) || ANONYMOUS_HEADS.has(bare(words[head])))
      return { kind: commonKind(words.slice(0, head + 1)), name: written(text, words) };
  }
  const nameTokens = words.slice(split);
  const roleTokens = words.slice(0, split);
  // "Mr. Ford", "Sen. Warren": a title right before the name makes it a person's, whatever the tagger thinks of it.
  const titled = roleTokens.length > 0 && nameTokens.length > 0 && TITLES.has(bare(roleTokens[roleTokens.length - 1]));
  const institutional = !titled && nameTokens.some(isInstitutionWord);
  // "Harbour Authority spokeswoman Tilde Maraga": a role noun before a name makes it a person's.
  const roleBefore = roleTokens.length > 0 && isPersonNoun(roleTokens[roleTokens.length - 1]);
  if (!(roleBefore && !institutional)) {
    const mediaWord =
      lower.some((w) => MEDIA_WORDS.has(w)) || (afterThe && lower.some((w) => MEDIA_WORDS_AFTER_THE.has(w)));
    if (mediaWord && !words.some(isPersonWord)) return { kind: 'media', name: written(text, words) };
    // "The Roman Catholic Diocese of Lakeview": an institution word before "of" heads the name, whatever words
    // in it are also first names.
    const institutionOf = words.some(
      (w, k) => k + 1 < words.length && words[k + 1].normal === 'of' && isInstitutionWord(w),
    );
    if (words.some(isInstitutionWord) && (institutionOf || !words.some(isPersonWord)))
      return { kind: 'organization', name: written(text, words) };
  }
  if (nameTokens.length === 0) return { kind: commonKind(words), name: written(text, words) };
  const result: NamedMention = { kind: 'person', name: written(text, nameTokens) };
  const titleTokens = roleTokens.filter((w) => TITLES.has(bare(w)));
  if (titleTokens.length > 0) result.title = written(text, roleTokens.slice(roleTokens.indexOf(titleTokens[0])));
  if (roleBefore && roleTokens.some((w) => !TITLES.has(bare(w)) && !SOURCE_PHRASE_DETERMINERS.has(w.normal)))
    result.role = written(text, roleTokens);
  const first = nameTokens[0];
  // A title or role says more than a first name ("Ms. Leslie Hunt").
  const gender =
    genderOfRoles(roleTokens.map(bare), FEMALE_TITLES, MALE_TITLES) ??
    (first.tags.has('MaleName') ? 'male' : first.tags.has('FemaleName') ? 'female' : undefined);
  if (gender) result.gender = gender;
  return result;
}
