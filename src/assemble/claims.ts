/**
 * Claims: quotes and reported attributions joined with their resolved sources, plus the sentences
 * outside any attribution that state something checkable (a number or a hedge). Sorted in text order.
 */
import type { Claim, ClaimKind, Source, Span } from '../types.js';
import type { MentionSpan } from '../attribute/attributions.js';
import type { Attribution } from '../attribute/attributions.js';
import type { QuoteAttribution } from '../attribute/quote-speakers.js';
import type { Quote } from '../detect/quotes.js';
import type { Sentence } from '../segment/sentences.js';
import type { LineIndex } from '../segment/lines.js';
import type { SourceResolver } from '../resolve/sources.js';
import { detectNumbers } from '../detect/numbers.js';
import { detectHedges } from '../detect/hedges.js';

/** A claim before numbering. */
type Draft = Omit<Claim, 'id' | 'line' | 'column' | 'text' | 'numbers' | 'hedges' | 'source'> & { mention: MentionSpan | null };

const span = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });

/** A full quote opens its sentence or stands next to its attribution, and starts like a sentence. */
function quoteKind(text: string, item: QuoteAttribution, sentences: Sentence[]): ClaimKind {
  const { quote } = item;
  const startsLikeSentence = /^[\p{Lu}\p{N}“"‘'…(\[]/u.test(text.slice(quote.start, quote.start + 1));
  if (!startsLikeSentence) return 'partial-quote';
  if (item.by === 'adjacent') return 'quote';
  const sentence = sentences.find((s) => s.start <= quote.open && quote.open < s.end);
  const before = sentence ? text.slice(sentence.start, quote.open) : '';
  return /^[\s]*$|:\s*$/.test(before) ? 'quote' : 'partial-quote';
}

function fromQuote(text: string, item: QuoteAttribution, sentences: Sentence[], resolver: SourceResolver): Draft {
  const a = item.attribution;
  return {
    kind: quoteKind(text, item, sentences),
    start: item.quote.start,
    end: item.quote.end,
    mention: a?.mention ? (resolver.resolve(a.mention), a.mention) : null,
    sourceMention: a?.mention ? span(text, a.mention.start, a.mention.end) : null,
    cue: a ? span(text, a.cue.start, a.cue.end) : null,
    by: item.by,
  };
}

function fromAttribution(text: string, a: Attribution, resolver: SourceResolver): Draft | null {
  if (!a.content || !a.mention) return null;
  return {
    kind: 'reported',
    start: a.content.start,
    end: a.content.end,
    mention: (resolver.resolve(a.mention), a.mention),
    sourceMention: span(text, a.mention.start, a.mention.end),
    cue: span(text, a.cue.start, a.cue.end),
    by: a.by,
  };
}

/** Sentences with a number or a hedge that no claim covers. */
function unattributed(text: string, sentences: Sentence[], drafts: Draft[], quotes: Quote[]): Draft[] {
  const found: Draft[] = [];
  for (const sentence of sentences) {
    const covered = drafts.some((d) => d.start < sentence.end && d.end > sentence.start);
    const quoted = quotes.some((q) => !q.nested && q.start <= sentence.start && sentence.end <= q.end + 1);
    if (covered || quoted) continue;
    if (detectNumbers(text, sentence.start, sentence.end).length === 0 && detectHedges(text, sentence.start, sentence.end).length === 0) continue;
    found.push({ kind: 'unattributed', start: sentence.start, end: sentence.end, mention: null, sourceMention: null, cue: null, by: null });
  }
  return found;
}

/** Build the document's claims. Mentions are resolved in text order, so pronouns find what came before. */
export function assembleClaims(
  text: string,
  sentences: Sentence[],
  quotes: Quote[],
  quoteAttributions: QuoteAttribution[],
  attributions: Attribution[],
  resolver: SourceResolver,
  lines: LineIndex,
): { claims: Claim[]; sources: Source[] } {
  const pending: { at: number; make: () => Draft | null }[] = [
    ...quoteAttributions.map((item) => ({ at: item.attribution?.mention?.start ?? item.quote.start, make: () => fromQuote(text, item, sentences, resolver) })),
    ...attributions.map((a) => ({ at: a.mention?.start ?? a.cue.start, make: () => fromAttribution(text, a, resolver) })),
  ];
  pending.sort((a, b) => a.at - b.at);
  const drafts: Draft[] = [];
  for (const item of pending) {
    const draft = item.make();
    if (draft && !drafts.some((d) => d.start === draft.start && d.end === draft.end && d.kind === draft.kind)) drafts.push(draft);
  }
  drafts.push(...unattributed(text, sentences, drafts, quotes));
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
      numbers: detectNumbers(text, draft.start, draft.end),
      hedges: detectHedges(text, draft.start, draft.end),
      by: draft.by,
    };
  });
  return { claims, sources };
}
