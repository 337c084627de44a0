/**
 * The resolver's queries: which noun phrase a mention inside another phrase stands for ("a man who works for
 * [Google]" -> "a man"), and what the words of a mention, a name or a gap say. The queries on a phrase's extent
 * take the analysis and a token index into it and read the chunks, clauses and breaks `analyse` computed (and,
 * inside a chunk, the shape of its words). The queries on a mention's own words (`phraseBeforeModifier`,
 * `wordsBeforeName`, `isSayerGap`) and on a sentence's names (`personNamesIn`, `firstNamesBefore`,
 * `holdsFiniteVerb`) read the tagger's tags and the words' shape, the one place in the resolver's path that does.
 */
import type { Chunk, Clause, SentenceSyntax } from './types.js';
import { MAX_CLAUSE_DEPTH } from './analyse.js';
import type { Token } from '../segment/nlp.js';
import { HAVE_FORMS, PERSON_RELATIVES, RELATIVE_PRONOUNS } from '../lexicon/function-words.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import { WEEKDAYS } from '../lexicon/number-words.js';
import { TITLES } from '../lexicon/titles.js';
import {
  ISSUED_COUNT_NOUNS,
  MEDIA_NOUNS,
  ORGANIZATION_WORDS,
  PERSONAL_PRONOUNS,
  POLL_NOUNS,
  PROXIMITY_ADJECTIVES,
} from '../lexicon/source-words.js';
import {
  bare,
  breaksAfter,
  isCalendarName,
  isCapitalized as startsCapital,
  isPersonNoun,
  isPossessive,
  isTitle as isTitleWord,
} from './token-shape.js';

const isCapitalized = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
const isTitle = (token: Token): boolean => TITLES.has(token.normal.replace(/\.$/, ''));

/** Deepest clause nesting looked up from a mention to the relative clause that holds it. */
const MAX_CLAUSE_HOPS = 4;
/** Longest relative clause before the mention it holds ("who works for", "whose son plays for"), in tokens. */
const MAX_RELATIVE_CLAUSE = 8;

/** Whether no punctuation or quote mark breaks the tokens from `first` to `last` (inclusive ends excluded). */
function unbroken(s: SentenceSyntax, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (s.breaks[k]) return false;
  return true;
}

/**
 * The chunk a restrictive relative clause of people describes, when token `at` opens the object of a preposition
 * inside it ("A man who works for [Google] said", "A woman whose son plays for [the Oilers]"), or null. A clause
 * set off by a comma ("Jane Roe, who works for Google,"), a break between the relative pronoun and the mention
 * ("family members who were affected by the shooting, according to [AP]") or a pronoun antecedent does not count.
 */
export function relativeClauseHost(s: SentenceSyntax, at: number): Chunk | null {
  const chunk = s.chunks[s.chunkAt[at]];
  if (!chunk || chunk.first !== at || chunk.preposition !== at - 1) return null;
  let index = s.clauseAt[at];
  for (let hops = 0; hops < MAX_CLAUSE_HOPS && index >= 0 && s.clauses[index].kind !== 'relative'; hops++)
    index = s.clauses[index].parent;
  const clause = s.clauses[index];
  if (!clause || clause.kind !== 'relative' || clause.antecedent < 0 || clause.opener < 1) return null;
  if (!PERSON_RELATIVES.has(s.tokens[clause.opener].normal) || s.breaks[clause.opener - 1]) return null;
  if (at - clause.opener > MAX_RELATIVE_CLAUSE || !unbroken(s, clause.opener, at)) return null;
  const host = s.chunks[clause.antecedent];
  return s.classes[host.head] === 'noun' ? host : null;
}

/** Longest name after a title the tagger reads as a verb ("Dr. Will"), in tokens. */
const MAX_NAME = 4;

/**
 * The name a title at token `at` opens, as its last token: "[Dr.] Ola Brandt said" -> Brandt. The chunk runs on
 * over the capitalised words after a title; the name is those words up to the next title or lower-case word
 * ("Major said he'd", which the tagger reads as one phrase, has none). When the tagger reads the name as a verb
 * ("Dr. Will said") the chunk ends at the title: the capitalised words right after it are the name. -1 when no
 * name follows the title.
 */
export function nameAfterTitle(s: SentenceSyntax, at: number): number {
  const chunk = s.chunks[s.chunkAt[at]];
  if (!chunk) return -1;
  const named = (t: Token): boolean => isCapitalized(t) && !isTitle(t);
  let last = at;
  if (chunk.head > at) {
    const end = s.tokens.slice(at + 1, chunk.head + 1).findIndex((t) => !named(t));
    last = end < 0 ? chunk.head : at + end;
  } else if (chunk.last === at && s.verbAt[at + 1] >= 0) {
    while (last + 1 < s.tokens.length && last - at < MAX_NAME && !s.breaks[last] && named(s.tokens[last + 1])) last++;
  }
  return last > at ? last : -1;
}

