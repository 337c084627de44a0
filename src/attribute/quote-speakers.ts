/**
 * Speakers of quotes. An ordered list of sieves, each a small named rule; the first that decides wins
 * and is recorded in the claim's `by`:
 *   adjacent         `“…,” Jeffrey said` / `Jeffrey said: “…”` (found while attributing cues)
 *   words-frame      `As Dana Lee put it, “…”`, `in the Gazette’s words, “…”`: the frame names the speaker
 *   outer-according-to `“…,” Sanders said, according to CNN`: an adjacent quote inside a trailing "according to"
 *   signed-name      `“…” ― Pamela Ruiz`: a quote signed with a dash and a name ending the line
 *   lead-in          a paragraph-opening quote after "…Cruz continued:" belongs to that speaker
 *   inside-reported  a quote inside a reported claim's content belongs to that claim's source
 *   trailing-verb    `“…,” Trump shot back`: a subject and any verb right after the quote
 *   next-sentence-verb `“….” Hale said as he left.`: the next sentence, a subject and a verb of saying only
 *                    (after a question or exclamation any verb ending its clause: `“…?” Hale pressed.`)
 *   colon-name       `pollster Daron Shaw: “…”`: the name right before the opening colon
 *   sentence-subject a quote inside a sentence belongs to the subject of the verb before it
 *   twin             a quote repeated verbatim elsewhere (a pull-quote) takes its attributed twin's speaker
 *   same-sentence    a cue with a source in the quote's sentence (`the mayor called the plan a “disgrace,” and …`)
 *   same-paragraph   another attributed quote in the paragraph (`“X,” Jeffrey said. “Y.”`)
 *   previous-sentence a quote standing as a sentence after a reported attribution (`Lynch announced X. “Y.”`)
 *   continued-turn   a paragraph that opens with a quote continues the previous paragraph's speaker
 *   noun-subject     last resort: a quote inside a sentence belongs to the subject (any noun) of the verb before it
 * Each sieve is a pass over the undecided quotes in text order, with indexes built once per pass, so the
 * whole stage stays linear in the number of quotes.
 */
import type { DocumentContext } from './context.js';
import { cueOver, type Cue } from '../detect/cues.js';
import type { Quote } from '../detect/quotes.js';
import type { Attribution } from './attributions.js';
import {
  colonNameAttribution,
  invertedVerbAttribution,
  nextSentenceVerbAttribution,
  previousSentenceVerbAttribution,
  sentenceSubjectAttribution,
  trailingVerbAttribution,
  wordsFrameAttribution,
} from './quote-lead-ins.js';
import { capitalisedWords } from '../syntax/quote-frames.js';
import type { SentenceSyntax } from '../syntax/types.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import type { Sentence } from '../segment/sentences.js';
import { containing, firstStartingAtOrAfter, lastNonSpaceChar, lastStartingAtOrBefore } from '../segment/locate.js';

/** A quote with the attribution that gives its speaker (null when no sieve decided). */
export interface QuoteAttribution {
  quote: Quote;
  attribution: Attribution | null;
  by: string | null;
  /** What the sieve that decided says about how its cue binds the quote (from the sieve table, not from `by`). */
  binding: QuoteBinding;
  /** Decided as a repeat of a quote attributed elsewhere (a pull-quote): it lends its speaker to no neighbour. */
  repeat?: boolean;
}

/**
 * How the attribution a sieve finds is bound to its quote; later stages read these, never the sieve's name.
 */
export interface QuoteBinding {
  /** The cue stands in the quote's own sentence (or leads into it): it attributes even a one-word quote. */
  cueInSentence: boolean;
  /** The cue stands right next to the quote: only then may a quoted Title Case name be attributed. */
  nextToQuote: boolean;
  /** The cue is whatever main verb precedes the quote: it binds only when that verb is a cue word. */
  anyVerb: boolean;
  /** The cue's own attribution took the quote (`“…,” Jeffrey said`, `Jeffrey said: “…”`). */
  adjacent: boolean;
  /** A last-resort guess: the quote is settled (claim or not) as though no sieve had decided it. */
  lastResort?: boolean;
}

/** The binding of a quote no sieve decided, or of a sieve whose cue may stand anywhere in the paragraph. */
export const UNBOUND: QuoteBinding = { cueInSentence: false, nextToQuote: false, anyVerb: false, adjacent: false };
const IN_SENTENCE: QuoteBinding = { ...UNBOUND, cueInSentence: true };
const NEXT_TO_QUOTE: QuoteBinding = { ...IN_SENTENCE, nextToQuote: true };

