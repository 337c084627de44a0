/**
 * Who speaks for a cue: the source mention. The subject before the cue, the phrase after an inverted verb of
 * saying or "according to", the subject shared by a coordinated verb or a participle, and the rules that say a
 * belief cue attributes nothing ("you know", "didn't think"). Each is a small named rule.
 */
import type { Cue } from '../detect/cues.js';
import {
  BETWEEN_SUBJECT_AND_CUE,
  breaksBetween,
  isProperMention,
  phraseAfter,
  subjectBefore,
  trailingAppositiveEnd,
  type MentionRange,
} from '../syntax/phrases.js';
import type { Token } from '../segment/sentences.js';
import { firstStartingAtOrAfter } from '../segment/locate.js';
import { isMainVerb } from '../syntax/quote-frames.js';
import { RELATIVE_PRONOUNS, SUBJECT_RELATIVES } from '../lexicon/function-words.js';
import { COLLECTIVE_NOUNS, DOCUMENT_WORDS, ORGANIZATION_NOUNS } from '../lexicon/source-words.js';
import type { MentionSpan } from './attributions.js';
import type { SentenceSyntax } from '../syntax/types.js';

/** A mention range as offsets plus its tokens; its antecedent and the extent written in the text go along. */
export function toSpan(tokens: Token[], range: MentionRange): MentionSpan {
  const span: MentionSpan = {
    start: tokens[range.first].start,
    end: tokens[range.last].end,
    tokens: tokens.slice(range.first, range.last + 1),
  };
  if (range.antecedent)
    span.antecedent = toSpan(tokens, { first: range.antecedent.first, last: range.antecedent.last });
  if (range.through !== undefined)
    span.writtenEnd = tokens[range.through].end + tokens[range.through].post.trimEnd().length;
  if (range.writtenLast !== undefined) span.writtenEnd = tokens[range.writtenLast].end;
  if (range.writtenFirst !== undefined) span.writtenStart = tokens[range.writtenFirst].start;
  return span;
}

/** The first main verb of each sentence (computed once per sentence): the verb of its main clause. */
const firstVerbs = new WeakMap<Token[], number>();

function firstMainVerb(tokens: Token[]): number {
  let found = firstVerbs.get(tokens);
  if (found === undefined) {
    found = tokens.findIndex((_, i) => isMainVerb(tokens, i));
    firstVerbs.set(tokens, found);
  }
  return found;
}

/** "continued to question", "went on to say": the verb that carries the cue verb, whose subject is the cue's. */
function catenativeHead(tokens: Token[], cue: Cue): number {
  const first = firstStartingAtOrAfter(tokens, cue.start);
  if (first >= cue.token || tokens[cue.token - 1]?.normal !== 'to') return cue.token;
  return tokens[cue.token - 2]?.normal === 'on' ? cue.token - 3 : cue.token - 2;
}

/** The source of a cue: subject before it, or (for verbs of saying and "according to") the phrase after. */
/** A source mention found for a cue, with the unique name of the sieve that found it. */
export interface FoundMention {
  range: MentionRange;
  by: string;
  /** The cue is a participle that speaks for another clause's subject: its attribution starts at the cue. */
  participle?: boolean;
}

/**
 * The source of a cue: what the token scanners find, unless the syntax layer says it cannot be the cue's
 * subject, in which case the subject of the cue's clause (sieve `clause-subject`) or, for a participle, of the
 * clause it belongs to (sieve `participle-clause-subject`).
 */
export function findMention(cue: Cue, syntax: SentenceSyntax): FoundMention | null {
  const found = scannedMention(cue, syntax.tokens);
  const clause = syntaxSubject(cue, syntax, found?.range ?? null);
  return clause ?? found;
}

/** A chunk of the syntax layer as a mention range, with its appositive or parenthesis as written. */
function chunkRange(syntax: SentenceSyntax, index: number): MentionRange {
  const chunk = syntax.chunks[index];
  const range: MentionRange = { first: chunk.first, last: chunk.last };
  if (chunk.writtenLast > chunk.last) range.through = chunk.writtenLast;
  return range;
}