/**
 * The chunk a prepositional phrase opening at token `at` attaches to: the chunk that ends right before its
 * preposition ("[a spokesman] for [Clinton]", "[a senior source familiar] with [the talks]"), or before the
 * participle that stands between ("[a poll] released in [June]"), with no break in between; null when the token
 * opens no chunk governed by a preposition.
 */
export function prepositionHost(s: SentenceSyntax, at: number): { host: Chunk; preposition: number } | null {
  const chunk = s.chunks[s.chunkAt[at]];
  const preposition = at - 1;
  if (!chunk || chunk.first !== at || chunk.preposition !== preposition || preposition < 1) return null;
  let before = preposition - 1;
  if (s.breaks[before]) return null;
  // One adjective or participle outside the chunk may stand between ("familiar", "close", "released").
  const verb = s.verbs[s.verbAt[before]];
  const participle = verb && verb.first === before && verb.last === before && verb.barePast;
  // "people close to Carter": the tagger may read "close" as a verb.
  const adjective =
    s.chunkAt[before] < 0 && (s.classes[before] === 'adjective' || PROXIMITY_ADJECTIVES.has(s.tokens[before].normal));
  if ((participle || adjective) && before > 0 && !s.breaks[before - 1]) before--;
  const host = s.chunks[s.chunkAt[before]];
  return host && host.last === before ? { host, preposition } : null;
}

/** Longest clause or phrase before the comma that a subject follows ("that if elected, she"), in tokens. */
const MAX_INTRODUCTORY = 8;

/** The chunk that starts at token `first`, or null. */
function chunkStartingAt(s: SentenceSyntax, first: number): Chunk | null {
  const chunk = s.chunks[s.chunkAt[first]];
  return chunk && chunk.first === first ? chunk : null;
}

/**
 * The noun phrases that may open a clause at token `at` as its subject, in order: the one right after an optional
 * "that" ("said [she]", "said that [she]"), and the one after the first comma when that ends a short stretch
 * ("said that if elected, [she]"; "When Trump announced his candidacy in June, [he] …"; "The golf industry,
 * [she] said, …"). The caller chooses by what it needs (a pronoun). (The layer gives a contracted subject no verb
 * of its own — "he's not ready" — so the clause's subject is not asked here.)
 */
export function openingChunks(s: SentenceSyntax, at: number): Chunk[] {
  let first = at;
  if (s.classes[first] === 'that' && s.chunkAt[first] < 0) first++;
  if (first >= s.tokens.length) return [];
  const found: Chunk[] = [];
  const opening = chunkStartingAt(s, first);
  if (opening) found.push(opening);
  let comma = -1;
  for (let k = first; k < Math.min(s.tokens.length, first + MAX_INTRODUCTORY) && comma < 0; k++)
    if (s.breaks[k]) comma = k;
  if (comma < 0 || s.tokens[comma].post.trim() !== ',') return found;
  const after = comma + 1 < s.tokens.length ? chunkStartingAt(s, comma + 1) : null;
  if (after) found.push(after);
  return found;
}

/** Longest first relative clause between a name and a second "who" ("Cruz, who won Iowa, and who"), in tokens. */
const MAX_FIRST_RELATIVE = 40;

/**
 * Whether the relative pronoun at token `who` describes the name that ends before token `from`: nothing stands
 * between ("Cruz, who"), or a place after "of" ("Cruz of Texas, who", "Ruiz of the Ohio Valley, who"), or a
 * first relative clause of the name and "and" ("Cruz, who won Iowa, and who"; the layer may hold the second clause
 * inside the first).
 */
export function relativeFollows(s: SentenceSyntax, from: number, who: number): boolean {
  let i = from;
  if (i < who && s.tokens[i].normal === 'of') {
    const place = chunkStartingAt(s, i + 1);
    if (!place || place.preposition !== i || !isCapitalized(s.tokens[place.head])) return false;
    i = place.last + 1;
  }
  if (i === who) return true;
  const first = s.clauses[s.clauseAt[i]];
  return (
    first.kind === 'relative' &&
    first.opener === i &&
    s.tokens[i].normal === 'who' &&
    first.last >= who - 2 &&
    who - i <= MAX_FIRST_RELATIVE &&
    s.tokens[who - 1].normal === 'and'
  );
}

