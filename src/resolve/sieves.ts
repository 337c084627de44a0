/**
 * The resolver's sieves, in the order they are tried: the first that returns an entity decides. Pronouns go
 * through PRONOUN_SIEVES; every other mention, once src/resolve/phrase.ts has found the phrase that names the
 * source, through PHRASE_SIEVES_TO_ENTITY. Each sieve has a unique name (kept per mention in
 * `SourceResolver.resolvedBy`).
 */
import type { MentionSpan } from '../attribute/attributions.js';
import type { Token } from '../segment/sentences.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../segment/locate.js';
import { GENERIC_ROLE_NOUNS, PARTY_MEMBER_NOUNS, PERSON_NOUNS } from '../lexicon/source-words.js';
import { FEMALE_TITLES, MALE_TITLES, ROLE_TITLES } from '../lexicon/titles.js';
import { nameMention, type NamedMention } from './source-kind.js';
import { genderOfRoles, withoutRoleWords } from './names.js';
import { bare, isCapitalized, isPersonNoun, isPossessive } from './tokens.js';
import { isRelativeGap, isSayerGap } from './sayer.js';
import {
  capitalRunFollowsPreposition,
  clauseOfSubject,
  openingNameSubject,
  followsPreposition,
  frontedClause,
  sayerWordBefore,
} from '../syntax/mention-phrase.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { MAX_CLAUSE_DEPTH } from '../syntax/analyse.js';
import { MAX_ANTECEDENT_LOOKBACK, nameWords, type Entity, type SourceResolver } from './sources.js';

/** A mention on its way through the sieves. */
export interface Mention {
  span: MentionSpan;
  /** The phrase naming the source (for a pronoun, the pronoun). */
  tokens: Token[];
  /** For a pronoun, the antecedent it needs. */
  pronoun?: 'male' | 'female' | 'plural' | 'neuter' | 'speaker' | 'relative';
  /** For a phrase, its reading (kind, name, title, role). */
  named?: NamedMention;
}

/** One sieve: a named rule that finds the entity of a mention, or passes. */
export interface ResolveSieve {
  name: string;
  resolve(mention: Mention, resolver: SourceResolver): Entity | null;
}

/** How close before a pronoun, in characters, a source must have spoken to be its antecedent before any other name. */
const RECENT_SPEAKER_REACH = 300;
/** How close before a description, in characters, its person must have been named or have spoken. */
const DESCRIPTION_REACH = 1500;
/** How close before a description a person of whom the article says no role must be ("Ana Ruiz opened the bakery. … the baker"). */
const WEAK_DESCRIPTION_REACH = 600;
/** Most role words before a name that opens a sentence ("House Speaker Paul Ryan"), in tokens. */
const MAX_OPENING_ROLE = 3;
/** Quote marks: a name inside a quote opening the sentence is not what opens it. */
const QUOTE_MARKS = ['"', '“', '”', '‘', "'"];
/** How far before a pronoun, in characters, its sayer's surname may stand. */
const SAYER_WINDOW = 80;

const gendered = (m: Mention): 'male' | 'female' | null =>
  m.pronoun === 'male' || m.pronoun === 'female' ? m.pronoun : null;
const fitsGender = (gender: 'male' | 'female' | undefined, role: 'male' | 'female') => !gender || gender === role;
/**
 * The person a clause's subject chunk names, written in capitals and of the pronoun's gender (found among the
 * entities, else a new one), or null: what the two fronted-clause sieves give a pronoun.
 */
function namedSubject(
  r: SourceResolver,
  syntax: SentenceSyntax,
  chunk: number,
  role: 'male' | 'female',
): Entity | null {
  const subject = syntax.chunks[chunk];
  const tokens = syntax.tokens.slice(subject.first, subject.last + 1);
  if (!tokens.every(isCapitalized) || tokens.some((t) => t.tags.has('Pronoun'))) return null;
  const named = nameMention(r.text, tokens);
  if (named.kind !== 'person' || !fitsGender(named.gender, role)) return null;
  const entity = r.matchPerson(named, nameWords(named.name)) ?? r.entity(named, tokens[0].start);
  return fitsGender(entity.gender, role) ? entity : null;
}

