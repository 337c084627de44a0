/**
 * Person names anywhere in the text, with what the article says about each where it names them: the title
 * ("Ambassador"), the role words before the name ("Harbour Authority spokeswoman Tilde Maraga") and in an
 * appositive ("The U.S. special representative for Syria engagement, Ambassador James Jeffrey"; "Hugh Hill, a
 * doctor at the clinic,"). These role words are the evidence a definite description is matched against.
 */
import type { Sentence, Token } from '../segment/sentences.js';
import { bare, breaksAfter, isCalendarName, isCapitalized, isPersonNoun, isPossessive, isTitle } from './tokens.js';
import { FEMALE_ROLE_NOUNS, FEMALE_TITLES, MALE_ROLE_NOUNS, MALE_TITLES } from '../lexicon/titles.js';
import type { NamedMention } from './source-kind.js';
import type { TokenIndex } from './tokens.js';
import { firstNamesBefore, wordsBeforeName } from '../syntax/mention-phrase.js';

/** A person named somewhere in the text (a candidate antecedent for "he"/"she" and for "the baker"). */
export interface PersonName {
  start: number;
  end: number;
  /** The name with the titles right before it ("Ambassador James Jeffrey"). */
  tokens: Token[];
  /** The role as written before the name, when more than a title ("Harbour Authority spokeswoman"). */
  role?: string;
  /** Lowercase role nouns the article gives the person here ("spokeswoman", "representative", "doctor"). */
  roleWords: string[];
}

/** A word that may continue a name: a person's name, or a capitalised proper noun that is no organization or place. */
const continuesName = (token: Token): boolean =>
  token.tags.has('Person') ||
  (isCapitalized(token) &&
    token.tags.has('ProperNoun') &&
    !token.tags.has('Organization') &&
    !token.tags.has('Place') &&
    !token.tags.has('Date'));

/** A capitalised word after a title or role noun, which names the person even when the tagger does not know it. */
const unknownNameWord = (token: Token): boolean =>
  isCapitalized(token) &&
  !token.tags.has('Pronoun') &&
  !token.tags.has('Date') &&
  !token.tags.has('Verb') &&
  !token.tags.has('Organization') &&
  !token.tags.has('Place') &&
  !isTitle(token);

/** Longest run of role words and capitalised modifiers before a name, in tokens ("Harbour Authority spokeswoman"). */
const MAX_ROLE = 6;
/** Longest appositive searched for role nouns, in tokens. */
const MAX_APPOSITIVE = 12;

/** A lowercase singular noun that can modify a role noun ("city council member", "bus driver"). */
const isModifierNoun = (token: Token): boolean =>
  token.tags.has('Noun') &&
  !token.tags.has('Plural') &&
  !token.tags.has('Date') &&
  !token.tags.has('Pronoun') &&
  !token.tags.has('Value');

/** Role nouns of a phrase (an appositive), up to its first preposition ("a doctor at the clinic" -> "doctor"). */
function roleNounsOf(tokens: Token[]): string[] {
  const found: string[] = [];
  for (const token of tokens) {
    if (token.tags.has('Preposition') || token.tags.has('Verb')) break;
    if (isPersonNoun(token)) found.push(bare(token));
  }
  return found;
}

/** The gender role words or titles tell ("spokeswoman", "Mr."), if any. */
export function genderOfRoles(roleWords: Iterable<string>, female: Set<string>, male: Set<string>) {
  for (const word of roleWords) {
    if (male.has(word) || MALE_ROLE_NOUNS.has(word)) return 'male' as const;
    if (female.has(word) || FEMALE_ROLE_NOUNS.has(word)) return 'female' as const;
  }
  return undefined;
}

/** A capitalised word tagged as an organization, alone (no capitalised word after it), right after token i - 1. */
function isSurnameLikeOrganization(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || breaksAfter(tokens[i - 1]) || !isCapitalized(token) || !token.tags.has('Organization')) return false;
  const next = tokens[i + 1];
  return !next || breaksAfter(token) || !isCapitalized(next);
}

/**
 * "RUSSELL, Ont. —", "Portland, Ore., said": a capitalised run that ends at a comma before an abbreviated place set
 * off by punctuation is a town in its province or state (a dateline), not a person, whatever the tagger says.
 */
function isPlaceBeforeRegion(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return (
    next !== undefined &&
    tokens[last].post.trim() === ',' &&
    next.tags.has('Place') &&
    next.tags.has('Abbreviation') &&
    (last + 2 === tokens.length || /[,—–]/.test(next.post))
  );
}

