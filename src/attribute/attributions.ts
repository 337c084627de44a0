/**
 * From cues to attributions: for each cue, who (the mention) and what (the content span or the quotes
 * next to it). An ordered list of small named rules; each attribution records the rule that made it.
 */
import { cueSpan, type Cue } from '../detect/cues.js';
import type { Quote } from '../detect/quotes.js';
import { BETWEEN_SUBJECT_AND_CUE, breaksBetween, isProperMention, phraseAfter, phraseEndingAt, subjectBefore, trailingAppositiveEnd, type MentionRange } from '../detect/mentions.js';
import type { Sentence, Token } from '../segment/sentences.js';
import { containing, firstStartingAtOrAfter, lastNonSpaceChar, lastStartingAtOrBefore } from '../segment/locate.js';
import { FINITE_BE } from '../lexicon/be-forms.js';
import { DOCUMENT_WORDS } from '../lexicon/source-words.js';

/** A mention as offsets plus the tokens it is made of. */
export interface MentionSpan {
  start: number;
  end: number;
  tokens: Token[];
  /** For "who"/"which": the phrase it stands for. */
  antecedent?: MentionSpan;
  /** Where the mention as written ends when an appositive follows the name ("Hugh Hill, a doctor,"). */
  writtenEnd?: number;
  /** Where the mention as written starts when the name follows "of" ("Supporters of Sanders"). */
  writtenStart?: number;
}

/** One attribution: a cue, its source mention, and either quotes or a reported content span. */
export interface Attribution {
  cue: Cue;
  mention: MentionSpan | null;
  content: { start: number; end: number } | null;
  quotes: Quote[];
  /** The rule that found the source. */
  by: string;
}

/** Gap text allowed between a closing quote mark and the attribution after it: `“…,” Jeffrey said`. */
const GAP_AFTER_QUOTE = /^[\s,]*$/;
/** Gap text allowed between an attribution and the quote it introduces: `said: “…`, `said Tuesday, “…`. */
const GAP_BEFORE_QUOTE = /^(?:[\s,:;—–-]*(?:that\s*)?|[^.!?“”"]{0,120}[:,]\s*)$/;
/** Words that open a relative clause after an inverted subject ("said a driver who asked…"). */
const RELATIVE_WORDS = new Set(['who', 'whose', 'which', 'that']);
/** Content that only asks for anonymity ("asked not to be named") is no claim. */
const ANONYMITY_REQUEST = /^(?:not to be (?:named|identified)|to remain anonymous|anonymity)/i;
/** How many tokens of circumstance may stand between a cue and its "that" ("said on Monday that"). */
const MAX_TOKENS_BEFORE_THAT = 12;
/**
 * Longest reported content, in characters. Real sentences stay far below it; an unpunctuated text with a
 * cue every few words would otherwise give every claim the rest of the text (quadratic output).
 */
const MAX_CONTENT_LENGTH = 2000;
/** Shortest reported content, in characters: shorter spans are fragments, not claims. */
const MIN_CONTENT_LENGTH = 8;
/** Shortest content after a cue that ends in a preposition ("agree with him"). */
const MIN_OBJECT_LENGTH = 2;
/** Prepositions that end a phrasal cue, whose object is its content. */
const PHRASAL_ENDS = new Set(['about', 'with', 'of', 'for', 'on', 'upon', 'against', 'to', 'at', 'over', 'in', 'as']);
/** Prepositions that end a cue about a topic ("talked about", "warned of", "known as"): a quote after them is the topic. */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'on', 'upon', 'as', 'against']);
/** Trailing and leading characters trimmed from a content span. */
const CONTENT_EDGE = /[\s,;:.—–-]/;

function toSpan(tokens: Token[], range: MentionRange): MentionSpan {
  const span: MentionSpan = { start: tokens[range.first].start, end: tokens[range.last].end, tokens: tokens.slice(range.first, range.last + 1) };
  if (range.antecedent) span.antecedent = toSpan(tokens, { first: range.antecedent.first, last: range.antecedent.last });
  if (range.through !== undefined) span.writtenEnd = tokens[range.through].end + tokens[range.through].post.trimEnd().length;
  if (range.writtenLast !== undefined) span.writtenEnd = tokens[range.writtenLast].end;
  if (range.writtenFirst !== undefined) span.writtenStart = tokens[range.writtenFirst].start;
  return span;
}

/** A content span without its edge punctuation, or null when what is left is too short to be a claim. */
export function trimContent(text: string, start: number, end: number, minLength = MIN_CONTENT_LENGTH): { start: number; end: number } | null {
  while (start < end && CONTENT_EDGE.test(text[start])) start++;
  while (end > start && CONTENT_EDGE.test(text[end - 1])) end--;
  return end - start >= minLength ? { start, end } : null;
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

/** A verb that can head a clause: no auxiliary or copula; a gerund only after a copula ("Huckabee is labeling Obama’s actions “…”"). */
function isMainVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const progressive = t.tags.has('Gerund') && FINITE_BE.has(tokens[i - 1]?.normal ?? '');
  return t.tags.has('Verb') && (!t.tags.has('Gerund') || progressive) && !t.tags.has('Auxiliary') && !t.tags.has('Copula');
}