/** A "he" or "she" and the index of its token among the article's tokens, or null (another pronoun, no token). */
function genderedPronounAt(m: Mention, r: SourceResolver): { role: 'male' | 'female'; at: number } | null {
  const role = gendered(m);
  const at = tokenAt(r, m.span.start);
  return role && at >= 0 ? { role, at } : null;
}
/**
 * An unnamed source described as one person ("a company spokeswoman", "a senior official"): its head is a singular
 * person noun. It is a "she" or "he" (of the gender its role noun tells, if any), never an "it" or a "they".
 */
const isPersonDescription = (e: Entity): boolean =>
  e.kind === 'anonymous' && e.words.length > 0 && PERSON_NOUNS.has(e.words[e.words.length - 1]);
const descriptionGender = (e: Entity) => genderOfRoles(e.words.slice(-1), FEMALE_TITLES, MALE_TITLES);
const isPerson = (role: 'male' | 'female') => (e: Entity) => e.kind === 'person' && fitsGender(e.gender, role);
/** A person, or an unnamed source described as one, that fits the gender: a speaker just before a pronoun. */
const isSpeaker = (role: 'male' | 'female') => (e: Entity) =>
  isPerson(role)(e) || (isPersonDescription(e) && fitsGender(e.gender ?? descriptionGender(e), role));

/**
 * The person the i-th name stands for, as the antecedent of a pronoun of gender `role`: the person it matches, or,
 * when that one is of the other gender, the person of fitting gender the article names with that surname ("Lazar"
 * after "Marcel Lazar" and his wife "Gabriela Lazar": "he" is Marcel), or a new person when the name itself has the
 * pronoun's gender ("Mr. Ruiz" after "Ana Ruiz"). Null when none fits.
 */
function personFitting(r: SourceResolver, i: number, role: 'male' | 'female'): Entity | null {
  const entity = r.personNamedAt(i);
  if (fitsGender(entity.gender, role)) return entity;
  const named = r.namedNames[i];
  const words = nameWords(named.name);
  if (words.length !== 1) return null;
  const chosen = latestWithSurname(r, words[0], (e) => isPerson(role)(e) && Boolean(e.gender));
  // "Mr. Ruiz" after "Ana Ruiz": a name the article itself gives the pronoun's gender is someone else.
  return chosen ?? (named.gender === role ? r.entity(named, r.names[i].start) : null);
}

/** Of the entities that go by a surname, the one that fits and was seen last, or null. */
function latestWithSurname(r: SourceResolver, surname: string, fits: (e: Entity) => boolean): Entity | null {
  let chosen: Entity | null = null;
  for (const e of r.bySurname.get(surname) ?? [])
    if (fits(e) && (!chosen || (r.lastSeen.get(e) ?? 0) > (r.lastSeen.get(chosen) ?? 0))) chosen = e;
  return chosen;
}

/** The token index of a mention's first token. */
const tokenAt = (r: SourceResolver, offset: number) => r.index.at(offset);

/** The person named right before token `at` (its name ends before it, in the same sentence), as an index into names. */
function nameBefore(r: SourceResolver, at: number): number {
  const start = r.index.tokens[at].start;
  const i = lastStartingAtOrBefore(r.names, start - 1);
  if (i < 0 || r.names[i].end > start) return -1;
  const last = tokenAt(r, r.names[i].tokens[r.names[i].tokens.length - 1].start);
  return r.index.sameSentence(last, at) ? i : -1;
}

/** The tokens strictly between the name ending at token `last` and token `at`. */
const gapTokens = (r: SourceResolver, nameIndex: number, at: number): Token[] => {
  const tokens = r.names[nameIndex].tokens;
  return r.index.tokens.slice(tokenAt(r, tokens[tokens.length - 1].start) + 1, at);
};