/**
 * The name a party-state tag at token `at` follows ("House Majority Leader Kevin McCarthy, [R-Calif.], said"):
 * the first and last token of the capitalised words that end the chunk right before its comma, or null when the
 * chunk there ends in a lower-case word or no comma stands between.
 */
export function nameBeforeTag(s: SentenceSyntax, at: number): { first: number; last: number } | null {
  const before = at - 1;
  if (before < 0 || s.tokens[before].post.trim() !== ',') return null;
  const chunk = s.chunks[s.chunkAt[before]];
  if (!chunk || chunk.last !== before || !isCapitalized(s.tokens[before])) return null;
  // "former Rep. Ann Lo": the name is the capitalised words at the chunk's end.
  let first = before;
  while (first > chunk.first && isCapitalized(s.tokens[first - 1])) first--;
  return { first, last: before };
}

/** Most tokens between a noun phrase and the weekday or month after it ("a poll out Monday", "a poll released on Monday"). */
const MAX_DATE_GAP = 3;

/**
 * The noun phrase a lone weekday or month at token `at` is the tail of ("[A Monmouth poll] out [Monday]
 * showed"): the chunk that ends at most a few tokens before it, with no break after the chunk; null otherwise.
 */
export function dateTailHost(s: SentenceSyntax, at: number): Chunk | null {
  for (let k = at - 1; k >= 0 && at - k <= MAX_DATE_GAP; k--) {
    const chunk = s.chunks[s.chunkAt[k]];
    if (!chunk) continue;
    if (chunk.last !== k || s.breaks[k]) return null;
    return s.classes[chunk.head] === 'noun' ? chunk : null;
  }
  return null;
}

/**
 * The noun phrase a possessive at token `last` ends ("[the mayor’s] “summer of gridlock”"): from its chunk's first
 * token to `last`, or null when the token is in no chunk (the layer reads it as a verb).
 */
export function possessorEndingAt(s: SentenceSyntax, last: number): { first: number; last: number } | null {
  const chunk = s.chunks[s.chunkAt[last]];
  return chunk ? { first: chunk.first, last } : null;
}

/** The outermost clause (not inverted) whose subject is chunk `chunk`, among the clauses holding its head, or -1. */
export function clauseOfSubject(s: SentenceSyntax, chunk: number): number {
  let found = -1;
  for (let c = s.clauseAt[s.chunks[chunk].head], up = 0; c >= 0 && up < MAX_CLAUSE_DEPTH; c = s.clauses[c].parent, up++)
    if (s.clauses[c].subject === chunk && !s.clauses[c].inverted) found = c;
  return found;
}

/**
 * The adverbial clause with a subject that opens the sentence and belongs to clause `clause`, ending before token
 * `before` ("[When Ada Voss met Ivo Rask at a bar], she felt …"), or null.
 */
export function frontedClause(s: SentenceSyntax, clause: number, before: number): Clause | null {
  for (let c = s.clauseAt[0], up = 0; c >= 0 && c !== clause && up < MAX_CLAUSE_DEPTH; c = s.clauses[c].parent, up++) {
    const fronted = s.clauses[c];
    if (fronted.parent === clause)
      return fronted.kind === 'adverbial' && fronted.first === 0 && fronted.last < before && fronted.subject >= 0
        ? fronted
        : null;
  }
  return null;
}

/**
 * Whether the noun phrase holding token `at` is a poll or survey by its head ("A Times/CBS News poll", "an
 * entrance poll of Nevada caucus-goers", "the survey"); not a phrase that only holds one ("the wake of a new poll").
 */
export function namesPoll(s: SentenceSyntax, at: number): boolean {
  const chunk = at >= 0 && at < s.tokens.length ? s.chunkAt[at] : -1;
  return chunk >= 0 && POLL_NOUNS.has(s.tokens[s.chunks[chunk].head].normal);
}

/** Prepositions that name who issued published material ("a statement from the EU", "a study by the council"). */
export const ISSUING_PREPOSITIONS = new Set(['from', 'by']);

/** Prepositions that attach a phrase to the noun before it ("a source familiar with", "a report by", "a spokesman for"). */
export const ATTACHING_PREPOSITIONS = new Set(['of', 'with', 'for', 'by', 'on', 'from', 'at', 'in', 'to']);

/** A noun, name or pronoun by the tagger's reading, not a date or a number. */
export const isNounWord = (t: Token): boolean =>
  (t.tags.has('Noun') || t.tags.has('Acronym') || t.tags.has('Pronoun')) && !t.tags.has('Date') && !t.tags.has('Value');
/** A noun, or a gerund after a determiner ("a posting"). */
const isNounAt = (words: readonly Token[], k: number): boolean =>
  isNounWord(words[k]) || (k > 0 && words[k].tags.has('Gerund') && words[k - 1].tags.has('Determiner'));
