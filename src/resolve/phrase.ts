/**
 * The phrase that names a source, from the mention an attribution found and the tokens around it. Each step is
 * one named sieve, tried in this order; each that applies reshapes the phrase:
 * - `title-only`: a title alone is the title of the name after it ("Dr. Will said" -> Will);
 * - `party-tag`: a party-state tag is no source, the name before it is ("Rep. Ann Lo, D-Ore., said" -> Ann Lo);
 * - `relative-clause`: a name inside a relative clause stands for the phrase the clause describes ("a man who
 *   works for Google" -> a man);
 * - `date-tail`: a weekday or month alone is the tail of the phrase before it ("A Monmouth poll out Monday");
 * - `phrase-object`: a mention that is the object of a preposition inside a source's phrase stands for that
 *   phrase ("a source familiar with the talks" -> a source; "a spokesman for Clinton" -> a spokesman);
 * - `phrase-modifier`: a preposition or relative clause inside the mention is no part of what names the source
 *   ("a posting on a forum" -> a posting), except inside a proper name ("The Provincial Ministry of Forests");
 *   material issued by a named body is the body's ("A June 2017 study by the Senate committee").
 * A phrase made only of words that are never a noun phrase ("READ MORE", "Earlier", "late August") names no one.
 */
import type { Token } from '../segment/sentences.js';
import { bare, isCalendarName, isCapitalized, isPeopleNoun, isPersonNoun, isTitle, type TokenIndex } from './tokens.js';
import { MEDIA_NOUNS, ORGANIZATION_NOUNS, PARTY_LETTERS, PERSON_NOUNS } from '../lexicon/source-words.js';
import {
  ATTACHING_PREPOSITIONS,
  dateTailHost,
  ISSUING_PREPOSITIONS,
  isNounWord,
  isOrganizationWord,
  nameAfterTitle,
  nameBeforeTag,
  phraseBeforeModifier,
  prepositionHost,
  relativeClauseHost,
} from '../syntax/mention-phrase.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { SENTENCE_ADVERBS } from '../lexicon/function-words.js';

/** A mention's tokens and where the attribution found it. */
export interface PhraseInput {
  tokens: Token[];
  /** Set when the attribution chose the name after "of" on purpose ("Supporters of Sanders"). */
  writtenStart?: number;
}

/** One reshaping step. */
export interface PhraseSieve {
  name: string;
  apply(tokens: Token[], index: TokenIndex, input: PhraseInput): Token[] | null;
}

/** "D-Ore.", "R-Texas", "I-Vt.": a party letter, a hyphen, a capitalised state. */
function isPartyTag(token: Token): boolean {
  const dash = token.text.indexOf('-');
  return (
    dash === 1 &&
    PARTY_LETTERS.has(token.text.slice(0, 1).toLowerCase()) &&
    isCapitalized(token) &&
    token.text.length > 2 &&
    token.text[2] === token.text[2].toUpperCase() &&
    token.text[2] !== token.text[2].toLowerCase()
  );
}

/** The analysis of a token's sentence and the token's index in it; null for a token of no running sentence. */
function analysisAt(index: TokenIndex, token: Token): { syntax: SentenceSyntax; at: number } | null {
  const i = index.at(token.start);
  return i < 0 ? null : index.syntaxAt(i);
}

/**
 * Two or three capitalised words that the tagger reads as no place, institution, acronym or title, and no word
 * of the source lexicon: a full name it does not know ("Jingyi Pan of IG said"; not "Bank of Canada", "Prime
 * Minister of Canada", "Gulf of Mexico").
 */
function looksLikeFullName(words: Token[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every(
      (w) =>
        isCapitalized(w) &&
        !isTitle(w) &&
        !isOrganizationWord(w) &&
        !isLexiconNoun(w) &&
        !['Place', 'Country', 'City', 'Region', 'Acronym', 'Organization', 'Plural'].some((tag) => w.tags.has(tag)),
    )
  );
}

