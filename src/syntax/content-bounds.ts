/**
 * Where a reported clause starts and ends: the queries the content sieves (src/attribute/content.ts) ask of a
 * sentence's syntax. Each answers one question about the tokens around a cue — the complement after it ("said
 * on Monday that …"), the end of the clause it opens, whether what follows is only circumstance or the
 * addressee, whether the cue sits in an introductory or a relative clause — so no attribution rule walks
 * tokens itself. Indexes are token indexes of the sentence; offsets are string offsets.
 */
import type { Token } from '../segment/nlp.js';
import type { SentenceSyntax, VerbGroup, WordClass } from './types.js';
import { MAX_CLAUSE_DEPTH } from './analyse.js';
import { openingInfinitive, verbTense } from './mention-frames.js';
import { breaksBetween, subjectBefore } from './phrases.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../segment/locate.js';
import {
  AGENT_PREPOSITIONS,
  ADVERBIAL_OPENERS,
  ANSWER_WORDS,
  CIRCUMSTANCE_CONTINUATIONS,
  CLAUSE_JOINERS,
  CONCESSIVE_OPENERS,
  CONTINUATIONS,
  DESCRIBING_RELATIVES,
  EVENT_TIME_PREPOSITIONS,
  INTERRUPTING_ADVERBS,
  INTRODUCERS,
  LEADING_CONNECTIVES,
  OBJECT_PRONOUNS,
  PERSON_RELATIVES,
  SPEAKER_PRONOUNS,
  SUBJECT_LEAD_PREPOSITIONS,
  MANNER_GERUND_PREPOSITIONS,
  TIME_SUBORDINATORS,
  TRAILING_CIRCUMSTANCE_PREPOSITIONS,
  VERB_COORDINATORS,
} from '../lexicon/function-words.js';

/**
 * Longest reported content, in characters. Real sentences stay far below it; an unpunctuated text with a cue
 * every few words would otherwise give every claim the rest of the text (quadratic output).
 */
export const MAX_CONTENT_LENGTH = 2000;
/** How many tokens of circumstance may stand between a cue and its "that" ("said on Monday that"). */
const MAX_TOKENS_BEFORE_THAT = 12;

/** Whether punctuation (not a quote mark) ends a phrase between tokens a and a+1; true at either edge. */
export const punctuationAfter = (s: SentenceSyntax, a: number): boolean => breaksBetween(s.tokens, a);

/** The first token at or after `from` that a break (comma, dash, colon …) precedes, or the sentence's length. */
export function afterNextBreak(s: SentenceSyntax, from: number): number {
  let k = from;
  while (k < s.tokens.length && !breaksBetween(s.tokens, k - 1)) k++;
  return k;
}

/**
 * "said on Monday that …", "told reporters that …": the token after the "that" that opens the complement
 * within a few tokens of `from`, with only circumstance before it (no pronoun, no verb, no break); else `from`.
 */
export function complementStart(s: SentenceSyntax, from: number, addressee = true): number {
  const tokens = s.tokens;
  for (let k = from; k < Math.min(tokens.length - 1, from + MAX_TOKENS_BEFORE_THAT); k++) {
    if (tokens[k].normal === 'that') return k + 1;
    if (breaksBetween(tokens, k)) break;
    // "criticized the levy that she said …": without a listener, an object before "that" makes it a relative;
    // a circumstance or a prepositional phrase may stand there ("wrote in her memoir that …").
    if (!addressee && !inCircumstance(s, k) && !inPrepositionalPhrase(s, k) && s.classes[k] !== 'adverb') break;
    // "said Tuesday evening that": a word of a circumstance is no verb of a clause.
    if ((tokens[k].tags.has('Pronoun') || tokens[k].tags.has('Verb')) && !inCircumstance(s, k)) break;
  }
  return from;
}

/** Whether tokens[k] is a preposition or lies in a noun phrase a preposition governs ("in [her memoir]"). */
const inPrepositionalPhrase = (s: SentenceSyntax, k: number): boolean =>
  s.classes[k] === 'preposition' || (s.chunkAt[k] >= 0 && s.chunks[s.chunkAt[k]].preposition >= 0);

/** The index of the last circumstance that opens at or before tokens[k] (circumstances are in text order), or -1. */
function circumstanceBefore(s: SentenceSyntax, k: number): number {
  let lo = 0;
  let hi = s.circumstances.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.circumstances[mid].first <= k) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether tokens[k] lies in one of the sentence's circumstances (they do not overlap). */
function inCircumstance(s: SentenceSyntax, k: number): boolean {
  const c = circumstanceBefore(s, k);
  return c >= 0 && k <= s.circumstances[c].last;
}

/**
 * "Two scientists found in 2014 that …": whether a "that" clause opens within MAX_WORDS_BEFORE_THAT words from
 * tokens[from], across a circumstance with no break in it.
 */
export function thatClauseWithin(s: SentenceSyntax, from: number): boolean {
  for (let k = from; k < s.tokens.length && k < from + MAX_WORDS_BEFORE_THAT; k++) {
    if (s.tokens[k].normal === 'that') return thatComplementAfter(s, k);
    if (s.breaks[k - 1] && k > from) return false;
  }
  return false;
}

/** How far after its cue a finding's "that" may stand, in words. */
const MAX_WORDS_BEFORE_THAT = 4;

/**
 * "Carson admitted that …", "told the crowd that …": whether a "that" clause opens at tokens[from] or after an
 * addressee or a short circumstance there (what `complementStart` skips).
 */
export function thatComplementAfter(s: SentenceSyntax, from: number): boolean {
  if (from >= s.tokens.length || breaksBetween(s.tokens, from - 1)) return false;
  const start = complementStart(s, from);
  if (start <= from || s.tokens[start - 1].normal !== 'that') return false;
  // "recalled of that first day": "that" is a determiner unless a clause with a subject opens after it.
  const clause = s.clauses[s.clauseAt[start]];
  return clause !== undefined && clause.kind === 'complement' && clause.subject >= 0;
}

/** "acknowledged it had no contract": whether a complement clause with its own subject opens at tokens[at]. */
export function complementOpensAt(s: SentenceSyntax, at: number): boolean {
  if (at <= 0 || at >= s.tokens.length || breaksBetween(s.tokens, at - 1)) return false;
  const clause = s.clauses[s.clauseAt[at]];
  return clause !== undefined && clause.kind === 'complement' && clause.first === at && clause.subject >= 0;
}

/**
 * "told reporters the school was cold", "warned voters on Monday the plan would fail": when the noun phrase at
 * tokens[from] (with any circumstance after it) is followed right away by a complement clause the analysis opens
 * there, the phrase is the addressee and the clause is what was said: the clause's first token. Else `from`.
 */
export function afterAddressee(s: SentenceSyntax, from: number): number {
  if (from >= s.tokens.length || s.chunkAt[from] < 0) return from;
  const addressee = s.chunks[s.chunkAt[from]];
  if (addressee.first !== from || s.clauses.some((c) => c.subject === s.chunkAt[from])) return from;
  let k = addressee.writtenLast + 1;
  for (const c of s.circumstances) if (c.first === k) k = c.last + 1;
  if (k >= s.tokens.length || s.breaks[k - 1]) return from;
  // "told reporters about the flood": what was told is the topic after "about" (or "of"), when the phrase told is
  // someone: a pronoun, a name or a plural ("told a story about the war" tells the story).
  const head = s.tokens[addressee.head];
  const someone = head.tags.has('Pronoun') || head.tags.has('Person') || head.tags.has('Plural');
  if (someone && TOLD_TOPIC_PREPOSITIONS.has(s.tokens[k].normal) && !s.breaks[k] && s.chunkAt[k + 1] >= 0) return k + 1;
  const clause = s.clauses[s.clauseAt[k]];
  return clause.kind === 'complement' && clause.first === k && clause.subject >= 0 ? k : from;
}

