/**
 * Attributions built for one quote that no cue claimed, from what stands around it: the subject of the
 * sentence's main verb ("Rubio called the statement “offensive”"), a name before the opening colon
 * ("pollster Daron Shaw: “…”") or a subject and verb right after the quote ("“…,” Trump shot back").
 * Used by the quote-speaker sieves.
 */
import { type Cue, cueOver, cueSpan } from '../detect/cues.js';
import type { Quote } from '../detect/quotes.js';
import {
  clauseBeforeColon,
  endsInName,
  endsInNoun,
  leadInBefore,
  nameBeforeColon,
  subjectAndVerbAt,
  wordsFrameBefore,
} from '../syntax/quote-frames.js';
import type { Sentence, Token } from '../segment/sentences.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { firstStartingAtOrAfter, lastNonSpaceChar, lastStartingAtOrBefore } from '../segment/locate.js';
import { circumstanceOnlyTo } from '../syntax/content-bounds.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import { type Attribution, GAP_AFTER_QUOTE, MAX_QUOTE_GAP } from './attributions.js';
import { toSpan } from './source-mention.js';
import { BE_FORMS } from '../lexicon/be-forms.js';

/**
 * For a quote no cue claims: the subject of its sentence's main verb, when that verb comes before the quote
 * and the subject names someone ("Sen. Marco Rubio called the statement “offensive”"), or is any noun when a colon
 * opens the quote or the verb is one of saying ("The narrator continues that, in “…”"). The verb is the cue.
 */
export function sentenceSubjectAttribution(
  text: string,
  sentence: Sentence,
  syntax: SentenceSyntax,
  quote: Quote,
  topLevel: readonly Quote[],
  verbs: Map<string, CueVerbEntry>,
  anyNoun = false,
): Attribution | null {
  const tokens = sentence.tokens;
  const leadIn = leadInBefore(syntax, topLevel, quote.open, (k) => verbs.get(tokens[k].normal)?.cueClass === 'speech');
  if (!leadIn) return colonClauseAttribution(text, sentence, syntax, quote);
  const { subject, cueVerb } = leadIn;
  // "The headline reads: “…”": a colon introducing the quote makes any noun subject its source.
  const introduced = lastNonSpaceChar(text, sentence.start, quote.open) === ':' && endsInNoun(syntax, subject);
  // "The narrator continues that, in “…”": a verb of saying makes any noun subject its source too.
  const said = verbs.get(tokens[cueVerb].normal)?.cueClass === 'speech' && endsInNoun(syntax, subject);
  // As a last resort ("The ad targets a “…”"), any noun subject of a verb before the quote is its source.
  const noun = anyNoun && endsInNoun(syntax, subject) && verbRightBefore(tokens, cueVerb, subject, quote.open);
  if (!endsInName(syntax, subject) && !introduced && !said && !noun) return null;
  const { start, end, lastToken } = cueSpan(text, tokens, cueVerb);
  const cue = cueOver(
    text,
    sentence,
    { start, end: Math.min(end, quote.open), token: cueVerb, lastToken },
    { kind: 'verb', cueClass: 'speech', base: tokens[cueVerb].normal },
  );
  return { cue, mention: toSpan(tokens, subject), content: null, quotes: [quote], by: 'sentence-subject' };
}

/** Most words between a last-resort verb and the quote it takes ("targets a", "thanked Obama for"). */
const MAX_WORDS_TO_QUOTE = 6;

/** Words that open a clause whose subject is no speaker ("whether any resident has “…”"). */
const SUBORDINATORS = new Set(['whether', 'if', 'when', 'that', 'because', 'where', 'while']);

/**
 * A last-resort verb takes the quote: no copula ("forces are “…”"), a subject that opens no subordinate clause, and
 * at most MAX_WORDS_TO_QUOTE words between the verb and the quote.
 */
function verbRightBefore(
  tokens: readonly Token[],
  verb: number,
  subject: { first: number; last: number },
  open: number,
): boolean {
  if (BE_FORMS.has(tokens[verb].normal) || SUBORDINATORS.has(tokens[subject.first - 1]?.normal ?? '')) return false;
  const last = lastStartingAtOrBefore(tokens, open - 1);
  return last >= verb && last - verb <= MAX_WORDS_TO_QUOTE;
}

/**
 * "The Illinois Board of Elections was conclusive in its findings: “…”": with no main verb before it, a quote that a
 * colon opens belongs to the subject (a noun or a name) of the clause before the colon; the colon is the cue.
 */
function colonClauseAttribution(
  text: string,
  sentence: Sentence,
  syntax: SentenceSyntax,
  quote: Quote,
): Attribution | null {
  const found = clauseBeforeColon(syntax, quote.open);
  if (!found || !(endsInNoun(syntax, found.subject) || endsInName(syntax, found.subject))) return null;
  const tokens = sentence.tokens;
  const cue = colonCue(text, sentence, lastStartingAtOrBefore(tokens, quote.open - 1));
  return { cue, mention: toSpan(tokens, found.subject), content: null, quotes: [quote], by: 'sentence-subject' };
}