/** Shortest quote text, in characters, that may be matched to a twin: shorter ones repeat by chance. */
const MIN_TWIN_LENGTH = 20;
/** How many quotes per document may look for a twin: pull-quotes are few, and each look reads every attributed quote. */
const MAX_TWIN_LOOKUPS = 20;
/** How far before a quote a reported content may start and still hold it, in characters (contents are capped shorter). */
const MAX_CONTENT_REACH = 2000;

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface SieveContext {
  text: string;
  decided: Map<Quote, QuoteAttribution>;
  attributions: Attribution[];
  /** Reported attributions (with content), sorted by content start, and their contents. */
  reported: Attribution[];
  contents: { start: number; end: number }[];
  /** Where the cues start whose reported content follows them ("…, claiming he had …"): they speak no quote before them. */
  reportingAhead: Set<number>;
  paragraphOf: (offset: number) => number;
  paragraphStart: (index: number) => number;
  sentences: Sentence[];
  /** The syntax of each sentence, by sentence index. */
  syntax: SentenceSyntax[];
  /** The top-level quotes, sorted. */
  topLevel: Quote[];
  /** The cue verb table (word form -> base and class). */
  verbs: Map<string, CueVerbEntry>;
}

/** A pass decides what it can among the undecided quotes (in text order) by calling `decide`. */
type Pass = (
  undecided: Quote[],
  context: SieveContext,
  decide: (quote: Quote, attribution: Attribution) => void,
) => void;

/** A pass that asks one question per quote. */
const perQuote =
  (sieve: (quote: Quote, context: SieveContext) => Attribution | null): Pass =>
  (undecided, context, decide) => {
    for (const quote of undecided) {
      const attribution = sieve(quote, context);
      if (attribution) decide(quote, attribution);
    }
  };

/** The last attribution whose cue lies in each paragraph. */
function lastAttributionByParagraph(
  context: SieveContext,
  accept: (a: Attribution) => boolean,
): Map<number, Attribution> {
  const last = new Map<number, Attribution>();
  for (const a of context.attributions) if (accept(a)) last.set(context.paragraphOf(a.cue.start), a);
  return last;
}

/** A quote opening a paragraph after one that ends "…Cruz continued:" belongs to that speaker. */
const leadIn: Pass = (undecided, context, decide) => {
  const last = lastAttributionByParagraph(context, () => true);
  for (const quote of undecided) {
    const paragraph = context.paragraphOf(quote.open);
    if (
      quote.open !== context.paragraphStart(paragraph) ||
      paragraph === 0 ||
      lastNonSpaceChar(context.text, 0, quote.open) !== ':'
    )
      continue;
    const attribution = last.get(paragraph - 1);
    if (attribution) decide(quote, attribution);
  }
};

/**
 * A reported claim around the quote: "According to the Military Times, commanders warned … “well in advance”"
 * gives the quote to the outer source (the earliest-starting content that holds it), who is the one quoted.
 */
const insideReported = perQuote((quote, { reported, contents }) => {
  let best: Attribution | null = null;
  for (let i = lastStartingAtOrBefore(contents, quote.start); i >= 0; i--) {
    const content = reported[i].content!;
    if (content.start < quote.start - MAX_CONTENT_REACH) break;
    if (quote.end <= content.end && (!best || content.start <= best.content!.start)) best = reported[i];
  }
  return best;
});

/** `“…,” Trump shot back.`: a quote followed by a subject and any verb in its sentence. */
const trailingVerb = perQuote((quote, { text, sentences, syntax, verbs, reportingAhead }) => {
  if (quote.close === null) return null;
  const sentence = containing(sentences, quote.close);
  const found = sentence ? trailingVerbAttribution(text, sentence, syntax[sentence.index], quote, verbs) : null;
  // "Ruiz admitted they had “spoken a few times,” she claimed they never met": a verb that reports the clause
  // after it is no attribution of the quote before it.
  return found && !reportingAhead.has(found.cue.start) ? found : null;
});