/** The clause whose verb group holds the cue's verb, or -1. */
function cueClause(cue: Cue, syntax: SentenceSyntax): number {
  const group = syntax.verbAt[cue.token] >= 0 ? syntax.verbAt[cue.token] : syntax.verbAt[cue.lastToken];
  if (group === undefined || group < 0) return -1;
  const clause = syntax.clauseAt[syntax.verbs[group].head];
  return syntax.clauses[clause]?.verb === group ? clause : -1;
}

/**
 * Whether a phrase the token scanners found cannot be the subject of the cue's clause by the sentence's syntax:
 * it is the object of a preposition ("Dana Wells with [the Port Authority] says") or it stands in a clause
 * inside the cue's clause that does not hold the cue ("Farmers who have worked for [decades] know", "an
 * engineer hired by [the city] warned").
 */
function impossibleSubject(syntax: SentenceSyntax, range: MentionRange, clause: number): boolean {
  const chunk = syntax.chunkAt[range.last];
  if (chunk < 0) return false;
  // Only a phrase that lies wholly inside the object: "most of them", "Six in 10" and "Supporters of [the mayor]"
  // (written from "Supporters") are the scanners' own constructions.
  const preposition = syntax.chunks[chunk].preposition;
  if (preposition >= 0 && range.first > preposition && range.writtenFirst === undefined) return true;
  // "… in Aurora, Colorado, in July 2012, said": a place or a time is no speaker.
  if (syntax.circumstances.some((c) => c.kind !== 'source' && c.first <= range.first && range.last <= c.last))
    return true;
  const home = syntax.clauseAt[range.last];
  if (home === clause) return false;
  // The chunk belongs to a clause inside the cue's clause that does not hold the cue (a relative clause, a participle).
  let k = home;
  while (k >= 0 && k !== clause) k = syntax.clauses[k].parent;
  return k === clause;
}

/**
 * "Dr. Ola Brandt gave an interview noting …": a thing (a determiner and a lowercase head, no document) that is
 * the object of the clause's verb does not speak for the participle after it; a person or a group may
 * ("the swoon left Republicans wondering"), and so may a body of people ("blamed a hacker group calling itself …").
 */
function thingObject(syntax: SentenceSyntax, range: MentionRange, clause: number): boolean {
  const c = syntax.clauses[clause];
  const chunk = syntax.chunks[syntax.chunkAt[range.last]];
  if (!chunk || syntax.clauseAt[range.last] !== clause || chunk.first <= syntax.verbs[c.verb].last) return false;
  const head = syntax.tokens[chunk.head];
  return (
    chunk.determiner >= 0 &&
    /^\p{Ll}/u.test(head.text) &&
    !DOCUMENT_WORDS.has(head.normal) &&
    !head.tags.has('Person') &&
    !ORGANIZATION_NOUNS.has(head.normal) &&
    !COLLECTIVE_NOUNS.has(head.normal)
  );
}

/**
 * The syntax layer's subject of the cue's clause (or, for a participle without a subject of its own, of the
 * clause it belongs to), when the token scanners found a phrase that cannot be that subject.
 */