/** A word of an institution's name, by the tagger's reading or the lexicon. */
export const isOrganizationWord = (t: Token): boolean => t.tags.has('Organization') || ORGANIZATION_WORDS.has(bare(t));
/** A word that opens a modifier inside a noun phrase: an attaching preposition or a relative pronoun. */
const opensModifier = (t: Token): boolean =>
  (t.tags.has('Preposition') && ATTACHING_PREPOSITIONS.has(t.normal)) || RELATIVE_PRONOUNS.has(t.normal);

/**
 * The words of a mention (`words`, one phrase as the attribution found it) that name its source when a
 * preposition or relative pronoun inside it opens a modifier after a noun: the words before the modifier, up to
 * their last noun ("[a source] familiar with the talks", "[a posting] on a forum"); for published material issued
 * by a capitalised body, the body up to its own modifier ("A June 2017 study by [the Senate committee]"). Null when
 * no modifier follows a noun, or when "of" joins capitalised words of an institution's proper name ("The
 * Provincial Ministry of Forests"). A range of indices into `words`, ends inclusive.
 */
export function phraseBeforeModifier(words: readonly Token[]): { first: number; last: number } | null {
  for (let k = 1; k < words.length - 1; k++) {
    const word = words[k];
    if (!opensModifier(word)) continue;
    if (!words.slice(0, k).some((_, j) => isNounAt(words, j))) continue;
    // "Ministry of Forests", "University of Toronto": "of" inside an institution's proper name.
    if (
      word.normal === 'of' &&
      startsCapital(words[k - 1]) &&
      startsCapital(words[k + 1]) &&
      words.slice(0, k).some(isOrganizationWord)
    )
      return null;
    // "a source familiar with the talks" -> "a source": the phrase ends at its last noun.
    let end = k;
    while (end > 1 && !isNounAt(words, end - 1)) end--;
    // "A June 2017 study by the Senate committee": who issued the material is the source.
    const issuerStart = words[k + 1]?.normal === 'the' ? k + 2 : k + 1;
    if (
      (MEDIA_NOUNS.has(bare(words[end - 1])) || ISSUED_COUNT_NOUNS.has(bare(words[end - 1]))) &&
      ISSUING_PREPOSITIONS.has(word.normal) &&
      startsCapital(words[issuerStart] ?? word)
    ) {
      const next = words.findIndex((t, j) => j > k + 1 && opensModifier(t));
      return { first: k + 1, last: next > 0 ? next - 1 : words.length - 1 };
    }
    return { first: 0, last: end - 1 };
  }
  return null;
}

/** Longest subject taken after a discourse word, in tokens. */
const MAX_SUBJECT_AFTER = 8;

/** A word of a noun phrase before its verb: determiner, adjective, noun, number, possessive, a title's period. */
const isPhraseWord = (token: Token): boolean =>
  !token.tags.has('Verb') &&
  (token.tags.has('Determiner') ||
    token.tags.has('Adjective') ||
    token.tags.has('Noun') ||
    token.tags.has('Value') ||
    token.tags.has('Acronym'));

/**
 * The subject right after a word at token `at` that a comma sets off at the sentence's opening ("Meanwhile, [it]",
 * "Instead, [the Vermont senator] is sticking to"): a personal pronoun, or the words of a noun phrase up to its
 * verb, ending in a noun (or a quantifier alone: "Now, [many] have trouble"); null when no comma follows the word
 * or no such phrase follows in the sentence. Ends inclusive.
 */
export function subjectAfterOpener(s: SentenceSyntax, at: number): { first: number; last: number } | null {
  const first = at + 1;
  const tokens = s.tokens;
  if (at < 0 || first >= tokens.length) return null;
  // Only a word set off by a comma opens the sentence before its subject.
  if (tokens[at].post.trim() !== ',') return null;
  if (Object.hasOwn(PERSONAL_PRONOUNS, tokens[first].normal)) return { first, last: first };
  let last = first - 1;
  while (
    last + 1 < tokens.length &&
    last + 1 - first < MAX_SUBJECT_AFTER &&
    isPhraseWord(tokens[last + 1]) &&
    (last < first || !breaksAfter(tokens[last]))
  )
    last++;
  if (last < first || (!tokens[last].tags.has('Noun') && last > first)) return null;
  return { first, last };
}

/**
 * The cue-verb forms that can follow a sayer's name: finite forms of verbs of saying and belief ("says", "said",
 * "thought", "hoped"), not the bare base ("say") nor the gerund ("saying"), nor evidence verbs ("found", "showed").
 * (On polnear-train and -dev, admitting every form of every class changes no output; this is the narrower reading.)
 */
