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
  /**
   * Offset of the closing mark's last character (so `close + 1` is just after the mark), or null when the
   * quote was left open at the end of its (last) paragraph.
   */
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
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-/“‘"'«]/.test(c);

const OPENING_DOUBLE = new Set(['“', '«', '„']);
/** Every character `classify` may read as (the start of) a quote mark, as char codes. */
const QUOTE_MARKS = new Set(['“', '”', '«', '»', '„', '"', "'", '‘', '’', '`'].map((c) => c.charCodeAt(0)));
const CLOSING_DOUBLE = new Set(['”', '»']);

/** A quote mark found in the text: its kind, whether it opens or closes, and its length in characters. */
interface Mark {
  kind: MarkKind;
  role: 'open' | 'close';
  width: 1 | 2;
}

/**
 * Two-character double marks, as typewriter and archive text writes them: ''quote'' (the New York
 * Times in LexisNexis, Penn Treebank output) and ``quote'' (TeX).
 */
function classifyPair(text: string, i: number, openKinds: MarkKind[]): Mark | null {
  const pair = text.slice(i, i + 2);
  if (pair === '``') return openKinds.includes('double') ? null : { kind: 'double', role: 'open', width: 2 };
  if (pair !== "''" || text[i + 2] === "'") return null;
  if (openKinds.includes('double')) return { kind: 'double', role: 'close', width: 2 };
  const before = i > 0 ? text[i - 1] : undefined;
  return isOpeningContext(before) && !isSpace(text[i + 2]) ? { kind: 'double', role: 'open', width: 2 } : null;
}

/** What the text at `i` is, as a quote mark, given its neighbours. */
function classify(text: string, i: number, openKinds: MarkKind[]): Mark | null {
  const c = text[i];
  if (c === "'" || c === '`') {
    const pair = classifyPair(text, i, openKinds);
    if (pair || c === '`' || text[i + 1] === "'") return pair;
  }
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  const innermost = openKinds[openKinds.length - 1];
  if (OPENING_DOUBLE.has(c)) return { kind: 'double', role: 'open', width: 1 };
  if (CLOSING_DOUBLE.has(c)) return { kind: 'double', role: 'close', width: 1 };
  if (c === '"') {
    // Inches and seconds after a digit (12") are not quote marks.
    if (before !== undefined && /\d/.test(before) && !openKinds.includes('double')) return null;
    if (openKinds.includes('double')) return { kind: 'double', role: 'close', width: 1 };
    return isSpace(after) ? null : { kind: 'double', role: 'open', width: 1 };
  }
  if (c === '‘' || c === "'" || c === '’') {
    // Between letters it is an apostrophe: don’t, Russia’s, O'Brien.
    if (isLetterOrDigit(before) && isLetterOrDigit(after)) return null;
    // Elided digits: ’90s, '16.
    if (isOpeningContext(before) && /\d/.test(after ?? '')) return null;
    if (c !== '’' && isOpeningContext(before) && !isSpace(after)) return { kind: 'single', role: 'open', width: 1 };
    // A closing single mark only closes an open single quote; otherwise it is a possessive (Jones’).
    if (!isSpace(before) && innermost === 'single' && !isLetterOrDigit(after))
      return { kind: 'single', role: 'close', width: 1 };
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
  const pair = text.slice(paragraph.start, paragraph.start + 2);
  if (kind === 'double') return OPENING_DOUBLE.has(c) || c === '"' || pair === "''" || pair === '``';
  return (c === '‘' || c === "'") && pair !== "''";
}

/** Find every quote in the text. */
export function detectQuotes(text: string, paragraphs: Paragraph[]): { quotes: Quote[]; unclosed: UnclosedQuote[] } {
  const quotes: Quote[] = [];
  const unclosed: UnclosedQuote[] = [];
  let carried: OpenMark | null = null;

  const emit = (mark: OpenMark, contentEnd: number, close: number | null, nested: boolean) => {
    const [start, end] = trimmed(text, mark.contentStart, contentEnd);
    if (end > start)
      quotes.push({ start, end, open: mark.open, close, nested, continued: mark.continued, paragraph: mark.paragraph });
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const stack: OpenMark[] = [];
    let i = paragraph.start;
    if (carried) {
      // News style: the quote goes on in this paragraph, which opens with the same mark again.
      stack.push({ ...carried, continued: true });
      i += text.startsWith("''", i) || text.startsWith('``', i) ? 2 : 1;
      carried = null;
    }
    for (; i < paragraph.end; i++) {
      // Most characters are no quote mark at all: skip them before anything else.
      if (!QUOTE_MARKS.has(text.charCodeAt(i))) continue;
      const mark = classify(
        text,
        i,
        stack.map((m) => m.kind),
      );
      if (mark === null) continue;
      if (mark.role === 'open' && !stack.some((m) => m.kind === mark.kind)) {
        stack.push({
          kind: mark.kind,
          open: i,
          contentStart: i + mark.width,
          paragraph: paragraph.index,
          continued: false,
        });
        i += mark.width - 1;
        continue;
      }
      const at = stack.map((m) => m.kind).lastIndexOf(mark.kind);
      if (at < 0) continue;
      // Anything opened inside and not closed was an apostrophe or a stray mark: drop it.
      stack.length = at + 1;
      const closing = stack.pop() as OpenMark;
      emit(closing, i, i + mark.width - 1, stack.length > 0);
      i += mark.width - 1;
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