function syntaxSubject(cue: Cue, syntax: SentenceSyntax, scanned: MentionRange | null): FoundMention | null {
  if (cue.kind !== 'verb') return null;
  const clause = cueClause(cue, syntax);
  if (clause < 0) return null;
  const c = syntax.clauses[clause];
  // "“We want change,” said another.": an inverted subject the scanners do not take for a noun phrase.
  if (!scanned) {
    if (c.inverted && c.subject >= 0 && cue.cueClass === 'speech')
      return { range: chunkRange(syntax, c.subject), by: 'inverted-clause-subject' };
    // "nurses were angry, saying …": a participle after a comma speaks for the subject of its clause's parent.
    const parent = syntax.clauses[c.parent];
    if (
      c.kind === 'participial' &&
      c.subject < 0 &&
      parent &&
      parent.subject >= 0 &&
      !parent.inverted &&
      cue.token > 0 &&
      syntax.breaks[cue.token - 1]
    )
      return { range: chunkRange(syntax, parent.subject), by: 'participle-clause-subject', participle: true };
    // "Three newspapers in Ohio, including the Herald, said …": a subject the scanners lose behind an inserted phrase.
    if (
      c.subject >= 0 &&
      !c.inverted &&
      !syntax.chunks[c.subject].relative &&
      c.kind !== 'participial' &&
      cue.cueClass === 'speech'
    )
      return { range: chunkRange(syntax, c.subject), by: 'unscanned-clause-subject' };
    return null;
  }
  if (c.kind === 'participial' && c.subject < 0) {
    const parent = syntax.clauses[c.parent];
    if (!parent || parent.subject < 0 || parent.verb < 0) return null;
    if (!impossibleSubject(syntax, scanned, c.parent) && !thingObject(syntax, scanned, c.parent)) return null;
    // "footage of Hillary Clinton asking": a name right before the participle is its subject.
    if (scanned.last + 1 === cue.token && isProperMention(syntax.tokens, scanned)) return null;
    return { range: chunkRange(syntax, parent.subject), by: 'participle-clause-subject', participle: true };
  }
  if (c.subject < 0 || c.inverted || syntax.chunks[c.subject].relative) return null;
  if (!impossibleSubject(syntax, scanned, clause)) return null;
  // "A statement from the EU said", "A study by the committee found": the scanners credit the author in the
  // prepositional phrase after a document, as before.
  const subject = syntax.chunks[c.subject];
  const author = syntax.chunkAt[scanned.last];
  if (DOCUMENT_WORDS.has(syntax.tokens[subject.head].normal) && syntax.chunks[author]?.preposition === subject.last + 1)
    return null;
  return { range: chunkRange(syntax, c.subject), by: 'clause-subject' };
}

/**
 * The source of a cue as the token scanners find it. (The sieves below still walk tokens; the syntax layer
 * overrides them where they contradict it, in `findMention`.)
 */