export const PHRASE_SIEVES: PhraseSieve[] = [
  {
    name: 'title-only',
    apply(tokens, index) {
      const found = tokens.length === 1 && isTitle(tokens[0]) ? analysisAt(index, tokens[0]) : null;
      const last = found ? nameAfterTitle(found.syntax, found.at) : -1;
      return found && last >= 0 ? found.syntax.tokens.slice(found.at, last + 1) : null;
    },
  },
  {
    name: 'party-tag',
    apply(tokens, index) {
      const found = tokens.length === 1 && isPartyTag(tokens[0]) ? analysisAt(index, tokens[0]) : null;
      const name = found && nameBeforeTag(found.syntax, found.at);
      return name ? found.syntax.tokens.slice(name.first, name.last + 1) : null;
    },
  },
  {
    // "A man who works for Google said", "A woman whose son plays for the Oilers said": a name inside a
    // relative clause stands for the phrase the clause describes.
    name: 'relative-clause',
    apply(tokens, index) {
      const found = analysisAt(index, tokens[0]);
      const host = found && relativeClauseHost(found.syntax, found.at);
      return host ? found.syntax.tokens.slice(host.first, host.head + 1) : null;
    },
  },
  {
    // "A Monmouth poll out Monday showed": a weekday or month alone is the tail of the phrase before it.
    name: 'date-tail',
    apply(tokens, index) {
      const found = tokens.length === 1 && isCalendarName(tokens[0]) ? analysisAt(index, tokens[0]) : null;
      const host = found && dateTailHost(found.syntax, found.at);
      return host ? found.syntax.tokens.slice(host.first, host.head + 1) : null;
    },
  },
  {
    name: 'phrase-object',
    apply(tokens, index, input) {
      const found = analysisAt(index, tokens[0]);
      const attached = found && prepositionHost(found.syntax, found.at);
      if (!found || !attached) return null;
      const sentence = found.syntax.tokens;
      const { host } = attached;
      const preposition = sentence[attached.preposition];
      if (!ATTACHING_PREPOSITIONS.has(preposition.normal)) return null;
      // The attribution took the name after "of" on purpose ("most of the senators"), unless "of" is inside an
      // institution's proper name ("The Provincial Ministry of Forests") or the phrase before it names people who
      // speak ("the head of the union", "Supporters of the mayor", "Lina Wu of FX Group").
      // The host's last word, past an adjective between ("people close to the mayor").
      const before = sentence[host.last];
      // A person's name takes no article: "The Roman Catholic Diocese of Lakeview" names no person.
      const hostWords = sentence.slice(host.first, attached.preposition);
      const hostNamed =
        isCapitalized(before) &&
        (index.endsPersonName(before) || looksLikeFullName(hostWords)) &&
        !sentence[host.first].tags.has('Determiner');
      const hostSpeaks = isPersonNoun(before) || isPeopleNoun(before) || hostNamed;
      if (
        input.writtenStart !== undefined &&
        !hostSpeaks &&
        !(preposition.normal === 'of' && isCapitalized(before) && isOrganizationWord(before)) &&
        namesSomething(tokens)
      )
        return null;
      const noun = sentence[host.head];
      if (!isNounWord(noun) || noun.tags.has('Pronoun')) return null;
      // Only a phrase that can speak takes the name after its preposition: people ("a source familiar with",
      // "members of"), an institution, or published material that no one issued there ("a posting on a forum").
      // "A statement from the EU", "a study by the committee", "a lesson from Loretta Lynch": the name speaks.
      const word = bare(noun);
      const issued = ISSUING_PREPOSITIONS.has(preposition.normal);
      const speaks =
        hostNamed ||
        isPersonNoun(noun) ||
        isPeopleNoun(noun) ||
        ORGANIZATION_NOUNS.has(word) ||
        (isCapitalized(noun) && isOrganizationWord(noun)) ||
        (MEDIA_NOUNS.has(word) && !issued);
      if (!speaks) return null;
      // A proper name goes on past "of" ("The Provincial Ministry of Forests"), a person's name does not ("Cruz of Texas").
      return sentence.slice(host.first, found.at + tokens.length);
    },
  },
  {
    // "a posting on a forum" -> "a posting"; "A June 2017 study by the Senate committee" -> "the Senate committee".
    name: 'phrase-modifier',
    apply(tokens, index) {
      const kept = phraseBeforeModifier(tokens);
      if (!kept) return null;
      // "Speaker of the House Tom Hale", "Chairman of the board Dana Lee": a role with its "of" phrase, then the
      // person's name right after that phrase (not after the preposition: "Supporters of Tom Hale").
      const start = index.personNameStartEnding(tokens[tokens.length - 1]);
      const name = start < 0 ? -1 : tokens.findIndex((t) => t.start === start);
      if (name > kept.last + 2 && isCapitalized(tokens[0]) && !ATTACHING_PREPOSITIONS.has(tokens[name - 1].normal))
        return tokens.slice(name);
      return tokens.slice(kept.first, kept.last + 1);
    },
  },
];

