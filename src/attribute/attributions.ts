/**
 * From cues to attributions: for each cue, who (the mention) and what (the content span or the quotes
 * next to it). An ordered list of small named rules; each attribution records the rule that made it.
 */
import type { Cue } from '../detect/cues.js';
import type { Quote } from '../detect/quotes.js';
import { breaksBetween, phraseAfter, subjectBefore, type MentionRange } from '../detect/mentions.js';
import type { Sentence, Token } from '../segment/sentences.js';

/** A mention as offsets plus the tokens it is made of. */
export interface MentionSpan {
  start: number;
  end: number;
  tokens: Token[];
  /** For "who"/"which": the phrase it stands for. */
  antecedent?: MentionSpan;
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
const GAP_BEFORE_QUOTE = /^(?:[\s,:;—–-]*(?:that\s*)?|[^.!?“”"]{0,40}[:,]\s*)$/;
/** Shortest reported content, in characters: shorter spans are fragments, not claims. */
const MIN_CONTENT_LENGTH = 8;
/** Trailing and leading characters trimmed from a content span. */
const CONTENT_EDGE = /[\s,;:.—–-]/;

function toSpan(tokens: Token[], range: MentionRange): MentionSpan {
  const span: MentionSpan = { start: tokens[range.first].start, end: tokens[range.last].end, tokens: tokens.slice(range.first, range.last + 1) };
  if (range.antecedent) span.antecedent = toSpan(tokens, { first: range.antecedent.first, last: range.antecedent.last });
  return span;
}

function trimContent(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && CONTENT_EDGE.test(text[start])) start++;
  while (end > start && CONTENT_EDGE.test(text[end - 1])) end--;
  return end - start >= MIN_CONTENT_LENGTH ? { start, end } : null;
}

/** The source of a cue: subject before it, or (for verbs of saying and "according to") the phrase after. */
function findMention(cue: Cue, tokens: Token[]): { range: MentionRange; by: string } | null {
  if (cue.kind === 'according-to') {
    const range = phraseAfter(tokens, cue.lastToken + 1);
    return range ? { range, by: 'according-to' } : null;
  }
  const subject = subjectBefore(tokens, cue.token);
  if (subject) return { range: subject, by: subject.antecedent ? 'relative-subject' : 'subject' };
  // "…,” said Jeffrey": only verbs of saying invert, and only after a break.
  if (cue.cueClass === 'speech' && (cue.token === 0 || breaksBetween(tokens, cue.token - 1))) {
    const range = phraseAfter(tokens, cue.lastToken + 1);
    // An inverted subject ends its clause: "…,” said Jeffrey." / "said the official, who…".
    if (range && tokens[range.first].normal !== 'that' && breaksBetween(tokens, range.last)) return { range, by: 'inverted-subject' };
  }
  return null;
}

/** The reported content of a cue that has no quote: the clause after it, or the clause before it. */
function findContent(text: string, cue: Cue, sentence: Sentence, mention: MentionSpan): { start: number; end: number } | null {
  const tokens = sentence.tokens;
  const mentionFollows = mention.start > cue.end;
  const after = (mentionFollows ? lastTokenEndingAt(tokens, mention.end, cue.lastToken) : cue.lastToken) + 1;
  // "X said (that) …" and "according to X, …": the content follows. A break after a cue verb means a trailing attribution.
  if (after < tokens.length && (!breaksBetween(tokens, after - 1) || cue.kind === 'according-to')) {
    const first = tokens[after].normal === 'that' && after + 1 < tokens.length ? after + 1 : after;
    const content = trimContent(text, tokens[first].start, sentence.end);
    if (content) return content;
  }
  // "…, sources said." / "…, said Jeffrey." / "…, according to X": the content is what comes before.
  return trimContent(text, sentence.start, mentionFollows ? cue.start : Math.min(mention.start, cue.start));
}

function lastTokenEndingAt(tokens: Token[], end: number, fallback: number): number {
  const index = tokens.findIndex((token) => token.end === end);
  return index < 0 ? fallback : index;
}

/** Quotes right next to an attribution: before it (`“…,” X said`) or introduced by it (`X said: “…”`). */
function adjacentQuotes(text: string, quotes: Quote[], start: number, end: number): Quote[] {
  return quotes.filter((q) => {
    if (q.nested) return false;
    if (q.close !== null && q.close < start) return GAP_AFTER_QUOTE.test(text.slice(q.close + 1, start));
    if (q.open >= end) return GAP_BEFORE_QUOTE.test(text.slice(end, q.open));
    return false;
  });
}

/** Attribute every cue: find its mention, then its quotes or its reported content. */
export function attribute(text: string, sentences: Sentence[], cues: Cue[], quotes: Quote[]): Attribution[] {
  const attributions: Attribution[] = [];
  for (const cue of cues) {
    const sentence = sentences[cue.sentence];
    const found = findMention(cue, sentence.tokens);
    if (!found) continue;
    const mention = toSpan(sentence.tokens, found.range);
    const start = Math.min(mention.start, cue.start);
    const end = Math.max(mention.end, cue.end);
    const nearby = quotes.filter((q) => q.open >= sentence.start - 1 && q.open < sentence.end);
    const adjacent = adjacentQuotes(text, nearby, start, end);
    if (adjacent.length > 0) {
      attributions.push({ cue, mention, content: null, quotes: adjacent, by: found.by });
      continue;
    }
    const content = findContent(text, cue, sentence, mention);
    if (content) attributions.push({ cue, mention, content, quotes: [], by: found.by });
  }
  return attributions;
}
