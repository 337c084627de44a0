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
const GAP_BEFORE_QUOTE = /^(?:[\s,:;—–-]*(?:that\s*)?|[^.!?“”"]{0,120}[:,]\s*)$/;
/** Words that open a relative clause after an inverted subject ("said a driver who asked…"). */
const RELATIVE_WORDS = new Set(['who', 'whose', 'which', 'that']);
/** Content that only asks for anonymity ("asked not to be named") is no claim. */
const ANONYMITY_REQUEST = /^(?:not to be (?:named|identified)|to remain anonymous|anonymity)/i;
/** How many tokens of circumstance may stand between a cue and its "that" ("said on Monday that"). */
const MAX_TOKENS_BEFORE_THAT = 6;
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
  // "The Arizona Republican survived the primary and says …": a coordinated verb shares the first verb's subject.
  const before = tokens[cue.token - 1];
  if (before && (before.normal === 'and' || before.normal === 'but') && !breaksBetween(tokens, cue.token - 1)) {
    const main = tokens.findIndex((t, i) => i < cue.token - 1 && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund'));
    const clauseSubject = main > 0 ? subjectBefore(tokens, main) : null;
    if (clauseSubject) return { range: clauseSubject, by: 'coordinated-subject' };
  }
  // "Trump returned the compliment, telling Reuters, “…”": a participle after a comma speaks for the clause's subject.
  if (tokens[cue.token].tags.has('Gerund') && cue.token > 0 && breaksBetween(tokens, cue.token - 1)) {
    const main = tokens.findIndex((t, i) => i < cue.token && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary'));
    const clauseSubject = main > 0 ? subjectBefore(tokens, main) : null;
    if (clauseSubject) return { range: clauseSubject, by: 'participle-subject' };
  }
  // "…,” said Jeffrey": only verbs of saying invert, and only after a break.
  if (cue.cueClass === 'speech' && (cue.token === 0 || breaksBetween(tokens, cue.token - 1))) {
    const range = phraseAfter(tokens, cue.lastToken + 1);
    // An inverted subject ends its clause: "…,” said Jeffrey." / "said the official, who…".
    const endsClause = range && (breaksBetween(tokens, range.last) || RELATIVE_WORDS.has(tokens[range.last + 1].normal));
    if (range && endsClause && tokens[range.first].normal !== 'that') return { range, by: 'inverted-subject' };
  }
  return null;
}

/** The reported content of a cue that has no quote: the clause after it, or the clause before it. */
function findContent(text: string, cue: Cue, sentence: Sentence, mention: MentionSpan): { start: number; end: number } | null {
  const tokens = sentence.tokens;
  const mentionFollows = mention.start > cue.end;
  let after = (mentionFollows ? lastTokenEndingAt(tokens, mention.end, cue.lastToken) : cue.lastToken) + 1;
  const attributionStart = mentionFollows ? cue.start : Math.min(mention.start, cue.start);
  const breakAfter = after < tokens.length && breaksBetween(tokens, after - 1);
  // "according to a source familiar with the budget, …": the content starts after the comma that ends the phrase.
  if (cue.kind === 'according-to' && !breakAfter) {
    while (after < tokens.length && !breaksBetween(tokens, after - 1)) after++;
  }
  if (after < tokens.length && (!breakAfter || cue.kind === 'according-to')) {
    // "said on Monday that …", "told reporters that …": the content starts after "that".
    // Only circumstance may stand before that "that": no pronoun or verb ("they would not engage in that area").
    for (let k = after; k < Math.min(tokens.length - 1, after + MAX_TOKENS_BEFORE_THAT); k++) {
      if (tokens[k].normal === 'that') {
        after = k + 1;
        break;
      }
      if (breaksBetween(tokens, k) || tokens[k].tags.has('Pronoun') || tokens[k].tags.has('Verb')) break;
    }
    const content = trimContent(text, tokens[after].start, clauseEnd(tokens, after, sentence.end));
    if (content && ANONYMITY_REQUEST.test(text.slice(content.start, content.end))) return null;
    if (content) return content;
  }
  // "…, he said, …": an attribution in the middle of its content takes the whole sentence.
  if (breakAfter && after < tokens.length && attributionStart > sentence.start && /,\s*$/.test(text.slice(sentence.start, attributionStart))) {
    return trimContent(text, sentence.start, sentence.end);
  }
  // "…, sources said." / "…, said Jeffrey." / "…, according to X": the content is what comes before.
  return trimContent(text, sentence.start, attributionStart);
}

/** How many tokens after ", and" may hold the subject and verb of a new clause. */
const NEW_CLAUSE_REACH = 8;

/**
 * Where a content that starts at tokens[from] ends: the sentence's end, or before ", and"/", but" that opens
 * a clause with its own subject and verb ("…support, and up to 200 attackers reportedly lost their lives").
 */
function clauseEnd(tokens: Token[], from: number, sentenceEnd: number): number {
  for (let k = from; k + 2 < tokens.length; k++) {
    if (!tokens[k].post.includes(',') || !['and', 'but'].includes(tokens[k + 1].normal)) continue;
    let sawSubject = false;
    for (let m = k + 2; m < Math.min(tokens.length, k + 2 + NEW_CLAUSE_REACH); m++) {
      const t = tokens[m];
      if (t.tags.has('Noun') || t.tags.has('Pronoun')) sawSubject = true;
      else if (sawSubject && t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') && !t.tags.has('Participle')) return tokens[k].end;
      if (breaksBetween(tokens, m)) break;
    }
  }
  return sentenceEnd;
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

/** Whether a content span holds nothing but the quote (and its marks and punctuation). */
function isOnlyQuote(text: string, content: { start: number; end: number }, quote: Quote): boolean {
  if (quote.start < content.start - 2 || quote.end > content.end + 2) return false;
  const outside = text.slice(content.start, quote.start) + text.slice(quote.end, content.end);
  return /^[\s“”"‘’',.;:!?—–-]*$/.test(outside);
}

/** Subjects whose beliefs are the writer's or no one's: "I think", "you know", "we believe". */
const GENERIC_BELIEVERS = new Set(['i', 'we', 'you']);
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

/**
 * For a quote no cue claims: the subject of its sentence's main verb, when that verb comes before the quote
 * and the subject names someone ("Sen. Marco Rubio called the statement “offensive”"). The verb is the cue.
 */
export function sentenceSubjectAttribution(text: string, sentence: Sentence, quote: Quote): Attribution | null {
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((t) => t.start < quote.open && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund') && !t.tags.has('Copula'));
  if (verb <= 0 || tokens[verb].start >= quote.open) return null;
  const subject = subjectBefore(tokens, verb);
  if (!subject) return null;
  const head = tokens[subject.last];
  const names = /^\p{Lu}/u.test(head.text) || ['he', 'she', 'they'].includes(head.normal);
  if (!names) return null;
  const token = tokens[verb];
  const cue: Cue = { start: token.start, end: token.end, text: token.text, sentence: sentence.index, token: verb, lastToken: verb, kind: 'verb', cueClass: 'speech', base: token.normal };
  return { cue, mention: toSpan(tokens, subject), content: null, quotes: [quote], by: 'sentence-subject' };
}

/** How many tokens after a quote may hold the subject and verb of `“…,” Trump shot back`. */
const TRAILING_VERB_REACH = 6;

/** `“…,” Trump shot back.`: right after the quote, a subject and any finite verb; the verb is the cue. */
export function trailingVerbAttribution(text: string, sentence: Sentence, quote: Quote): Attribution | null {
  const tokens = sentence.tokens;
  const next = tokens.findIndex((t) => t.start > (quote.close ?? quote.end));
  if (next < 0 || !GAP_AFTER_QUOTE.test(text.slice((quote.close ?? quote.end) + 1, tokens[next].start - tokens[next].pre.length))) return null;
  for (let k = next + 1; k < Math.min(tokens.length, next + TRAILING_VERB_REACH); k++) {
    const t = tokens[k];
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Auxiliary')) continue;
    const subject = subjectBefore(tokens, k, next);
    if (!subject || subject.first !== next) return null;
    // "shot back", "fired back", "chimed in": the particle belongs to the cue.
    const last = ['back', 'in', 'out', 'up'].includes(tokens[k + 1]?.normal ?? '') && !breaksBetween(tokens, k) ? k + 1 : k;
    const end = tokens[last].end;
    const cue: Cue = { start: t.start, end, text: text.slice(t.start, end), sentence: sentence.index, token: k, lastToken: last, kind: 'verb', cueClass: 'speech', base: t.normal };
    return { cue, mention: toSpan(tokens, subject), content: null, quotes: [quote], by: 'trailing-verb' };
  }
  return null;
}

/** Attribute every cue: find its mention, then its quotes or its reported content. */
export function attribute(text: string, sentences: Sentence[], cues: Cue[], quotes: Quote[]): Attribution[] {
  const attributions: Attribution[] = [];
  for (const cue of cues) {
    const sentence = sentences[cue.sentence];
    const found = findMention(cue, sentence.tokens);
    if (!found || !believes(cue, sentence.tokens, found.range)) continue;
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
    if (!content) {
      // "Cruz continued:" at the end of a paragraph introduces the quote that opens the next one.
      if (/:\s*$/.test(text.slice(cue.start, sentence.end))) attributions.push({ cue, mention, content: null, quotes: [], by: found.by });
      continue;
    }
    // A content that is one quote and nothing more ("“…” coach Dana Lewis said") is that quote's attribution.
    const whole = nearby.find((q) => !q.nested && isOnlyQuote(text, content, q));
    if (whole) attributions.push({ cue, mention, content: null, quotes: [whole], by: found.by });
    else attributions.push({ cue, mention, content, quotes: [], by: found.by });
  }
  return attributions;
}
