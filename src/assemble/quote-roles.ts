/**
 * Which quotes are claims. A quote that names something (a group, a section of a site, a film, a nickname), a
 * title of a work, or a scare quote that no one is said to have said is no claim: it is listed as a neutral
 * quote. A short quote that a cue attributes stays a partial quote of that speaker, and a possessive right
 * before a short quote names who said it ("the mayor's “summer of gridlock”"). Quotes inside page furniture
 * (teasers, captions, footers) are neither.
 */
import type { NeutralQuote, Zone } from '../types.js';
import type { Attribution, MentionSpan } from '../attribute/attributions.js';
import { UNBOUND, type QuoteAttribution } from '../attribute/quote-speakers.js';
import { cueOver } from '../detect/cues.js';
import { MAX_SCARE_WORDS, possessiveBefore, readQuote, type Quote } from '../detect/quotes.js';
import { possessorEndingAt } from '../syntax/mention-phrase.js';
import type { SentenceSyntax } from '../syntax/types.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import type { Sentence } from '../segment/sentences.js';
import { containing, lastStartingAtOrBefore } from '../segment/locate.js';
import { isFurniture, zoneAt } from '../segment/zones.js';

/**
 * Most words of a lowercase quote that only a speaker elsewhere in the paragraph (no cue in its sentence) would
 * claim, read as the writer's scare quote ("self-medicating with “nerve pills”"); longer ones are the speaker's.
 */
const MAX_UNCUED_SCARE_WORDS = 2;

/** What may stand between a cue and the quote it introduces directly ("said “Yes”", "replied, “Never Again”"). */
const DIRECT_GAP = /^[\s,:—–-]*(?:that\s*)?$/;

/**
 * What stands between two quotes of a list of quoted words on one line ("grapple," "optics" and "eschew"): a comma
 * (inside the first quote or after it), or "and"/"or".
 */
const LIST_GAP = /^[ \t]*(?:[,;][ \t]*|(?:and|or)[ \t]+|[,;][ \t]*(?:and|or)[ \t]+)$/;
/** Most words of one item of a list of quoted words. */
const MAX_LIST_ITEM_WORDS = 6;

/** Whether a quote stands in a list of quotes: the quote before or after it is separated from it by a comma or "and". */
function inList(text: string, items: readonly QuoteAttribution[], i: number): boolean {
  const quote = items[i].quote;
  const words = text.slice(quote.start, quote.end).split(/\s+/).filter(Boolean).length;
  if (words > MAX_LIST_ITEM_WORDS || quote.close === null) return false;
  const before = items[i - 1]?.quote;
  const after = items[i + 1]?.quote;
  const gap = (from: number, to: number) => {
    const between = text.slice(from, to);
    if (to - from >= 12 || /[\r\n]/.test(between)) return false;
    // The comma may stand inside the first quote ("grapple," "optics").
    return LIST_GAP.test(between) || (/,\s*$/.test(text.slice(from - 3, from - 1)) && /^[ \t]*$/.test(between));
  };
  return (
    (before !== undefined && before.close !== null && gap(before.close + 1, quote.open)) ||
    (after !== undefined && gap(quote.close + 1, after.open))
  );
}

/** Whether the cue of an attribution stands right next to the quote, before it or after the quote's own end. */
function cueNextTo(text: string, quote: Quote, attribution: Attribution): boolean {
  const { cue } = attribution;
  if (cue.end <= quote.open) return DIRECT_GAP.test(text.slice(cue.end, quote.open));
  // After the quote, its words end with the comma or stop that hands over to the speaker: `“Never Again,” he said`
  // (in `“Make It Great” hats mocking …` the quote is a modifier).
  return cue.start >= quote.end && /[,.!?…]$/.test(text.slice(quote.start, quote.end).trim());
}

/**
 * Whether a quote is a few words (at most MAX_SCARE_WORDS) starting lowercase, with no sentence break inside,
 * standing inside its sentence after other words: a phrase of the writer's, not a sentence someone said.
 */