/** "“…” Tom Hale said as he opened the session.": a sentence of subject and verb of saying right after the quote. */
const nextSentenceVerb = perQuote((quote, { text, sentences, syntax, verbs, paragraphOf }) => {
  if (quote.close === null) return null;
  const sentence = containing(sentences, quote.close);
  const next = sentence ? sentences[sentence.index + 1] : undefined;
  if (!sentence || !next || paragraphOf(next.start) !== paragraphOf(quote.close)) return null;
  // Only a quote that closes its sentence: no word of that sentence after it.
  if (sentence.tokens.some((t) => t.start > quote.close!)) return null;
  return nextSentenceVerbAttribution(text, quote, next, syntax[next.index], verbs);
});

/** "Ortiz told reporters. “We will not close the ward.”": the sentence before announces a quote that opens its own. */
const previousSentenceVerb = perQuote((quote, { text, sentences, syntax, verbs, paragraphOf }) => {
  const sentence = containing(sentences, quote.open);
  const previous = sentence ? sentences[sentence.index - 1] : undefined;
  if (!sentence || !previous || paragraphOf(previous.start) !== paragraphOf(quote.open)) return null;
  if (lastNonSpaceChar(text, sentence.start, quote.open) !== undefined) return null;
  return previousSentenceVerbAttribution(text, quote, previous, syntax[previous.index], verbs);
});

/** "“Sit down,” snapped Ivo Rask.": a verb right after the quote whose subject follows it. */
const trailingInvertedVerb = perQuote((quote, { text, sentences, syntax }) => {
  if (quote.close === null) return null;
  const sentence = containing(sentences, quote.close);
  return sentence ? invertedVerbAttribution(text, sentence, syntax[sentence.index], quote) : null;
});

/** `pollster Daron Shaw: “…”`: the name right before the colon that opens the quote. */
const colonName = perQuote((quote, { text, sentences, syntax }) => {
  const sentence = containing(sentences, quote.open);
  return sentence ? colonNameAttribution(text, sentence, syntax[sentence.index], quote) : null;
});

/** A quote inside a sentence (not opening it) belongs to the sentence's subject: "Rubio called it “outlandish.”" */
const sentenceSubject = perQuote((quote, { text, sentences, syntax, topLevel, verbs }) => {
  const sentence = containing(sentences, quote.open);
  if (!sentence) return null;
  // Only a quote with words before it in its sentence.
  return lastNonSpaceChar(text, sentence.start, quote.open) !== undefined
    ? sentenceSubjectAttribution(text, sentence, syntax[sentence.index], quote, topLevel, verbs)
    : null;
});

/**
 * "The ad targets a “corrupt system …”", "The union thanked the mayor for “…”": a quote inside a sentence that no
 * other sieve placed belongs to the subject of the verb a few words before it even when that subject is no name. The
 * guess leaves the quote's standing (claim, scare quote or name) as it was with no speaker.
 */
const nounSubject = perQuote((quote, { text, sentences, syntax, topLevel, verbs }) => {
  const sentence = containing(sentences, quote.open);
  if (!sentence) return null;
  return lastNonSpaceChar(text, sentence.start, quote.open) !== undefined
    ? sentenceSubjectAttribution(text, sentence, syntax[sentence.index], quote, topLevel, verbs, true)
    : null;
});

/** A pull-quote repeats (part of) an attributed quote; a long quote that merely contains a short one is no twin. */
const twin: Pass = (undecided, { text, decided }, decide) => {
  const attributed = [...decided.values()].filter((d) => d.attribution !== null);
  if (attributed.length === 0) return;
  // One string of every attributed quote, normalised once; a lookup is one indexOf.
  const starts: { start: number; item: QuoteAttribution }[] = [];
  let haystack = '';
  for (const item of attributed) {
    starts.push({ start: haystack.length, item });
    haystack += `${normalise(text.slice(item.quote.start, item.quote.end))}\u0000`;
  }
  let lookups = 0;
  for (const quote of undecided) {
    if (quote.end - quote.start < MIN_TWIN_LENGTH) continue;
    const own = normalise(text.slice(quote.start, quote.end));
    if (own.length < MIN_TWIN_LENGTH || ++lookups > MAX_TWIN_LOOKUPS) continue;
    for (let at = haystack.indexOf(own); at >= 0; at = haystack.indexOf(own, at + 1)) {
      const item = starts[lastStartingAtOrBefore(starts, at)].item;
      if (item.quote !== quote && item.attribution) {
        decide(quote, item.attribution);
        break;
      }
    }
  }
};

/**
 * "Will described Trump as a “caricature of democracy,” and the prince called for him to quit": a quote no
 * earlier sieve placed belongs to the attribution with a source whose cue stands in the quote's own sentence
 * (outside the quote): the last cue before the quote, else the first after it.
 */