export const PRONOUN_SIEVES: ResolveSieve[] = [
  {
    // "Trump said he would win": the pronoun opening a claim's content was given its source already.
    name: 'content-subject',
    resolve: (m, r) => r.contentSubjects.get(m.span.start) ?? null,
  },
  {
    // "Senator Tom Ruiz of Ohio, who …, and who said": the person named right before the "who".
    name: 'relative-name',
    resolve(m, r) {
      if (m.pronoun !== 'relative') return null;
      const at = tokenAt(r, m.span.start);
      const i = at < 0 ? -1 : nameBefore(r, at);
      if (i < 0) return null;
      const after = tokenAt(r, r.names[i].tokens[r.names[i].tokens.length - 1].start) + 1;
      return isRelativeGap(r.index, after, at) ? r.personNamedAt(i) : null;
    },
  },
  {
    // "a report which found": the phrase the attribution found before the relative pronoun.
    name: 'relative-phrase',
    resolve: (m, r) => (m.pronoun === 'relative' && m.span.antecedent ? r.find(m.span.antecedent) : null),
  },
  {
    // "but Trump said he responded": the person named right before the speech verb that the pronoun follows.
    name: 'named-sayer',
    resolve(m, r) {
      const found = genderedPronounAt(m, r);
      if (!found) return null;
      const { role, at } = found;
      const i = nameBefore(r, at);
      if (i < 0 || !isSayerGap(gapTokens(r, i, at), r.verbs)) return null;
      if (!fitsGender(r.namedNames[i].gender, role)) return null;
      return personFitting(r, i, role);
    },
  },
  {
    // "Trump said he", where the tagger knows no "Trump": a surname a person already goes by, before a speech verb.
    name: 'known-sayer',
    resolve(m, r) {
      const found = genderedPronounAt(m, r);
      if (!found) return null;
      const { role, at } = found;
      const { syntax, at: local } = r.index.syntaxAt(at);
      const k = sayerWordBefore(syntax, local, m.span.start - SAYER_WINDOW, r.verbs);
      if (k < 0) return null;
      const surname = bare(syntax.tokens[k]);
      const chosen = latestWithSurname(r, surname, isPerson(role));
      return chosen ?? namedWithSurname(r, surname, m.span.start, role);
    },
  },
  {
    // "When Oyelaran met Ricky Voss at a market, she felt …": the named subject of an adverbial clause that opens the
    // sentence is the pronoun subject of the clause it leads into, before a name in its object (the syntax layer
    // gives both clauses; the name may be one the tagger does not know).
    name: 'fronted-clause-subject',
    resolve(m, r) {
      const found = genderedPronounAt(m, r);
      if (!found) return null;
      const { role, at } = found;
      const { syntax, at: local } = r.index.syntaxAt(at);
      const chunk = syntax.chunkAt[local];
      if (chunk < 0 || syntax.chunks[chunk].head !== local) return null;
      const clause = clauseOfSubject(syntax, chunk);
      const fronted = clause < 0 ? null : frontedClause(syntax, clause, local);
      if (clause < 0 || !fronted) return null;
      return namedSubject(r, syntax, fronted.subject, role);
    },
  },
  {
    // "After struggling to persuade voters that he understands …, Emanuel said": a pronoun inside an adverbial
    // clause opening the sentence is the named subject of the clause it leads into, written after it.
    name: 'fronted-clause-pronoun',
    resolve(m, r) {
      const found = genderedPronounAt(m, r);
      if (!found) return null;
      const { role, at } = found;
      const { syntax, at: local } = r.index.syntaxAt(at);
      let c = syntax.clauseAt[local];
      for (let up = 0; c >= 0 && up < MAX_CLAUSE_DEPTH; up++) {
        const clause = syntax.clauses[c];
        if (
          (clause.kind === 'adverbial' || clause.kind === 'participial') &&
          clause.first === 0 &&
          clause.parent >= 0
        ) {
          const main = syntax.clauses[clause.parent];
          if (main.subject < 0 || main.inverted || syntax.chunks[main.subject].first <= clause.last) return null;
          return namedSubject(r, syntax, main.subject, role);
        }
        c = clause.parent;
      }
      return null;
    },
  },
  {
    // "House Speaker Paul Ryan, R-Wis., despite admitting that he …": the person whose name opens the pronoun's
    // sentence (after at most a few role words), before a speaker of an earlier sentence.
    name: 'sentence-opening-name',
    resolve(m, r) {
      const found = genderedPronounAt(m, r);
      if (!found) return null;
      const { role, at } = found;
      const first = r.index.sentenceStart(at);
      const i = firstStartingAtOrAfter(r.names, r.index.tokens[first].start);
      if (i >= r.names.length || r.names[i].end > m.span.start) return null;
      const opening = tokenAt(r, r.names[i].tokens[0].start);
      if (opening < first || opening - first > MAX_OPENING_ROLE) return null;
      if (r.index.tokens.slice(first, opening + 1).some((t) => QUOTE_MARKS.some((q) => t.pre.includes(q)))) return null;
      if (!fitsGender(r.namedNames[i].gender, role)) return null;
      return personFitting(r, i, role);
    },
  },
  {
    // "Ruiz had a history of debt. He told lenders …": a pronoun opening its sentence stands for the person whose name
    // is the subject of the sentence before, in the same paragraph, unless someone spoke in that paragraph before it
    // (then `recent-speaker` decides: "“…,” Brafman said. Ruiz nodded. “…,” he added").
    name: 'previous-sentence-subject',
    resolve(m, r) {
      const found = genderedPronounAt(m, r);
      if (!found) return null;
      const { role, at } = found;
      if (r.index.sentenceStart(at) !== at || at === 0 || !r.index.sameParagraph(at - 1, at)) return null;
      // "“…,” she said": a pronoun after a quote is its sayer, not the subject of a sentence of its own.
      const { syntax } = r.index.syntaxAt(at - 1);
      if (syntax.inQuote[syntax.tokens.length - 1] || syntax.quoteBreaks[syntax.tokens.length - 1]) return null;
      const subject = openingNameSubject(syntax);
      if (!subject || r.nearest(m.span.start, isSpeaker(role), r.index.paragraphStart(at))) return null;
      const last = syntax.tokens[subject.last];
      const i = lastStartingAtOrBefore(r.names, last.start);
      if (i >= 0 && r.names[i].end === last.end)
        return fitsGender(nameGender(r, i), role) ? personFitting(r, i, role) : null;
      // A surname the tagger does not read as a name: the person who goes by it.
      const surname = bare(last);
      const chosen = latestWithSurname(r, surname, isPerson(role));
      return chosen ?? namedWithSurname(r, surname, last.start, role);
    },
  },
  {
    // "“…,” Brafman said. “…,” he added": a person (or an unnamed source described as one, "a spokeswoman") who spoke
    // just before, before any name merely mentioned.
    name: 'recent-speaker',
    resolve(m, r) {
      const role = gendered(m);
      if (!role) return null;
      const from = m.span.start - RECENT_SPEAKER_REACH;
      // A speaker the article has already called "she" (or "Ms.") comes before one of unknown gender.
      return (
        r.nearest(m.span.start, (e) => isSpeaker(role)(e) && (e.gender ?? descriptionGender(e)) === role, from) ??
        r.nearest(m.span.start, isSpeaker(role), from)
      );
    },
  },
  {
    // The nearest person before the pronoun, of a fitting gender when it is known: a person named there, or a
    // person source mentioned there ("Ostrander" the tagger does not know as a name).
    name: 'nearest-person',
    resolve(m, r) {
      const role = gendered(m);
      if (!role) return null;
      const source = r.nearest(m.span.start, isPerson(role));
      const sourceAt = source ? (r.lastSeen.get(source) ?? -1) : -1;
      const last = lastStartingAtOrBefore(r.names, m.span.start - 1);
      // "A photo showed Gasol helping …. He voiced": a surname alone, which the tagger may not read as a name, is
      // the person named with it before, when it comes after every fitting name and source.
      let bound = sourceAt;
      for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK && r.names[i].start > bound; i--)
        if (!r.index.inBarrier(r.names[i].start) && fitsGender(nameGender(r, i), role) && !objectName(r, i))
          bound = r.names[i].start;
      const bySurname = surnameBefore(r, tokenAt(r, m.span.start), bound, role);
      if (bySurname) return bySurname;
      // "Hillary Lee pressed Sen. Ray Dorn on his loyalty to President Okoro as she …": a name the article gives the
      // pronoun's gender comes before one of no known gender.
      for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK; i--) {
        if (r.names[i].start <= sourceAt) break;
        if (r.index.inBarrier(r.names[i].start) || r.names[i].start >= m.span.start || objectName(r, i)) continue;
        if (writtenNameGender(r, i) !== role) continue;
        const entity = personFitting(r, i, role);
        if (entity) return entity;
      }
      // "Myers cited an idea from Frank Clayton. “…,” he said": a name after a preposition comes after the source.
      let object = -1;
      for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK; i--) {
        if (r.names[i].start <= sourceAt) break;
        // A name in a caption or credit line ("Photo: Ron Hale") is no antecedent.
        if (r.index.inBarrier(r.names[i].start)) continue;
        if (r.names[i].start >= m.span.start || !fitsGender(nameGender(r, i), role)) continue;
        if (objectName(r, i)) {
          if (object < 0) object = i;
          continue;
        }
        const entity = personFitting(r, i, role);
        if (entity) return entity;
      }
      if (source || object < 0) return source;
      return personFitting(r, object, role);
    },
  },
  {
    // "they", "it": the nearest earlier source that is no person.
    name: 'nearest-body',
    resolve(m, r) {
      if (m.pronoun !== 'plural' && m.pronoun !== 'neuter') return null;
      const fits = (e: Entity) =>
        e.kind !== 'person' &&
        e.kind !== 'unknown' &&
        !isPersonDescription(e) &&
        (m.pronoun === 'plural' || e.kind !== 'group');
      return r.nearest(m.span.start, fits);
    },
  },
  {
    // One "unknown" source per pronoun form: unresolved "he"s are not told apart.
    name: 'unresolved',
    resolve(m, r) {
      const form = m.tokens[0].normal;
      const known = r.unresolved.get(form);
      if (known) return known;
      const entity = r.entity({ kind: 'unknown', name: m.tokens[0].text }, m.span.start);
      r.unresolved.set(form, entity);
      return entity;
    },
  },
];

