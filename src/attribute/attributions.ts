/**
 * From cues to attributions: for each cue, who (the mention) and what (the content span or the quotes
 * next to it). An ordered list of small named rules; each attribution records the rule that made it.
 */
import type { Cue } from '../detect/cues.js';
import type { Quote } from '../detect/quotes.js';
import { breaksBetween, isProperMention, phraseAfter, phraseEndingAt, subjectBefore, type MentionRange } from '../detect/mentions.js';
import type { Sentence, Token } from '../segment/sentences.js';
import { firstStartingAtOrAfter, lastNonSpaceChar, lastStartingAtOrBefore } from '../segment/locate.js';
import { FINITE_BE } from '../lexicon/be-forms.js';

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
const MAX_TOKENS_BEFORE_THAT = 12;
/**
 * Longest reported content, in characters. Real sentences stay far below it; an unpunctuated text with a
 * cue every few words would otherwise give every claim the rest of the text (quadratic output).
 */
const MAX_CONTENT_LENGTH = 2000;
/** Shortest reported content, in characters: shorter spans are fragments, not claims. */
const MIN_CONTENT_LENGTH = 8;
/** Trailing and leading characters trimmed from a content span. */
const CONTENT_EDGE = /[\s,;:.—–-]/;

function toSpan(tokens: Token[], range: MentionRange): MentionSpan {
  const span: MentionSpan = { start: tokens[range.first].start, end: tokens[range.last].end, tokens: tokens.slice(range.first, range.last + 1) };
  if (range.antecedent) span.antecedent = toSpan(tokens, { first: range.antecedent.first, last: range.antecedent.last });
  return span;
}

/** A content span without its edge punctuation, or null when what is left is too short to be a claim. */
export function trimContent(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && CONTENT_EDGE.test(text[start])) start++;
  while (end > start && CONTENT_EDGE.test(text[end - 1])) end--;
  return end - start >= MIN_CONTENT_LENGTH ? { start, end } : null;
}

/** The first main verb of each sentence (computed once per sentence): the verb of its main clause. */
const firstVerbs = new WeakMap<Token[], number>();