function scannedMention(cue: Cue, tokens: Token[]): FoundMention | null {
  if (cue.kind === 'according-to') {
    const range = phraseAfter(tokens, cue.lastToken + 1) ?? phraseToBreak(tokens, cue.lastToken + 1);
    // "in the latest CBC poll" (sieve `survey-circumstance`) is read like "according to".
    return range ? { range, by: cue.base === 'in' ? 'survey-circumstance' : 'according-to' } : null;
  }
  // "John McCain: …": the name before the colon.
  if (cue.kind === 'colon') return { range: { first: 0, last: cue.lastToken }, by: 'colon' };
  const opening = openingParticipleSubject(tokens, cue.token);
  if (opening) return { range: opening, by: 'opening-participle-subject', participle: true };
  const subject =
    subjectBefore(tokens, catenativeHead(tokens, cue)) ??
    (cue.cueClass === 'speech' ? infinitiveChainSubject(tokens, cue.token) : null);
  // "Trump issued a statement saying …": a participle after a document that is the object of a verb speaks for
  // that verb's subject (not after a person: "the swoon left Republicans wondering").
  const objectOf = subject && tokens[cue.token].tags.has('Gerund') ? subject.first - 1 : -1;
  if (
    objectOf > 0 &&
    !breaksBetween(tokens, objectOf) &&
    isFiniteVerb(tokens[objectOf]) &&
    DOCUMENT_WORDS.has(tokens[subject!.last].normal)
  ) {
    const clauseSubject = subjectBefore(tokens, objectOf);
    if (clauseSubject) return { range: clauseSubject, by: 'document-participle-subject', participle: true };
  }
  if (subject) return { range: subject, by: subject.antecedent ? 'relative-subject' : 'subject' };
  // "The Arizona Republican survived the primary and says …": a coordinated verb shares the first verb's subject.
  // "… but now says …", "… and later said …": adverbs and auxiliaries may stand between the connective and the verb.
  let joint = cue.token - 1;
  while (
    joint > 0 &&
    (tokens[joint].tags.has('Adverb') || BETWEEN_SUBJECT_AND_CUE.has(tokens[joint].normal)) &&
    !breaksBetween(tokens, joint)
  )
    joint--;
  const before = tokens[joint];
  if (before && (before.normal === 'and' || before.normal === 'but') && !breaksBetween(tokens, joint)) {
    const main = firstMainVerb(tokens);
    const clauseSubject =
      (main > 0 && main < joint ? subjectBefore(tokens, main) : null) ?? openingClauseSubject(tokens, joint);
    if (clauseSubject) return { range: clauseSubject, by: 'coordinated-subject' };
  }
  // "Trump returned the compliment, telling Reuters, “…”" / "McCain said, citing …": a participle after a comma
  // speaks for the subject of the nearest verb before it (which may itself be inverted: "said McCain, citing").
  if (isParticiple(tokens[cue.token])) {
    const prepositional = prepositionalGerundSubject(tokens, cue.token);
    if (prepositional) return { range: prepositional, by: 'prepositional-gerund-subject', participle: true };
    const absolute = withAbsoluteSubject(tokens, cue.token);
    if (absolute) return { range: absolute, by: 'with-absolute-subject' };
    if (cue.token === 0 || !breaksBetween(tokens, cue.token - 1)) return null;
    const verb = nearestVerbBefore(tokens, cue.token);
    const clauseSubject =
      (verb < 0 ? null : (subjectBefore(tokens, verb) ?? invertedSubject(tokens, verb, verb))) ??
      mainClauseSubject(tokens, cue.token);
    return clauseSubject ? { range: clauseSubject, by: 'participle-subject', participle: true } : null;
  }
  // "…,” said Jeffrey": only verbs of saying invert, and only after a break.
  if (cue.cueClass === 'speech') {
    const range = invertedSubject(tokens, cue.token, cue.lastToken);
    if (range) return { range, by: 'inverted-subject' };
  }
  return null;
}

/**
 * "McConnell was quick to embrace the mogul and said …", "Asked on Monday whether …, Mrs. Clinton shook her head
 * and said …": when the first main verb has no subject, the first verb before the connective whose subject opens
 * the sentence or a clause after a comma (a copula counts).
 */
function openingClauseSubject(tokens: Token[], joint: number): MentionRange | null {
  for (let k = 1; k < joint; k++) {
    const t = tokens[k];
    if (!t.tags.has('Verb') || t.tags.has('Infinitive') || t.tags.has('Particle') || tokens[k - 1].normal === 'to')
      continue;
    const subject = subjectBefore(tokens, k);
    if (subject && (subject.first === 0 || breaksBetween(tokens, subject.first - 1))) return subject;
  }
  return null;
}

/**
 * "with 30 percent of voters saying they …", "with three in 10 saying …": after "with", the noun phrase right
 * before a gerund is its subject.
 */
function withAbsoluteSubject(tokens: Token[], gerund: number): MentionRange | null {
  if (gerund < 2 || !tokens[gerund].tags.has('Gerund') || breaksBetween(tokens, gerund - 1)) return null;
  for (let k = gerund - 2; k >= Math.max(0, gerund - MAX_ABSOLUTE_SUBJECT); k--) {
    if (breaksBetween(tokens, k)) return null;
    if (tokens[k].normal !== 'with') continue;
    const subject = subjectBefore(tokens, gerund, k + 1);
    return subject && subject.first === k + 1 ? subject : null;
  }
  return null;
}

/** Longest subject of a gerund after "with", in tokens. */
const MAX_ABSOLUTE_SUBJECT = 8;

/** Prepositions before a gerund whose subject is the clause's ("distanced himself by saying", "before explaining"). */
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'since', 'upon']);

/**
 * "Bolton distanced himself from the movement by saying …", "Sheppard presented a message before explaining why …":
 * a gerund after a preposition inside the sentence speaks for the subject of the verb before it (or the
 * subject opening the sentence).
 */