/**
 * The gender of the i-th name: its reading's, else, for a name of one word the tagger knows only as a man's or
 * only as a woman's first name ("Joe", "Hillary"), that name's (as the new-entity sieve reads it).
 */
function nameGender(r: SourceResolver, i: number): 'male' | 'female' | undefined {
  const gender = r.namedNames[i].gender;
  const tokens = r.names[i].tokens;
  if (gender || tokens.length !== 1 || tokens[0].tags.has('LastName')) return gender;
  const male = tokens[0].tags.has('MaleName');
  const female = tokens[0].tags.has('FemaleName');
  return male === female ? undefined : male ? 'male' : 'female';
}

/** The gender of the i-th name, or for a surname alone the gender of its full name written before ("Parker" after "Audrey Parker"). */
function writtenNameGender(r: SourceResolver, i: number): 'male' | 'female' | undefined {
  const gender = nameGender(r, i);
  const words = nameWords(r.namedNames[i].name);
  if (gender || words.length !== 1) return gender;
  const at = tokenAt(r, r.names[i].tokens[0].start);
  return at < 0 ? undefined : writtenGender(r, words[0], at);
}

/** Whether the i-th name follows a preposition in its sentence ("an idea from Frank Clayton", "fired at Bibeau"). */
function objectName(r: SourceResolver, i: number): boolean {
  const first = tokenAt(r, r.names[i].tokens[0].start);
  if (first < 0) return false;
  const { syntax, at } = r.index.syntaxAt(first);
  return followsPreposition(syntax, at);
}