/** "As Dana Lee put it, “…”", "in Forbes’ words, “…”": the frame right before the quote names the speaker; it is the cue. */
export function wordsFrameAttribution(
  text: string,
  sentence: Sentence,
  syntax: SentenceSyntax,
  quote: Quote,
): Attribution | null {
  const found = wordsFrameBefore(syntax, quote.open);
  if (!found) return null;
  const tokens = sentence.tokens;
  const cue = cueOver(
    text,
    sentence,
    { start: tokens[found.first].start, end: tokens[found.last].end, token: found.first, lastToken: found.last },
    { kind: 'according-to', cueClass: 'speech', base: 'words' },
  );
  return { cue, mention: toSpan(tokens, found.mention), content: null, quotes: [quote], by: 'words-frame' };
}

/** `…doesn’t surprise Republican pollster Daron Shaw: “…”`: a name right before the colon that opens the quote. */
export function colonNameAttribution(
  text: string,
  sentence: Sentence,
  syntax: SentenceSyntax,
  quote: Quote,
): Attribution | null {
  const tokens = sentence.tokens;
  const found = nameBeforeColon(syntax, quote.open);
  if (!found) return null;
  const cue = colonCue(text, sentence, found.last);
  return { cue, mention: toSpan(tokens, found.name), content: null, quotes: [quote], by: 'colon-name' };
}

/** The colon after tokens[k] as a cue of speech: "The board was firm in its ruling: “…”", "Rep. Ann Lee: “…”". */
function colonCue(text: string, sentence: Sentence, k: number): Cue {
  const colon = text.indexOf(':', sentence.tokens[k].end);
  return cueOver(
    text,
    sentence,
    { start: colon, end: colon + 1, token: k, lastToken: k },
    { kind: 'colon', cueClass: 'speech', base: ':' },
  );
}

/**
 * For a quote no cue claims: a verb right after it whose subject follows ("“Sit down,” snapped Ivo Rask."), by
 * the sentence's syntax (a clause with an inverted subject). The verb is the cue.
 */
export function invertedVerbAttribution(
  text: string,
  sentence: Sentence,
  syntax: SentenceSyntax,
  quote: Quote,
): Attribution | null {
  const tokens = sentence.tokens;
  const after = (quote.close ?? quote.end) + 1;
  const next = firstStartingAtOrAfter(tokens, after);
  if (next >= tokens.length || !GAP_AFTER_QUOTE.test(text.slice(after, tokens[next].start - tokens[next].pre.length)))
    return null;
  const group = syntax.verbAt[next];
  if (group < 0 || syntax.verbs[group].first !== next || syntax.verbs[group].auxiliaries.length > 0) return null;
  const clause = syntax.clauses[syntax.clauseAt[syntax.verbs[group].head]];
  if (!clause || clause.verb !== group || !clause.inverted || clause.subject < 0) return null;
  const chunk = syntax.chunks[clause.subject];
  const last = syntax.verbs[group].last;
  const cue = cueOver(
    text,
    sentence,
    { start: tokens[next].start, end: tokens[last].end, token: next, lastToken: last },
    { kind: 'verb', cueClass: 'speech', base: tokens[syntax.verbs[group].head].normal },
  );
  const range =
    chunk.writtenLast > chunk.last
      ? { first: chunk.first, last: chunk.last, writtenLast: chunk.writtenLast }
      : { first: chunk.first, last: chunk.last };
  return { cue, mention: toSpan(tokens, range), content: null, quotes: [quote], by: 'trailing-inverted-verb' };
}

/**
 * `“…,” Trump shot back.`: right after the quote, a subject and any finite verb; the verb is the cue. A quote with
 * words before it in its sentence is a phrase of that sentence (`Romney's “47 percent” comment was …`): there
 * only a verb of saying attributes it (`… would have to “go more to center,” Cuban said.`).
 */
export function trailingVerbAttribution(
  text: string,
  sentence: Sentence,
  syntax: SentenceSyntax,
  quote: Quote,
  verbs: Map<string, CueVerbEntry>,
  by = 'trailing-verb',
): Attribution | null {
  const tokens = sentence.tokens;
  const next = firstStartingAtOrAfter(tokens, (quote.close ?? quote.end) + 1);
  if (
    next >= tokens.length ||
    tokens[next].start - (quote.close ?? quote.end) > MAX_QUOTE_GAP ||
    !GAP_AFTER_QUOTE.test(text.slice((quote.close ?? quote.end) + 1, tokens[next].start - tokens[next].pre.length))
  )
    return null;
  const found = subjectAndVerbAt(syntax, next);
  if (!found) return null;
  const { verb: k, subject, particle } = found;
  const before = lastNonSpaceChar(text, sentence.start, quote.open);
  if (before !== undefined && before !== ':' && verbs.get(tokens[k].normal)?.cueClass !== 'speech') return null;
  // "shot back", "fired back", "chimed in", "went on": the particle belongs to the cue.
  const span = cueSpan(text, tokens, k);
  const last = span.lastToken === k && particle >= 0 ? particle : span.lastToken;
  const end = last === span.lastToken ? span.end : tokens[last].end;
  const cue = cueOver(
    text,
    sentence,
    { start: span.start, end, token: k, lastToken: last },
    { kind: 'verb', cueClass: 'speech', base: tokens[k].normal },
  );
  return { cue, mention: toSpan(tokens, subject), content: null, quotes: [quote], by };
}

