/**
 * Claims: quotes and reported attributions joined with their resolved sources, plus the sentences
 * outside any attribution that state something checkable (a figure or a hedge). Sorted in text order.
 */
import type { Claim, ClaimKind, Hedge, NumberValue, Source, Span, Zone } from '../types.js';
import { containing, firstStartingAtOrAfter, lastNonSpaceChar, lastStartingAtOrBefore } from '../segment/locate.js';
import type { MentionSpan } from '../attribute/attributions.js';
import type { Attribution } from '../attribute/attributions.js';
import type { QuoteAttribution } from '../attribute/quote-speakers.js';
import type { Quote } from '../detect/quotes.js';
import type { Sentence } from '../segment/sentences.js';
import type { LineIndex } from '../segment/lines.js';
import type { SourceResolver } from '../resolve/sources.js';
import { detectNumbers } from '../detect/numbers/index.js';
import { isFigure } from '../detect/numbers/figures.js';
import { detectHedges } from '../detect/hedges.js';
import { isFurniture, zoneAt } from '../segment/zones.js';

/** A claim before numbering. */
type Draft = Omit<Claim, 'id' | 'line' | 'column' | 'text' | 'numbers' | 'hedges' | 'source'> & {
  mention: MentionSpan | null;
};

const span = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });

/**
 * Resolve a mention now (mentions are resolved in text order, so pronouns see what came before) and keep it;
 * null when it names no one ("READ MORE: …").
 */
function resolved(resolver: SourceResolver, mention: MentionSpan): MentionSpan | null {
  return resolver.resolve(mention) === null ? null : mention;
}

/** The source mention as written, when it names someone: the phrase the resolver read the source from, if it differs. */
function writtenMention(text: string, mention: MentionSpan | null, resolver: SourceResolver): Span | null {
  if (!mention) return null;
  return (
    resolver.phraseSpan(mention) ?? span(text, mention.writtenStart ?? mention.start, mention.writtenEnd ?? mention.end)
  );
}

/** Whether a content holds a letter or digit outside the quote it contains (beyond its marks). */
function wordsOutside(text: string, content: { start: number; end: number }, quote: Quote): boolean {
  const word = /[\p{L}\p{N}]/u;
  return (
    word.test(text.slice(content.start, quote.open)) ||
    word.test(text.slice(quote.close === null ? quote.end : quote.close + 1, content.end))
  );
}