/** How many tokens before a pronoun a surname the tagger does not read as a name is looked for. */
const SURNAME_SCAN = 120;

/**
 * The person of gender `role` (or of none known) a capitalised word between offset `after` and token `at` names
 * as a surname: the person source of that surname mentioned last, else a person named with it before. A word
 * inside a name the tagger found is left to that name.
 */
function surnameBefore(r: SourceResolver, at: number, after: number, role: 'male' | 'female'): Entity | null {
  for (let k = at - 1; k >= 0 && at - k <= SURNAME_SCAN && r.index.tokens[k].start > after; k--) {
    const token = r.index.tokens[k];
    if (!isCapitalized(token) || token.tags.has('Pronoun')) continue;
    const surname = bare(token);
    // Only a word some person source or written name ends with can be a surname (a set lookup per word).
    if (!r.bySurname.has(surname) && !r.nameSurnames.has(surname)) continue;
    if (r.index.inBarrier(token.start)) continue;
    const name = lastStartingAtOrBefore(r.names, token.start);
    if (name >= 0 && r.names[name].end >= token.end) continue;
    // "fired at Zehaf Bibeau": a name after a preposition is no likely antecedent.
    const { syntax, at: local } = r.index.syntaxAt(k);
    if (capitalRunFollowsPreposition(syntax, local)) continue;
    const chosen = latestWithSurname(r, surname, isPerson(role));
    // A source of no known gender whose full name, written before, is of the other gender is none.
    if (chosen && !chosen.gender && writtenGender(r, surname, at) === (role === 'male' ? 'female' : 'male')) continue;
    const entity = chosen ?? namedWithSurname(r, surname, token.start, role);
    if (entity && fitsGender(entity.gender, role)) return entity;
  }
  return null;
}