/**
 * "“The city is proud to back the plan.” Tom Hale said as he opened the session.": a quote that ends its
 * sentence, then, right after it in the same paragraph, a sentence of a subject and a verb of saying with nothing
 * after the verb but when, where or how it was said (`circumstanceOnlyTo`): that sentence attributes the quote.
 */
export function nextSentenceVerbAttribution(
  text: string,
  quote: Quote,
  next: Sentence,
  syntax: SentenceSyntax,
  verbs: Map<string, CueVerbEntry>,
): Attribution | null {
  const close = quote.close ?? quote.end;
  const tokens = next.tokens;
  if (tokens.length === 0 || tokens[0].start - close > MAX_QUOTE_GAP) return null;
  if (!/^\s*$/.test(text.slice(close + 1, tokens[0].start - tokens[0].pre.length))) return null;
  if (!/[.!?]\s*$/.test(text.slice(quote.start, quote.end))) return null;
  const found = subjectAndVerbAt(syntax, 0);
  if (!found) return null;
  const k = found.verb;
  const entry = verbs.get(tokens[k].normal);
  // "“Would it pass?” Hale pressed.", "“Who pays?” Trump went on, as if …": after a question or an exclamation the
  // sentence splits before its attribution, so any verb (with its particle) that ends its clause speaks the quote.
  if (/[?!][\s'’"”]*$/.test(text.slice(quote.start, quote.end)) && endsClause(tokens, found))
    return trailingVerbAttribution(text, next, syntax, quote, verbs, 'next-sentence-verb');
  if (found.particle >= 0 || entry?.cueClass !== 'speech') return null;
  const last = tokens.length - 1;
  if (k < last && !circumstanceOnlyTo(syntax, k + 1, next.end)) return null;
  const span = cueSpan(text, tokens, k);
  const cue = cueOver(
    text,
    next,
    { start: span.start, end: span.end, token: k, lastToken: span.lastToken },
    { kind: 'verb', cueClass: 'speech', base: entry.base },
  );
  return { cue, mention: toSpan(tokens, found.subject), content: null, quotes: [quote], by: 'next-sentence-verb' };
}

/**
 * Whether a verb (with its particle) ends its clause: nothing after it, or a comma right after it that opens no
 * quote of its own ("He answered, “…”" introduces the next quote).
 */
function endsClause(tokens: readonly Token[], found: { verb: number; particle: number }): boolean {
  const last = found.particle >= 0 ? found.particle : found.verb;
  if (last === tokens.length - 1) return true;
  return /,/.test(tokens[last].post) && !/[“"‘]/.test(tokens[last].post + tokens[last + 1].pre);
}

/**
 * "Maya Ortiz told reporters in Leeds. “We will not close the ward.”": a quote that opens its sentence, right
 * after a sentence (in the same paragraph, ending in a full stop) of a subject and a verb of saying with nothing
 * after the verb but whom it was said to and when, where or how (`circumstanceOnlyTo`): that sentence announces
 * the quote.
 */
export function previousSentenceVerbAttribution(
  text: string,
  quote: Quote,
  previous: Sentence,
  syntax: SentenceSyntax,
  verbs: Map<string, CueVerbEntry>,
): Attribution | null {
  const tokens = previous.tokens;
  if (tokens.length < 2 || quote.open - tokens[tokens.length - 1].end > MAX_QUOTE_GAP) return null;
  if (lastNonSpaceChar(text, previous.start, quote.open) !== '.') return null;
  const found = subjectAndVerbAt(syntax, 0);
  if (!found) return null;
  const k = found.verb;
  const entry = verbs.get(tokens[k].normal);
  if (entry?.cueClass !== 'speech') return null;
  // "He went on.": a particle ends the sentence; "responded on Friday" has none.
  const last = found.particle === tokens.length - 1 ? found.particle : k;
  if (!announcesOnly(syntax, last + 1, previous.end)) return null;
  const cue = cueOver(
    text,
    previous,
    { start: tokens[k].start, end: tokens[last].end, token: k, lastToken: last },
    { kind: 'verb', cueClass: 'speech', base: entry.base },
  );
  return { cue, mention: toSpan(tokens, found.subject), content: null, quotes: [quote], by: 'previous-sentence-verb' };
}

/** After a verb of saying, to the sentence's end: nothing, or whom it was said to and when, where or how. */
function announcesOnly(syntax: SentenceSyntax, from: number, end: number): boolean {
  const tokens = syntax.tokens;
  if (from >= tokens.length) return true;
  const chunk = syntax.chunkAt[from];
  // "told reporters", "told Fox News in Leeds": one object, the listener, then only circumstances.
  const after = chunk >= 0 && syntax.chunks[chunk].first === from ? syntax.chunks[chunk].writtenLast + 1 : from;
  return after >= tokens.length || circumstanceOnlyTo(syntax, after, end);
}