const sameSentence: Pass = (undecided, { attributions, sentences }, decide) => {
  const bySentence = new Map<number, Attribution[]>();
  for (const a of attributions) {
    if (!a.mention) continue;
    const list = bySentence.get(a.cue.sentence) ?? [];
    list.push(a);
    bySentence.set(a.cue.sentence, list);
  }
  // A sentence's cues do not overlap: sorted by start, they are sorted by end too.
  const cuesOf = new Map<number, Cue[]>();
  for (const [index, list] of bySentence) {
    list.sort((a, b) => a.cue.start - b.cue.start);
    cuesOf.set(
      index,
      list.map((a) => a.cue),
    );
  }
  for (const quote of undecided) {
    const sentence = containing(sentences, quote.open);
    if (!sentence) continue;
    const inSentence = bySentence.get(sentence.index) ?? [];
    const cues = cuesOf.get(sentence.index) ?? [];
    // The last cue before the quote, else the first after it.
    let before = lastStartingAtOrBefore(cues, quote.open);
    while (before >= 0 && cues[before].end > quote.open) before--;
    const chosen = before >= 0 ? inSentence[before] : inSentence[firstStartingAtOrAfter(cues, quote.end)];
    if (chosen) decide(quote, chosen);
  }
};

/** The nearest attributed quote before this one in its paragraph, else the nearest after it (decided earlier). */
const sameParagraph: Pass = (undecided, { decided, paragraphOf }, decide) => {
  const all = [...decided.values()].sort((a, b) => a.quote.open - b.quote.open);
  // Right to left: the next quote attributed by an earlier sieve, in the same paragraph.
  const nextAttributed = new Map<Quote, Attribution>();
  let next: QuoteAttribution | null = null;
  for (let i = all.length - 1; i >= 0; i--) {
    const item = all[i];
    if (next && paragraphOf(next.quote.open) === paragraphOf(item.quote.open))
      nextAttributed.set(item.quote, next.attribution as Attribution);
    if (item.attribution && !item.repeat) next = item;
  }
  const pending = new Set(undecided);
  let previous: QuoteAttribution | null = null;
  for (const item of all) {
    if (pending.has(item.quote)) {
      const before: Attribution | null =
        previous && paragraphOf(previous.quote.open) === paragraphOf(item.quote.open) ? previous.attribution : null;
      const attribution: Attribution | null = before ?? nextAttributed.get(item.quote) ?? null;
      if (attribution) {
        decide(item.quote, attribution);
        previous = { quote: item.quote, attribution, by: 'same-paragraph', binding: UNBOUND };
      }
    } else if (item.attribution && !item.repeat) previous = item;
  }
};

/**
 * "Lynch announced the lawsuit on Monday. “We are seeking a court order.”": a quote that is a sentence of its
 * own, in a paragraph with no attributed quote, belongs to the nearest reported attribution before it there.
 */
const previousSentence: Pass = (undecided, context, decide) => {
  const { text, sentences } = context;
  const reportedBySentence = new Map<number, Attribution>();
  for (const a of context.reported) reportedBySentence.set(a.cue.sentence, a);
  for (const quote of undecided) {
    const sentence = containing(sentences, quote.open);
    if (!sentence || lastNonSpaceChar(text, sentence.start, quote.open) !== undefined) continue;
    let attribution: Attribution | undefined;
    for (let k = sentence.index - 1; k >= 0 && sentences[k].paragraph === sentence.paragraph && !attribution; k--)
      attribution = reportedBySentence.get(k);
    if (attribution) decide(quote, attribution);
  }
};

/** A paragraph that opens with a quote continues the previous paragraph's last speaker (of a quote or a reported claim). */
const continuedTurn: Pass = (undecided, context, decide) => {
  const { decided, paragraphOf, paragraphStart } = context;
  const lastSpeaker = new Map<number, { at: number; attribution: Attribution }>();
  const note = (paragraph: number, at: number, attribution: Attribution) => {
    const known = lastSpeaker.get(paragraph);
    if (!known || at > known.at) lastSpeaker.set(paragraph, { at, attribution });
  };
  for (const item of decided.values())
    if (item.attribution) note(paragraphOf(item.quote.open), item.quote.open, item.attribution);
  for (const a of context.attributions) if (a.content) note(paragraphOf(a.cue.start), a.cue.start, a);
  // In text order, so a turn goes on over several paragraphs.
  for (const quote of undecided) {
    const paragraph = paragraphOf(quote.open);
    if (quote.open !== paragraphStart(paragraph) || paragraph === 0) continue;
    const previous = lastSpeaker.get(paragraph - 1);
    if (!previous) continue;
    decide(quote, previous.attribution);
    note(paragraph, quote.open, previous.attribution);
  }
};