/** The gender of the nearest name of two or more words ending in `surname` before token `at`, if it has one. */
function writtenGender(r: SourceResolver, surname: string, at: number): 'male' | 'female' | undefined {
  const last = lastStartingAtOrBefore(r.names, r.index.tokens[at].start - 1);
  for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK; i--) {
    const words = nameWords(r.namedNames[i].name);
    if (words.length > 1 && words[words.length - 1] === surname) return r.namedNames[i].gender;
  }
  return undefined;
}

/** A person named before `before` (within the look-back) whose name ends in `surname`, as an entity. */
function namedWithSurname(r: SourceResolver, surname: string, before: number, role?: 'male' | 'female'): Entity | null {
  const last = lastStartingAtOrBefore(r.names, before - 1);
  for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK; i--) {
    const words = nameWords(r.namedNames[i].name);
    if (words[words.length - 1] !== surname || r.names[i].end > before) continue;
    if (role && !fitsGender(r.namedNames[i].gender, role)) continue;
    return r.personNamedAt(i);
  }
  return null;
}

/** What the article says a person is: their title words and role words. */
function rolesOf(title: string | undefined, roleWords: Iterable<string>): Set<string> {
  const roles = new Set(roleWords);
  for (const word of title ? nameWords(title) : []) roles.add(word);
  return roles;
}

/**
 * How well a definite description with head `word` fits a person with these roles and title: 2 when the article
 * gives the person that role or a title that holds it, or the role is generic ("the official") and the person has
 * a public role; 1 when the person has no title or role at all (a weak fit, taken only close by); 0 otherwise. A
 * title-type role ("the senator") fits a person without title or role only when that person is a source: a name
 * merely mentioned is too weak a sign for "the president".
 */