/** Prepositions after an addressee that open what the addressee was told about ("told us about the risks"). */
const TOLD_TOPIC_PREPOSITIONS = new Set(['about', 'of']);

/**
 * "The coach states, however, that …": the token after the "that" when tokens[from] is a sentence adverb set off
 * by commas right before it; else `from`.
 */
export function afterInterruptingAdverb(s: SentenceSyntax, from: number): number {
  const tokens = s.tokens;
  const interrupts =
    from + 1 < tokens.length &&
    INTERRUPTING_ADVERBS.has(tokens[from].normal) &&
    tokens[from + 1].normal === 'that' &&
    breaksBetween(tokens, from - 1) &&
    breaksBetween(tokens, from) &&
    tokens[from - 1].post.trim().startsWith(',');
  return interrupts ? from + 2 : from;
}

/** Whether tokens[at] opens a capitalised proper name that runs to a break ("have endorsed Clinton."). */
export function nameEndsClause(s: SentenceSyntax, at: number): boolean {
  const tokens = s.tokens;
  for (let k = at; k < tokens.length && /^\p{Lu}/u.test(tokens[k].text) && tokens[k].tags.has('ProperNoun'); k++)
    if (breaksBetween(tokens, k)) return true;
  return false;
}

/** Whether tokens[at] is a word that stands for a whole answer and a break ends it ("75 percent said yes."). */
export const answerEndsClause = (s: SentenceSyntax, at: number): boolean =>
  at < s.tokens.length && ANSWER_WORDS.has(s.tokens[at].normal) && breaksBetween(s.tokens, at);

/** Whether tokens[at] is an object pronoun that a break ends ("strongly supported him."). */
export const pronounEndsClause = (s: SentenceSyntax, at: number): boolean =>
  at < s.tokens.length && OBJECT_PRONOUNS.has(s.tokens[at].normal) && breaksBetween(s.tokens, at);

/** The last token that ends at offset `end`, or `fallback`. */
export function tokenEndingAt(s: SentenceSyntax, end: number, fallback: number): number {
  const index = lastStartingAtOrBefore(s.tokens, end - 1);
  return index >= 0 && s.tokens[index].end === end ? index : fallback;
}

/** The words of a request for anonymity ("not to be named", "to remain anonymous", "anonymity"). */
const ANONYMITY_REQUESTS = [
  ['not', 'to', 'be', 'named'],
  ['not', 'to', 'be', 'identified'],
  ['to', 'remain', 'anonymous'],
  ['anonymity'],
];

/** Whether the words from tokens[from] ask for anonymity ("spoke on condition of …", "asked not to be named"). */
export function asksAnonymity(s: SentenceSyntax, from: number): boolean {
  return ANONYMITY_REQUESTS.some((words) => words.every((w, k) => s.tokens[from + k]?.normal === w));
}

/**
 * "…, said a group of Democrats who …": the token after the prepositional phrases that go on the phrase ending
 * before tokens[i] ("of Democrats"), or i when none opens there.
 */
export function afterPrepositionalPhrases(s: SentenceSyntax, i: number): number {
  let k = i;
  while (k < s.tokens.length && s.classes[k] === 'preposition' && !s.breaks[k - 1] && s.chunkAt[k + 1] >= 0) {
    const chunk = s.chunks[s.chunkAt[k + 1]];
    if (chunk.preposition !== k || chunk.first !== k + 1) break;
    k = chunk.writtenLast + 1;
  }
  return k;
}

/** Whether tokens[i] is a relative pronoun of persons ("…, said a farmer who lives nearby"). */
export const opensPersonRelative = (s: SentenceSyntax, i: number): boolean =>
  i < s.tokens.length && PERSON_RELATIVES.has(s.tokens[i].normal);

/**
 * Whether the sentence, or a clause joined by "and"/"but" after a break, opens with "as" right before tokens[first]
 * ("As Politico reported, …", "…, and as Comey noted, people in the case could …").
 */
export const opensWithAs = (s: SentenceSyntax, first: number): boolean =>
  first >= 1 &&
  s.tokens[first - 1].normal === 'as' &&
  (opensSentenceAt(s, first - 1) || opensCoordinatedClauseAt(s, first - 1));

/**
 * Whether tokens[at] opens a clause joined by "and" or "but" right after a break ("…, and as …", "The staff
 * objected, but I said, hey, …").
 */
export const opensCoordinatedClauseAt = (s: SentenceSyntax, at: number): boolean =>
  at >= 2 &&
  (s.tokens[at - 1].normal === 'and' || s.tokens[at - 1].normal === 'but') &&
  s.breaks[at - 2] &&
  !s.breaks[at - 1];

/**
 * Whether tokens[at] opens its sentence, alone or after a connective ("But as Clyburn noted, …", "And I can now
 * say, …").
 */
export const opensSentenceAt = (s: SentenceSyntax, at: number): boolean =>
  at === 0 || (at === 1 && LEADING_CONNECTIVES.has(s.tokens[0].normal) && !breaksBetween(s.tokens, 0));

/** Longest phrase set off by commas between a cue and its "that" ("said, with the benefit of hindsight, that"). */
const MAX_INTERRUPTING_TOKENS = 8;

/**
 * "He believes, for example, that …", "I can now say, with the benefit of hindsight, that …": when tokens[from]
 * (after the comma that follows a cue) opens a phrase with no verb that a comma closes right before "that", the
 * token after that "that"; else `from` ("Rubio says, win or lose, he is staying").
 */
export function afterInterruptingPhrase(s: SentenceSyntax, from: number): number {
  const tokens = s.tokens;
  for (let k = from; k < tokens.length - 1 && k - from < MAX_INTERRUPTING_TOKENS; k++) {
    if (s.verbAt[k] >= 0) return from;
    if (breaksBetween(tokens, k)) return tokens[k].post.includes(',') && tokens[k + 1].normal === 'that' ? k + 2 : from;
  }
  return from;
}

/** Whether "as" stands right before tokens[first] ("The vote, as the Gazette reported, was delayed"). */
export const asBefore = (s: SentenceSyntax, first: number): boolean => s.tokens[first - 1]?.normal === 'as';

/** Whether the words from tokens[from] up to offset `end` are a trailing circumstance: a preposition, no verb. */
export function trailingCircumstance(s: SentenceSyntax, from: number, end: number): boolean {
  const tokens = s.tokens;
  if (!TRAILING_CIRCUMSTANCE_PREPOSITIONS.has(tokens[from]?.normal ?? '')) return false;
  for (let k = from; k < tokens.length && tokens[k].start < end; k++) if (tokens[k].tags.has('Verb')) return false;
  return true;
}