/** A full quote opens its sentence or stands next to its attribution, and starts like a sentence. */
function quoteKind(text: string, item: QuoteAttribution, sentences: Sentence[]): ClaimKind {
  const { quote } = item;
  const startsLikeSentence = /^[\p{Lu}\p{N}“"‘'…([]/u.test(text.slice(quote.start, quote.start + 1));
  if (!startsLikeSentence) return 'partial-quote';
  // "“We’re extremely happy” about the ruling, said Ana Ruiz": a quote that is only part of what its attribution
  // reports is a partial quote of that claim.
  const content = item.attribution?.content;
  if (content && content.start <= quote.start && quote.end <= content.end && wordsOutside(text, content, quote))
    return 'partial-quote';
  if (item.binding.adjacent) return 'quote';
  // What stands before the opening mark in its sentence: nothing, or a colon, makes a full quote.
  const sentence = containing(sentences, quote.open);
  const before = sentence ? lastNonSpaceChar(text, sentence.start, quote.open) : undefined;
  return before === undefined || before === ':' ? 'quote' : 'partial-quote';
}

function fromQuote(text: string, item: QuoteAttribution, sentences: Sentence[], resolver: SourceResolver): Draft {
  const a = item.attribution;
  const mention = a?.mention ? resolved(resolver, a.mention) : null;
  return {
    kind: quoteKind(text, item, sentences),
    start: item.quote.start,
    end: item.quote.end,
    mention,
    sourceMention: writtenMention(text, mention, resolver),
    cue: a ? span(text, a.cue.start, a.cue.end) : null,
    by: item.by,
  };
}

/** A reported claim; a sourceless attribution ("is expected to", "reportedly") makes one whose source is null. */
function fromAttribution(text: string, a: Attribution, resolver: SourceResolver): Draft | null {
  if (!a.content || (!a.mention && !a.sourceless)) return null;
  const mention = a.mention ? resolved(resolver, a.mention) : null;
  if (mention) resolver.noteContent(mention, a.content.start);
  return {
    kind: 'reported',
    start: a.content.start,
    end: a.content.end,
    mention,
    sourceMention: writtenMention(text, mention, resolver),
    cue: span(text, a.cue.start, a.cue.end),
    by: a.by,
    // Beliefs and evidence are attributions in PolNeAR, not in the Gender Gap Tracker: the claim says which.
    ...(a.cue.cueClass === 'speech' ? {} : { cueClass: a.cue.cueClass }),
  };
}

/** Farthest a reported content reaches before a cue inside it, in characters (contents are capped shorter). */
const MAX_CONTENT_REACH = 2000;

/**
 * Attributions that stand inside what another attribution reports: "Song said Clinton had said the plan would
 * fail", "He criticized the system, which he said was rigged", "HarperCollins declined to renew the offer, according
 * to a publishing executive". The cue lies inside the other's content, so the words are part of that claim and make
 * none of their own (on PolNeAR train 397 such claims, 51 right). Not a mid-sentence "according to", which names
 * the source of the words around it ("The AP reported that, according to an analysis, 85 of the meetings …").
 */
export function nestedAttributions(attributions: readonly Attribution[]): Set<Attribution> {
  const reported = attributions
    .filter((a) => a.content !== null && (a.mention !== null || a.sourceless))
    .sort((a, b) => a.content!.start - b.content!.start);
  const contents = reported.map((a) => a.content!);
  const nested = new Set<Attribution>();
  for (const a of reported) {
    if (a.cue.kind === 'according-to') continue;
    for (let i = lastStartingAtOrBefore(contents, a.cue.start); i >= 0; i--) {
      const o = reported[i];
      if (o.content!.start < a.cue.start - MAX_CONTENT_REACH) break;
      // The cue stands inside the other's content (even where that content takes in its own cue: "…, he said, …").
      // An "according to" that opens what it reports leaves the sources inside it theirs ("According to the Gazette,
      // the mayor warned …"); a trailing one takes in the attributions before it ("… declined, according to X").
      const opening = o.cue.kind === 'according-to' && o.content!.start >= o.cue.end;
      if (o !== a && !opening && o.content!.start <= a.cue.start && a.cue.end <= o.content!.end) {
        nested.add(a);
        break;
      }
    }
  }
  return nested;
}

/** Shortest uncovered stretch of a sentence that stands as a claim of its own, in words. */
const MIN_CLAUSE_WORDS = 5;
/** Words that join an uncovered clause to the attributed one before it; trimmed from its start. */
const LEADING_JOINERS = /^(?:[\s,;:—–-]|and\b|but\b|while\b|as\b|though\b|although\b)+/i;

/** Numbers and hedges of the whole text, sorted by start. */
interface Found {
  numbers: NumberValue[];
  hedges: Hedge[];
}

/** The items lying wholly inside [start, end), found by binary search. */
function within<T extends { start: number; end: number }>(items: T[], start: number, end: number): T[] {
  const inside: T[] = [];
  for (let i = firstStartingAtOrAfter(items, start); i < items.length && items[i].start < end; i++)
    if (items[i].end <= end) inside.push(items[i]);
  return inside;
}

/**
 * Whether a stretch states something checkable: a figure (a count, amount or percentage; a date, year or
 * ordinal alone only places or ranks, see src/detect/numbers/figures.ts) or a hedge.
 */
function checkable(found: Found, start: number, end: number): boolean {
  return within(found.numbers, start, end).some(isFigure) || within(found.hedges, start, end).length > 0;
}

/** The parts of a sentence outside every claim span, trimmed. */
function uncovered(
  text: string,
  sentence: Sentence,
  spans: { start: number; end: number }[],
): { start: number; end: number }[] {
  const gaps: { start: number; end: number }[] = [];
  let from = sentence.start;
  for (const span of spans) {
    if (span.start > from) gaps.push({ start: from, end: span.start });
    from = Math.max(from, span.end);
  }
  if (from < sentence.end) gaps.push({ start: from, end: sentence.end });
  return gaps.map((gap) => {
    let { start, end } = gap;
    const joiner = LEADING_JOINERS.exec(text.slice(start, Math.min(end, start + 40)));
    if (joiner) start += joiner[0].length;
    while (end > start && /[\s,;:.—–-]/.test(text[end - 1])) end--;
    return { start, end };
  });
}

/**
 * Checkable statements on no one's authority: a whole sentence that no claim touches, or a clause of at
 * least MIN_CLAUSE_WORDS words with a verb that the sentence's claims leave out ("…, and up to 200 attackers
 * reportedly lost their lives"), holding a figure or a hedge.
 */
function unattributed(
  text: string,
  sentences: Sentence[],
  drafts: Draft[],
  quotes: Quote[],
  detected: Found,
  zones: readonly Zone[],
): Draft[] {
  const topLevel = quotes.filter((q) => !q.nested);
  const found: Draft[] = [];
  const spans = drafts.map((d) => ({ start: d.start, end: d.end })).sort((a, b) => a.start - b.start);
  let first = 0;
  for (const sentence of sentences) {
    const around = topLevel[lastStartingAtOrBefore(topLevel, sentence.start)];
    const quoted = around !== undefined && sentence.end <= around.end + 1;
    while (first < spans.length && spans[first].end <= sentence.start) first++;
    const inside: { start: number; end: number }[] = [];
    for (let k = first; k < spans.length && spans[k].start < sentence.end; k++)
      if (spans[k].end > sentence.start) inside.push(spans[k]);
    if (quoted) continue;
    // A headline, dateline or other furniture states nothing on its own; running text after a dateline does.
    const zone = zoneAt(zones, sentence.start);
    if (zone && zone.end >= sentence.end) continue;
    const start = zone ? firstNonSpace(text, zone.end, sentence.end) : sentence.start;
    if (inside.length === 0) {
      if (checkable(detected, start, sentence.end)) found.push(unattributedDraft(start, sentence.end));
      continue;
    }
    for (const gap of uncovered(text, sentence, inside)) {
      const words = text.slice(gap.start, gap.end).split(/\s+/).filter(Boolean).length;
      const hasVerb = within(sentence.tokens, gap.start, gap.end).some((t) => t.tags.has('Verb'));
      if (words >= MIN_CLAUSE_WORDS && hasVerb && checkable(detected, gap.start, gap.end))
        found.push(unattributedDraft(gap.start, gap.end));
    }
  }
  return found;
}

/** The first offset at or after `from` that is not white space (or `to`). */
function firstNonSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  return from;
}