function prepositionalGerundSubject(tokens: Token[], gerund: number): MentionRange | null {
  const preposition = gerund - 1;
  if (
    preposition < 2 ||
    !tokens[gerund].tags.has('Gerund') ||
    !GERUND_PREPOSITIONS.has(tokens[preposition].normal) ||
    breaksBetween(tokens, preposition)
  )
    return null;
  const verb = nearestVerbBefore(tokens, preposition);
  return (verb < 0 ? null : subjectBefore(tokens, verb)) ?? mainClauseSubject(tokens, preposition);
}

/**
 * Words that pass their subject to an infinitive cue and keep it an attribution ("likely to say", "expected to
 * endorse", "decided to back"); measured on polnear-train.jsonl, refusals and obligations ("declined to say",
 * "had to respond", "trying to explain") are mostly not annotated and are left out.
 */
const CATENATIVES = new Set([
  'likely',
  'more',
  'less',
  'expected',
  'going',
  'decided',
  'chose',
  'seemed',
  'seems',
  'appeared',
  'appears',
  'wanted',
  'wants',
  'want',
  'began',
  'begun',
  'started',
  'quick',
  'eager',
  'ready',
]);

/** Longest chain of verbs, adverbs and adjectives between a subject and the "to" of an infinitive cue, in tokens. */
const MAX_INFINITIVE_CHAIN = 6;

/**
 * "Caucus-goers were slightly more likely to say …", "The Times is expected to endorse …", "Clinton is trying to
 * show …": the subject of an infinitive cue is the subject of the verbs, copulas and adjectives that govern its "to".
 */
function infinitiveChainSubject(tokens: Token[], cue: number): MentionRange | null {
  const to = cue - 1;
  if (to < 2 || tokens[to].normal !== 'to' || breaksBetween(tokens, to)) return null;
  let k = to - 1;
  let head = -1;
  while (k >= 0 && to - k <= MAX_INFINITIVE_CHAIN && !breaksBetween(tokens, k)) {
    const t = tokens[k];
    const inChain =
      CATENATIVES.has(t.normal) ||
      t.tags.has('Auxiliary') ||
      t.tags.has('Copula') ||
      t.tags.has('Modal') ||
      (t.tags.has('Adverb') && !t.tags.has('Verb')) ||
      BETWEEN_SUBJECT_AND_CUE.has(t.normal);
    if (!inChain || t.tags.has('Noun') || t.tags.has('Pronoun')) break;
    if (t.tags.has('Verb')) head = k;
    k--;
  }
  if (head < 0) return null;
  // The chain's first verb, with the adverbs before it ("Trump has long wanted to …").
  return subjectBefore(tokens, head);
}

/** Longest object of "according to" taken up to its break when no noun phrase is found, in tokens (16 rather than 8: on polnear-train.jsonl 5 more right attributions for 1 more wrong). */
const MAX_ACCORDING_TO_OBJECT = 16;

/**
 * "according to polls at the time", "according to figures her campaign released": words compromise reads as
 * verbs ("polls", "figures") hide the noun phrase; the object of "according to" runs to the next break.
 */
function phraseToBreak(tokens: Token[], first: number): MentionRange | null {
  if (first >= tokens.length) return null;
  let last = first;
  while (last + 1 < tokens.length && last - first + 1 < MAX_ACCORDING_TO_OBJECT && !breaksBetween(tokens, last)) last++;
  return breaksBetween(tokens, last) ? { first, last } : null;
}

/** A verb that can have a subject and an object: not a participle, auxiliary, copula or infinitive. */
const isFiniteVerb = (t: Token): boolean =>
  t.tags.has('Verb') &&
  !t.tags.has('Gerund') &&
  !t.tags.has('Auxiliary') &&
  !t.tags.has('Copula') &&
  !t.tags.has('Infinitive');