/** Longest measure of time before an introducer ("just a few weeks after"), in tokens. */
const MAX_TIME_MEASURE = 4;
/** Words of a measure of time that compromise may leave untagged ("a few weeks"). */
const TIME_MEASURE_WORDS = new Set(['a', 'few', 'several', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);
const isTimeMeasure = (token: Token): boolean =>
  token.tags.has('Value') ||
  token.tags.has('Duration') ||
  token.tags.has('Date') ||
  token.tags.has('Adverb') ||
  TIME_MEASURE_WORDS.has(token.normal);

/**
 * Whether tokens[at] lies in the introductory clause of its sentence: the sentence opens with a subordinator
 * or preposition and no comma stands before tokens[at] ("While Clinton pledged to work with both parties,
 * Sanders insisted …": the first content ends where the main clause begins).
 */
export function inIntroductoryClause(s: SentenceSyntax, at: number): boolean {
  const tokens = s.tokens;
  let first = 0;
  while (first < at && LEADING_CONNECTIVES.has(tokens[first].normal) && !breaksBetween(tokens, first)) first++;
  // "Two months after …", "Shortly before …": a measure of time may stand before the introducer.
  let measure = first;
  while (
    measure < Math.min(at, first + MAX_TIME_MEASURE) &&
    isTimeMeasure(tokens[measure]) &&
    !breaksBetween(tokens, measure)
  )
    measure++;
  if (measure > first && ['after', 'before', 'since', 'as', 'when'].includes(tokens[measure].normal)) first = measure;
  if (first >= at || !INTRODUCERS.has(tokens[first].normal)) return false;
  for (let k = first; k < at; k++) if (breaksBetween(tokens, k)) return false;
  return true;
}

/**
 * Whether the words from tokens[after] only go on a sentence whose earlier clause is the content of a
 * mid-sentence "according to X": "Clinton leads by 271 delegates according to a count by the AP, but …",
 * "Trump has won 758 delegates, according to a CNN tally.", "…, according to Jason Delisle, who was an
 * adviser", "…, according to Brian Wieser, an analyst at Pivotal Research Group." (nothing, a continuation,
 * a relative clause, a parenthesis, or words with no finite verb up to the sentence's end).
 */
export function onlyGoesOn(s: SentenceSyntax, after: number): boolean {
  const tokens = s.tokens;
  if (after >= tokens.length || CONTINUATIONS.has(tokens[after].normal)) return true;
  const first = tokens[after];
  if (DESCRIBING_RELATIVES.has(first.normal) || first.pre.includes('(')) return true;
  for (let k = after; k < tokens.length; k++)
    if (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Gerund') && !tokens[k].tags.has('PastTense')) return false;
  return true;
}

/**
 * "The publisher declined to renew the contract, according to an executive familiar with the talks.": where a
 * trailing "according to X" set off by a comma begins (tokens[cue..lastCue] are "according to"), when what
 * follows its object only goes on the sentence (`onlyGoesOn`); -1 otherwise. A content that runs up to it ends
 * before its comma.
 */
export function trailingAccordingToStart(s: SentenceSyntax, cue: number, lastCue: number): number {
  if (cue === 0 || !commaBefore(s, cue)) return -1;
  return onlyGoesOn(s, afterNextBreak(s, lastCue + 1)) ? cue : -1;
}

/** Words that open a circumstance after "said" ("said last week", "said recently", "said as he left"). */
const opensCircumstance = (token: Token): boolean =>
  token.tags.has('Preposition') ||
  token.tags.has('Adverb') ||
  token.tags.has('Date') ||
  token.normal === 'last' ||
  token.normal === 'this';

/** Whether a participle clause opens at tokens[at] ("…, said Jane Roe, [adding that …]"). */
export function opensParticipleClause(s: SentenceSyntax, at: number): boolean {
  const clause = s.clauses[s.clauseAt[at]];
  return clause !== undefined && clause.kind === 'participial' && clause.first === at;
}

/**
 * Whether the words from tokens[from] up to offset `end` are no clause (no verb, no pronoun) and only
 * circumstance ("last week", "in a statement provided to Politico") or, after "tell", the addressee alone.
 */
export function onlyCircumstance(s: SentenceSyntax, from: number, end: number, addressee: boolean): boolean {
  const tokens = s.tokens;
  const opens = opensCircumstance(tokens[from]);
  if (!addressee && !opens) return false;
  // The opening word itself may read as a verb ("last").
  for (let k = opens ? from + 1 : from; k < tokens.length && tokens[k].start < end; k++) {
    if (tokens[k].tags.has('Verb') || tokens[k].tags.has('Pronoun') || contracted(s, k)) return false;
  }
  return true;
}

/** Whether tokens[k] holds an apostrophe that is no possessive of a noun ("it's", not "CNN's State of the Union"). */
const contracted = (s: SentenceSyntax, k: number): boolean =>
  /[’']/.test(s.tokens[k].text) && !(s.classes[k] === 'noun' && /^[^’']+[’']s$/.test(s.tokens[k].text));

/** Words after a measure of time that make it a time ("minutes later", "two days ago"). */
const TIME_AFTER_MEASURE = new Set(['later', 'earlier', 'ago']);

/**
 * "…, the agency reported last week.", "…, she said in a statement to donors.", "…, he said as he left the
 * hall.": whether the words from tokens[from] up to offset `end` only say when, where or how — time, place and
 * manner circumstances with the prepositional phrases that go on them, a phrase after "after"/"before"/"during",
 * a clause of time ("as", "when", "while" …), adverbs — and nothing else: no object, no clause of what was said.
 */
export function circumstanceOnlyTo(s: SentenceSyntax, from: number, end: number): boolean {
  const tokens = s.tokens;
  if (from >= tokens.length || tokens[from].start >= end) return false;
  let circumstance = false;
  let k = from;
  while (k < tokens.length && tokens[k].start < end) {
    // "said quietly": an adverb; "talked openly on social media about her views": no circumstance for what follows.
    if (s.classes[k] === 'adverb' && s.verbAt[k] < 0) {
      k++;
      continue;
    }
    const next = circumstanceAt(s, k, circumstance);
    if (next < 0) return false;
    circumstance = true;
    k = next;
  }
  return circumstance;
}

/**
 * "As the Post reported just today, …", "as Chait noted recently in New York magazine —": whether the words from
 * tokens[from] up to the next break are only adverbs, circumstances and prepositional phrases (no verb, no
 * pronoun, no object), a few of them at most. The token after that break, or -1.
 */
export function modifiersToBreak(s: SentenceSyntax, from: number): number {
  const tokens = s.tokens;
  const next = afterNextBreak(s, from);
  if (from >= tokens.length || next >= tokens.length || next - from > MAX_MODIFIER_TOKENS) return -1;
  for (let k = from; k < next; k++) {
    const t = tokens[k];
    if (t.tags.has('Pronoun') || (t.tags.has('Verb') && !inCircumstance(s, k))) return -1;
    if (s.classes[k] !== 'adverb' && !t.tags.has('Date') && !inCircumstance(s, k) && !inPrepositionalPhrase(s, k))
      return -1;
  }
  return next;
}

/** Most tokens of the modifiers `modifiersToBreak` accepts. */
const MAX_MODIFIER_TOKENS = 8;

/**
 * Whether a clause opened by this word after a cue tells when it spoke: "as he left" (with a subject: "views them
 * as rivals" is no clause of time), "when asked" (without one: "have not said when they would vote" asks a
 * question), "while campaigning", "after the vote ended".
 */
function timeClauseOpener(word: string, hasSubject: boolean, afterCircumstance: boolean): boolean {
  if (word === 'as') return hasSubject;
  // "said in posing the question", "answered by reading from a letter": a gerund clause of manner.
  if (MANNER_GERUND_PREPOSITIONS.has(word)) return !hasSubject;
  // After a time ("responded minutes later when Jones scored") "when" tells when.
  if (word === 'when' || word === 'whenever') return !hasSubject || afterCircumstance;
  return TIME_SUBORDINATORS.has(word);
}

/** The token after the circumstance word or phrase that opens at tokens[k] (see `circumstanceOnlyTo`), or -1. */
function circumstanceAt(s: SentenceSyntax, k: number, afterCircumstance: boolean): number {
  const tokens = s.tokens;
  const at = circumstanceBefore(s, k);
  if (at >= 0 && s.circumstances[at].first === k && s.circumstances[at].kind !== 'source')
    return s.circumstances[at].last + 1;
  const clause = s.clauses[s.clauseAt[k]];
  if (
    clause !== undefined &&
    (clause.kind === 'adverbial' || clause.kind === 'participial') &&
    clause.first === k &&
    clause.verb >= 0 &&
    timeClauseOpener(tokens[k].normal, clause.subject >= 0, afterCircumstance)
  )
    return timeClauseEnd(s, s.clauseAt[k]);
  // "a couple of minutes later", "two days ago": a measure of time before "later", "earlier" or "ago".
  const measure = s.chunkAt[k];
  if (measure >= 0 && s.chunks[measure].first === k && s.chunks[measure].preposition < 0) {
    const after = s.chunks[measure].last + 1;
    if (after < tokens.length && !breaksBetween(tokens, after - 1) && TIME_AFTER_MEASURE.has(tokens[after].normal))
      return after + 1;
  }
  // "after the meeting", and after a circumstance any phrase that goes on it ("in a statement to donors").
  const object = k + 1 < tokens.length ? s.chunkAt[k + 1] : -1;
  if (
    (s.classes[k] === 'preposition' || s.classes[k] === 'to') &&
    object >= 0 &&
    s.chunks[object].preposition === k &&
    ((afterCircumstance && CIRCUMSTANCE_CONTINUATIONS.has(tokens[k].normal)) ||
      EVENT_TIME_PREPOSITIONS.has(tokens[k].normal))
  )
    return s.chunks[object].writtenLast + 1;
  return -1;
}

/**
 * The token after a clause of time with the clauses nested in it (clauses are numbered in order of their start), or
 * -1 when a clause with a subject of its own lies inside it: "explained after winning Ohio, he would have to …"
 * reports that clause.
 */
function timeClauseEnd(s: SentenceSyntax, c: number): number {
  let last = s.clauses[c].last;
  for (let d = c + 1; d < s.clauses.length && s.clauses[d].first <= last; d++) {
    // Bounded like the clause stack (MAX_CLAUSE_DEPTH), so many cues before one long clause stay linear.
    if (d - c > MAX_CLAUSE_DEPTH) return -1;
    if (s.clauses[d].kind === 'complement' && s.clauses[d].subject >= 0) return -1;
    last = Math.max(last, s.clauses[d].last);
  }
  return last + 1;
}

/**
 * "O'Donnell, who said in an interview that he signed nothing, recalled …": the end offset of a relative
 * clause's content from tokens[from], at the comma after which the main clause's verb comes, or Infinity.
 */
export function relativeClauseEnd(s: SentenceSyntax, from: number): number {
  const tokens = s.tokens;
  // No content runs past MAX_CONTENT_LENGTH (clauseEnd), so neither does the search.
  const reach = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from; k + 1 < tokens.length && tokens[k].start <= reach; k++) {
    if (!tokens[k].post.includes(',')) continue;
    const next = tokens[k + 1];
    const verb = next.tags.has('Adverb') ? tokens[k + 2] : next;
    if (
      verb &&
      verb.tags.has('Verb') &&
      !verb.tags.has('Gerund') &&
      (verb.tags.has('PastTense') || verb.tags.has('PresentTense'))
    )
      return tokens[k].end;
  }
  return Infinity;
}

/** Longest addressee after a trailing "told", in tokens ("told The Wall Street Journal on Monday"). */
const MAX_ADDRESSEE_TOKENS = 8;

/**
 * "…, a school spokesman told The Wall Street Journal.": whether what follows tokens[after - 1] to the
 * sentence's end is only an addressee (no verb, no "that").
 */
export function onlyAddressee(s: SentenceSyntax, after: number): boolean {
  const tokens = s.tokens;
  if (after >= tokens.length || tokens.length - after > MAX_ADDRESSEE_TOKENS) return false;
  return tokens
    .slice(after)
    .every(
      (t, k) =>
        !t.tags.has('Verb') &&
        t.normal !== 'that' &&
        (k === tokens.length - after - 1 || !breaksBetween(tokens, after + k) || /^[\s,]*$/.test(t.post)),
    );
}

/**
 * "a plan offered by the mayor", "a figure first reported by the Gazette", "praise from the union": whether
 * tokens[at], right after a cue word, opens a phrase naming the agent ("by" or "from" before a noun phrase, not a
 * gerund: "responded by saying that …" goes on to what was said).
 */
export function opensAgentPhrase(s: SentenceSyntax, at: number): boolean {
  if (at + 1 >= s.tokens.length || !AGENT_PREPOSITIONS.has(s.tokens[at].normal) || s.classes[at] !== 'preposition')
    return false;
  const object = s.chunkAt[at + 1];
  return object >= 0 && s.chunks[object].preposition === at;
}

/** Subordinators of time that open a clause saying when something was said ("… she said as she left"). */
const WHEN_SAID_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'when', 'after', 'before']);