function firstMainVerb(tokens: Token[]): number {
  let found = firstVerbs.get(tokens);
  if (found === undefined) {
    // A gerund after a copula is a progressive main verb ("Huckabee is labeling Obama’s actions “…”").
    const progressive = (i: number) => tokens[i].tags.has('Gerund') && FINITE_BE.has(tokens[i - 1]?.normal ?? '');
    found = tokens.findIndex((t, i) => t.tags.has('Verb') && (!t.tags.has('Gerund') || progressive(i)) && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
    firstVerbs.set(tokens, found);
  }
  return found;
}

/** The source of a cue: subject before it, or (for verbs of saying and "according to") the phrase after. */
function findMention(cue: Cue, tokens: Token[]): { range: MentionRange; by: string } | null {
  if (cue.kind === 'according-to') {
    const range = phraseAfter(tokens, cue.lastToken + 1) ?? phraseToBreak(tokens, cue.lastToken + 1);
    return range ? { range, by: 'according-to' } : null;
  }
  // "John McCain: …": the name before the colon.
  if (cue.kind === 'colon') return { range: { first: 0, last: cue.lastToken }, by: 'colon' };
  const subject = subjectBefore(tokens, cue.token);
  if (subject) return { range: subject, by: subject.antecedent ? 'relative-subject' : 'subject' };
  // "The Arizona Republican survived the primary and says …": a coordinated verb shares the first verb's subject.
  const before = tokens[cue.token - 1];
  if (before && (before.normal === 'and' || before.normal === 'but') && !breaksBetween(tokens, cue.token - 1)) {
    const main = firstMainVerb(tokens);
    const clauseSubject = main > 0 && main < cue.token - 1 ? subjectBefore(tokens, main) : null;
    if (clauseSubject) return { range: clauseSubject, by: 'coordinated-subject' };
  }
  // "Trump returned the compliment, telling Reuters, “…”" / "McCain said, citing …": a participle after a comma
  // speaks for the subject of the nearest verb before it (which may itself be inverted: "said McCain, citing").
  if (isParticiple(tokens[cue.token])) {
    if (cue.token === 0 || !breaksBetween(tokens, cue.token - 1)) return null;
    const verb = nearestVerbBefore(tokens, cue.token);
    if (verb < 0) return null;
    const clauseSubject = subjectBefore(tokens, verb) ?? invertedSubject(tokens, verb, verb);
    return clauseSubject ? { range: clauseSubject, by: 'participle-subject' } : null;
  }
  // "…,” said Jeffrey": only verbs of saying invert, and only after a break.
  if (cue.cueClass === 'speech') {
    const range = invertedSubject(tokens, cue.token, cue.lastToken);
    if (range) return { range, by: 'inverted-subject' };
  }
  return null;
}

/** Longest object of "according to" taken up to its break when no noun phrase is found, in tokens. */
const MAX_ACCORDING_TO_OBJECT = 8;

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

/** "…,” said Jeffrey." / "said the official, who…": after a break, the phrase after the verb, ending its clause. */
function invertedSubject(tokens: Token[], verb: number, lastToken: number): MentionRange | null {
  if (verb > 0 && !breaksBetween(tokens, verb - 1)) return null;
  const range = phraseAfter(tokens, lastToken + 1);
  const endsClause = range && (breaksBetween(tokens, range.last) || RELATIVE_WORDS.has(tokens[range.last + 1].normal));
  return range && endsClause && tokens[range.first].normal !== 'that' ? range : null;
}

/** The reported content of a cue that has no quote: the clause after it, or the clause before it. */
function findContent(text: string, cue: Cue, sentence: Sentence, mention: MentionSpan, sentenceCues: readonly Cue[]): { start: number; end: number } | null {
  const tokens = sentence.tokens;
  const mentionFollows = mention.start > cue.end;
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
    const relativeEnd = mention.antecedent ? relativeClauseEnd(tokens, after) : Infinity;
    const content = trimContent(text, tokens[after].start, Math.min(clauseEnd(tokens, after, sentence.end), nextAttributionStart(tokens, after, sentenceCues), relativeEnd));
    if (content && ANONYMITY_REQUEST.test(text.slice(content.start, content.end))) return null;
    // "Cook did not say when.": words follow the verb, so the clause before it is not its content.
    if (content || (!breakAfter && cue.kind === 'verb')) return content;
  }
  // "…, he said, …": an attribution in the middle of its content takes the whole sentence.
  if (breakAfter && after < tokens.length && attributionStart > sentence.start && lastNonSpaceChar(text, sentence.start, attributionStart) === ',' && sentence.end - sentence.start <= MAX_CONTENT_LENGTH) {
    return trimContent(text, sentence.start, sentence.end);
  }
  // "…, sources said." / "…, said Jeffrey." / "…, according to X": the content is what comes before.
  return trimContent(text, wordStartAfter(text, Math.max(sentence.start, attributionStart - MAX_CONTENT_LENGTH)), attributionStart);
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
  return after >= tokens.length || CONTINUATIONS.has(tokens[after].normal);
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
 * Where a second attribution by the same subject begins after tokens[from], or Infinity: "Graham called
 * them “crazy” and said …" (a coordinated cue verb), "…, citing her experience" (a participle cue after a
 * comma). The first content ends before it; the second is an attribution of its own.
 */
