/**
 * Attributions built for one quote that no cue claimed, from what stands around it: the subject of the
 * sentence's main verb ("Rubio called the statement “offensive”"), a name before the opening colon
 * ("pollster Daron Shaw: “…”") or a subject and verb right after the quote ("“…,” Trump shot back").
 * Used by the quote-speaker sieves.
 */
import { cueSpan, type Cue } from '../detect/cues.js';
import type { Quote } from '../detect/quotes.js';
import { breaksBetween, isProperMention, phraseEndingAt, subjectBefore } from '../syntax/phrases.js';
import type { Sentence, Token } from '../segment/sentences.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { containing, firstStartingAtOrAfter, lastNonSpaceChar, lastStartingAtOrBefore } from '../segment/locate.js';
import { type Attribution, GAP_AFTER_QUOTE, MAX_QUOTE_GAP } from './attributions.js';
import { isMainVerb, toSpan } from './source-mention.js';
import { HAVE_FORMS } from '../lexicon/function-words.js';

/** The first main verb outside quotes of each sentence, computed once per sentence (quotes are per document). */
const mainVerbs = new WeakMap<Token[], number>();

/** The verbs inside another quote are the quoted speaker's ("“You can't …,” Rubio said on “This Week.”"). */
function mainVerbOutsideQuotes(tokens: Token[], topLevel: readonly Quote[]): number {
  let found = mainVerbs.get(tokens);
  if (found === undefined) {
    found = tokens.findIndex((t, i) => isMainVerb(tokens, i) && containing(topLevel, t.start) === undefined);
    mainVerbs.set(tokens, found);
  }
  return found;
}

/**
 * For a quote no cue claims: the subject of its sentence's main verb, when that verb comes before the quote
 * and the subject names someone ("Sen. Marco Rubio called the statement “offensive”"). The verb is the cue.
 */
export function sentenceSubjectAttribution(
  text: string,
  sentence: Sentence,
  quote: Quote,
  topLevel: readonly Quote[],
): Attribution | null {
  const tokens = sentence.tokens;
  const verb = mainVerbOutsideQuotes(tokens, topLevel);
  if (verb <= 0 || tokens[verb].start >= quote.open) return null;
  const subject = subjectBefore(tokens, verb);
  if (!subject) return null;
  const head = tokens[subject.last];
  const names = /^\p{Lu}/u.test(head.text) || ['he', 'she', 'they'].includes(head.normal);
  // "The headline reads: “…”": a colon introducing the quote makes any noun subject its source.
  const introduced =
    lastNonSpaceChar(text, sentence.start, quote.open) === ':' && head.tags.has('Noun') && !head.tags.has('Pronoun');
  if (!names && !introduced) return null;
  // "has rolled out": compromise may leave the auxiliary untagged; the cue is the verb after it, with its auxiliaries.
  const cueVerb =
    HAVE_FORMS.has(tokens[verb].normal) && tokens[verb + 1]?.tags.has('PastTense') && !breaksBetween(tokens, verb)
      ? verb + 1
      : verb;
  const { start, end, lastToken } = cueSpan(text, tokens, cueVerb);
  const cue: Cue = {
    start,
    end: Math.min(end, quote.open),
    text: '',
    sentence: sentence.index,
    token: cueVerb,
    lastToken,
    kind: 'verb',
    cueClass: 'speech',
    base: tokens[cueVerb].normal,
  };
  cue.text = text.slice(cue.start, cue.end);
  return { cue, mention: toSpan(tokens, subject), content: null, quotes: [quote], by: 'sentence-subject' };
}

/** `…doesn’t surprise Republican pollster Daron Shaw: “…”`: a name right before the colon that opens the quote. */
export function colonNameAttribution(text: string, sentence: Sentence, quote: Quote): Attribution | null {
  const tokens = sentence.tokens;
  const k = lastStartingAtOrBefore(tokens, quote.open);
  const token = tokens[k];
  if (!token || token.end > quote.open || !token.post.trim().startsWith(':')) return null;
  if (!token.tags.has('Person') && !token.tags.has('ProperNoun')) return null;
  const name = phraseEndingAt(tokens, k, 0);
  if (!name || !isProperMention(tokens, name)) return null;
  const colon = text.indexOf(':', token.end);
  const cue: Cue = {
    start: colon,
    end: colon + 1,
    text: ':',
    sentence: sentence.index,
    token: k,
    lastToken: k,
    kind: 'colon',
    cueClass: 'speech',
    base: ':',
  };
  return { cue, mention: toSpan(tokens, name), content: null, quotes: [quote], by: 'colon-name' };
}

/** How many tokens after a quote may hold the subject and verb of `“…,” Trump shot back`. */
const TRAILING_VERB_REACH = 6;

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
  const cue: Cue = {
    start: tokens[next].start,
    end: tokens[last].end,
    text: text.slice(tokens[next].start, tokens[last].end),
    sentence: sentence.index,
    token: next,
    lastToken: last,
    kind: 'verb',
    cueClass: 'speech',
    base: tokens[syntax.verbs[group].head].normal,
  };
  const range =
    chunk.writtenLast > chunk.last
      ? { first: chunk.first, last: chunk.last, writtenLast: chunk.writtenLast }
      : { first: chunk.first, last: chunk.last };
  return { cue, mention: toSpan(tokens, range), content: null, quotes: [quote], by: 'trailing-inverted-verb' };
}

/** `“…,” Trump shot back.`: right after the quote, a subject and any finite verb; the verb is the cue. */
export function trailingVerbAttribution(text: string, sentence: Sentence, quote: Quote): Attribution | null {
  const tokens = sentence.tokens;
  const next = firstStartingAtOrAfter(tokens, (quote.close ?? quote.end) + 1);
  if (
    next >= tokens.length ||
    tokens[next].start - (quote.close ?? quote.end) > MAX_QUOTE_GAP ||
    !GAP_AFTER_QUOTE.test(text.slice((quote.close ?? quote.end) + 1, tokens[next].start - tokens[next].pre.length))
  )
    return null;
  // `“Fox and Friends.” “I mean …”`: words that open another quote are no attribution.
  if (/[“"‘]/.test(tokens[next].pre)) return null;
  for (let k = next + 1; k < Math.min(tokens.length, next + TRAILING_VERB_REACH); k++) {
    const t = tokens[k];
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Auxiliary')) continue;
    const subject = subjectBefore(tokens, k, next);
    if (!subject || subject.first !== next) return null;
    // "shot back", "fired back", "chimed in", "went on": the particle belongs to the cue.
    const span = cueSpan(text, tokens, k);
    const last =
      span.lastToken === k &&
      ['back', 'in', 'out', 'up', 'on'].includes(tokens[k + 1]?.normal ?? '') &&
      !breaksBetween(tokens, k)
        ? k + 1
        : span.lastToken;
    const end = last === span.lastToken ? span.end : tokens[last].end;
    const cue: Cue = {
      start: span.start,
      end,
      text: text.slice(span.start, end),
      sentence: sentence.index,
      token: k,
      lastToken: last,
      kind: 'verb',
      cueClass: 'speech',
      base: t.normal,
    };
    return { cue, mention: toSpan(tokens, subject), content: null, quotes: [quote], by: 'trailing-verb' };
  }
  return null;
}