/**
 * "…, the mayor said as she left the hall.", "…, Obama told his advisers as he worked on the speech.", "…, she
 * said after meeting aides.": whether what follows a cue at tokens[from] (after one addressee phrase when
 * `addressee`) is a clause of time, adverbial or participial, opened by "as", "while", "when", "after" or
 * "before" and running to the end of the sentence: it says when the words were said, not what.
 */
export function opensWhenSaidClause(s: SentenceSyntax, from: number, addressee: boolean): boolean {
  let k = from;
  if (addressee && k < s.tokens.length && s.chunkAt[k] >= 0 && s.chunks[s.chunkAt[k]].first === k)
    k = s.chunks[s.chunkAt[k]].writtenLast + 1;
  if (k >= s.tokens.length || !WHEN_SAID_OPENERS.has(s.tokens[k].normal) || s.breaks[k - 1]) return false;
  const clause = s.clauses[s.clauseAt[k]];
  return (
    clause !== undefined &&
    (clause.kind === 'adverbial' || clause.kind === 'participial') &&
    clause.opener === k &&
    clause.last === s.tokens.length - 1
  );
}

/** Whether tokens[k] lies outside any quote in a verb group that carries a tense ("he demanded", not "denying"). */
export function finiteVerbAt(s: SentenceSyntax, k: number): boolean {
  const group = s.verbAt[k];
  return group >= 0 && !s.inQuote[k] && s.verbs[group].finite;
}

/** Whether no token from tokens[from] up to (not including) tokens[to] belongs to a verb group. */
export function noVerbBetween(s: SentenceSyntax, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.verbAt[k] >= 0) return false;
  return true;
}

/** Whether "and"/"but" stands right before tokens[first] with no break ("… and said"). */
export const coordinatedAt = (s: SentenceSyntax, first: number): boolean =>
  first >= 1 && VERB_COORDINATORS.has(s.tokens[first - 1].normal) && !breaksBetween(s.tokens, first - 1);

/** Whether a comma stands right before tokens[first] ("…, citing her experience"). */
export const commaBefore = (s: SentenceSyntax, first: number): boolean => s.tokens[first - 1].post.includes(',');