function nextAttributionStart(tokens: Token[], from: number, sentenceCues: readonly Cue[]): number {
  for (const cue of sentenceCues) {
    if (cue.kind !== 'verb') continue;
    const first = lastStartingAtOrBefore(tokens, cue.start);
    if (first <= from) continue;
    const before = tokens[first - 1];
    if (COORDINATORS.has(before.normal) && !breaksBetween(tokens, first - 1)) return withClosingMarks(tokens[first - 2]);
    if (isParticiple(tokens[cue.token]) && before.post.includes(',')) return withClosingMarks(before);
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
function clauseEnd(tokens: Token[], from: number, sentenceEnd: number): number {
  const limit = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from; k < tokens.length; k++) {
    // A content never runs past MAX_CONTENT_LENGTH: it ends at the last word that fits.
    if (k + 1 < tokens.length && tokens[k + 1].end > limit) return tokens[k].end;
    if (k + 2 >= tokens.length || !opensNewClause(tokens, k)) continue;
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
  const index = lastStartingAtOrBefore(tokens, end - 1);
  return index >= 0 && tokens[index].end === end ? index : fallback;
}

/** Longest gap, in characters, between an attribution and a quote next to it (the gap patterns are tested on it). */
const MAX_QUOTE_GAP = 160;

/**
 * Quotes right next to an attribution: the one before it (`“…,” X said`) and the one it introduces
 * (`X said: “…”`), found by binary search among the sentence's top-level quotes.
 */
function adjacentQuotes(text: string, topLevel: Quote[], sentence: Sentence, start: number, end: number): Quote[] {
  const found: Quote[] = [];
  const before = topLevel[lastStartingAtOrBefore(topLevel, start)];
  if (before && before.close !== null && before.close < start && before.open >= sentence.start - 1 && start - before.close <= MAX_QUOTE_GAP && GAP_AFTER_QUOTE.test(text.slice(before.close + 1, start))) found.push(before);
  const after = topLevel[firstStartingAtOrAfter(topLevel, end + 1)];
  if (after && after.open >= end && after.open < sentence.end && after.open - end <= MAX_QUOTE_GAP && GAP_BEFORE_QUOTE.test(text.slice(end, after.open))) found.push(after);
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

/**
 * For a quote no cue claims: the subject of its sentence's main verb, when that verb comes before the quote
 * and the subject names someone ("Sen. Marco Rubio called the statement “offensive”"). The verb is the cue.
 */
export function sentenceSubjectAttribution(text: string, sentence: Sentence, quote: Quote): Attribution | null {
  const tokens = sentence.tokens;
  const verb = firstMainVerb(tokens);
  if (verb <= 0 || tokens[verb].start >= quote.open) return null;
  const subject = subjectBefore(tokens, verb);
  if (!subject) return null;
  const head = tokens[subject.last];
  const names = /^\p{Lu}/u.test(head.text) || ['he', 'she', 'they'].includes(head.normal);
  if (!names) return null;
  const token = tokens[verb];
  const cue: Cue = { start: token.start, end: token.end, text: text.slice(token.start, token.end), sentence: sentence.index, token: verb, lastToken: verb, kind: 'verb', cueClass: 'speech', base: token.normal };
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
  const topLevel = quotes.filter((q) => !q.nested);
  const cuesBySentence = new Map<number, Cue[]>();
  for (const cue of cues) cuesBySentence.set(cue.sentence, [...(cuesBySentence.get(cue.sentence) ?? []), cue]);
  for (const cue of cues) {
    const sentence = sentences[cue.sentence];
    const found = findMention(cue, sentence.tokens);
    if (!found || !believes(cue, sentence.tokens, found.range)) continue;
    const mention = toSpan(sentence.tokens, found.range);
    // "“…,” McCain said, citing low growth": a participle shares the subject of "said", not its quote.
    const start = found.by === 'participle-subject' ? cue.start : Math.min(mention.start, cue.start);
    const end = Math.max(mention.end, cue.end);
    const adjacent = adjacentQuotes(text, topLevel, sentence, start, end);
    if (adjacent.length > 0) {
      attributions.push({ cue, mention, content: null, quotes: adjacent, by: found.by });
      continue;
    }
    const content = findContent(text, cue, sentence, mention, cuesBySentence.get(cue.sentence) ?? []);
    if (!content) {
      // "Cruz continued:" at the end of a paragraph introduces the quote that opens the next one.
      if (lastNonSpaceChar(text, cue.start, sentence.end) === ':') attributions.push({ cue, mention, content: null, quotes: [], by: found.by });
      continue;
    }
    // A content that is one quote and nothing more ("“…” coach Dana Lewis said") is that quote's attribution.
    const candidate = topLevel[lastStartingAtOrBefore(topLevel, content.start + 2)];
    const whole = candidate && isOnlyQuote(text, content, candidate) ? candidate : undefined;
    if (whole) attributions.push({ cue, mention, content: null, quotes: [whole], by: found.by });
    else attributions.push({ cue, mention, content, quotes: [], by: found.by });
  }
  return withoutRestatements(attributions);
}

/**
 * "Bill Clinton said he plans to continue his work", "The U.S. stated they believed …": a clause that is the
 * whole content of another attribution, and whose cue is a belief or intention or whose subject is a pronoun
 * (the outer speaker again), is how the speaker put it, not a second attribution; PolNeAR's annotators mark
 * only the outer one. A named second source stays ("Smith said Jones claimed the plan would fail").
 */
function withoutRestatements(attributions: Attribution[]): Attribution[] {
  const contentStarts = new Set<number>();
  for (const a of attributions) if (a.content !== null) contentStarts.add(a.content.start);
  return attributions.filter((inner) => {
    if (inner.content === null || inner.mention === null) return true;
    if (inner.cue.cueClass !== 'belief' && !isPronounMention(inner.mention)) return true;
    return !contentStarts.has(Math.min(inner.mention.start, inner.cue.start));
  });
}

const isPronounMention = (mention: MentionSpan): boolean => mention.tokens.length === 1 && PERSONAL.has(mention.tokens[0].normal);
const PERSONAL = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