/**
 * Whether a phrase can name a source. A phrase made only of words that are never a noun phrase names no one: a
 * sentence adverb ("However", "Meanwhile", "Earlier"), an adverb, a conjunction or preposition, a verb ("READ
 * MORE"), or one ending in a month or weekday ("late August", "Monday"). Quantifiers stand for people ("Some",
 * "Both", "Another", "Six in 10", "47%"), and a capitalised word the tagger misreads may be a name ("Poll:").
 */
export function namesSomething(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  // "late August", "Monday", "20 years", "last week": a date or a span of time names no one ("A Monmouth poll out
  // Monday", "tweets early Friday" do).
  // "Day said": one capitalised time word that is no month, weekday or deictic day may be a surname.
  const surname = tokens.length === 1 && isCapitalized(last) && !isCalendarName(last) && !DEICTIC_DAYS.has(bare(last));
  const dated = (isCalendarName(last) || (isTimeWord(last) && !surname)) && !tokens.some(isTitle);
  if (dated && !tokens.slice(0, -1).some((t) => isNounLike(t) && !isCalendarName(t) && !isTimeWord(t))) return false;
  // One capitalised word outside the closed classes may be a name the tagger misreads ("Poll:", "Pence:").
  if (tokens.length === 1 && isCapitalized(last) && !SENTENCE_ADVERBS.has(last.normal))
    return !NEVER_NOUN_TAGS.some((tag) => last.tags.has(tag));
  return !tokens.every(isNeverNounPhrase);
}

/** A word that is no noun phrase, alone or with others of its kind. */
/** A noun of the source lexicon, which the tagger may read as a verb ("according to poll", "a poll out Monday"). */
const isLexiconNoun = (token: Token): boolean => {
  const word = bare(token);
  return MEDIA_NOUNS.has(word) || ORGANIZATION_NOUNS.has(word) || PERSON_NOUNS.has(word);
};
const isNounLike = (token: Token): boolean => token.tags.has('Noun') || isLexiconNoun(token);

/** Days named from today, never a surname. */
const DEICTIC_DAYS: ReadonlySet<string> = new Set(['today', 'tonight', 'yesterday', 'tomorrow']);

/** A word of time ("week", "years", "Monday"), which the tagger marks as a date or a duration. */
const isTimeWord = (token: Token): boolean =>
  (token.tags.has('Date') || token.tags.has('Duration')) && !token.tags.has('Person');

function isNeverNounPhrase(token: Token): boolean {
  if (SENTENCE_ADVERBS.has(token.normal) || isTimeWord(token)) return true;
  if (isLexiconNoun(token)) return false;
  if (token.tags.has('Noun') || token.tags.has('Value') || token.tags.has('Determiner') || token.tags.has('Acronym'))
    return false;
  if (NEVER_NOUN_TAGS.some((tag) => token.tags.has(tag))) return true;
  // A verb, except a present form in -s that may be a plural the tagger misread ("according to exit polls").
  return token.tags.has('Verb') && !(token.tags.has('PresentTense') && !token.tags.has('Infinitive'));
}

/** Closed-class tags: words with them are never a noun phrase by themselves. */
const NEVER_NOUN_TAGS = ['Adverb', 'Conjunction', 'Preposition', 'Modal', 'Copula'];

/** The phrase naming the source of a mention, and the sieves that reshaped it. */
export function sourcePhrase(input: PhraseInput, index: TokenIndex): { tokens: Token[]; by: string[] } {
  let tokens = input.tokens;
  const by: string[] = [];
  for (const sieve of PHRASE_SIEVES) {
    const reshaped = sieve.apply(tokens, index, input);
    if (reshaped && reshaped.length > 0) {
      tokens = reshaped;
      by.push(sieve.name);
    }
  }
  return { tokens, by };
}