function unsaidShortQuote(text: string, quote: Quote, sentence: Sentence, most = MAX_SCARE_WORDS): boolean {
  const own = text.slice(quote.start, quote.end);
  const words = own.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > most || /[.!?…]["”’']?\s+\S/u.test(own)) return false;
  if (!/^[^\p{L}\p{N}]*\p{Ll}/u.test(words[0])) return false;
  return /[\p{L}\p{N}]/u.test(text.slice(sentence.start, quote.open));
}

/** Whether an attribution's cue is a speech, belief or evidence verb (not any main verb of the sentence). */
function isCueWord(attribution: Attribution, verbs: Map<string, CueVerbEntry>): boolean {
  const words = attribution.cue.text.toLowerCase().split(/\s+/);
  return words.some((w) => verbs.has(w));
}

/** "the mayor's “…”": the possessor as the quote's source, the possessive as its cue; null when no phrase ends there. */
function possessiveAttribution(
  text: string,
  quote: Quote,
  sentence: Sentence,
  syntax: SentenceSyntax,
): Attribution | null {
  const apostrophe = possessiveBefore(text, quote);
  if (apostrophe === null) return null;
  const tokens = sentence.tokens;
  const last = lastStartingAtOrBefore(tokens, apostrophe - 1);
  if (last < 0 || tokens[last].end < apostrophe) return null;
  const range = possessorEndingAt(syntax, last);
  if (!range) return null;
  // The possessor's last word without its possessive ending: "mayor’s" names the mayor.
  const head = tokens[last];
  const bare = text.slice(head.start, apostrophe);
  const mention: MentionSpan = {
    start: tokens[range.first].start,
    end: apostrophe,
    tokens: [
      ...tokens.slice(range.first, last),
      { ...head, text: bare, normal: bare.toLowerCase(), end: apostrophe, post: '' },
    ],
  };
  const markerEnd = /['’]s/.test(text.slice(apostrophe, apostrophe + 2)) ? apostrophe + 2 : apostrophe + 1;
  const cue = cueOver(
    text,
    sentence,
    { start: apostrophe, end: markerEnd, token: last, lastToken: last },
    { kind: 'according-to', cueClass: 'speech', base: 'possessive' },
  );
  return { cue, mention, content: null, quotes: [quote], by: 'possessive' };
}

/**
 * Whether "so-called" stands right before a quote's opening mark ('the so-called "summer of gridlock"'): the
 * tagger gives it as one token or as "so" and "called" joined by a hyphen.
 */
function soCalledBefore(sentence: Sentence, quote: Quote): boolean {
  const tokens = sentence.tokens;
  const last = lastStartingAtOrBefore(tokens, quote.open - 1);
  if (last < 0 || tokens[last].end > quote.open) return false;
  const word = tokens[last];
  if (word.normal === 'so-called') return true;
  const before = tokens[last - 1];
  return (
    word.normal === 'called' &&
    before !== undefined &&
    before.normal === 'so' &&
    before.post === '-' &&
    word.pre === '' &&
    !/[^\s"“‘']/.test(word.post)
  );
}

/** Split the quotes into claims (with their attributions) and neutral quotes. */
export function settleQuotes(
  text: string,
  items: QuoteAttribution[],
  sentences: Sentence[],
  syntax: readonly SentenceSyntax[],
  verbs: Map<string, CueVerbEntry>,
  zones: readonly Zone[],
): { items: QuoteAttribution[]; neutral: NeutralQuote[] } {
  const kept: QuoteAttribution[] = [];
  const neutral: NeutralQuote[] = [];
  const asNeutral = (quote: Quote, kind: NeutralQuote['kind']) =>
    neutral.push({ text: text.slice(quote.start, quote.end), start: quote.start, end: quote.end, kind });
  for (const [i, item] of items.entries()) {
    const { quote, binding } = item;
    // A last-resort speaker leaves the quote to be settled as one no sieve decided.
    const attribution = binding.lastResort ? null : item.attribution;
    const zone = zoneAt(zones, quote.open);
    if (isFurniture(zone)) continue;
    // A quote in a headline or subhead that no cue there attributes (a pull-quote of a later quote, a slogan) is
    // no claim: the headline states nothing on its own.
    if (zone?.kind === 'headline' && !(attribution && binding.cueInSentence)) continue;
    // A quote inside its own source's mention names that source ('according to the “Medicare for all” document').
    const mention = item.attribution?.mention;
    if (mention && mention.start <= quote.open && quote.close !== null && quote.close < mention.end) {
      asNeutral(quote, 'name');
      continue;
    }
    const cued = attribution !== null && (binding.cueInSentence || (binding.anyVerb && isCueWord(attribution, verbs)));
    // A list of quoted words ('"grapple," "optics" and "eschew"') names words; no one is said to say them.
    if (!cued && inList(text, items, i)) {
      asNeutral(quote, 'name');
      continue;
    }
    const sentence = containing(sentences, quote.open);
    const reading = sentence ? readQuote(text, quote, sentence.start) : null;
    // In a headline every word is capitalised and words are cut short: only naming words tell a name there.
    if (!sentence || !reading || (zone?.kind === 'headline' && reading.kind !== 'naming')) {
      // A few lowercase words inside a sentence that no sieve gives to anyone ('grants for “shovel-ready” projects'),
      // or only a speaker elsewhere in the paragraph with no cue in their sentence ('self-medicating with “nerve
      // pills”'), are the writer's scare quote, not a claim.
      const most = attribution === null ? MAX_SCARE_WORDS : MAX_UNCUED_SCARE_WORDS;
      const unbound = attribution === null || (!cued && !binding.anyVerb);
      if (unbound && sentence && zone?.kind !== 'headline' && unsaidShortQuote(text, quote, sentence, most))
        asNeutral(quote, 'scare');
      else kept.push(item);
      continue;
    }
    if (reading.kind === 'naming') {
      const soCalled = soCalledBefore(sentence, quote);
      asNeutral(quote, soCalled && !reading.title ? 'scare' : 'name');
      continue;
    }
    if (reading.kind === 'title') {
      // 'said “Never Again”' is said; 'proclaimed a goal of “Peace Through Strength.”' ends as a sentence of its
      // speaker's; 'on “Fox News Sunday,” Pence said' names a show.
      const next = attribution !== null && binding.nextToQuote && cueNextTo(text, quote, attribution);
      // A title after a possessive is the possessor's work ('on Fox News's “Fox and Friends.”'), and one word with
      // a stop is a name called out ('chants of "Bobby!"').
      const own = text.slice(quote.start, quote.end).trim();
      const endsSentence = /[.!?…]$/.test(own) && /\s/.test(own) && possessiveBefore(text, quote) === null;
      if (next || (cued && endsSentence)) kept.push(item);
      else asNeutral(quote, 'name');
      continue;
    }
    if (cued) {
      kept.push(item);
      continue;
    }
    const possessive = possessiveAttribution(text, quote, sentence, syntax[sentence.index]);
    if (possessive) kept.push({ quote, attribution: possessive, by: 'possessive', binding: UNBOUND });
    else asNeutral(quote, 'scare');
  }
  return { items: kept, neutral };
}