/** The end of tokens[i] with the quote marks that close right after it ("“crazy”"). */
export function endWithClosingMarks(s: SentenceSyntax, i: number): number {
  const token = s.tokens[i];
  const closing = /^[”’"']*/.exec(token.post)?.[0].length ?? 0;
  return token.end + closing;
}

/**
 * "… warned Russian commanders … and Russia responded they would not engage": where a second subject joined by
 * "and"/"but" opens before the cue verb at tokens[cue] (after tokens[from]), or -1.
 */
export function coordinatedSubjectStart(s: SentenceSyntax, cue: number, from: number): number {
  const subject = subjectBefore(s.tokens, cue, from + 1);
  if (!subject || subject.first <= from + 1 || !coordinatedAt(s, subject.first)) return -1;
  // "… because lawmakers and the governor agreed to cut fees": the analysis reads "lawmakers and the governor" as
  // the coordinated subject of the cue's clause; no second source begins at "and".
  const chunk = s.chunkAt[subject.first];
  const clause = s.clauses[s.clauseAt[cue]];
  const compound =
    chunk >= 0 &&
    clause !== undefined &&
    s.chunks[chunk].coordinatedWith >= 0 &&
    s.chunks[chunk].coordinatedWith === clause.subject &&
    s.tokens[subject.first - 1].normal === 'and' &&
    // "… a crisis while doctors and experts warned": a clause of contrast is a second source's claim all the same.
    !(clause.opener >= 0 && CLAUSE_JOINERS.has(s.tokens[clause.opener].normal));
  return compound ? -1 : subject.first;
}

/**
 * "Asked whether Putin wanted Trump to win, Clinton said she would not guess": where the subject of the cue verb
 * at tokens[cue..lastCue] begins right after a comma (after tokens[from]) and the cue opens a clause of its own
 * ("that …", or a complement with its subject): a second source's attribution, so the content before it ends at
 * that comma. -1 otherwise; an attribution set off inside the content ("The bill, Democrats said, will fail") opens
 * no clause after its cue.
 */
export function commaSubjectAttributionStart(s: SentenceSyntax, cue: number, lastCue: number, from: number): number {
  const clause = s.clauses[s.clauseAt[cue]];
  if (clause === undefined || clause.subject < 0 || clause.inverted || s.verbAt[cue] !== clause.verb) return -1;
  const first = s.chunks[clause.subject].first;
  if (first <= from + 1 || first >= cue || !commaBefore(s, first)) return -1;
  // "found by 43%-41%, Americans say …": a prepositional phrase with no verb before the comma is no content of its own.
  let verb = s.classes[from] !== 'preposition';
  for (let k = from; k < first && !verb; k++) verb = s.verbAt[k] >= 0;
  if (!verb) return -1;
  const next = lastCue + 1;
  if (next >= s.tokens.length || breaksBetween(s.tokens, lastCue)) return -1;
  if (s.tokens[next].normal === 'that') return first;
  const own = s.clauses[s.clauseAt[next]];
  return own !== undefined && own.kind === 'complement' && own.first === next && own.subject >= 0 ? first : -1;
}

/** Subordinators that open a second source's clause inside a content ("…, while 4 in 10 want …", "… when he told"). */
const SECOND_SOURCE_OPENERS: ReadonlySet<string> = new Set(['while', 'whereas', 'when', 'before', 'after']);
/** A dash or a colon after a word: what follows it may open a sentence of its own. */
const DASH_OR_COLON = /^\s*(?:[—–:]|\s-\s|-\s)/;

/**
 * Where a second attribution opens inside a content (after tokens[from]) at the cue verb tokens[cue], or -1: its
 * subject right after a dash or a colon ("… if he ate less - others say …", "… rejecting Lee: a poll this month
 * found …"), its subject after a subordinator ("…, while about 4 in 10 want …", "… at a rally when he told …"),
 * or a gerund cue right after "before"/"after"/"while" ("… on Twitter before claiming that …"). The content
 * before ends there; the second cue's claim is an attribution of its own.
 */
export function secondSourceStart(s: SentenceSyntax, cue: number, from: number): number {
  const tokens = s.tokens;
  const group = s.verbAt[cue];
  if (group < 0 || s.inQuote[cue]) return -1;
  const verb = s.verbs[group];
  if (
    verb.first - 1 > from &&
    s.classes[verb.first] === 'gerund' &&
    SECOND_SOURCE_OPENERS.has(tokens[verb.first - 1].normal)
  )
    return tokens[verb.first - 1].normal === 'when' || tokens[verb.first - 1].normal === 'whereas'
      ? -1
      : verb.first - 1;
  // "… even as he acknowledged its cost": an adverbial clause the analysis read, whatever the opener's tag.
  const adverbial = adverbialSourceStart(s, cue, from);
  if (adverbial >= 0) return adverbial;
  const opener = subjectOpener(s, cue, from);
  if (!opener?.subject) return -1;
  if (opener.kind === 'mark') return opener.at;
  return s.classes[opener.at] === 'subordinator' && SECOND_SOURCE_OPENERS.has(tokens[opener.at].normal)
    ? opener.at
    : -1;
}

/** Subordinators tagged as prepositions that open a second source's adverbial clause ("… even as he acknowledged"). */
const ADVERBIAL_SOURCE_OPENERS: ReadonlySet<string> = new Set(['as', 'though', 'although']);
/** Adverbs that lean on the subordinator after them ("even as", "just as"): the second source's clause opens with them. */
const OPENER_ADVERBS: ReadonlySet<string> = new Set(['even', 'just']);

/**
 * Where an adverbial clause opened by "as", "though" or "although" (`ADVERBIAL_SOURCE_OPENERS`) opens after
 * tokens[from], when the cue verb tokens[cue] is that clause's finite verb and the clause has a subject of its own:
 * "The governor backed the plan even as he acknowledged its cost." The analysis reads such a clause (the tagger
 * often calls its opener a preposition); the opener's index, taking in "even"/"just" before it, or -1.
 */
function adverbialSourceStart(s: SentenceSyntax, cue: number, from: number): number {
  const clause = s.clauses[s.clauseAt[cue]];
  if (clause === undefined || clause.kind !== 'adverbial' || clause.subject < 0 || clause.inverted) return -1;
  if (s.verbAt[cue] !== clause.verb || clause.opener <= from || !s.verbs[clause.verb].finite) return -1;
  if (!ADVERBIAL_SOURCE_OPENERS.has(s.tokens[clause.opener].normal)) return -1;
  const before = clause.opener - 1;
  return before > from && OPENER_ADVERBS.has(s.tokens[before].normal) && !breaksBetween(s.tokens, before)
    ? before
    : clause.opener;
}

/**
 * Walking back from the finite verb group of the cue at tokens[cue] over its subject, no further than tokens[from]:
 * what opens that subject's clause — a subordinator or a relative pronoun (`word`), or a dash or colon right before
 * the subject (`mark`, `at` the subject's first token) — and whether a subject word stands between it and the verb.
 * Null when a verb, a quote, "that" or another break comes first, or the cue has no finite verb group.
 */
function subjectOpener(
  s: SentenceSyntax,
  cue: number,
  from: number,
): { at: number; kind: 'word' | 'mark'; subject: boolean; verb: VerbGroup } | null {
  const tokens = s.tokens;
  const group = s.verbAt[cue];
  if (group < 0 || s.inQuote[cue]) return null;
  const verb = s.verbs[group];
  if (!verb.finite) return null;
  let subject = false;
  for (let k = verb.first - 1; k > from && k >= verb.first - NEW_CLAUSE_REACH; k--) {
    const c = s.classes[k];
    if (c === 'subordinator' || c === 'relative') return { at: k, kind: 'word', subject, verb };
    if (s.verbAt[k] >= 0 || s.inQuote[k] || c === 'that') return null;
    // "while another says": a determiner standing alone heads its phrase.
    if (s.chunkAt[k] >= 0 && (c === 'noun' || c === 'pronoun' || c === 'number' || s.chunks[s.chunkAt[k]].head === k))
      subject = true;
    if (DASH_OR_COLON.test(tokens[k - 1].post)) return { at: k, kind: 'mark', subject, verb };
    if (breaksBetween(tokens, k - 1)) return null;
  }
  return null;
}

/** Relative pronouns that open a non-restrictive clause with a source of its own (", which he called …", ", who said …"). */
const SOURCE_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom']);
/** A comma, a dash or an opening parenthesis after a word: what follows is set off from it. */
const SET_OFF_AFTER = /^\s*(?:,|[—–]|\s-\s|-\s|--)/;

/**
 * Where a non-restrictive relative clause with a source of its own opens inside a content (after tokens[from]) at
 * the cue verb tokens[cue], or -1: ", which he called “a cartel”", "— which the probe said were covered up",
 * "(whom one insider described as …)", ", who has vowed not to buy …". The relative pronoun is set off by a comma,
 * a dash or a parenthesis, and a subject stands between it and the cue or "who" is the cue's subject itself;
 * the content before ends there and the relative clause is an attribution of its own ("praised Frank Gray, who has
 * vowed …" reports "Frank Gray" and, for "who", "not to buy …"). A content that goes on after the relative clause
 * keeps it ("Lee said the levy, which critics called a burden, would go").
 */
export function relativeSourceStart(s: SentenceSyntax, cue: number, from: number): number {
  const opener = subjectOpener(s, cue, from);
  if (!opener || opener.kind !== 'word') return -1;
  const { at, verb } = opener;
  if (!SOURCE_RELATIVES.has(s.tokens[at].normal) || s.classes[at] !== 'relative') return -1;
  // The pronoun as the cue's own subject: only "who" names a person by itself ("which" may stand for any noun
  // before it: "an idea from Tom Ruiz, the head of the institute, which suggests …").
  if (!opener.subject && s.tokens[at].normal !== 'who') return -1;
  const setOff = SET_OFF_AFTER.test(s.tokens[at - 1].post) || s.tokens[at].pre.includes('(');
  return setOff && !predicateResumes(s, verb.last) ? at : -1;
}

/** How far past a relative clause's cue a predicate that resumes the content is looked for. */
const RESUME_REACH = 40;

/**
 * Whether, after tokens[from], a verb with a tense follows a break with no subject before it: the content goes on
 * past a relative clause set off inside it ("Lee said the levy, which she called a burden, would go").
 */
function predicateResumes(s: SentenceSyntax, from: number): boolean {
  const end = Math.min(s.tokens.length - 1, from + RESUME_REACH);
  for (let k = from; k < end; k++) {
    if (breaksBetween(s.tokens, k) && !s.inQuote[k + 1]) return finiteVerbAt(s, k + 1);
  }
  return false;
}

/** How many tokens after ", and" may hold the subject and verb of a new clause. */
const NEW_CLAUSE_REACH = 8;

/** Whether a new clause may open after tokens[k]: ", and"/", but"/", while", or "and she" without a comma. */
function opensNewClause(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1].normal;
  if (tokens[k].post.includes(',')) return CLAUSE_JOINERS.has(next);
  return next === 'and' && SPEAKER_PRONOUNS.has(tokens[k + 2].normal);
}