function isSayerForm(form: string, entry: CueVerbEntry): boolean {
  return entry.cueClass !== 'evidence' && form !== entry.base && !form.endsWith('ing');
}

/**
 * Whether the words `gap` between a name and the pronoun that is its claim's subject are a sayer's verb phrase
 * ("Trump [said] he", "Cruz [has also argued on Monday that] she", "Ruiz [told reporters] he"): an optional form of
 * "have", an optional "also", a cue verb's finite form in `verbs` (and the addressee after "tell"), an optional
 * weekday ("on Monday"), an optional comma and "that". A comma may stand only after the verb phrase's last word.
 */
export function isSayerGap(gap: readonly Token[], verbs: ReadonlyMap<string, CueVerbEntry>): boolean {
  let i = 0;
  if (i < gap.length && HAVE_FORMS.has(gap[i].normal)) i++;
  if (i < gap.length && gap[i].normal === 'also') i++;
  // A comma may stand only after the last word of the verb phrase, and only "that" after it.
  if (gap.slice(0, i).some(breaksAfter)) return false;
  const verb = gap[i++];
  const entry = verb === undefined ? undefined : verbs.get(verb.normal);
  if (!verb || !entry || startsCapital(verb) || !isSayerForm(verb.normal, entry)) return false;
  let comma = breaksAfter(verb);
  if (entry.base === 'tell') {
    const addressee = gap[i++];
    if (comma || !addressee || addressee.tags.has('Value') || addressee.normal === 'that') return false;
    comma = breaksAfter(addressee);
  }
  if (!comma && i < gap.length && gap[i].normal !== 'that') {
    if (gap[i].normal === 'on') i++;
    const day = gap[i++];
    if (!day || !startsCapital(day) || !WEEKDAYS.has(bare(day))) return false;
    comma = breaksAfter(day);
  }
  if (i < gap.length && gap[i].normal === 'that' && !breaksAfter(gap[i])) i++;
  return i === gap.length;
}

/**
 * "Trump said he", where the tagger knows no "Trump": the capitalised word nearest before tokens[at] (among the
 * words that start at or after offset `from`) when what stands between it and tokens[at] is a sayer's verb phrase
 * (isSayerGap); its index, or -1.
 */
export function sayerWordBefore(
  s: SentenceSyntax,
  at: number,
  from: number,
  verbs: ReadonlyMap<string, CueVerbEntry>,
): number {
  let k = at - 1;
  while (k >= 0 && s.tokens[k].start >= from && !startsCapital(s.tokens[k])) k--;
  if (k < 0 || !startsCapital(s.tokens[k])) return -1;
  return isSayerGap(s.tokens.slice(k + 1, at), verbs) ? k : -1;
}

/** Whether a preposition stands right before tokens[at] ("an idea from [Frank Clayton]", "fired at [Bibeau]"). */
export const followsPreposition = (s: SentenceSyntax, at: number): boolean =>
  at > 0 && s.tokens[at - 1].tags.has('Preposition');

/** Whether the run of capitalised words that ends at tokens[at] follows a preposition ("fired at Zehaf [Bibeau]"). */
export function capitalRunFollowsPreposition(s: SentenceSyntax, at: number): boolean {
  let first = at;
  while (first > 0 && startsCapital(s.tokens[first - 1])) first--;
  return followsPreposition(s, first);
}

/**
 * "Moreno, a mother of three who takes the ferry, said": a phrase opened by a determiner or possessive right after
 * the comma that follows chunk `chunk`, with a relative clause, which the layer leaves out of its appositives
 * (their extent ends at a closing mark). Its chunk, or -1.
 */
export function descriptionAfter(s: SentenceSyntax, chunk: number): number {
  const own = s.chunks[chunk];
  const next = s.chunks[chunk + 1];
  if (!next || next.first !== own.last + 1 || s.tokens[own.last].post.trim() !== ',' || next.relative) return -1;
  const opener = next.determiner >= 0 ? s.classes[next.determiner] : null;
  if (opener !== 'determiner' && opener !== 'possessive') return -1;
  // The relative clause after the phrase (and its prepositional phrases): "who", "whose", "that".
  for (let i = next.last + 1; i < s.tokens.length && !s.breaks[i - 1]; i++) {
    if (s.classes[i] === 'relative') return chunk + 1;
    if (s.classes[i] !== 'preposition' && s.chunkAt[i] < 0) return -1;
  }
  return -1;
}