/** The source of a cue: subject before it, or (for verbs of saying and "according to") the phrase after. */
function findMention(cue: Cue, tokens: Token[]): { range: MentionRange; by: string } | null {
  if (cue.kind === 'according-to') {
    const range = phraseAfter(tokens, cue.lastToken + 1) ?? phraseToBreak(tokens, cue.lastToken + 1);
    return range ? { range, by: 'according-to' } : null;
  }
  // "John McCain: …": the name before the colon.
  if (cue.kind === 'colon') return { range: { first: 0, last: cue.lastToken }, by: 'colon' };
  const opening = openingParticipleSubject(tokens, cue.token);
  if (opening) return { range: opening, by: 'participle-subject' };
  const subject = subjectBefore(tokens, catenativeHead(tokens, cue)) ?? (cue.cueClass === 'speech' ? infinitiveChainSubject(tokens, cue.token) : null);
  // "Trump issued a statement saying …": a participle after a document that is the object of a verb speaks for
  // that verb's subject (not after a person: "the swoon left Republicans wondering").
  const objectOf = subject && tokens[cue.token].tags.has('Gerund') ? subject.first - 1 : -1;
  if (objectOf > 0 && !breaksBetween(tokens, objectOf) && isFiniteVerb(tokens[objectOf]) && DOCUMENT_WORDS.has(tokens[subject!.last].normal)) {
    const clauseSubject = subjectBefore(tokens, objectOf);
    if (clauseSubject) return { range: clauseSubject, by: 'participle-subject' };
  }
  if (subject) return { range: subject, by: subject.antecedent ? 'relative-subject' : 'subject' };
  // "The Arizona Republican survived the primary and says …": a coordinated verb shares the first verb's subject.
  // "… but now says …", "… and later said …": adverbs and auxiliaries may stand between the connective and the verb.
  let joint = cue.token - 1;
  while (joint > 0 && (tokens[joint].tags.has('Adverb') || BETWEEN_SUBJECT_AND_CUE.has(tokens[joint].normal)) && !breaksBetween(tokens, joint)) joint--;
  const before = tokens[joint];
  if (before && (before.normal === 'and' || before.normal === 'but') && !breaksBetween(tokens, joint)) {
    const main = firstMainVerb(tokens);
    const clauseSubject = (main > 0 && main < joint ? subjectBefore(tokens, main) : null) ?? openingClauseSubject(tokens, joint);
    if (clauseSubject) return { range: clauseSubject, by: 'coordinated-subject' };
  }
  // "Trump returned the compliment, telling Reuters, “…”" / "McCain said, citing …": a participle after a comma
  // speaks for the subject of the nearest verb before it (which may itself be inverted: "said McCain, citing").
  if (isParticiple(tokens[cue.token])) {
    const prepositional = prepositionalGerundSubject(tokens, cue.token);
    if (prepositional) return { range: prepositional, by: 'participle-subject' };
    const absolute = withAbsoluteSubject(tokens, cue.token);
    if (absolute) return { range: absolute, by: 'subject' };
    if (cue.token === 0 || !breaksBetween(tokens, cue.token - 1)) return null;
    const verb = nearestVerbBefore(tokens, cue.token);
    const clauseSubject = (verb < 0 ? null : subjectBefore(tokens, verb) ?? invertedSubject(tokens, verb, verb)) ?? mainClauseSubject(tokens, cue.token);
    return clauseSubject ? { range: clauseSubject, by: 'participle-subject' } : null;
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
    if (!t.tags.has('Verb') || t.tags.has('Infinitive') || t.tags.has('Particle') || tokens[k - 1].normal === 'to') continue;
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
  if (preposition < 2 || !tokens[gerund].tags.has('Gerund') || !GERUND_PREPOSITIONS.has(tokens[preposition].normal) || breaksBetween(tokens, preposition)) return null;
  const verb = nearestVerbBefore(tokens, preposition);
  return (verb < 0 ? null : subjectBefore(tokens, verb)) ?? mainClauseSubject(tokens, preposition);
}

/**
 * Words that pass their subject to an infinitive cue and keep it an attribution ("likely to say", "expected to
 * endorse", "decided to back"); measured on polnear-train.jsonl, refusals and obligations ("declined to say",
 * "had to respond", "trying to explain") are mostly not annotated and are left out.
 */
const CATENATIVES = new Set(['likely', 'more', 'less', 'expected', 'going', 'decided', 'chose', 'seemed', 'seems', 'appeared', 'appears', 'wanted', 'wants', 'want', 'began', 'begun', 'started', 'quick', 'eager', 'ready']);

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
    const inChain = CATENATIVES.has(t.normal) || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || (t.tags.has('Adverb') && !t.tags.has('Verb')) || BETWEEN_SUBJECT_AND_CUE.has(t.normal);
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
const isFiniteVerb = (t: Token): boolean => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Infinitive');

/** Prepositions that open a participle phrase before the main clause ("After bragging about …, Trump said"). */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'by', 'since', 'without', 'despite', 'upon', 'when', 'in', 'on']);
/** How far after the comma closing an opening phrase the main verb may stand, in tokens. */
const MAIN_CLAUSE_REACH = 10;

/**
 * "Speaking to reporters, Trump said …", "After bragging for a year about his costs, Trump is spending …": a
 * participle opening the sentence (alone or after a preposition) speaks for the subject of the main clause.
 */
function openingParticipleSubject(tokens: Token[], cue: number): MentionRange | null {
  if (!tokens[cue].tags.has('Gerund')) return null;
  if (cue !== 0 && !(cue === 1 && PARTICIPLE_OPENERS.has(tokens[0].normal)) && !openingPhraseBefore(tokens, cue)) return null;
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
  if (!PARTICIPLE_OPENERS.has(preposition.normal) && preposition.normal !== 'to' && preposition.normal !== 'of') return false;
  for (let k = 0; k < gerund - 1; k++) if (breaksBetween(tokens, k) || (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Noun'))) return false;
  return true;
}

/** How far back a participle looks for the verb whose subject it shares, in tokens. */
const PARTICIPLE_REACH = 15;

/** The nearest finite verb before tokens[at], within PARTICIPLE_REACH tokens, or -1. */
function nearestVerbBefore(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - PARTICIPLE_REACH); k--) {
    const t = tokens[k];
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Infinitive')) return k;
  }
  return -1;
}

