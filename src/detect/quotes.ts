/**
 * A quote-mark scanner over the raw text. It pairs opening and closing marks paragraph by paragraph,
 * tells apostrophes from single quotes, nests quotes of the other kind, continues a quote over paragraphs
 * in news style, and closes an unclosed quote at its paragraph's end (with a diagnostic) so it never
 * swallows the rest of the document.
 */
import type { Paragraph } from '../segment/paragraphs.js';

/** A quoted stretch of text. `start`/`end` cover its content, without the marks. */
export interface Quote {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote was left open at the end of its (last) paragraph. */
  close: number | null;
  /** Whether it lies inside another quote. */
  nested: boolean;
  /** Whether it runs over more than one paragraph. */
  continued: boolean;
  /** Index of the first paragraph. */
  paragraph: number;
}

/** A quote that ran to the end of its paragraph without a closing mark. */
export interface UnclosedQuote {
  open: number;
  paragraphEnd: number;
}

type MarkKind = 'double' | 'single';

interface OpenMark {
  kind: MarkKind;
  open: number;
  contentStart: number;
  /** First paragraph of a continued quote. */
  paragraph: number;
  continued: boolean;
}

const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
/** Characters after which a quote may open: start, space, brackets, dashes, other quote marks. */
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-\/“‘"'«]/.test(c);

const OPENING_DOUBLE = new Set(['“', '«', '„']);
/** Every character `classify` may read as a quote mark, as char codes. */
const QUOTE_MARKS = new Set(['“', '”', '«', '»', '„', '"', "'", '‘', '’'].map((c) => c.charCodeAt(0)));
const CLOSING_DOUBLE = new Set(['”', '»']);

/** What a single character of the text is, as a quote mark, given its neighbours. */
function classify(text: string, i: number, openKinds: MarkKind[]): { kind: MarkKind; role: 'open' | 'close' } | null {
  const c = text[i];
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  const innermost = openKinds[openKinds.length - 1];
  if (OPENING_DOUBLE.has(c)) return { kind: 'double', role: 'open' };
  if (CLOSING_DOUBLE.has(c)) return { kind: 'double', role: 'close' };
  if (c === '"') {
    // Inches and seconds after a digit (12") are not quote marks.
    if (before !== undefined && /\d/.test(before) && !openKinds.includes('double')) return null;
    if (openKinds.includes('double')) return { kind: 'double', role: 'close' };
    return isSpace(after) ? null : { kind: 'double', role: 'open' };
  }
  if (c === '‘' || c === "'" || c === '’') {
    // Between letters it is an apostrophe: don’t, Russia’s, O'Brien.
    if (isLetterOrDigit(before) && isLetterOrDigit(after)) return null;
    // Elided digits: ’90s, '16.
    if (isOpeningContext(before) && /\d/.test(after ?? '')) return null;
    if (c !== '’' && isOpeningContext(before) && !isSpace(after)) return { kind: 'single', role: 'open' };
    // A closing single mark only closes an open single quote; otherwise it is a possessive (Jones’).
    if (!isSpace(before) && innermost === 'single' && !isLetterOrDigit(after)) return { kind: 'single', role: 'close' };
    return null;
  }
  return null;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Whether a paragraph starts with an opening mark of the given kind (a continued quote re-opens). */
function reopens(text: string, paragraph: Paragraph, kind: MarkKind): boolean {
  const c = text[paragraph.start];
  return kind === 'double' ? OPENING_DOUBLE.has(c) || c === '"' : c === '‘' || c === "'";
}

/** Find every quote in the text. */
export function detectQuotes(text: string, paragraphs: Paragraph[]): { quotes: Quote[]; unclosed: UnclosedQuote[] } {
  const quotes: Quote[] = [];
  const unclosed: UnclosedQuote[] = [];
  let carried: OpenMark | null = null;

  const emit = (mark: OpenMark, contentEnd: number, close: number | null, nested: boolean) => {
    const [start, end] = trimmed(text, mark.contentStart, contentEnd);
    if (end > start) quotes.push({ start, end, open: mark.open, close, nested, continued: mark.continued, paragraph: mark.paragraph });
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const stack: OpenMark[] = [];
    let i = paragraph.start;
    if (carried) {
      // News style: the quote goes on in this paragraph, which opens with the same mark again.
      stack.push({ ...carried, continued: true });
      i++;
      carried = null;
    }
    for (; i < paragraph.end; i++) {
      // Most characters are no quote mark at all: skip them before anything else.
      if (!QUOTE_MARKS.has(text.charCodeAt(i))) continue;
      const mark = classify(text, i, stack.map((m) => m.kind));
      if (mark === null) continue;
      if (mark.role === 'open' && !stack.some((m) => m.kind === mark.kind)) {
        stack.push({ kind: mark.kind, open: i, contentStart: i + 1, paragraph: paragraph.index, continued: false });
        continue;
      }
      const at = stack.map((m) => m.kind).lastIndexOf(mark.kind);
      if (at < 0) continue;
      // Anything opened inside and not closed was an apostrophe or a stray mark: drop it.
      stack.length = at + 1;
      const closing = stack.pop() as OpenMark;
      emit(closing, i, i, stack.length > 0);
    }
    // What is still open at the paragraph's end: a double quote may continue; otherwise it ends here.
    const outer = stack[0];
    if (outer && outer.kind === 'double') {
      const next = paragraphs[p + 1];
      if (next && reopens(text, next, 'double')) carried = outer;
      else {
        emit(outer, paragraph.end, null, false);
        unclosed.push({ open: outer.open, paragraphEnd: paragraph.end });
      }
    }
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotes, unclosed };
}
