/**
 * From cues to attributions: for each cue, who (the mention) and what (the content span or the quotes
 * next to it). An ordered list of small named rules; each attribution records the rule that made it.
 */
import type { DocumentContext } from './context.js';
import type { Cue } from '../detect/cues.js';
import type { Quote } from '../detect/quotes.js';
import { breaksBetween } from '../syntax/phrases.js';
import type { Sentence, Token } from '../segment/sentences.js';
import {
  firstStartingAtOrAfter,
  lastNonSpaceChar,
  lastStartingAtOrBefore,
  longestLength,
  someStartingBetween,
} from '../segment/locate.js';
import { findContent, trimContent } from './content.js';
import { adverbialClauseEnd, thatComplementAfter, trailingAttributionStart } from '../syntax/content-bounds.js';
import { quoteInsideClause, verbBeforeInQuoteSpan } from '../syntax/quote-frames.js';
import { namesPoll } from '../syntax/mention-phrase.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { believes, findMention, isQuestionToYou, toSpan } from './source-mention.js';
import { SUBJECT_PRONOUNS, SUBJECT_RELATIVES } from '../lexicon/function-words.js';

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
  /** A claim that names no source by design ("is expected to", "reportedly"): it stands without a mention. */
  sourceless?: boolean;
}

/** Gap text allowed between a closing quote mark and the attribution after it: `“…,” Jeffrey said`. */
export const GAP_AFTER_QUOTE = /^[\s,]*$/;
/** Gap text allowed between an attribution and the quote it introduces: `said: “…`, `said Tuesday, “…`. */
const GAP_BEFORE_QUOTE = /^(?:[\s,:;—–-]*(?:that\s*)?|[^.!?“”"]{0,120}[:,]\s*)$/;
/** Prepositions that end a cue about a topic ("talked about", "warned of", "known as"): a quote after them is the topic. */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'on', 'upon', 'as', 'against']);
/** Longest gap, in characters, between an attribution and a quote next to it (the gap patterns are tested on it). */
export const MAX_QUOTE_GAP = 160;

/**
 * Where the words before a subject that may be its appositive begin (`“…,” Gene Ruiz, a top adviser, said`):
 * the subject comes before its cue, is no relative pronoun, and no verb stands before it in its clause.
 */
function appositiveSubjectStart(syntax: SentenceSyntax, mention: MentionSpan, cue: Cue): number | undefined {
  if (mention.start > cue.start || mention.antecedent || SUBJECT_RELATIVES.has(mention.tokens[0].normal))
    return undefined;
  return verbBeforeInQuoteSpan(syntax, lastStartingAtOrBefore(syntax.tokens, mention.start))
    ? undefined
    : mention.start;
}

