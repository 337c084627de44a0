/**
 * Speakers of quotes. An ordered list of sieves, each a small named rule; the first that decides wins
 * and is recorded in the claim's `by`:
 *   adjacent        `“…,” Jeffrey said` / `Jeffrey said: “…”` (found while attributing cues)
 *   lead-in         a paragraph-opening quote after "…Cruz continued:" belongs to that speaker
 *   inside-reported a quote inside a reported claim's content belongs to that claim's source
 *   trailing-verb   `“…,” Trump shot back`: a subject and any verb right after the quote
 *   sentence-subject a quote inside a sentence belongs to the subject of the verb before it
 *   twin            a quote repeated verbatim elsewhere (a pull-quote) takes its attributed twin's speaker
 *   same-paragraph  another attributed quote in the paragraph (`“X,” Jeffrey said. “Y.”`)
 *   continued-turn  a paragraph that opens with a quote continues the previous paragraph's speaker
 */
import type { Quote } from '../detect/quotes.js';
import { sentenceSubjectAttribution, trailingVerbAttribution, type Attribution } from './attributions.js';
import type { Sentence } from '../segment/sentences.js';

/** A quote with the attribution that gives its speaker (null when no sieve decided). */
export interface QuoteAttribution {
  quote: Quote;
  attribution: Attribution | null;
  by: string | null;
}

/** Shortest quote text, in characters, that may be matched to a twin: shorter ones repeat by chance. */
const MIN_TWIN_LENGTH = 20;

const normalise = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

type Sieve = (quote: Quote, context: SieveContext) => Attribution | null;

interface SieveContext {
  text: string;
  decided: Map<Quote, QuoteAttribution>;
  attributions: Attribution[];
  /** Paragraph index of each attribution's cue. */
  paragraphOf: (offset: number) => number;
  /** First offset of each paragraph. */
  paragraphStart: (index: number) => number;
  sentences: Sentence[];
}

/**
 * A reported claim around the quote: "According to the Military Times, commanders warned … “well in advance”"
 * gives the quote to the outer source, who is the one being quoted (the nested-attribution rule).
 */
const insideReported: Sieve = (quote, { attributions }) =>
  attributions.find((a) => a.content !== null && a.content.start <= quote.start && quote.end <= a.content.end) ?? null;

/** `“…,” Trump shot back.`: a quote followed by a subject and any verb in its sentence. */
const trailingVerb: Sieve = (quote, { text, sentences }) => {
  if (quote.close === null) return null;
  const sentence = sentences.find((s) => s.start <= quote.close! && quote.close! < s.end);
  if (!sentence) return null;
  return trailingVerbAttribution(text, sentence, quote);
};

/** A quote opening a paragraph after one that ends "…Cruz continued:" belongs to that speaker. */
const leadIn: Sieve = (quote, { text, attributions, paragraphOf, paragraphStart }) => {
  const paragraph = paragraphOf(quote.open);
  if (quote.open !== paragraphStart(paragraph) || paragraph === 0) return null;
  const before = text.slice(0, quote.open).trimEnd();
  if (!before.endsWith(':')) return null;
  let last: Attribution | null = null;
  for (const a of attributions) if (paragraphOf(a.cue.start) === paragraph - 1 && (!last || a.cue.start > last.cue.start)) last = a;
  return last;
};

const twin: Sieve = (quote, { text, decided }) => {
  const own = normalise(text.slice(quote.start, quote.end));
  if (own.length < MIN_TWIN_LENGTH) return null;
  for (const other of decided.values()) {
    if (other.quote === quote || !other.attribution || other.by === 'twin') continue;
    const theirs = normalise(text.slice(other.quote.start, other.quote.end));
    // A pull-quote repeats (part of) the attributed quote; a long quote that merely contains a short one is no twin.
    if (theirs.includes(own)) return other.attribution;
  }
  return null;
};

const sameParagraph: Sieve = (quote, { decided, paragraphOf }) => {
  const paragraph = paragraphOf(quote.open);
  let best: QuoteAttribution | null = null;
  for (const other of decided.values()) {
    if (!other.attribution || other.quote === quote || other.by === 'twin' || paragraphOf(other.quote.open) !== paragraph) continue;
    // The nearest attributed quote before this one, else the nearest after it.
    const distance = Math.abs(other.quote.open - quote.open) + (other.quote.open > quote.open ? 1e9 : 0);
    const bestDistance = best ? Math.abs(best.quote.open - quote.open) + (best.quote.open > quote.open ? 1e9 : 0) : Infinity;
    if (distance < bestDistance) best = other;
  }
  return best?.attribution ?? null;
};

const continuedTurn: Sieve = (quote, { decided, attributions, paragraphOf, paragraphStart }) => {
  const paragraph = paragraphOf(quote.open);
  // Only a paragraph that opens with the quote continues a turn.
  if (quote.open !== paragraphStart(paragraph) || paragraph === 0) return null;
  // The last speaker of the previous paragraph: of a quote, or of a reported claim ("Reilly said the warning…").
  let last: { at: number; attribution: Attribution } | null = null;
  for (const other of decided.values()) {
    if (other.attribution && paragraphOf(other.quote.open) === paragraph - 1 && (!last || other.quote.open > last.at)) last = { at: other.quote.open, attribution: other.attribution };
  }
  for (const a of attributions) {
    if (a.content && paragraphOf(a.cue.start) === paragraph - 1 && (!last || a.cue.start > last.at)) last = { at: a.cue.start, attribution: a };
  }
  return last?.attribution ?? null;
};

/** A quote inside a sentence (not opening it) belongs to the sentence's subject: "Rubio called it “outlandish.”" */
const sentenceSubject: Sieve = (quote, { text, sentences }) => {
  const sentence = sentences.find((s) => s.start <= quote.open && quote.open < s.end);
  if (!sentence || !/\S/.test(text.slice(sentence.start, quote.open))) return null;
  return sentenceSubjectAttribution(text, sentence, quote);
};

/** The sieves after `adjacent`, in order. */
const SIEVES: [string, Sieve][] = [
  ['lead-in', leadIn],
  ['inside-reported', insideReported],
  ['trailing-verb', trailingVerb],
  ['sentence-subject', sentenceSubject],
  ['twin', twin],
  ['same-paragraph', sameParagraph],
  ['continued-turn', continuedTurn],
];

/** Give every top-level quote its attribution. */
export function attributeQuotes(text: string, quotes: Quote[], attributions: Attribution[], sentences: Sentence[], paragraphOf: (offset: number) => number, paragraphStart: (index: number) => number): QuoteAttribution[] {
  const decided = new Map<Quote, QuoteAttribution>();
  const topLevel = quotes.filter((q) => !q.nested);
  for (const quote of topLevel) {
    const adjacent = attributions.find((a) => a.quotes.includes(quote)) ?? null;
    decided.set(quote, { quote, attribution: adjacent, by: adjacent ? 'adjacent' : null });
  }
  const context: SieveContext = { text, decided, attributions, paragraphOf, paragraphStart, sentences };
  for (const [name, sieve] of SIEVES) {
    // Quotes are decided in text order, so a turn can continue over several paragraphs.
    for (const quote of topLevel) {
      const current = decided.get(quote) as QuoteAttribution;
      if (current.attribution) continue;
      const attribution = sieve(quote, context);
      if (attribution) decided.set(quote, { quote, attribution, by: name });
    }
  }
  return topLevel.map((quote) => decided.get(quote) as QuoteAttribution);
}