/** Person names of the sentences: runs of capitalised words that the tagger knows as a name, or that follow a title or role noun. */
export function personNames(sentences: Sentence[]): PersonName[] {
  const names: PersonName[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      // A lowercase role noun or an honorific ("Dr.", "Rep.") before capitalised words makes them a name; a
      // capitalised title in a Title Case line ("Justice Against Sponsors") does not.
      const afterRole =
        i > 0 &&
        !breaksAfter(tokens[i - 1]) &&
        ((isPersonNoun(tokens[i - 1]) && !isCapitalized(tokens[i - 1])) || tokens[i - 1].tags.has('Honorific'));
      const opens =
        tokens[i].tags.has('Person') || continuesName(tokens[i]) || (afterRole && unknownNameWord(tokens[i]));
      if (tokens[i].tags.has('Pronoun') || !opens) continue;
      let j = i;
      // A first name carries the capitalised words after it ("Linda Okafor": only Linda is a known name); a
      // possessive ends the name ("Andrew Mireau’s Tories").
      while (
        j + 1 < tokens.length &&
        continuesName(tokens[j + 1]) &&
        !breaksAfter(tokens[j]) &&
        !isPossessive(tokens[j])
      )
        j++;
      // "Premier Dale Nike": one capitalised word the tagger takes for a company, right after a first name and
      // ending the run, is a surname.
      if (tokens[j].tags.has('FirstName') && isSurnameLikeOrganization(tokens, j + 1)) j++;
      if (afterRole)
        while (j + 1 < tokens.length && j - i < 3 && unknownNameWord(tokens[j + 1]) && !breaksAfter(tokens[j])) j++;
      // The span is the bare name ("Mr. Trump" names Trump); the tokens keep the titles before it, for the title.
      let first = i;
      while (first < j && isTitle(tokens[first])) first++;
      let titled = i;
      while (
        titled > 0 &&
        isTitle(tokens[titled - 1]) &&
        isCapitalized(tokens[titled - 1]) &&
        !breaksAfter(tokens[titled - 1])
      )
        titled--;
      // A run of capitalised words is a person's name when compromise knows one of them as a name ("Dev Patel"),
      // or when a title or role noun stands before it ("spokeswoman Tilde Maraga", "Dr. Will").
      const known = tokens.slice(i, j + 1).some((t) => t.tags.has('Person') && !t.tags.has('Honorific'));
      const titledName = afterRole || tokens.slice(titled, first).some((t) => t.tags.has('Honorific'));
      const calendar = j === i && first === i && isCalendarName(tokens[i]);
      if ((known || titledName) && !isTitle(tokens[j]) && !calendar && !isPlaceBeforeRegion(tokens, j)) {
        const name: PersonName = {
          start: tokens[first].start,
          end: tokens[j].end,
          tokens: tokens.slice(titled, j + 1),
          roleWords: [],
        };
        describe(name, tokens, titled, j);
        names.push(name);
      }
      i = j;
    }
  }
  return names;
}

/** The role words the sentence gives a name: before it (with the title), and in an appositive before or after it. */
function describe(name: PersonName, tokens: Token[], titled: number, last: number): void {
  const words = new Set<string>();
  for (let k = titled; k < tokens.length && tokens[k].start < name.start; k++)
    if (isTitle(tokens[k])) words.add(bare(tokens[k]));
  // "Harbour Authority spokeswoman Tilde Maraga", "city council member Dev Patel": a role noun right before the
  // name (or its title), with the nouns and capitalised words that modify it.
  let from = titled;
  if (from > 0 && !breaksAfter(tokens[from - 1]) && isPersonNoun(tokens[from - 1]))
    while (
      from > 0 &&
      titled - from < MAX_ROLE &&
      !breaksAfter(tokens[from - 1]) &&
      !tokens[from - 1].tags.has('Person') &&
      (isPersonNoun(tokens[from - 1]) || isCapitalized(tokens[from - 1]) || isModifierNoun(tokens[from - 1]))
    )
      from--;
  for (let k = from; k < titled; k++) if (isPersonNoun(tokens[k])) words.add(bare(tokens[k]));
  if (tokens.slice(from, titled).some((t) => !isTitle(t)))
    name.role = tokens
      .slice(from, titled)
      .map((t) => t.text)
      .join(' ');
  // "The U.S. special representative for Syria engagement, Ambassador James Jeffrey": the phrase before the comma.
  if (from > 0 && from === titled && breaksAfter(tokens[from - 1]) && tokens[from - 1].post.trim() === ',') {
    let k = from - 1;
    while (k > 0 && from - k < MAX_APPOSITIVE && !breaksAfter(tokens[k - 1])) k--;
    if (tokens[k].tags.has('Determiner')) for (const word of roleNounsOf(tokens.slice(k, from))) words.add(word);
  }
  // "Hugh Hill, a doctor at the clinic,": the phrase after the comma, when it opens with a determiner.
  if (tokens[last].post.trim() === ',' && last + 1 < tokens.length && tokens[last + 1].tags.has('Determiner'))
    for (const word of roleNounsOf(tokens.slice(last + 1, last + 1 + MAX_APPOSITIVE))) words.add(word);
  name.roleWords = [...words];
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