/** Most characters of a name signed after a dash. */
const MAX_SIGNED_NAME = 60;
/** `” ― Pamela Ruiz` ending its line: a dash, then up to MAX_SIGNED_NAME characters of one line, an optional stop. */
const SIGNED_NAME = /^[ \t]*[―—–][ \t]*([^\n―—–“”"]{1,60}?)[ \t.]*(?:\r?\n|$)/;

/**
 * "“We deserve better.” ― Pamela Ruiz": a quote signed with a dash and a name that ends the line (readers'
 * comments, epigraphs) belongs to that name; the dash is the cue. Every word of the name is capitalised.
 */
const signedName = perQuote((quote, { text, sentences, syntax }) => {
  if (quote.close === null) return null;
  const after = text.slice(quote.close + 1, quote.close + 1 + MAX_SIGNED_NAME + 8);
  const match = SIGNED_NAME.exec(after);
  if (!match) return null;
  const nameStart = quote.close + 1 + match[0].indexOf(match[1], match[0].search(/[―—–]/) + 1);
  const nameEnd = nameStart + match[1].length;
  const sentence = containing(sentences, nameStart);
  if (!sentence) return null;
  const name = capitalisedWords(syntax[sentence.index], nameStart, nameEnd);
  if (!name) return null;
  const { first, last } = name;
  const words = sentence.tokens.slice(first, last + 1);
  const dash = quote.close + 1 + match[0].search(/[―—–]/);
  const cue = cueOver(
    text,
    sentence,
    { start: dash, end: dash + 1, token: first, lastToken: first },
    { kind: 'according-to', cueClass: 'speech', base: 'dash' },
  );
  const end = words[words.length - 1].end;
  return {
    cue,
    mention: { start: words[0].start, end, tokens: words },
    content: null,
    quotes: [quote],
    by: 'signed-name',
  };
});

/**
 * "“I ask you not to protest,” Sanders said, according to CNN.": a quote whose own attribution (`adjacent`) stands
 * inside what a trailing "according to" reports belongs to that outer source, as the attributions inside it do
 * (`nestedAttributions` in src/assemble/claims.ts); PolNeAR's annotators give such quotes the outer source.
 */
const outerAccordingTo: Pass = (_undecided, { decided, reported, contents }, decide) => {
  for (const item of decided.values()) {
    const own = item.attribution;
    if (item.by !== 'adjacent' || !own || own.content !== null || own.cue.kind === 'according-to') continue;
    const { quote } = item;
    const start = Math.min(quote.open, own.cue.start);
    const end = Math.max(quote.end, own.cue.end);
    for (let i = lastStartingAtOrBefore(contents, start); i >= 0; i--) {
      const outer = reported[i];
      if (outer.content!.start < start - MAX_CONTENT_REACH) break;
      if (outer.cue.kind !== 'according-to' || outer.cue.start < end || outer.content!.end < end) continue;
      if (outer.mention && outer.cue.sentence === own.cue.sentence) {
        decide(quote, { ...outer, content: null, quotes: [quote] });
        break;
      }
    }
  }
};

/**
 * "As Dana Lee put it, “…”", "in Forbes’ words, “…”": a frame right before the quote that names whose words they
 * are gives the quote that speaker, before any other cue of the sentence (an `adjacent` one too, unless its own cue
 * stands between the frame and the quote).
 */
const wordsFrame: Pass = (_undecided, { text, sentences, syntax, decided }, decide) => {
  for (const item of decided.values()) {
    const { quote } = item;
    const sentence = containing(sentences, quote.open);
    if (!sentence || (item.attribution && item.by !== 'adjacent')) continue;
    const attribution = wordsFrameAttribution(text, sentence, syntax[sentence.index], quote);
    if (!attribution) continue;
    const own = item.attribution?.cue;
    if (own && own.start >= attribution.cue.end && own.end <= quote.open) continue;
    decide(quote, attribution);
  }
};

/**
 * "Pollsters agree - Dana Reyes: “…”": a name right before the colon that opens the quote, set off by a dash from an
 * earlier cue that took the quote as `adjacent`, is the one quoted (a digest line: claim, dash, source, colon). The
 * dash stands right before the name.
 */
const dashedColonName: Pass = (_undecided, { text, sentences, syntax, decided }, decide) => {
  for (const item of decided.values()) {
    const { quote } = item;
    const own = item.attribution;
    if (item.by !== 'adjacent' || !own || own.cue.end > quote.open) continue;
    const sentence = containing(sentences, quote.open);
    if (!sentence) continue;
    const attribution = colonNameAttribution(text, sentence, syntax[sentence.index], quote);
    if (!attribution?.mention || attribution.mention.start < own.cue.end) continue;
    // The name opens right after the dash: "said - to cheers from Dana Reyes: “…”" keeps the cue's speaker.
    if (/\s[-–—―]\s+$/.test(text.slice(own.cue.end, attribution.mention.start))) decide(quote, attribution);
  }
};

/** The sieves after `adjacent`, in order, each with how its attribution binds the quote. */
const SIEVES: [string, Pass, QuoteBinding][] = [
  ['signed-name', signedName, IN_SENTENCE],
  ['lead-in', leadIn, NEXT_TO_QUOTE],
  ['inside-reported', insideReported, IN_SENTENCE],
  ['trailing-verb', trailingVerb, NEXT_TO_QUOTE],
  ['next-sentence-verb', nextSentenceVerb, NEXT_TO_QUOTE],
  ['trailing-inverted-verb', trailingInvertedVerb, UNBOUND],
  ['colon-name', colonName, NEXT_TO_QUOTE],
  ['sentence-subject', sentenceSubject, { ...UNBOUND, anyVerb: true }],
  ['twin', twin, UNBOUND],
  ['same-sentence', sameSentence, IN_SENTENCE],
  ['previous-sentence-verb', previousSentenceVerb, UNBOUND],
  ['same-paragraph', sameParagraph, UNBOUND],
  ['previous-sentence', previousSentence, UNBOUND],
  ['continued-turn', continuedTurn, UNBOUND],
  ['noun-subject', nounSubject, { ...UNBOUND, lastResort: true }],
];
/** How the attribution found while attributing cues binds a quote next to its cue. */
const ADJACENT: QuoteBinding = { ...NEXT_TO_QUOTE, adjacent: true };

/** Give every top-level quote its attribution. */
export function attributeQuotes(document: DocumentContext, attributions: Attribution[]): QuoteAttribution[] {
  const { text, sentences, paragraphOf, paragraphStart, topLevel } = document;
  const decided = new Map<Quote, QuoteAttribution>();
  const adjacent = new Map<Quote, Attribution>();
  for (const a of attributions) for (const q of a.quotes) if (!adjacent.has(q)) adjacent.set(q, a);
  for (const quote of topLevel) {
    const attribution = adjacent.get(quote) ?? null;
    decided.set(
      quote,
      attribution
        ? { quote, attribution, by: 'adjacent', binding: ADJACENT }
        : { quote, attribution, by: null, binding: UNBOUND },
    );
  }
  const reported = attributions.filter((a) => a.content !== null).sort((a, b) => a.content!.start - b.content!.start);
  const contents = reported.map((a) => a.content!);
  const context: SieveContext = {
    text,
    decided,
    attributions,
    reported,
    contents,
    reportingAhead: new Set(reported.filter((a) => a.content!.start > a.cue.end).map((a) => a.cue.start)),
    paragraphOf,
    paragraphStart,
    sentences,
    syntax: document.syntax,
    topLevel,
    verbs: document.verbs,
  };
  wordsFrame([], context, (quote, attribution) =>
    decided.set(quote, { quote, attribution, by: 'words-frame', binding: NEXT_TO_QUOTE }),
  );
  dashedColonName([], context, (quote, attribution) =>
    decided.set(quote, { quote, attribution, by: 'colon-name', binding: NEXT_TO_QUOTE }),
  );
  outerAccordingTo([], context, (quote, attribution) =>
    decided.set(quote, { quote, attribution, by: 'outer-according-to', binding: ADJACENT }),
  );
  for (const [name, pass, binding] of SIEVES) {
    const undecided = topLevel.filter((q) => !decided.get(q)?.attribution);
    if (undecided.length === 0) break;
    const repeat = pass === twin;
    pass(undecided, context, (quote, attribution) =>
      decided.set(quote, { quote, attribution, by: name, binding, repeat }),
    );
  }
  return topLevel.map((quote) => decided.get(quote) as QuoteAttribution);
}