/** Words that open a modifier of an inverted subject, up to the end of its clause ("said Ann Moran of Cheyenne"). */
const POST_MODIFIER_WORDS = new Set(['of', 'for', 'from', 'at', 'in', 'on', 'as', 'while', 'after', 'before', 'during', 'with', 'to']);

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

/** "…,” said Jeffrey." / "said the official, who…": after a break, the phrase after the verb, ending its clause. */
function invertedSubject(tokens: Token[], verb: number, lastToken: number): MentionRange | null {
  if (verb > 0 && !breaksBetween(tokens, verb - 1)) return null;
  const range = phraseAfter(tokens, lastToken + 1);
  const endsClause = range && (breaksBetween(tokens, range.last) || RELATIVE_WORDS.has(tokens[range.last + 1].normal) || postModifierEndsClause(tokens, range.last + 1));
  if (!range || !endsClause || tokens[range.first].normal === 'that') return null;
  const writtenLast = isProperMention(tokens, range) ? trailingAppositiveEnd(tokens, range) : undefined;
  return writtenLast === undefined ? range : { ...range, writtenLast };
}

/** The reported content of a cue that has no quote: the clause after it, or the clause before it. */
function findContent(text: string, cue: Cue, sentence: Sentence, mention: MentionSpan, sentenceCues: readonly Cue[]): { start: number; end: number } | null {
  const tokens = sentence.tokens;
  // An inverted subject follows its cue ("said Jeffrey"); the main clause's subject after an opening participle
  // ("Speaking to reporters, the mayor said") does not make the participle's content come after it.
  const mentionFollows = mention.start > cue.end && !text.slice(cue.end, mention.start).includes(',');
  let after = (mentionFollows ? lastTokenEndingAt(tokens, mention.end, cue.lastToken) : cue.lastToken) + 1;
  const attributionStart = mentionFollows ? cue.start : Math.min(mention.start, cue.start);
  const breakAfter = after < tokens.length && breaksBetween(tokens, after - 1);
  // "according to a source familiar with the budget, …": the content starts after the comma that ends the phrase.
  if (cue.kind === 'according-to' && !breakAfter) {
    while (after < tokens.length && !breaksBetween(tokens, after - 1)) after++;
  }
  if (cue.kind === 'according-to' && followsItsContent(tokens, cue, after)) after = tokens.length;
  if (cue.base === 'tell' && isOnlyAddressee(tokens, after) && lastNonSpaceChar(text, sentence.start, attributionStart) === ',') after = tokens.length;
  if (after < tokens.length && (!breakAfter || cue.kind === 'according-to' || cue.kind === 'colon')) {
    // "said on Monday that …", "told reporters that …": the content starts after "that".
    // Only circumstance may stand before that "that": no pronoun or verb ("they would not engage in that area").
    for (let k = after; k < Math.min(tokens.length - 1, after + MAX_TOKENS_BEFORE_THAT); k++) {
      if (tokens[k].normal === 'that') {
        after = k + 1;
        break;
      }
      if (breaksBetween(tokens, k) || tokens[k].tags.has('Pronoun') || tokens[k].tags.has('Verb')) break;
    }
    const introductory = inIntroductoryClause(tokens, lastStartingAtOrBefore(tokens, attributionStart));
    // "O'Donnell, who said in an interview that …, recalled": a relative clause's content ends before the main verb.
    const relativeEnd = mention.antecedent || isRelativePronoun(mention) ? relativeClauseEnd(tokens, after) : Infinity;
    // The object of a phrasal cue may be one short word ("agree with him", "expressing concern about Trump").
    const minLength = cue.lastToken > cue.token && after === cue.lastToken + 1 && PHRASAL_ENDS.has(tokens[cue.lastToken].normal) ? MIN_OBJECT_LENGTH : MIN_CONTENT_LENGTH;
    const content = trimContent(text, tokens[after].start, Math.min(clauseEnd(tokens, after, sentence.end, introductory), nextAttributionStart(tokens, after, sentenceCues, cue.kind === 'verb'), relativeEnd), minLength);
    if (content && ANONYMITY_REQUEST.test(text.slice(content.start, content.end))) return null;
    // "…there!” Smith said last week.", "an official told The New York Times.": what follows "say" or "tell"
    // without a verb is circumstance or the addressee, not what was said: the content comes before.
    const sayingCircumstance = content !== null && SAY_OR_TELL.has(cue.base) && onlyCircumstance(tokens, after, content.end, cue.base === 'tell');
    // "Cook did not say when.": words follow the verb, so the clause before it is not its content.
    const circumstance = isCircumstance(text, tokens, after, content) || sayingCircumstance;
    if (!circumstance && (content || (!breakAfter && cue.kind === 'verb'))) return content;
    // "He spoke in an interview.": a circumstance and nothing before the attribution is no claim.
    if (circumstance && lastNonSpaceChar(text, sentence.start, attributionStart) !== ',') return null;
  }
  // "As Politico reported, the RNC agreed …": the clause after an "as" attribution opening the sentence is its content.
  const first = lastStartingAtOrBefore(tokens, attributionStart);
  if (breakAfter && after < tokens.length && cue.kind === 'verb' && first === 1 && tokens[0].normal === 'as') {
    return trimContent(text, tokens[after].start, clauseEnd(tokens, after, sentence.end));
  }
  // "…, he said, …": an attribution in the middle of its content takes the whole sentence.
  // "The vote, as the Gazette reported, was delayed" too.
  const opening = tokens[first - 1]?.normal === 'as' ? tokens[first - 1].start : attributionStart;
  if (breakAfter && after < tokens.length && opening > sentence.start && lastNonSpaceChar(text, sentence.start, opening) === ',' && sentence.end - sentence.start <= MAX_CONTENT_LENGTH) {
    return trimContent(text, sentence.start, sentence.end);
  }
  // "…, sources said." / "…, said Jeffrey." / "…, according to X": the content is what comes before.
  return trimContent(text, wordStartAfter(text, Math.max(sentence.start, attributionStart - MAX_CONTENT_LENGTH)), attributionStart);
}