const unattributedDraft = (start: number, end: number): Draft => ({
  kind: 'unattributed',
  start,
  end,
  mention: null,
  sourceMention: null,
  cue: null,
  by: null,
});

/** Build the document's claims. Mentions are resolved in text order, so pronouns find what came before. */
export function assembleClaims(
  text: string,
  sentences: Sentence[],
  quotes: Quote[],
  quoteAttributions: QuoteAttribution[],
  attributions: Attribution[],
  resolver: SourceResolver,
  lines: LineIndex,
  zones: readonly Zone[] = [],
): { claims: Claim[]; sources: Source[] } {
  const nested = nestedAttributions(attributions);
  const pending: { at: number; make: () => Draft | null; nested?: boolean }[] = [
    ...quoteAttributions.map((item) => ({
      at: item.attribution?.mention?.start ?? item.quote.start,
      make: () => fromQuote(text, item, sentences, resolver),
    })),
    ...attributions.map((a) => ({
      at: a.mention?.start ?? a.cue.start,
      make: () => fromAttribution(text, a, resolver),
      nested: nested.has(a),
    })),
  ];
  pending.sort((a, b) => a.at - b.at);
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const item of pending) {
    // A nested attribution's mention is still resolved, in text order, so later pronouns see it.
    const draft = item.make();
    if (item.nested) continue;
    const key = draft && `${draft.start}:${draft.end}:${draft.kind}`;
    if (draft && key && !seen.has(key)) {
      seen.add(key);
      drafts.push(draft);
    }
  }
  // Numbers and hedges are found once over the whole text; each claim takes those inside it.
  // A number or hedge in furniture (a dateline's date, a caption's year) belongs to no claim.
  const outside = (span: Span) => !isFurniture(zoneAt(zones, span.start));
  const found = { numbers: detectNumbers(text).filter(outside), hedges: detectHedges(text).filter(outside) };
  drafts.push(...unattributed(text, sentences, drafts, quotes, found, zones));
  // A claim never starts in furniture: "TORONTO -- Canadians …, researchers report" claims what follows the dateline.
  for (const draft of drafts) {
    const zone = zoneAt(zones, draft.start);
    if (zone && isFurniture(zone) && zone.end < draft.end) draft.start = firstNonSpace(text, zone.end, draft.end);
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const sources = resolver.sources();
  const claims = drafts.map((draft, i): Claim => {
    const { line, column } = lines.position(draft.start);
    // Key order is the JSON contract's order.
    return {
      id: `c${i + 1}`,
      kind: draft.kind,
      text: text.slice(draft.start, draft.end),
      start: draft.start,
      end: draft.end,
      line,
      column,
      source: draft.mention ? resolver.idOf(draft.mention) : null,
      sourceMention: draft.sourceMention,
      cue: draft.cue,
      numbers: within(found.numbers, draft.start, draft.end),
      hedges: within(found.hedges, draft.start, draft.end),
      by: draft.by,
      ...(draft.cueClass ? { cueClass: draft.cueClass } : {}),
    };
  });
  return cited(claims, sources);
}

/**
 * Only the sources some claim rests on, numbered again in order (a nested attribution's mention is resolved, so that
 * later pronouns find it, but makes no claim: "The senator said Jones said …" lists the senator alone).
 */
function cited(claims: Claim[], sources: Source[]): { claims: Claim[]; sources: Source[] } {
  const used = new Set(claims.map((claim) => claim.source));
  if (sources.every((source) => used.has(source.id))) return { claims, sources };
  const renamed = new Map<string, string>();
  const kept = sources
    .filter((source) => used.has(source.id))
    .map((source, i) => {
      renamed.set(source.id, `s${i + 1}`);
      return { ...source, id: `s${i + 1}` };
    });
  return {
    claims: claims.map((claim) => (claim.source === null ? claim : { ...claim, source: renamed.get(claim.source)! })),
    sources: kept,
  };
}