/** Prepositions that open a participle phrase before the main clause ("After bragging about …, Trump said"). */
const PARTICIPLE_OPENERS = new Set([
  'after',
  'before',
  'while',
  'by',
  'since',
  'without',
  'despite',
  'upon',
  'when',
  'in',
  'on',
]);
/** How far after the comma closing an opening phrase the main verb may stand, in tokens. */
const MAIN_CLAUSE_REACH = 10;

/**
 * "Speaking to reporters, Trump said …", "After bragging for a year about his costs, Trump is spending …": a
 * participle opening the sentence (alone or after a preposition) speaks for the subject of the main clause.
 */
function openingParticipleSubject(tokens: Token[], cue: number): MentionRange | null {
  if (!tokens[cue].tags.has('Gerund')) return null;
  if (cue !== 0 && !(cue === 1 && PARTICIPLE_OPENERS.has(tokens[0].normal)) && !openingPhraseBefore(tokens, cue))
    return null;
  let comma = cue;
  while (comma < tokens.length - 1 && !breaksBetween(tokens, comma)) comma++;
  if (comma >= tokens.length - 1 || !tokens[comma].post.trim().startsWith(',')) return null;
  for (let k = comma + 2; k < Math.min(tokens.length, comma + 1 + MAIN_CLAUSE_REACH); k++) {
    if (breaksBetween(tokens, k - 1)) return null;
    if (!isFiniteVerb(tokens[k]) && !tokens[k].tags.has('Auxiliary') && !tokens[k].tags.has('Copula')) continue;
    const subject = subjectBefore(tokens, k, comma + 1);
    return subject && subject.first === comma + 1 ? subject : null;
  }
  return null;
}

/**
 * "Clinton is more conservative, saying …", "His aide doubled down on attacks on her fitness to be president,
 * saying …": when the nearest verb has no subject (a copula, a mis-tagged noun, an infinitive's clause), the
 * participle speaks for the subject of the sentence's first verb, a subject that opens the sentence.
 */
function mainClauseSubject(tokens: Token[], participle: number): MentionRange | null {
  for (let k = 1; k < participle; k++) {
    const t = tokens[k];
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Infinitive') || t.tags.has('Particle')) continue;
    const subject = subjectBefore(tokens, k);
    return subject && subject.first === 0 ? subject : null;
  }
  return null;
}

/** Longest opening phrase before a gerund's preposition ("One month after", "In addition to"), in tokens. */
const MAX_OPENING_PHRASE = 4;

/**
 * "One month after announcing his support for Trump, Rubio …", "In addition to stating that …, Clinton …",
 * "Instead of calling himself conservative, Mr. Trump said": a short verbless phrase ending in a preposition
 * opens the sentence before the gerund.
 */
function openingPhraseBefore(tokens: Token[], gerund: number): boolean {
  if (gerund < 2 || gerund > MAX_OPENING_PHRASE) return false;
  const preposition = tokens[gerund - 1];
  if (!PARTICIPLE_OPENERS.has(preposition.normal) && preposition.normal !== 'to' && preposition.normal !== 'of')
    return false;
  for (let k = 0; k < gerund - 1; k++)
    if (breaksBetween(tokens, k) || (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Noun'))) return false;
  return true;
}

/** How far back a participle looks for the verb whose subject it shares, in tokens. */
const PARTICIPLE_REACH = 15;

/** The nearest finite verb before tokens[at], within PARTICIPLE_REACH tokens, or -1. */
function nearestVerbBefore(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - PARTICIPLE_REACH); k--) if (isFiniteVerb(tokens[k])) return k;
  return -1;
}

/** Words that open a modifier of an inverted subject, up to the end of its clause ("said Ann Moran of Cheyenne"). */
const POST_MODIFIER_WORDS = new Set([
  'of',
  'for',
  'from',
  'at',
  'in',
  'on',
  'as',
  'while',
  'after',
  'before',
  'during',
  'with',
  'to',
]);

/**
 * "said Ann Moran of Cheyenne.", "said Sanders as he left.", "said a person close to the Clintons.": a phrase or
 * clause after an inverted subject, opened by a preposition (after at most one adjective) and ending its clause.
 */
