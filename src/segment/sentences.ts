/**
 * Sentences with tagged tokens. compromise splits each paragraph; its boundaries are then checked
 * against the quote structure, because it splits inside quotes ("Hey! gimme the meatballs!") and a
 * quoted statement of several sentences belongs with its attribution.
 */
import { tagRange, type Token } from './nlp.js';
import type { Paragraph } from './paragraphs.js';
import type { Quote } from '../detect/quotes.js';

export type { Token } from './nlp.js';

/** A sentence: its range (trimmed), its paragraph and its tokens. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
}

/** Whether an offset falls strictly inside a quote of one paragraph (not at its edges). */
function insideQuote(offset: number, quotes: Quote[]): boolean {
  return quotes.some((q) => !q.nested && q.open < offset && (q.close ?? q.end) >= offset);
}

/** Step 2: compromise keeps `Jeffrey said. “Again, …”` as one sentence; a new quote after a full stop starts a new one. */
function splitBeforeQuotes(sentence: { start: number; end: number; tokens: Token[] }, quotes: Quote[]): { start: number; end: number; tokens: Token[] }[] {
  const pieces: { start: number; end: number; tokens: Token[] }[] = [];
  let from = 0;
  let start = sentence.start;
  const tokens = sentence.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const endsSentence = /[.!?]$/.test(tokens[k].post.trim()) && !tokens[k].tags.has('Abbreviation') && !tokens[k].tags.has('Honorific');
    const opensQuote = /^[“"‘«]/.test(tokens[k + 1].pre);
    const boundary = tokens[k + 1].start - tokens[k + 1].pre.length;
    if (endsSentence && opensQuote && !insideQuote(boundary, quotes)) {
      pieces.push({ start, end: tokens[k].end + 1, tokens: tokens.slice(from, k + 1) });
      from = k + 1;
      start = boundary;
    }
  }
  pieces.push({ start, end: sentence.end, tokens: tokens.slice(from) });
  return pieces;
}

/** Segment paragraphs into sentences whose boundaries never cut a quote within its paragraph. */
export function segmentSentences(text: string, paragraphs: Paragraph[], quotes: Quote[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const local = quotes.filter((q) => q.open < paragraph.end && (q.close ?? q.end) > paragraph.start);
    const merged: { start: number; end: number; tokens: Token[] }[] = [];
    for (const piece of tagRange(text, paragraph.start, paragraph.end)) {
      const last = merged[merged.length - 1];
      // Step 1: a boundary inside a quote is not a boundary (the quote's sentences stay with their attribution).
      if (last && insideQuote(piece.start, local)) {
        last.end = piece.end;
        last.tokens.push(...piece.tokens);
      } else merged.push({ ...piece, tokens: [...piece.tokens] });
    }
    for (const sentence of merged.flatMap((m) => splitBeforeQuotes(m, local))) {
      let { start, end } = sentence;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) sentences.push({ index: sentences.length, start, end, paragraph: paragraph.index, tokens: sentence.tokens });
    }
  }
  return sentences;
}