/**
 * Where a content that starts at tokens[from] ends (an offset): the sentence's end, or before ", and"/", but"
 * that opens a clause with its own subject and verb ("…support, and up to 200 attackers reportedly lost their
 * lives"); in an introductory clause, before any comma that does ("While Clinton pledged …, Sanders insisted").
 */
export function clauseEnd(s: SentenceSyntax, from: number, sentenceEnd: number, introductory = false): number {
  const tokens = s.tokens;
  const limit = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from; k < tokens.length; k++) {
    // A content never runs past MAX_CONTENT_LENGTH: it ends at the last word that fits.
    if (k + 1 < tokens.length && tokens[k + 1].end > limit) return tokens[k].end;
    if (k + 2 >= tokens.length) continue;
    // In an introductory clause any comma may close it ("While Clinton pledged …, Sanders insisted …").
    const opens = opensNewClause(tokens, k) ? k + 2 : introductory && tokens[k].post.includes(',') ? k + 1 : -1;
    // "said it was not, and that the nations …": a second "that" clause of the same cue goes on what was said.
    if (opens < 0 || (opens === k + 2 && s.classes[opens] === 'that')) continue;
    let sawSubject = false;
    for (let m = opens; m < Math.min(tokens.length, opens + NEW_CLAUSE_REACH); m++) {
      const t = tokens[m];
      // "while about 4 in 10 want …": a number heads a subject too.
      if (t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Value')) sawSubject = true;
      else if (
        t.tags.has('Verb') &&
        (t.tags.has('PastTense') || t.tags.has('PresentTense')) &&
        !t.tags.has('Gerund') &&
        !t.tags.has('Participle')
      ) {
        if (sawSubject) return tokens[k].end;
        // "…, but rather use him to thwart …": a verb before any subject goes on the content's own subject.
        if (s.classes[m] === 'verb') break;
      }
      if (breaksBetween(tokens, m)) break;
    }
  }
  return sentenceEnd;
}

/**
 * Whether a clause of its own — a subject and a finite verb outside quotes, the subject at or after offset
 * `from` — ends by offset `to` ("even though the board believes [the tax] (is) fair").
 */
function clauseBetween(s: SentenceSyntax, from: number, to: number): boolean {
  const tokens = s.tokens;
  for (let k = firstStartingAtOrAfter(tokens, from); k < tokens.length && tokens[k].end <= to; k++) {
    const group = s.verbAt[k];
    if (group < 0 || s.inQuote[k] || s.verbs[group].head !== k || !s.verbs[group].finite) continue;
    const clause = s.clauses[s.clauseAt[k]];
    if (clause.verb === group && clause.subject >= 0 && tokens[s.chunks[clause.subject].first].start >= from)
      return true;
  }
  return false;
}

/**
 * The end (an offset) of the adverbial clause that holds the cue at tokens[cue], when that clause closes at a
 * comma before the sentence's last word with a clause of its own after `from` (where the cue's words end):
 * "Lee said even though the board believes the tax is fair, “…”": what the board believes ends at "fair", and
 * the quote after the comma is not the board's; or with a clause of its own after that comma and before the next
 * quote ("When Brown criticized Clinton, Hillary shot back, “…”"). Infinity otherwise ("when he told Fox News, “…”").
 */
export function adverbialClauseEnd(s: SentenceSyntax, cue: number, from: number): number {
  // Parents chain across coordinated clauses: only the few nearest are looked at, so the walk stays short.
  for (let c = s.clauseAt[cue], up = 0; c >= 0 && up < MAX_CLAUSE_DEPTH; c = s.clauses[c].parent, up++) {
    const clause = s.clauses[c];
    if (clause.kind !== 'adverbial') continue;
    if (clause.opener < 0 || !ADVERBIAL_OPENERS.has(s.tokens[clause.opener].normal)) return Infinity;
    const last = s.tokens[clause.last];
    // Bounded like a content (MAX_CONTENT_LENGTH), so many cues in one long clause stay linear.
    if (clause.last >= s.tokens.length - 1 || !last.post.includes(',') || last.end - from > MAX_CONTENT_LENGTH)
      return Infinity;
    if (clauseBetween(s, from, last.end)) return last.end;
    // "When Brown criticized Clinton, Hillary shot back, “…”": the clause after the comma has a subject and a verb
    // of its own before the next quote opens; that quote is its words, not the adverbial clause's.
    const own = cue <= clause.last;
    return own && clauseBetween(s, last.end, quoteOpenAfter(s, clause.last + 1, last.end + MAX_CONTENT_LENGTH))
      ? last.end
      : Infinity;
  }
  return Infinity;
}