/** Punctuation after a token that closes a subject's stretch: quote marks, brackets, ";", ":". */
const CLOSES_STRETCH = /[;:()«»“”"]/;

/**
 * The words after a subject that still belong to its clause, where a later pronoun may stand for it: from past
 * the written extent of the chunk holding tokens[last] (or of the phrase it is an appositive of: "Tom Baird, her
 * husband, said" starts after "husband") to at most `reach` tokens on, inside the clause the chunk is the subject
 * of or the clauses inside it; before a quote mark or a quoted word, and up to the first word followed by a
 * bracket, ";", ":" or a quote mark. Null when the chunk is no clause's subject, when a second subject is joined
 * to it ("Tom Baird, and his wife, said") or when no word is left.
 */
export function subjectClauseStretch(
  s: SentenceSyntax,
  last: number,
  reach: number,
): { first: number; last: number } | null {
  let chunk = s.chunkAt[last];
  if (chunk < 0) return null;
  if (s.chunks[chunk].appositiveOf >= 0) chunk = s.chunks[chunk].appositiveOf;
  // The clause the chunk is the subject of: its own clause or one it opens (at most the clause stack's depth up).
  let clause = s.clauseAt[s.chunks[chunk].head];
  while (clause >= 0 && s.clauses[clause].subject !== chunk) clause = s.clauses[clause].parent;
  if (clause < 0) return null;
  const within = (i: number) => {
    let c = s.clauseAt[i];
    while (c >= 0 && c !== clause) c = s.clauses[c].parent;
    return c === clause;
  };
  const tokens = s.tokens;
  const from = s.chunks[chunk].writtenLast + 1;
  if (from < tokens.length && s.classes[from] === 'coordinator') return null;
  let end = from - 1;
  for (let i = from; i < Math.min(tokens.length, from + reach); i++) {
    if (s.inQuote[i] || s.quoteBreaks[i - 1] || !within(i)) break;
    end = i;
    if (CLOSES_STRETCH.test(tokens[i].post)) break;
  }
  return end >= from ? { first: from, last: end } : null;
}

/**
 * The subject that opens a sentence's main clause when it is a name, words in capitals only ("[Ruiz] had a history
 * of debt", "[Ana Ruiz] left"): its chunk, or null.
 */
export function openingNameSubject(s: SentenceSyntax): Chunk | null {
  const main = s.clauses[0];
  if (!main || main.kind !== 'main' || main.subject < 0 || main.inverted) return null;
  const chunk = s.chunks[main.subject];
  if (chunk.first !== 0) return null;
  for (let k = chunk.first; k <= chunk.last; k++)
    if (!startsCapital(s.tokens[k]) || s.classes[k] === 'pronoun' || s.classes[k] === 'determiner') return null;
  return chunk;
}

/**
 * A finite verb by the tagger's reading ("walks", "said", "is", "will"): what a caption or credit line lacks. A base
 * form the tagger reads as an imperative ("Engineer Paul Doucet on the pier", "Staff photo/Ron Hale") is none.
 */
const isTaggedFinite = (token: Token): boolean =>
  token.tags.has('PastTense') ||
  token.tags.has('Copula') ||
  token.tags.has('Modal') ||
  (token.tags.has('PresentTense') && !token.tags.has('Infinitive') && !token.tags.has('Gerund'));

/**
 * Whether a sentence's words hold a finite verb by the tagger's reading, as prose does and a caption or credit line
 * ("Photo: Jane Doe/Reuters", "Mayor Ann Lee at the pier") does not. The tagger's tags, not the layer's verb groups:
 * the layer may read as a finite verb a base form that the tagger takes for an imperative.
 */
export function holdsFiniteVerb(words: readonly Token[]): boolean {
  return words.some(isTaggedFinite);
}

/** A word written in capitals only, of two letters or more, that the tagger reads as an acronym ("MP", "CEO", "NDP"). */
const isAcronym = (token: Token): boolean => token.tags.has('Acronym') && /^\p{Lu}{2,}$/u.test(token.text);

/** A capitalised word that says what a person is, before their name: a title, a role noun, an acronym ("MP"). */
const isRoleHead = (token: Token): boolean =>
  !token.tags.has('FirstName') && (isTitleWord(token) || isPersonNoun(token) || isAcronym(token));

/** A word that cannot open a name: a preposition, conjunction, adverb or date ("Unlike Ruiz", "Yesterday Okoro"). */
const opensNoName = (token: Token): boolean =>
  !token.tags.has('Person') &&
  ['Preposition', 'Conjunction', 'Adverb', 'Determiner', 'Date'].some((tag) => token.tags.has(tag));

/**
 * Where the words of a phrase read as a person's name split (`words`, the phrase the reading was made from; the
 * name is its trailing capitalised words, after any title or possessive): `first`, the run's first word; `role`,
 * the first word after words that cannot open a name ("Unlike Ruiz"); `name`, the first word after the role up to
 * its last role head ("Organizer Lena Brandt", "Manitoba Liberal MP Dan Orrin", "NDP MLA Rosa Kell"). At least
 * one word is left, and a role is taken only when the name after it is written in lower case too (a line in
 * capitals, "SEN. JOHN DOE", is no role and name), with no first name or possessive among the words before its
 * head. Null when the run has fewer than two words or all of it is the name. Indices into `words`.
 */
export function wordsBeforeName(words: readonly Token[]): { first: number; role: number; name: number } | null {
  let first = words.length;
  while (first > 0 && startsCapital(words[first - 1]) && !isTitleWord(words[first - 1])) {
    if (first < words.length && isPossessive(words[first - 1])) break;
    first--;
  }
  if (words.length - first < 2) return null;
  let role = first;
  while (role < words.length - 1 && opensNoName(words[role])) role++;
  let head = -1;
  for (let i = role; i < words.length - 1; i++) if (isRoleHead(words[i])) head = i;
  // Role words before the head modify it ("Manitoba Liberal MP"): no first name among them.
  const modifiers = words.slice(role, Math.max(role, head));
  const named =
    head >= 0 &&
    !modifiers.some((t) => t.tags.has('FirstName') || isPossessive(t)) &&
    words.slice(head + 1).some((t) => /\p{Ll}/u.test(t.text));
  const name = named ? head + 1 : role;
  return name === first ? null : { first, role, name };
}

/** Place tags of a place the tagger knows by name, not by the shape of the words after it ("Tiger Woods"). */
const KNOWN_PLACE_TAGS = ['City', 'Country', 'Region'];

/**
 * "Tiger Woods", "Mark Woods": the tagger reads a capitalised word and a surname such as "Woods" as one place name
 * (it tags both words Place); where the surname alone is a person, the pair is that person's full name, unless
 * the first word is a place the tagger knows by name ("Toronto").
 */
const placeReadingOfName = (first: Token, surname: Token): boolean =>
  first.tags.has('Place') && surname.tags.has('Place') && !KNOWN_PLACE_TAGS.some((tag) => first.tags.has(tag));

/**
 * A capitalised word that may be a first name before a surname: no function word, title, place or date (a place
 * only read so with the surname is no obstacle: `placeReadingOfName`).
 */
const mayBeFirstName = (token: Token, opensSentence: boolean, pairedPlace = false): boolean =>
  startsCapital(token) &&
  !isTitleWord(token) &&
  !isPossessive(token) &&
  !breaksAfter(token) &&
  (token.tags.has('FirstName') ||
    (!opensSentence &&
      ![
        'Pronoun',
        'Preposition',
        'Conjunction',
        'Determiner',
        'Adverb',
        'Verb',
        'Date',
        ...(pairedPlace ? [] : ['Place']),
        'Organization',
        'Acronym',
        'Value',
      ].some((tag) => token.tags.has(tag)) &&
      !isPersonNoun(token)));

/**
 * The surnames of `wanted` (keyed by their last word, as bare words: "okoro", "al hamid") that a sentence writes
 * after a word that can be a first name ("Shanaz Okoro, president of …"): one the tagger knows, or any capitalised
 * word that is no function word, title, place or role noun and does not open the sentence. Each as the first
 * name's token, the surname's last token and the surname's words, in text order.
 */
export function firstNamesBefore(
  s: SentenceSyntax,
  wanted: ReadonlyMap<string, readonly string[]>,
): { first: number; last: number; words: readonly string[] }[] {
  const tokens = s.tokens;
  const found: { first: number; last: number; words: readonly string[] }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const words = wanted.get(bare(tokens[i]));
    if (!words || !startsCapital(tokens[i])) continue;
    let at = i;
    for (let w = words.length - 2; w >= 0 && at > 0; w--) if (bare(tokens[at - 1]) === words[w]) at--;
    if (i - at !== words.length - 1 || at < 1) continue;
    if (tokens.slice(at, i).some(breaksAfter)) continue;
    const first = tokens[at - 1];
    if (!mayBeFirstName(first, at - 1 === 0, placeReadingOfName(first, tokens[at]))) continue;
    found.push({ first: at - 1, last: i, words });
  }
  return found;
}

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
  (startsCapital(token) &&
    token.tags.has('ProperNoun') &&
    !token.tags.has('Organization') &&
    !token.tags.has('Place') &&
    !token.tags.has('Date'));