function describes(word: string, roles: Set<string>, titled: boolean, source: boolean): 0 | 1 | 2 {
  const titles = ROLE_TITLES[word];
  if (titles) return titles.some((t) => roles.has(t)) ? 2 : source && !titled && roles.size === 0 ? 1 : 0;
  if (roles.has(word)) return 2;
  if (GENERIC_ROLE_NOUNS.has(word) || PARTY_MEMBER_NOUNS.has(word)) return titled || roles.size > 0 ? 2 : 0;
  return !titled && roles.size === 0 ? 1 : 0;
}

export const PHRASE_SIEVES_TO_ENTITY: ResolveSieve[] = [
  {
    // "The U.S. official revealed" after "Ambassador James Jeffrey"; "says the soft-spoken Halifax baker" after
    // "Ana Ruiz opened the bakery"; "the 31-year-old goalie" after "Goalie Marc Tremblay": a definite description
    // whose head is a role noun is the nearest person it fits, named or quoted shortly before.
    name: 'description',
    resolve(m, r) {
      const tokens = m.span.tokens;
      if (tokens.length < 2 || tokens[0].normal !== 'the' || m.tokens !== tokens) return null;
      const head = tokens[tokens.length - 1];
      const word = bare(head);
      // "the Ohio Republican": a party member is the one capitalised head a description may have.
      const party = PARTY_MEMBER_NOUNS.has(word);
      if ((isCapitalized(head) && !party) || tokens.some((t) => isPossessive(t) || t.tags.has('Plural'))) return null;
      if (!isPersonNoun(head) && !ROLE_TITLES[word] && !party) return null;
      const gender = genderOfRoles([word], FEMALE_TITLES, MALE_TITLES);
      const before = m.span.start;
      // A weak fit (a person of whom the article says no role) is taken only close by, except for a title-type
      // role of a source ("Donald Trump said … The candidate said").
      const weakFrom = before - (ROLE_TITLES[word] ? DESCRIPTION_REACH : WEAK_DESCRIPTION_REACH);
      const fits = (at: number, title: string | undefined, roleWords: Iterable<string>, source: boolean) => {
        const fit = describes(word, rolesOf(title, roleWords), !!title, source);
        return fit === 2 || (fit === 1 && at >= weakFrom);
      };
      const from = before - DESCRIPTION_REACH;
      const source = r.nearest(
        before,
        (e) =>
          e.kind === 'person' &&
          (!gender || fitsGender(e.gender, gender)) &&
          fits(r.lastSeen.get(e) ?? -1, e.title, e.roleWords, true),
        from,
      );
      const last = lastStartingAtOrBefore(r.names, before - 1);
      let named = -1;
      for (let i = last; i >= 0 && i > last - MAX_ANTECEDENT_LOOKBACK && r.names[i].start >= from; i--) {
        const reading = r.namedNames[i];
        if (
          r.names[i].end > before ||
          r.index.inBarrier(r.names[i].start) ||
          (gender && !fitsGender(reading.gender, gender))
        )
          continue;
        if (fits(r.names[i].start, reading.title, r.names[i].roleWords, false)) {
          named = i;
          break;
        }
      }
      // The nearer of the two: a source's last mention or a name.
      let person = source;
      if (named >= 0 && (!source || r.names[named].start > (r.lastSeen.get(source) ?? -1))) {
        const entity = r.personNamedAt(named);
        person = fits(r.names[named].start, entity.title, entity.roleWords, false) ? entity : source;
      }
      // "A justice official said … The justice official told …, the official said": an unnamed source introduced
      // with the same head (and no word the description adds) is the one it takes up, when mentioned since.
      const own = nameWords(r.text.slice(tokens[1].start, head.end));
      const earlier = r.nearest(
        before,
        (e) => e.kind === 'anonymous' && e.words[e.words.length - 1] === word && own.every((w) => e.words.includes(w)),
        from,
      );
      const personAt = person ? (person === source ? (r.lastSeen.get(person) ?? -1) : r.names[named].start) : -1;
      return earlier && (r.lastSeen.get(earlier) ?? -1) > personAt ? earlier : person;
    },
  },
  {
    // A configured alias names its canonical source ({"The Post": "The New York Post"}).
    name: 'alias',
    resolve(m, r) {
      const named = m.named as NamedMention;
      // Own keys only: an article naming "constructor" must not reach Object.prototype.
      const alias = (name: string) => (Object.hasOwn(r.aliases, name) ? r.aliases[name] : undefined);
      const asWritten = r.text.slice(m.tokens[0].start, m.tokens[m.tokens.length - 1].end);
      const canonical = alias(named.name) ?? alias(asWritten);
      if (!canonical) return null;
      const renamed = { ...named, name: canonical };
      return r.matchName(renamed, nameWords(canonical)) ?? r.entity(renamed, m.span.start);
    },
  },
  {
    // "Organizer Lena Brandt", "Manitoba Liberal MP Dan Orrin", "Unlike Ruiz": the words before the
    // name are the person's role (or no part of a name); the person is the name after them.
    name: 'role-before-name',
    resolve(m, r) {
      const named = m.named as NamedMention;
      const cleaned = withoutRoleWords(r.text, m.tokens, named);
      if (cleaned === named) return null;
      const entity = r.matchName(cleaned, nameWords(cleaned.name)) ?? r.entity(cleaned, m.span.start);
      if (cleaned.role && !entity.role) entity.role = cleaned.role;
      return entity;
    },
  },
  {
    // "Odunsi said" after "Karen Odunsi": one capitalised word is the person of that surname named earlier,
    // whatever the tagger makes of the word.
    name: 'surname',
    resolve(m, r) {
      const words = m.tokens.filter((t) => t.normal !== 'the');
      if (words.length !== 1 || !isCapitalized(words[0]) || words[0].tags.has('Pronoun')) return null;
      const surname = bare(words[0]);
      const chosen = latestWithSurname(r, surname, (e) => e.kind === 'person');
      if (chosen) return chosen;
      // "Dorelle Ostrander opened a bakery. Her husband, Michael Ostrander, … Ostrander said": of two people the
      // text names with one surname, the surname alone is the one it introduced first (the other goes by a first
      // name).
      const written = r.fullNamesWritten(surname).filter((f) => f.start < m.span.start);
      if (written.length > 1) {
        const first: NamedMention = { kind: 'person', name: written[0].name };
        if (written[0].gender) first.gender = written[0].gender;
        return r.matchName(first, written[0].words) ?? r.entity(first, m.span.start);
      }
      return namedWithSurname(r, surname, m.span.start);
    },
  },
  {
    // The same name as an earlier source of the same kind; a fuller or shorter name of a person or outlet.
    name: 'same-name',
    resolve(m, r) {
      const named = m.named as NamedMention;
      return r.matchName(named, nameWords(named.name));
    },
  },
  {
    // A person first named by one word that the tagger knows only as a first name ("says Michael") is of that
    // name's gender for the pronouns that follow, as a full name is by its first word: "she" after "says Michael"
    // is someone else. (This picks antecedents only: the source's gender is still the article's evidence.)
    name: 'new-entity',
    resolve(m, r) {
      const named = m.named as NamedMention;
      const words = m.tokens.filter((t) => isCapitalized(t));
      const only = words.length === 1 && m.tokens.length <= 2 ? words[0] : null;
      if (named.kind === 'person' && !named.gender && only && !only.tags.has('LastName')) {
        const gender = only.tags.has('MaleName') ? 'male' : only.tags.has('FemaleName') ? 'female' : null;
        if (gender && !(only.tags.has('MaleName') && only.tags.has('FemaleName')))
          return r.entity({ ...named, gender }, m.span.start);
      }
      return r.entity(named, m.span.start);
    },
  },
];