function postModifierEndsClause(tokens: Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.tags.has('Adjective') && !breaksBetween(tokens, k)) k++;
  if (!tokens[k] || !POST_MODIFIER_WORDS.has(tokens[k].normal) || tokens[k].tags.has('Verb')) return false;
  for (; k < tokens.length; k++) {
    if (breaksBetween(tokens, k)) return true;
    // "said Trump of the plan that …": a content of its own is no modifier.
    if (tokens[k].normal === 'that') return false;
  }
  return true;
}

/** Words that join two phrases into one subject. */
const COORDINATORS = new Set(['and', 'or']);

/** "…,” said Jeffrey." / "said the official, who…": after a break, the phrase after the verb, ending its clause. */
function invertedSubject(tokens: Token[], verb: number, lastToken: number): MentionRange | null {
  if (verb > 0 && !breaksBetween(tokens, verb - 1)) return null;
  const endsClause = (last: number) =>
    breaksBetween(tokens, last) ||
    RELATIVE_PRONOUNS.has(tokens[last + 1].normal) ||
    postModifierEndsClause(tokens, last + 1);
  let range = phraseAfter(tokens, lastToken + 1);
  // "said oil and gas worker Mike Wipf.", "said fishermen and farmers.": a coordination that ends the clause
  // is one subject.
  if (range && !endsClause(range.last) && COORDINATORS.has(tokens[range.last + 1].normal)) {
    const second = phraseAfter(tokens, range.last + 2);
    if (second && !breaksBetween(tokens, range.last + 1) && endsClause(second.last))
      range = { first: range.first, last: second.last };
  }
  if (!range || !endsClause(range.last) || tokens[range.first].normal === 'that') return null;
  const writtenLast = isProperMention(tokens, range) ? trailingAppositiveEnd(tokens, range) : undefined;
  return writtenLast === undefined ? range : { ...range, writtenLast };
}

export const isParticiple = (token: Token): boolean => token.tags.has('Gerund') || /ing$/.test(token.normal);

/**
 * Subjects whose beliefs are no one's in particular: generic "you" ("you know", "if you believe"). "I think"
 * and "we believe" are the speaker's or the writer's and attribute (interviews, op-eds).
 */
const GENERIC_BELIEVERS = new Set(['you']);
/** Words that make a belief verb negated or embedded ("didn't know", "what they want", "if you believe"). */
const NOT_A_BELIEF = new Set(["n't", 'not', 'never', 'no', 'what', 'how', 'if', 'whether', 'why', 'where', 'when']);

/** Whether a belief cue with this subject attributes anything (speech cues always do). */
export function believes(cue: Cue, tokens: Token[], subject: MentionRange): boolean {
  if (cue.cueClass !== 'belief') return true;
  if (subject.first === subject.last && GENERIC_BELIEVERS.has(tokens[subject.first].normal)) return false;
  for (let i = Math.max(0, subject.first - 1); i < cue.token; i++) {
    if (i >= subject.first && i <= subject.last) continue;
    if (NOT_A_BELIEF.has(tokens[i].normal) || /n[’']t$/.test(tokens[i].text)) return false;
  }
  return true;
}

/** Auxiliaries that open a question to the reader or an addressee ("Do you support …?", "What do you call …?"). */
const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did', 'would', 'will', 'could', 'can', 'should']);

/**
 * "Do you support Donald Trump?", "What do you call a boy who …?": a question put to "you" asserts nothing;
 * the cue attributes no claim to its subject.
 */
export function isQuestionToYou(tokens: Token[], subject: MentionRange): boolean {
  return (
    subject.first === subject.last &&
    tokens[subject.first].normal === 'you' &&
    QUESTION_AUXILIARIES.has(tokens[subject.first - 1]?.normal ?? '')
  );
}

/** A mention that is a relative pronoun ("who", "which") whether or not its antecedent was found. */
export const isRelativePronoun = (mention: MentionSpan): boolean =>
  mention.tokens.length === 1 && SUBJECT_RELATIVES.has(mention.tokens[0].normal);