/** Gap between a quote and the appositive subject of its attribution: `“…,” Gene Ruiz, a top adviser, said`. */
const APPOSITIVE_GAP = /^[\s,]*[^.!?;:“”"«»]{1,100},\s*$/;

/**
 * Whether the quote's own text ends with a comma, a question or an exclamation mark (`“…,”`, `“…?”`): the
 * sentence may go on to its attribution.
 */
const closesWithComma = (text: string, quote: Quote): boolean => /[,?!]\s*$/.test(text.slice(quote.start, quote.end));

/**
 * Quotes right next to an attribution: the one before it (`“…,” X said`) and the one it introduces
 * (`X said: “…”`), found by binary search among the sentence's top-level quotes.
 */
function adjacentQuotes(
  text: string,
  topLevel: Quote[],
  sentence: Sentence,
  start: number,
  end: number,
  quoteAfter: boolean,
  sentenceCues: readonly Cue[],
  subjectStart: number | undefined,
  clauseEnd: number,
  clauseBefore: (open: number, close: number) => boolean,
): Quote[] {
  const found: Quote[] = [];
  const before = topLevel[lastStartingAtOrBefore(topLevel, start)];
  // The quote before closes in this sentence, at most MAX_QUOTE_GAP before `at`, with `gap` between.
  const closesBefore = (at: number, gap: RegExp) =>
    before &&
    before.close !== null &&
    before.close < at &&
    before.open >= sentence.start - 1 &&
    at - before.close <= MAX_QUOTE_GAP &&
    gap.test(text.slice(before.close + 1, at));
  // "He called the plan “a disaster for everyone,” Smith said.": a quote inside a clause that opens before it is
  // no quote of the attribution after it; that attribution reports the whole clause (its content, which holds the
  // quote).
  const inClause = before !== undefined && before.close !== null && clauseBefore(before.open, before.close);
  if (!inClause && closesBefore(start, GAP_AFTER_QUOTE)) found.push(before);
  else if (
    !inClause &&
    subjectStart !== undefined &&
    closesBefore(subjectStart, APPOSITIVE_GAP) &&
    closesWithComma(text, before)
  )
    found.push(before);
  if (!quoteAfter) return found;
  const after = topLevel[firstStartingAtOrAfter(topLevel, end + 1)];
  // "…,” he said, adding, “…”": the quote right after ", adding" is the added attribution's.
  // Only the cues between the attribution and the quote (at most MAX_QUOTE_GAP characters) are looked at.
  const ownedByAnother = (quote: Quote) => {
    for (
      let k = firstStartingAtOrAfter(sentenceCues, end);
      k < sentenceCues.length && sentenceCues[k].start < quote.open;
      k++
    ) {
      const other = sentenceCues[k];
      if (
        other.end <= quote.open &&
        other.base === 'add' &&
        other.token > 0 &&
        sentence.tokens[other.token].tags.has('Gerund') &&
        breaksBetween(sentence.tokens, other.token - 1) &&
        /^[\s,:]*$/.test(text.slice(other.end, quote.open))
      )
        return true;
    }
    return false;
  };
  if (
    after &&
    after.open >= end &&
    after.open < sentence.end &&
    after.open - end <= MAX_QUOTE_GAP &&
    GAP_BEFORE_QUOTE.test(text.slice(end, after.open)) &&
    !ownedByAnother(after) &&
    after.open < clauseEnd
  )
    found.push(after);
  return found;
}

/**
 * Whether a quote is part of a longer clause: its own text does not end in a comma or stop, and a word follows its
 * closing mark in the same sentence (`“the wind is at our backs” despite the loss`).
 */
function quoteRunsOn(text: string, quote: Quote, sentenceEnd: number): boolean {
  if (quote.close === null || quote.close + 1 >= sentenceEnd) return false;
  if (/[,.;:?!…—–-]\s*$/.test(text.slice(quote.start, quote.end))) return false;
  return /^[ \t]*[\p{L}\p{N}]/u.test(text.slice(quote.close + 1, sentenceEnd));
}

/**
 * Bound `own-words`: "Trump blamed it on a “bad earpiece,” claiming he had disavowed Duke", "In an interview with
 * “Fox and Friends,” Trump pointed to China as …". A quote the sentence's words run into (no break before its
 * opening mark) that ends its clause with a comma belongs to that clause; a verb cue after it whose content starts
 * right after the cue reports that content, not the quote (the quote sieves after `adjacent` then give the quote
 * its speaker). A quote that opens its sentence or follows a break stays the cue's ("“…,” Lee said Tuesday").
 */
function ownContentAfter(
  text: string,
  cue: Cue,
  sentence: Sentence,
  adjacent: Quote[],
  contentOf: () => { start: number; end: number } | null,
): boolean {
  if (cue.kind !== 'verb') return false;
  const tokens = sentence.tokens;
  for (const q of adjacent) {
    if (q.close === null || q.close >= cue.start) return false;
    const before = lastStartingAtOrBefore(tokens, q.open - 1);
    if (before < 0 || tokens[before].end > q.open || /[^\s“”"‘’']/.test(tokens[before].post)) return false;
    // "… in “Make America Great Again” hats mocking …": no comma ends the quote's clause before the cue.
    if (!closesWithComma(text, q) && !text.slice(q.close + 1, cue.start).includes(',')) return false;
  }
  const next = cue.lastToken + 1;
  if (next >= tokens.length || breaksBetween(tokens, cue.lastToken)) return false;
  const content = contentOf();
  return content !== null && Math.abs(content.start - tokens[next].start) <= 1;
}

/** Whether a content span holds nothing but the quote (and its marks and punctuation). */
function isOnlyQuote(text: string, content: { start: number; end: number }, quote: Quote): boolean {
  if (quote.start < content.start - 2 || quote.end > content.end + 2) return false;
  const outside = text.slice(content.start, quote.start) + text.slice(quote.end, content.end);
  return /^[\s“”"‘’',.;:!?—–-]*$/.test(outside);
}

/** Attribute every cue: find its mention, then its quotes or its reported content. */
export function attribute(document: DocumentContext, cues: Cue[]): Attribution[] {
  const { text, sentences, topLevel } = document;
  const attributions: Attribution[] = [];
  const cuesBySentence = new Map<number, Cue[]>();
  for (const cue of cues) {
    const list = cuesBySentence.get(cue.sentence);
    if (list) list.push(cue);
    else cuesBySentence.set(cue.sentence, [cue]);
  }
  // Sorted by start, so that per-cue lookups among the sentence's cues are binary searches (linear time overall).
  for (const list of cuesBySentence.values()) list.sort((a, b) => a.start - b.start);
  const candidates: Candidate[] = [];
  for (const cue of cues) {
    const sentence = sentences[cue.sentence];
    if (cue.kind === 'noun') {
      const own = possessorNounCue(document, cue);
      if (own) attributions.push(own);
      continue;
    }
    const sentenceCues = cuesBySentence.get(cue.sentence) ?? [];
    // Whether token i of the sentence is a verb of saying found as a cue (cues are sorted by start).
    const saying = (i: number) => {
      const at = sentence.tokens[i];
      const k = lastStartingAtOrBefore(sentenceCues, at.start);
      return k >= 0 && sentenceCues[k].start === at.start && sentenceCues[k].cueClass === 'speech';
    };
    const found = findMention(cue, document.syntax[cue.sentence], saying);
    if (!found || !believes(cue, sentence.tokens, found.range) || isQuestionToYou(sentence.tokens, found.range))
      continue;
    const mention = toSpan(sentence.tokens, found.range);
    if (found.passiveSubject) {
      // "O'Malley's move was first reported by MSNBC": what the agent reported is the clause's subject.
      const content = trimContent(
        text,
        sentence.tokens[found.passiveSubject.first].start,
        sentence.tokens[found.passiveSubject.last].end,
      );
      if (content) attributions.push({ cue, mention, content, quotes: [], by: found.by });
      continue;
    }
    // "“…,” McCain said, citing low growth": a participle shares the subject of "said", not its quote.
    // "“…,” the head of the union said": the attribution starts where its mention is written, not at the name after "of".
    const start = found.participle ? cue.start : Math.min(mention.writtenStart ?? mention.start, cue.start);
    const end = Math.max(mention.end, cue.end);
    // "talking about “Collapse”": a quote after a topic preposition is what the cue is about, not words said.
    const topical = cue.lastToken > cue.token && TOPIC_PREPOSITIONS.has(sentence.tokens[cue.lastToken].normal);
    const adjacent = adjacentQuotes(
      text,
      topLevel,
      sentence,
      start,
      end,
      !topical,
      cuesBySentence.get(cue.sentence) ?? [],
      appositiveSubjectStart(document.syntax[cue.sentence], mention, cue),
      // "Lee said even though the board believes the tax is fair, “…”": a cue in an adverbial clause that closes
      // before the quote does not introduce it.
      adverbialClauseEnd(document.syntax[cue.sentence], cue.token, end),
      (open, close) =>
        trailingAttributionStart(document.syntax[cue.sentence], cue.token, cue.lastToken) >= 0 &&
        quoteInsideClause(document.syntax[cue.sentence], open, close),
    );
    candidates.push({ cue, mention, by: found.by, start, end, adjacent, topical });
  }
  const nearest = nearestClaimants(candidates);
  for (const { cue, mention, by, adjacent: claimed, topical } of candidates) {
    const sentence = sentences[cue.sentence];
    const adjacent = claimed.filter((q) => nearest.get(q)?.cue === cue);
    // "Speaking on ABC’s “This Week,” Carson admitted that …": a cue with a "that" clause of its own reports that
    // clause; a quote before it is no words of its (sieve bound `own-that-clause`).
    const ownClause =
      cue.kind === 'verb' &&
      adjacent.every((q) => q.open < cue.start) &&
      thatComplementAfter(document.syntax[cue.sentence], cue.lastToken + 1);
    // "Sanders says “the wind is at our backs” despite his loss": a quote after the cue that the sentence's words
    // run on from reports the whole clause, the quote within it (a quote ending in its own comma or stop does not).
    const runsOn = adjacent.some((q) => q.open > cue.end && quoteRunsOn(text, q, sentence.end));
    // The cue's content, found once and only when asked for.
    let memo: { start: number; end: number } | null | undefined;
    const contentOf = () =>
      memo === undefined
        ? (memo = findContent(
            text,
            cue,
            sentence,
            mention,
            cuesBySentence.get(cue.sentence) ?? [],
            document.syntax[cue.sentence],
          ))
        : memo;
    const ownWords =
      !ownClause && !runsOn && adjacent.length > 0 && ownContentAfter(text, cue, sentence, adjacent, contentOf);
    if (adjacent.length > 0 && !ownClause && !runsOn && !ownWords) {
      attributions.push({ cue, mention, content: null, quotes: adjacent, by });
      continue;
    }
    // A content ends before the quote another attribution took ("described the wall, he said, “…”"), and before that attribution.
    let limit = Infinity;
    // The other attribution starts at its mention, or at its cue when its mention is one it shares with this cue
    // ("De Blasio said the move was made by the commissioner and said, “…”").
    for (const q of claimed) {
      const other = nearest.get(q);
      const otherStart = other && other.start > cue.end ? other.start : (other?.cue.start ?? Infinity);
      if (q.open > cue.end && !(runsOn && adjacent.includes(q))) limit = Math.min(limit, q.open, otherStart);
    }
    const found = contentOf();
    const bounded = found && found.end > limit ? trimContent(text, found.start, limit) : found;
    // The content of a quote that runs on opens at the quote's opening mark, not inside it.
    const opening =
      bounded && runsOn ? adjacent.find((q) => q.open < bounded.start && q.start >= bounded.start) : undefined;
    const content = bounded && opening ? { start: opening.open, end: bounded.end } : bounded;
    // "Apps that it said “may not work” included …": no clause of its own, the quote is the attribution's.
    if (!content && runsOn) {
      attributions.push({ cue, mention, content: null, quotes: adjacent, by });
      continue;
    }
    if (!content) {
      // "Cruz continued:" at the end of a paragraph introduces the quote that opens the next one.
      if (lastNonSpaceChar(text, cue.start, sentence.end) === ':')
        attributions.push({ cue, mention, content: null, quotes: [], by });
      continue;
    }
    // A content that is one quote and nothing more ("“…” coach Dana Lewis said") is that quote's attribution.
    const candidate = topLevel[lastStartingAtOrBefore(topLevel, content.start + 2)];
    const whole = candidate && !topical && isOnlyQuote(text, content, candidate) ? candidate : undefined;
    if (whole) attributions.push({ cue, mention, content: null, quotes: [whole], by });
    else attributions.push({ cue, mention, content, quotes: [], by });
  }
  return withoutRestatements(attributions, document.syntax);
}

/**
 * Sieve `possessor-noun-cue`: "the governor's criticism of the transit plan", "his warning that rates would rise":
 * the possessor is the source, the noun (with its preposition) the cue, and its complement the content — a phrase
 * or a clause, as the claim's `content` field says.
 */
function possessorNounCue(document: DocumentContext, cue: Cue): Attribution | null {
  const sentence = document.sentences[cue.sentence];
  const frame = cue.frame;
  if (!frame) return null;
  const tokens = sentence.tokens;
  const content = trimContent(
    document.text,
    tokens[frame.content.first].start,
    tokens[frame.content.last].end,
    MIN_NOUN_CONTENT_LENGTH,
  );
  if (!content) return null;
  const mention = toSpan(tokens, { first: frame.possessor.first, last: frame.possessor.last });
  return { cue, mention, content, quotes: [], by: 'possessor-noun-cue' };
}

/** Shortest content of a cue noun ("support for him"). */
const MIN_NOUN_CONTENT_LENGTH = 2;

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
 * "according to" someone keeps its own attributions ("According to the Times, the commanders warned …"), except
 * those a poll asked: "A Times/CBS News poll found that 51 percent said …", "according to the survey, most voters
 * say …" is the poll's finding, and PolNeAR's annotators mark only the poll (`pollRespondents`).
 */
function withoutRestatements(attributions: Attribution[], syntax: readonly SentenceSyntax[]): Attribution[] {
  const contentStarts = new Set<number>();
  for (const a of attributions) if (a.content !== null) contentStarts.add(a.content.start);
  const contents = attributions
    .flatMap((a) => (a.content === null || a.cue.kind !== 'verb' ? [] : [a.content]))
    .sort((a, b) => a.start - b.start);
  const longest = longestLength(contents);
  /** Whether another verb's content holds the whole attribution, from `start` to its cue's end. */
  const insideAnother = (inner: Attribution, start: number): boolean =>
    someStartingBetween(contents, inner.cue.end - longest, start, (c) => c !== inner.content && inner.cue.end <= c.end);
  const isPoll = (a: Attribution): boolean => a.mention !== null && mentionNamesPoll(a.mention, syntax[a.cue.sentence]);
  const pollContents = attributions
    .flatMap((a) => (a.content === null || !isPoll(a) ? [] : [a.content]))
    .sort((a, b) => a.start - b.start);
  const longestPoll = longestLength(pollContents);
  /** Whether a poll's content holds the whole attribution: those it asked speak through it. */
  const pollRespondents = (inner: Attribution, start: number): boolean =>
    pollContents.length > 0 &&
    !isPoll(inner) &&
    someStartingBetween(
      pollContents,
      inner.cue.end - longestPoll,
      start,
      (c) => c !== inner.content && inner.cue.end <= c.end,
    );
  return attributions.filter((inner) => {
    if (inner.content === null || inner.mention === null) return true;
    const start = Math.min(inner.mention.start, inner.cue.start);
    if (pollRespondents(inner, start)) return false;
    if (inner.cue.kind === 'verb' && inner.cue.base !== 'say' && insideAnother(inner, start)) return false;
    // "said Trump's attacks on Curiel were wrong": a cue noun inside what another source reports is part of it.
    if (inner.cue.kind === 'noun' && insideAnother(inner, start)) return false;
    if (inner.cue.cueClass !== 'belief' && !isPronounMention(inner.mention)) return true;
    return !contentStarts.has(start);
  });
}

/** Whether a mention is a poll or survey (its phrase's head, as the syntax layer reads the cue's sentence). */
function mentionNamesPoll(mention: MentionSpan, s: SentenceSyntax | undefined): boolean {
  if (!s || s.tokens.length === 0) return false;
  const at = lastStartingAtOrBefore(s.tokens, mention.start);
  return at >= 0 && s.tokens[at].start === mention.start && namesPoll(s, at);
}

const isPronounMention = (mention: MentionSpan): boolean =>
  mention.tokens.length === 1 && SUBJECT_PRONOUNS.has(mention.tokens[0].normal);