/**
 * "…, he said in an interview.": a prepositional phrase after the cue with no verb and no quote in it is the
 * circumstance of the attribution, not its content; the content is then the clause before it.
 */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'from', 'with', 'via', 'through', 'over']);

function isCircumstance(text: string, tokens: Token[], from: number, content: { start: number; end: number } | null): boolean {
  if (!content || !CIRCUMSTANCE_PREPOSITIONS.has(tokens[from]?.normal ?? '') || /[“”"]/.test(text.slice(content.start, content.end))) return false;
  for (let k = from; k < tokens.length && tokens[k].start < content.end; k++) if (tokens[k].tags.has('Verb')) return false;
  return true;
}

/** Words that open an introductory clause or phrase before a sentence's main clause ("While …, Sanders said"). */
const INTRODUCERS = new Set(['while', 'when', 'whereas', 'though', 'although', 'as', 'after', 'before', 'because', 'since', 'if', 'unless', 'until', 'once', 'despite', 'following', 'in', 'with', 'amid', 'during']);
/** Words that may stand before the introducer ("But while …"). */
const LEADING_CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'still', 'even']);

/** Longest measure of time before an introducer ("just a few weeks after"), in tokens. */
const MAX_TIME_MEASURE = 4;
const isTimeMeasure = (token: Token): boolean => token.tags.has('Value') || token.tags.has('Duration') || token.tags.has('Date') || token.tags.has('Adverb') || ['a', 'few', 'several', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'].includes(token.normal);

/**
 * Whether tokens[at] lies in the introductory clause of its sentence: the sentence opens with a subordinator
 * or preposition and no comma stands before tokens[at] ("While Clinton pledged to work with both parties,
 * Sanders insisted …": the first content ends where the main clause begins).
 */
function inIntroductoryClause(tokens: Token[], at: number): boolean {
  let first = 0;
  while (first < at && LEADING_CONNECTIVES.has(tokens[first].normal) && !breaksBetween(tokens, first)) first++;
  // "Two months after …", "Shortly before …": a measure of time may stand before the introducer.
  let measure = first;
  while (measure < Math.min(at, first + MAX_TIME_MEASURE) && isTimeMeasure(tokens[measure]) && !breaksBetween(tokens, measure)) measure++;
  if (measure > first && ['after', 'before', 'since', 'as', 'when'].includes(tokens[measure].normal)) first = measure;
  if (first >= at || !INTRODUCERS.has(tokens[first].normal)) return false;
  for (let k = first; k < at; k++) if (breaksBetween(tokens, k)) return false;
  return true;
}

/** Words after "according to X," that go on the sentence rather than open the attributed clause. */
const CONTINUATIONS = new Set(['but', 'and', 'or', 'even', 'while', 'though', 'although', 'which', 'as', 'so', 'with', 'up', 'down', 'compared', 'making', 'putting', 'leaving']);
/** Fewest words before a mid-sentence "according to" that make a content of their own. */
const MIN_WORDS_BEFORE_ACCORDING_TO = 4;

/**
 * Whether the clause before a mid-sentence "according to X" is its content: "Clinton leads by 271 delegates
 * according to a count by the AP, but …", "Trump has won 758 delegates, according to a CNN tally." The
 * words after X (from tokens[after]) then only go on the sentence.
 */
function followsItsContent(tokens: Token[], cue: Cue, after: number): boolean {
  if (cue.token < MIN_WORDS_BEFORE_ACCORDING_TO) return false;
  return after >= tokens.length || CONTINUATIONS.has(tokens[after].normal) || appositiveAfterSource(tokens, after);
}

/**
 * "…, according to Jason Delisle, who was an adviser to the campaign.", "…, according to Brian Wieser, an
 * analyst at Pivotal Research Group.", "…, according to exit polls (a sizable margin).": what follows the
 * source describes it (a relative clause, a parenthesis, or words with no verb up to the sentence's end).
 */
function appositiveAfterSource(tokens: Token[], after: number): boolean {
  const first = tokens[after];
  if (first.normal === 'who' || first.normal === 'whose' || first.pre.includes('(')) return true;
  for (let k = after; k < tokens.length; k++) if (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Gerund') && !tokens[k].tags.has('PastTense')) return false;
  return true;
}

/** Cue verbs whose content is a clause: words after them with no verb are not what was said. */
const SAY_OR_TELL = new Set(['say', 'tell']);

/** Words that open a circumstance after "said" ("said last week", "said recently", "said as he left"). */
const opensCircumstance = (token: Token): boolean => token.tags.has('Preposition') || token.tags.has('Adverb') || token.tags.has('Date') || token.normal === 'last' || token.normal === 'this';

/**
 * Whether the words from tokens[from] up to offset `end` are no clause (no verb, no pronoun) and only
 * circumstance ("last week", "in a statement provided to Politico") or, after "tell", the addressee alone.
 */
function onlyCircumstance(tokens: Token[], from: number, end: number, addressee: boolean): boolean {
  const opens = opensCircumstance(tokens[from]);
  if (!addressee && !opens) return false;
  // The opening word itself may read as a verb ("last").
  for (let k = opens ? from + 1 : from; k < tokens.length && tokens[k].start < end; k++) {
    if (tokens[k].tags.has('Verb') || tokens[k].tags.has('Pronoun') || /[’']/.test(tokens[k].text)) return false;
  }
  return true;
}

/**
 * "O'Donnell, who said in an interview that he signed nothing, recalled …": the content of a relative
 * clause's cue ends at the comma after which the main clause's verb comes, or Infinity.
 */
function relativeClauseEnd(tokens: Token[], from: number): number {
  for (let k = from; k + 1 < tokens.length; k++) {
    if (!tokens[k].post.includes(',')) continue;
    const next = tokens[k + 1];
    const verb = next.tags.has('Adverb') ? tokens[k + 2] : next;
    if (verb && verb.tags.has('Verb') && !verb.tags.has('Gerund') && (verb.tags.has('PastTense') || verb.tags.has('PresentTense'))) return tokens[k].end;
  }
  return Infinity;
}

/** Longest addressee after a trailing "told", in tokens ("told The Wall Street Journal on Monday"). */
const MAX_ADDRESSEE_TOKENS = 8;

/**
 * "…, a school spokesman told The Wall Street Journal.": what follows "told" to the sentence's end is only
 * the addressee (no verb, no "that"), so the content is the clause before the attribution.
 */
function isOnlyAddressee(tokens: Token[], after: number): boolean {
  if (after >= tokens.length || tokens.length - after > MAX_ADDRESSEE_TOKENS) return false;
  return tokens.slice(after).every((t, k) => !t.tags.has('Verb') && t.normal !== 'that' && (k === tokens.length - after - 1 || !breaksBetween(tokens, after + k) || /^[\s,]*$/.test(t.post)));
}

/** Connectives that join a second attribution to the first one's subject ("called X “crazy” and said …"). */
const COORDINATORS = new Set(['and', 'but']);

/**
 * Where a second attribution begins after tokens[from], or Infinity: "Graham called them “crazy” and said …"
 * (a coordinated cue verb), "…, citing her experience" (a participle cue after a comma), "… warned the
 * commanders and Russia responded …" (a second subject after "and", when the first content is a verb's: what is "according to" someone runs on). The first content ends before it; the second is an attribution of its own.
 */
function nextAttributionStart(tokens: Token[], from: number, sentenceCues: readonly Cue[], byVerb: boolean): number {
  for (const cue of sentenceCues) {
    if (cue.kind !== 'verb') continue;
    const first = lastStartingAtOrBefore(tokens, cue.start);
    if (first <= from) continue;
    const before = tokens[first - 1];
    if (COORDINATORS.has(before.normal) && !breaksBetween(tokens, first - 1)) return withClosingMarks(tokens[first - 2]);
    if (isParticiple(tokens[cue.token]) && before.post.includes(',')) return withClosingMarks(before);
    // "… warned Russian commanders … and Russia responded they would not engage": a second source joined by "and".
    const subject = byVerb ? subjectBefore(tokens, cue.token, from + 1) : null;
    if (subject && subject.first > from + 1 && COORDINATORS.has(tokens[subject.first - 1].normal) && !breaksBetween(tokens, subject.first - 1)) return withClosingMarks(tokens[subject.first - 2]);
  }
  return Infinity;
}

const isParticiple = (token: Token): boolean => token.tags.has('Gerund') || /ing$/.test(token.normal);

/** The end of a word with the quote marks that close right after it ("“crazy”"). */
function withClosingMarks(token: Token): number {
  const closing = /^[”’"']*/.exec(token.post)?.[0].length ?? 0;
  return token.end + closing;
}

/** How many tokens after ", and" may hold the subject and verb of a new clause. */
const NEW_CLAUSE_REACH = 8;

/** Words that, after a comma, open a contrasting clause of their own ("…, while Cruz said …"). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);
/** Pronouns that, right after "and", start a clause of their own ("… hacked the DNC and she accused …"). */
const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Whether a new clause may open after tokens[k]: ", and"/", but"/", while", or "and she" without a comma. */
function opensNewClause(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1].normal;
  if (tokens[k].post.includes(',')) return CLAUSE_JOINERS.has(next);
  return next === 'and' && CLAUSE_SUBJECT_PRONOUNS.has(tokens[k + 2].normal);
}

/**
 * Where a content that starts at tokens[from] ends: the sentence's end, or before ", and"/", but" that opens
 * a clause with its own subject and verb ("…support, and up to 200 attackers reportedly lost their lives").
 */
function clauseEnd(tokens: Token[], from: number, sentenceEnd: number, introductory = false): number {
  const limit = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from; k < tokens.length; k++) {
    // A content never runs past MAX_CONTENT_LENGTH: it ends at the last word that fits.
    if (k + 1 < tokens.length && tokens[k + 1].end > limit) return tokens[k].end;
    if (k + 2 >= tokens.length) continue;
    // In an introductory clause any comma may close it ("While Clinton pledged …, Sanders insisted …").
    const opens = opensNewClause(tokens, k) ? k + 2 : introductory && tokens[k].post.includes(',') ? k + 1 : -1;
    if (opens < 0) continue;
    let sawSubject = false;
    for (let m = opens; m < Math.min(tokens.length, opens + NEW_CLAUSE_REACH); m++) {
      const t = tokens[m];
      if (t.tags.has('Noun') || t.tags.has('Pronoun')) sawSubject = true;
      else if (sawSubject && t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') && !t.tags.has('Participle')) return tokens[k].end;
      if (breaksBetween(tokens, m)) break;
    }
  }
  return sentenceEnd;
}

function lastTokenEndingAt(tokens: Token[], end: number, fallback: number): number {
  const index = lastStartingAtOrBefore(tokens, end - 1);
  return index >= 0 && tokens[index].end === end ? index : fallback;
}

/** Longest gap, in characters, between an attribution and a quote next to it (the gap patterns are tested on it). */
const MAX_QUOTE_GAP = 160;

/**
 * Where the words before a subject that may be its appositive begin (`“…,” Gene Ruiz, a top adviser, said`):
 * the subject comes before its cue, is no relative pronoun, and no verb stands before it in its clause.
 */
function appositiveSubjectStart(tokens: Token[], mention: MentionSpan, cue: Cue): number | undefined {
  if (mention.start > cue.start || mention.antecedent || RELATIVE_WORDS.has(mention.tokens[0].normal)) return undefined;
  const first = lastStartingAtOrBefore(tokens, mention.start);
  for (let k = first - 1; k >= 0 && !/[“”"]/.test(tokens[k].post); k--) if (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Noun')) return undefined;
  return mention.start;
}

/** Gap between a quote and the appositive subject of its attribution: `“…,” Gene Ruiz, a top adviser, said`. */
const APPOSITIVE_GAP = /^[\s,]*[^.!?;:“”"«»]{1,100},\s*$/;

/** Whether the quote's own text ends with a comma (`“…,”`): the sentence goes on to its attribution. */
const closesWithComma = (text: string, quote: Quote): boolean => /,\s*$/.test(text.slice(quote.start, quote.end));

/**
 * Quotes right next to an attribution: the one before it (`“…,” X said`) and the one it introduces
 * (`X said: “…”`), found by binary search among the sentence's top-level quotes.
 */
function adjacentQuotes(text: string, topLevel: Quote[], sentence: Sentence, start: number, end: number, quoteAfter: boolean, sentenceCues: readonly Cue[], subjectStart?: number): Quote[] {
  const found: Quote[] = [];
  const before = topLevel[lastStartingAtOrBefore(topLevel, start)];
  if (before && before.close !== null && before.close < start && before.open >= sentence.start - 1 && start - before.close <= MAX_QUOTE_GAP && GAP_AFTER_QUOTE.test(text.slice(before.close + 1, start))) found.push(before);
  else if (subjectStart !== undefined && before && before.close !== null && before.close < subjectStart && before.open >= sentence.start - 1 && subjectStart - before.close <= MAX_QUOTE_GAP && closesWithComma(text, before) && APPOSITIVE_GAP.test(text.slice(before.close + 1, subjectStart))) found.push(before);
  if (!quoteAfter) return found;
  const after = topLevel[firstStartingAtOrAfter(topLevel, end + 1)];
  // "…,” he said, adding, “…”": the quote right after ", adding" is the added attribution's.
  const ownedByAnother = (quote: Quote) =>
    sentenceCues.some((other) => other.start >= end && other.end <= quote.open && other.base === 'add' && other.token > 0 && sentence.tokens[other.token].tags.has('Gerund') && breaksBetween(sentence.tokens, other.token - 1) && /^[\s,:]*$/.test(text.slice(other.end, quote.open)));
  if (after && after.open >= end && after.open < sentence.end && after.open - end <= MAX_QUOTE_GAP && GAP_BEFORE_QUOTE.test(text.slice(end, after.open)) && !ownedByAnother(after)) found.push(after);
  return found;
}


/** The first offset at or after `at` that starts a word (so a capped content does not begin mid-word). */
function wordStartAfter(text: string, at: number): number {
  if (at === 0 || /\s/.test(text[at - 1])) return at;
  let i = at;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}


/** Whether a content span holds nothing but the quote (and its marks and punctuation). */
function isOnlyQuote(text: string, content: { start: number; end: number }, quote: Quote): boolean {
  if (quote.start < content.start - 2 || quote.end > content.end + 2) return false;
  const outside = text.slice(content.start, quote.start) + text.slice(quote.end, content.end);
  return /^[\s“”"‘’',.;:!?—–-]*$/.test(outside);
}

/**
 * Subjects whose beliefs are no one's in particular: generic "you" ("you know", "if you believe"). "I think"
 * and "we believe" are the speaker's or the writer's and attribute (interviews, op-eds).
 */
const GENERIC_BELIEVERS = new Set(['you']);
/** Words that make a belief verb negated or embedded ("didn't know", "what they want", "if you believe"). */
const NOT_A_BELIEF = new Set(["n't", 'not', 'never', 'no', 'what', 'how', 'if', 'whether', 'why', 'where', 'when']);

/** Whether a belief cue with this subject attributes anything (speech cues always do). */
function believes(cue: Cue, tokens: Token[], subject: MentionRange): boolean {
  if (cue.cueClass !== 'belief') return true;
  if (subject.first === subject.last && GENERIC_BELIEVERS.has(tokens[subject.first].normal)) return false;
  for (let i = Math.max(0, subject.first - 1); i < cue.token; i++) {
    if (i >= subject.first && i <= subject.last) continue;
    if (NOT_A_BELIEF.has(tokens[i].normal) || /n[’']t$/.test(tokens[i].text)) return false;
  }
  return true;
}

/** Forms of "have" that compromise may tag as a main verb before a participle. */
const HAVE_FORMS = new Set(['has', 'have', 'had']);

/**
 * For a quote no cue claims: the subject of its sentence's main verb, when that verb comes before the quote
 * and the subject names someone ("Sen. Marco Rubio called the statement “offensive”"). The verb is the cue.
 */
export function sentenceSubjectAttribution(text: string, sentence: Sentence, quote: Quote, topLevel: readonly Quote[]): Attribution | null {
  const tokens = sentence.tokens;
  // The verbs inside another quote are the quoted speaker's ("“You can't …,” Rubio said on “This Week.”").
  const verb = tokens.findIndex((t, i) => isMainVerb(tokens, i) && containing(topLevel, t.start) === undefined);
  if (verb <= 0 || tokens[verb].start >= quote.open) return null;
  const subject = subjectBefore(tokens, verb);
  if (!subject) return null;
  const head = tokens[subject.last];
  const names = /^\p{Lu}/u.test(head.text) || ['he', 'she', 'they'].includes(head.normal);
  // "The headline reads: “…”": a colon introducing the quote makes any noun subject its source.
  const introduced = lastNonSpaceChar(text, sentence.start, quote.open) === ':' && head.tags.has('Noun') && !head.tags.has('Pronoun');
  if (!names && !introduced) return null;
  // "has rolled out": compromise may leave the auxiliary untagged; the cue is the verb after it, with its auxiliaries.
  const cueVerb = HAVE_FORMS.has(tokens[verb].normal) && tokens[verb + 1]?.tags.has('PastTense') && !breaksBetween(tokens, verb) ? verb + 1 : verb;
  const { start, end, lastToken } = cueSpan(text, tokens, cueVerb);
  const cue: Cue = { start, end: Math.min(end, quote.open), text: '', sentence: sentence.index, token: cueVerb, lastToken, kind: 'verb', cueClass: 'speech', base: tokens[cueVerb].normal };
  cue.text = text.slice(cue.start, cue.end);
  return { cue, mention: toSpan(tokens, subject), content: null, quotes: [quote], by: 'sentence-subject' };
}

/** `…doesn’t surprise Republican pollster Daron Shaw: “…”`: a name right before the colon that opens the quote. */
export function colonNameAttribution(text: string, sentence: Sentence, quote: Quote): Attribution | null {
  const tokens = sentence.tokens;
  const k = lastStartingAtOrBefore(tokens, quote.open) ;
  const token = tokens[k];
  if (!token || token.end > quote.open || !token.post.trim().startsWith(':')) return null;
  if (!token.tags.has('Person') && !token.tags.has('ProperNoun')) return null;
  const name = phraseEndingAt(tokens, k, 0);
  if (!name || !isProperMention(tokens, name)) return null;
  const colon = text.indexOf(':', token.end);
  const cue: Cue = { start: colon, end: colon + 1, text: ':', sentence: sentence.index, token: k, lastToken: k, kind: 'colon', cueClass: 'speech', base: ':' };
  return { cue, mention: toSpan(tokens, name), content: null, quotes: [quote], by: 'colon-name' };
}

/** How many tokens after a quote may hold the subject and verb of `“…,” Trump shot back`. */
const TRAILING_VERB_REACH = 6;

/** `“…,” Trump shot back.`: right after the quote, a subject and any finite verb; the verb is the cue. */
export function trailingVerbAttribution(text: string, sentence: Sentence, quote: Quote): Attribution | null {
  const tokens = sentence.tokens;
  const next = firstStartingAtOrAfter(tokens, (quote.close ?? quote.end) + 1);
  if (next >= tokens.length || tokens[next].start - (quote.close ?? quote.end) > MAX_QUOTE_GAP || !GAP_AFTER_QUOTE.test(text.slice((quote.close ?? quote.end) + 1, tokens[next].start - tokens[next].pre.length))) return null;
  // `“Fox and Friends.” “I mean …”`: words that open another quote are no attribution.
  if (/[“"‘]/.test(tokens[next].pre)) return null;
  for (let k = next + 1; k < Math.min(tokens.length, next + TRAILING_VERB_REACH); k++) {
    const t = tokens[k];
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Auxiliary')) continue;
    const subject = subjectBefore(tokens, k, next);
    if (!subject || subject.first !== next) return null;
    // "shot back", "fired back", "chimed in", "went on": the particle belongs to the cue.
    const span = cueSpan(text, tokens, k);
    const last = span.lastToken === k && ['back', 'in', 'out', 'up', 'on'].includes(tokens[k + 1]?.normal ?? '') && !breaksBetween(tokens, k) ? k + 1 : span.lastToken;
    const end = last === span.lastToken ? span.end : tokens[last].end;
    const cue: Cue = { start: span.start, end, text: text.slice(span.start, end), sentence: sentence.index, token: k, lastToken: last, kind: 'verb', cueClass: 'speech', base: t.normal };
    return { cue, mention: toSpan(tokens, subject), content: null, quotes: [quote], by: 'trailing-verb' };
  }
  return null;
}

/** Auxiliaries that open a question to the reader or an addressee ("Do you support …?", "What do you call …?"). */
const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did', 'would', 'will', 'could', 'can', 'should']);

/**
 * "Do you support Donald Trump?", "What do you call a boy who …?": a question put to "you" asserts nothing;
 * the cue attributes no claim to its subject.
 */
function isQuestionToYou(tokens: Token[], subject: MentionRange): boolean {
  return subject.first === subject.last && tokens[subject.first].normal === 'you' && QUESTION_AUXILIARIES.has(tokens[subject.first - 1]?.normal ?? '');
}

/** Attribute every cue: find its mention, then its quotes or its reported content. */
export function attribute(text: string, sentences: Sentence[], cues: Cue[], quotes: Quote[]): Attribution[] {
  const attributions: Attribution[] = [];
  const topLevel = quotes.filter((q) => !q.nested);
  const cuesBySentence = new Map<number, Cue[]>();
  for (const cue of cues) cuesBySentence.set(cue.sentence, [...(cuesBySentence.get(cue.sentence) ?? []), cue]);
  const candidates: Candidate[] = [];
  for (const cue of cues) {
    const sentence = sentences[cue.sentence];
    const found = findMention(cue, sentence.tokens);
    if (!found || !believes(cue, sentence.tokens, found.range) || isQuestionToYou(sentence.tokens, found.range)) continue;
    const mention = toSpan(sentence.tokens, found.range);
    // "“…,” McCain said, citing low growth": a participle shares the subject of "said", not its quote.
    const start = found.by === 'participle-subject' ? cue.start : Math.min(mention.start, cue.start);
    const end = Math.max(mention.end, cue.end);
    // "talking about “Collapse”": a quote after a topic preposition is what the cue is about, not words said.
    const topical = cue.lastToken > cue.token && TOPIC_PREPOSITIONS.has(sentence.tokens[cue.lastToken].normal);
    const adjacent = adjacentQuotes(text, topLevel, sentence, start, end, !topical, cuesBySentence.get(cue.sentence) ?? [], appositiveSubjectStart(sentence.tokens, mention, cue));
    candidates.push({ cue, mention, by: found.by, start, end, adjacent, topical });
  }
  const nearest = nearestClaimants(candidates);
  for (const { cue, mention, by, adjacent: claimed, topical } of candidates) {
    const sentence = sentences[cue.sentence];
    const adjacent = claimed.filter((q) => nearest.get(q)?.cue === cue);
    if (adjacent.length > 0) {
      attributions.push({ cue, mention, content: null, quotes: adjacent, by });
      continue;
    }
    // A content ends before the quote another attribution took ("described the wall, he said, “…”"), and before that attribution.
    let limit = Infinity;
    for (const q of claimed) if (q.open > cue.end) limit = Math.min(limit, q.open, nearest.get(q)?.start ?? Infinity);
    const found = findContent(text, cue, sentence, mention, cuesBySentence.get(cue.sentence) ?? []);
    const content = found && found.end > limit ? trimContent(text, found.start, limit) : found;
    if (!content) {
      // "Cruz continued:" at the end of a paragraph introduces the quote that opens the next one.
      if (lastNonSpaceChar(text, cue.start, sentence.end) === ':') attributions.push({ cue, mention, content: null, quotes: [], by });
      continue;
    }
    // A content that is one quote and nothing more ("“…” coach Dana Lewis said") is that quote's attribution.
    const candidate = topLevel[lastStartingAtOrBefore(topLevel, content.start + 2)];
    const whole = candidate && !topical && isOnlyQuote(text, content, candidate) ? candidate : undefined;
    if (whole) attributions.push({ cue, mention, content: null, quotes: [whole], by });
    else attributions.push({ cue, mention, content, quotes: [], by });
  }
  return withoutRestatements(attributions);
}

/** A cue with its mention, its extent and the quotes next to it, before the quotes are shared out. */
interface Candidate {
  cue: Cue;
  mention: MentionSpan;
  by: string;
  start: number;
  end: number;
  adjacent: Quote[];
  /** The cue ends in a topic preposition ("talking about"): a quote after it is what it is about. */
  topical: boolean;
}

/**
 * "When he first described the wall, he said, “…”", "Rhimes declared the need for drive: “…,” she said.":
 * a quote next to two attributions belongs to the nearer one; the other looks for a content of its own.
 */
function nearestClaimants(candidates: Candidate[]): Map<Quote, Candidate> {
  const distance = (c: Candidate, q: Quote) => (q.open >= c.end ? q.open - c.end : c.start - ((q.close ?? q.end) + 1));
  const nearest = new Map<Quote, Candidate>();
  for (const c of candidates) {
    for (const q of c.adjacent) {
      const known = nearest.get(q);
      if (!known || distance(c, q) < distance(known, q)) nearest.set(q, c);
    }
  }
  return nearest;
}

/**
 * "Bill Clinton said he plans to continue his work", "The U.S. stated they believed …": a clause that is the
 * whole content of another attribution, and whose cue is a belief or intention or whose subject is a pronoun
 * (the outer speaker again), is how the speaker put it, not a second attribution; PolNeAR's annotators mark
 * only the outer one. Deeper inside a content, only "say" makes a second attribution ("Smith said Jones said
 * the plan would fail"); any other cue verb there is part of what the outer source reports ("Weber told AP
 * that Manafort discussed the project", "aides say the affection they express …"). What a source reports
 * "according to" someone keeps its own attributions ("According to the Times, the commanders warned …").
 */
function withoutRestatements(attributions: Attribution[]): Attribution[] {
  const contentStarts = new Set<number>();
  for (const a of attributions) if (a.content !== null) contentStarts.add(a.content.start);
  const contents = attributions.flatMap((a) => (a.content === null || a.cue.kind !== 'verb' ? [] : [a.content]));
  return attributions.filter((inner) => {
    if (inner.content === null || inner.mention === null) return true;
    const start = Math.min(inner.mention.start, inner.cue.start);
    if (inner.cue.kind === 'verb' && inner.cue.base !== 'say' && contents.some((c) => c !== inner.content && c.start <= start && inner.cue.end <= c.end)) return false;
    if (inner.cue.cueClass !== 'belief' && !isPronounMention(inner.mention)) return true;
    return !contentStarts.has(start);
  });
}

/** A mention that is a relative pronoun ("who", "which") whether or not its antecedent was found. */
const isRelativePronoun = (mention: MentionSpan): boolean => mention.tokens.length === 1 && RELATIVE_WORDS.has(mention.tokens[0].normal);

const isPronounMention = (mention: MentionSpan): boolean => mention.tokens.length === 1 && PERSONAL.has(mention.tokens[0].normal);
const PERSONAL = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