/**
 * Where the first quoted token at or after tokens[k] starts; the sentence's end, or offset `limit`, when none does
 * before (bounded, so many cues in one long sentence stay linear).
 */
function quoteOpenAfter(s: SentenceSyntax, k: number, limit: number): number {
  for (let j = k; j < s.tokens.length && s.tokens[j].start < limit; j++) if (s.inQuote[j]) return s.tokens[j].start;
  return Math.min(limit, s.tokens[s.tokens.length - 1].end);
}

/** Whether tokens[k] opens a finite verb group outside quotes; its index, or -1. */
function finiteGroupAt(s: SentenceSyntax, k: number): number {
  const g = s.verbAt[k];
  return g >= 0 && s.verbs[g].first === k && s.verbs[g].finite && !s.inQuote[k] ? g : -1;
}

/**
 * "The senator vowed to cut taxes, declined to name a date and called the plan fair", "McCain had pledged to
 * back the nominee, but sounded equivocal": where a second predicate of the cue's subject begins after the
 * content that starts at tokens[from] — a finite verb in the cue verb's tense (tokens[cue]), with no subject of its
 * own, after "and"/"but" or a comma — the end offset of the content before it, or Infinity. A verb in the same
 * tense inside the content ("said the plan failed and cost jobs") may be the one it goes on, so the content runs on.
 */
export function coordinatedPredicateEnd(s: SentenceSyntax, cue: number, from: number): number {
  const tokens = s.tokens;
  const cueGroup = s.verbAt[cue];
  if (cueGroup < 0 || !s.verbs[cueGroup].finite || from >= tokens.length) return Infinity;
  const tense = verbTense(s, cueGroup);
  if (tense === '') return Infinity;
  // "said that these accounts, left untouched, may be …": a clause whose verb is still to come runs on.
  let clausal = opensComplement(s, from);
  const reach = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from + 1; k < tokens.length && tokens[k].start <= reach; k++) {
    const g = finiteGroupAt(s, k);
    if (g < 0) continue;
    const sameTense = verbTense(s, g) === tense;
    const joined = VERB_COORDINATORS.has(tokens[k - 1].normal) && !breaksBetween(tokens, k - 1) && k - 1 > from;
    const comma = !joined && !clausal && tokens[k - 1].post.includes(',') && !subjectEndsAt(s, k - 1);
    if (sameTense && (joined || comma) && clausal !== 'open') return endWithClosingMarks(s, joined ? k - 2 : k - 1);
    // A finite verb of the content in the cue's tense: what follows may go on it.
    if (sameTense) return Infinity;
    if (clausal === 'open') clausal = 'closed';
  }
  return Infinity;
}

/**
 * Whether the content from tokens[from] is a clause: "open" while its verb is still to come ("that the panel …",
 * "the panel …" as a complement's subject), else false.
 */
function opensComplement(s: SentenceSyntax, from: number): 'open' | 'closed' | false {
  if (s.tokens[from].normal === 'that' || s.tokens[from - 1]?.normal === 'that') return 'open';
  const clause = s.clauses[s.clauseAt[from]];
  const subject = clause.subject >= 0 ? s.chunks[clause.subject].first : -1;
  return clause.kind === 'complement' && (clause.first === from || subject === from) ? 'open' : false;
}

/** Whether a subject set off by commas may end at tokens[k] ("the man, who was 34, had", "Smith, a doctor, said"). */
function subjectEndsAt(s: SentenceSyntax, k: number): boolean {
  const chunk = s.chunkAt[k];
  if (chunk >= 0 && s.chunks[chunk].appositiveOf >= 0) return true;
  const clause = s.clauses[s.clauseAt[k]];
  return clause !== undefined && (clause.kind === 'relative' || clause.kind === 'reduced-relative');
}

/**
 * "The mayor said the bridge is safe, though inspectors disagree.": where a concessive clause — ", though" or
 * ", although" (after "even" too), with its own subject and finite verb — opens after tokens[from]: the end offset
 * of the content before its comma, or Infinity. What follows such a comma is most often the writer's concession,
 * not the source's words; a "though" with no clause ("safe, though not this year") runs on.
 */
export function concessiveClauseEnd(s: SentenceSyntax, from: number): number {
  const tokens = s.tokens;
  const reach = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from + 1; k < tokens.length && tokens[k].start <= reach; k++) {
    if (!CONCESSIVE_OPENERS.has(tokens[k].normal) || s.inQuote[k]) continue;
    const comma = tokens[k - 1].normal === 'even' && k - 2 > from ? k - 2 : k - 1;
    if (comma <= from || !tokens[comma].post.includes(',')) continue;
    const clause = s.clauses[s.clauseAt[k]];
    if (
      clause !== undefined &&
      clause.kind === 'adverbial' &&
      clause.opener === k &&
      clause.subject >= 0 &&
      clause.verb >= 0 &&
      s.verbs[clause.verb].finite
    )
      return endWithClosingMarks(s, comma);
  }
  return Infinity;
}

/**
 * "The union declined to comment, with spokesman Ravi Patel saying …": where an absolute phrase — "with", its own
 * subject and a participle — opens after a comma past tokens[from]: the end offset before it, or Infinity.
 */
export function absolutePhraseEnd(s: SentenceSyntax, from: number): number {
  const tokens = s.tokens;
  const reach = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from + 1; k < tokens.length && tokens[k].start <= reach; k++) {
    const clause = s.clauses[s.clauseAt[k]];
    if (
      clause.first === k &&
      clause.kind === 'participial' &&
      clause.opener === k &&
      clause.subject >= 0 &&
      tokens[k - 1].post.includes(',')
    )
      return endWithClosingMarks(s, k - 1);
  }
  return Infinity;
}

/**
 * "Recognizing the gap between the candidate and the platform, the campaign believes …": the end offset of the
 * participial clause without a subject that opens the sentence with the cue at tokens[cue] and closes at a comma
 * before the main clause; Infinity otherwise.
 */
export function openingParticipleEnd(s: SentenceSyntax, cue: number): number {
  // "To understand the link, the researchers studied …": an opening infinitive of purpose ends at its comma.
  if (openingInfinitive(s, cue)) {
    let k = cue;
    while (k < s.tokens.length - 1 && !s.breaks[k]) k++;
    return k < s.tokens.length - 1 && s.tokens[k].post.includes(',') ? endWithClosingMarks(s, k) : Infinity;
  }
  const clause = s.clauses[s.clauseAt[cue]];
  if (clause.kind !== 'participial' || clause.first !== 0 || clause.subject >= 0 || s.verbAt[cue] !== clause.verb)
    return Infinity;
  if (clause.last >= s.tokens.length - 1 || !s.tokens[clause.last].post.includes(',')) return Infinity;
  return endWithClosingMarks(s, clause.last);
}

/**
 * "… said they believe Obama was born abroad; 29 percent said …": the end offset of the first token after
 * tokens[from] that a semicolon follows outside a quote (a content never runs over one), or Infinity.
 */
export function semicolonEnd(s: SentenceSyntax, from: number): number {
  const tokens = s.tokens;
  const reach = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from; k + 1 < tokens.length && tokens[k].start <= reach; k++)
    if (tokens[k].post.trim().startsWith(';') && !s.inQuote[k]) return tokens[k].end;
  return Infinity;
}

/** Whether nothing or only circumstance follows tokens[from - 1] to the sentence's end ("said.", "said on Monday."). */
function nothingButCircumstanceFrom(s: SentenceSyntax, from: number): boolean {
  const tokens = s.tokens;
  if (from >= tokens.length) return true;
  const end = tokens[tokens.length - 1].end;
  return onlyCircumstance(s, from, end, false) || circumstanceOnlyTo(s, from, end);
}