/** A capitalised word after a title or role noun, which names the person even when the tagger does not know it. */
const unknownNameWord = (token: Token): boolean =>
  startsCapital(token) &&
  !token.tags.has('Pronoun') &&
  !token.tags.has('Date') &&
  !token.tags.has('Verb') &&
  !token.tags.has('Organization') &&
  !token.tags.has('Place') &&
  !isTitleWord(token);

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

/** A capitalised word tagged as an organization, alone (no capitalised word after it), right after token i - 1. */
function isSurnameLikeOrganization(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || breaksAfter(tokens[i - 1]) || !startsCapital(token) || !token.tags.has('Organization')) return false;
  const next = tokens[i + 1];
  return !next || breaksAfter(token) || !startsCapital(next);
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

/**
 * Person names of a sentence (`tokens`): runs of capitalised words that the tagger knows as a name, or that follow a
 * title or role noun, with the title, role and role words the sentence gives each.
 */
export function personNamesIn(tokens: Token[]): PersonName[] {
  const names: PersonName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A lowercase role noun or an honorific ("Dr.", "Rep.") before capitalised words makes them a name; a
    // capitalised title in a Title Case line ("Justice Against Sponsors") does not.
    const afterRole =
      i > 0 &&
      !breaksAfter(tokens[i - 1]) &&
      ((isPersonNoun(tokens[i - 1]) && !startsCapital(tokens[i - 1])) || tokens[i - 1].tags.has('Honorific'));
    const opens = tokens[i].tags.has('Person') || continuesName(tokens[i]) || (afterRole && unknownNameWord(tokens[i]));
    if (tokens[i].tags.has('Pronoun') || !opens) continue;
    let j = i;
    // A first name carries the capitalised words after it ("Linda Okafor": only Linda is a known name); a
    // possessive ends the name ("Andrew Mireau’s Tories").
    while (j + 1 < tokens.length && continuesName(tokens[j + 1]) && !breaksAfter(tokens[j]) && !isPossessive(tokens[j]))
      j++;
    // "Premier Dale Nike": one capitalised word the tagger takes for a company, right after a first name and
    // ending the run, is a surname.
    if (tokens[j].tags.has('FirstName') && isSurnameLikeOrganization(tokens, j + 1)) j++;
    if (afterRole)
      while (j + 1 < tokens.length && j - i < 3 && unknownNameWord(tokens[j + 1]) && !breaksAfter(tokens[j])) j++;
    // The span is the bare name ("Mr. Trump" names Trump); the tokens keep the titles before it, for the title.
    let first = i;
    while (first < j && isTitleWord(tokens[first])) first++;
    let titled = i;
    while (
      titled > 0 &&
      isTitleWord(tokens[titled - 1]) &&
      startsCapital(tokens[titled - 1]) &&
      !breaksAfter(tokens[titled - 1])
    )
      titled--;
    // A run of capitalised words is a person's name when compromise knows one of them as a name ("Dev Patel"),
    // or when a title or role noun stands before it ("spokeswoman Tilde Maraga", "Dr. Will").
    const known = tokens.slice(i, j + 1).some((t) => t.tags.has('Person') && !t.tags.has('Honorific'));
    const titledName = afterRole || tokens.slice(titled, first).some((t) => t.tags.has('Honorific'));
    const calendar = j === i && first === i && isCalendarName(tokens[i]);
    if ((known || titledName) && !isTitleWord(tokens[j]) && !calendar && !isPlaceBeforeRegion(tokens, j)) {
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
  return names;
}

/** The role words the sentence gives a name: before it (with the title), and in an appositive before or after it. */
function describe(name: PersonName, tokens: Token[], titled: number, last: number): void {
  const words = new Set<string>();
  for (let k = titled; k < tokens.length && tokens[k].start < name.start; k++)
    if (isTitleWord(tokens[k])) words.add(bare(tokens[k]));
  // "Harbour Authority spokeswoman Tilde Maraga", "city council member Dev Patel": a role noun right before the
  // name (or its title), with the nouns and capitalised words that modify it.
  let from = titled;
  if (from > 0 && !breaksAfter(tokens[from - 1]) && isPersonNoun(tokens[from - 1]))
    while (
      from > 0 &&
      titled - from < MAX_ROLE &&
      !breaksAfter(tokens[from - 1]) &&
      !tokens[from - 1].tags.has('Person') &&
      (isPersonNoun(tokens[from - 1]) || startsCapital(tokens[from - 1]) || isModifierNoun(tokens[from - 1]))
    )
      from--;
  for (let k = from; k < titled; k++) if (isPersonNoun(tokens[k])) words.add(bare(tokens[k]));
  if (tokens.slice(from, titled).some((t) => !isTitleWord(t)))
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