/**
 * "…, she noted.", "…, BFM TV reported on Monday.", "…, said a spokesman.": where an attribution set off by a
 * comma at the end of its sentence begins (the token after the comma), for the cue verb at tokens[cue..lastCue];
 * -1 when the cue is no such trailing attribution. A content that runs up to it ends before its comma.
 */
export function trailingAttributionStart(s: SentenceSyntax, cue: number, lastCue: number): number {
  const group = s.verbAt[cue];
  const verbFirst = group >= 0 ? Math.min(s.verbs[group].first, cue) : cue;
  if (verbFirst === 0) return -1;
  // Subject first: the phrase (with its appositive) right before the verb, after a comma.
  const before = s.chunkAt[verbFirst - 1];
  const own = before >= 0 ? s.chunks[before] : null;
  // "…, Dana Lee, a nurse, said.": the phrase the appositive belongs to is the subject.
  if (own && (!commaBefore(s, verbFirst) || own.appositiveOf >= 0)) {
    const chunk = own.appositiveOf >= 0 ? s.chunks[own.appositiveOf] : own;
    const reaches = chunk.last === verbFirst - 1 || chunk.writtenLast >= verbFirst - 1;
    if (reaches && chunk.preposition < 0 && chunk.first > 0 && commaBefore(s, chunk.first))
      return nothingButCircumstanceFrom(s, lastCue + 1) ? chunk.first : -1;
    return -1;
  }
  // Inverted: ", said a spokesman." (one verb, its subject right after it; not ", had boasted about the attack").
  if (!commaBefore(s, verbFirst) || verbFirst !== cue || lastCue !== cue) return -1;
  const after = s.chunkAt[lastCue + 1];
  if (after === undefined || after < 0 || s.chunks[after].first !== lastCue + 1) return -1;
  return nothingButCircumstanceFrom(s, s.chunks[after].writtenLast + 1) ? verbFirst : -1;
}

/**
 * "Any attempt to fix the plan, he said, will fail": whether the subject at tokens[first..last] and the cue verb
 * group right after it (ending at tokens[lastCue]) stand between commas inside the sentence, an attribution set
 * off in the middle of its content.
 */
export function setOffMidSentence(s: SentenceSyntax, first: number, last: number, lastCue: number): boolean {
  if (first <= 0 || lastCue + 1 >= s.tokens.length || !commaBefore(s, first) || !commaBefore(s, lastCue + 1))
    return false;
  const group = s.verbAt[lastCue];
  if (group < 0) return false;
  for (let k = last + 1; k <= lastCue; k++) if (s.verbAt[k] !== group || s.breaks[k - 1]) return false;
  return true;
}

/**
 * Whether a break or a quote mark sets off the words ending at tokens[first - 1] from tokens[first] ("…, she
 * said", "…” he said"), or tokens[first] opens the sentence: a content before an attribution ends at such a
 * break, never mid-clause ("… more work than he expected").
 */
export function setOffBefore(s: SentenceSyntax, first: number): boolean {
  if (first <= 0 || punctuationAfter(s, first - 1)) return true;
  // "…,” retired Air Force general Lloyd Newton said": one modifier the phrase left out stands after the break.
  const modifier = s.tokens[first - 1].tags;
  if ((modifier.has('Adjective') || modifier.has('PastTense')) && (first < 2 || punctuationAfter(s, first - 2)))
    return true;
  // "…, as police have said.": "as" after the break opens the attribution.
  return asBefore(s, first) && (first < 2 || punctuationAfter(s, first - 2));
}

/** Longest stretch, in tokens, between a break and the mention a trailing attribution names ("…, she and [another reporter] said"). */
const MAX_SUBJECT_LEAD = 6;
/** Word classes a subject phrase may hold before its last noun ("current and former", "people close to"). */
const SUBJECT_LEAD_CLASSES: ReadonlySet<WordClass> = new Set<WordClass>([
  'determiner',
  'possessive',
  'pronoun',
  'adjective',
  'noun',
  'number',
]);

/**
 * Where the subject phrase of a trailing attribution starts when the mention found for it (at tokens[first]) is
 * only its last part and a break sets off the whole phrase: "…, [she and another reporter] said", "…, [current
 * and former officials] said", "…, [people close to Clinton] say", "…, [campaign officials] said" (a noun the
 * tagger read as a verb). The words between the break and the mention are nouns, adjectives, determiners,
 * pronouns, "and"/"or", a preposition or "close" before a phrase, or a base-form verb before a noun; none is a
 * tensed verb. Returns the first token after the break, or -1.
 */
export function setOffSubjectStart(s: SentenceSyntax, first: number): number {
  const { tokens, classes } = s;
  for (let k = first - 1; k >= 0 && first - k <= MAX_SUBJECT_LEAD; k--) {
    if (s.inQuote[k] || s.breaks[k]) return -1;
    const word = tokens[k].normal;
    const allowed =
      SUBJECT_LEAD_CLASSES.has(classes[k]) ||
      (classes[k] === 'coordinator' && (word === 'and' || word === 'or')) ||
      ((classes[k] === 'preposition' || classes[k] === 'to') && SUBJECT_LEAD_PREPOSITIONS.has(word)) ||
      // "people close to him", "campaign officials": a base-form verb reading inside a noun phrase.
      (classes[k] === 'verb' &&
        tokens[k].tags.has('Infinitive') &&
        (classes[k + 1] === 'noun' || classes[k + 1] === 'to' || classes[k + 1] === 'preposition'));
    if (!allowed) return -1;
    if (k === 0 || punctuationAfter(s, k - 1)) return k > 0 && classes[k] !== 'coordinator' ? k : -1;
  }
  return -1;
}

/**
 * "After the company asked workers to take a pay cut, 8,000 employees volunteered.", "Like other owners who
 * foresee an upside, Mr. Schmidt said …": a cue in a clause that stands inside the sentence's main clause before
 * that clause's finite verb (an opening adverbial or a relative clause of a fronted phrase) reports no more than
 * its own clause. Its content ends at the last comma before the main verb (the end offset of the word the comma
 * follows), when that comma comes after tokens[from] (where the content starts) and a subject word stands between
 * it and the main verb; Infinity otherwise (the cue is in the main clause, or the main verb comes first).
 */
export function mainClauseEnd(s: SentenceSyntax, cue: number, from: number): number {
  let top = s.clauseAt[cue];
  if (top === undefined || top < 0) return Infinity;
  const own = top;
  for (let up = 0; s.clauses[top].parent >= 0 && up < MAX_CLAUSE_DEPTH; up++) top = s.clauses[top].parent;
  const main = s.clauses[top];
  if (top === own || main.kind !== 'main' || main.verb < 0 || main.inverted) return Infinity;
  const verb = s.verbs[main.verb];
  if (!verb.finite || verb.first <= from || s.inQuote[verb.first]) return Infinity;
  const tokens = s.tokens;
  // No content runs past MAX_CONTENT_LENGTH, so neither does the walk back from the main verb.
  if (tokens[verb.first].start - tokens[from].start > MAX_CONTENT_LENGTH) return Infinity;
  let subject = false;
  for (let k = verb.first - 1; k >= from; k--) {
    if (tokens[k].post.includes(',') && !s.inQuote[k]) return subject ? tokens[k].end : Infinity;
    const c = s.classes[k];
    if (c === 'noun' || c === 'pronoun' || c === 'number') subject = true;
  }
  return Infinity;
}
