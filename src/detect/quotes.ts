/**
 * A quote-mark scanner over the raw text. It pairs opening and closing marks paragraph by paragraph,
 * tells apostrophes from single quotes, nests quotes of the other kind, continues a quote over paragraphs
 * in news style, and closes an unclosed quote at its paragraph's end (with a diagnostic) so it never
 * swallows the rest of the document.
 */
import type { Paragraph } from '../segment/paragraphs.js';
import { SCARE_QUOTE_DETERMINERS, TITLE_CASE_SMALL_WORDS } from '../lexicon/function-words.js';

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

/**
 * How a short quoted span reads from its own words and the words just before its opening mark:
 *   naming  after a naming word ("a group calling itself “Ghostline”", "a campaign dubbed "X"", "the so-called
 *           "summer of gridlock"", "known as "The Falcon""): the quote names something, no one says it
 *   title   Title Case words inside a sentence (the film "Summer on Pike Street", the "Careers" section): a name
 *           or a title, unless a cue attributes it right there
 *   short   a few lowercase words after a determiner ('a "cooling centre"'): a scare quote, unless a cue attributes it
 * null for anything else (a sentence, a long quote, a quote that opens its sentence): an ordinary quote.
 */
export type QuoteReading = { kind: 'naming'; title: boolean } | { kind: 'title' } | { kind: 'short' };

/** Most words of a quoted name or title. */
export const MAX_NAME_WORDS = 8;
/** Most words of a scare quote. */
export const MAX_SCARE_WORDS = 4;
/** How far before the opening mark the naming words are read, in characters. */
const LOOK_BEHIND = 40;

/**
 * Words right before a quote that make it a name: "calling itself", "known as", "so-called" always; "called",
 * "named", "dubbed", "titled" … after a lowercase word that is no pronoun ("a group called", not "what he called",
 * whose quote the subject said).
 */
const ALWAYS_NAMING =
  /(?:\b(?:call(?:s|ed|ing)|nam(?:es|ed|ing)|dub(?:s|bed|bing)) (?:it|him|her|them)sel(?:f|ves)|\bthemselves|\b(?:known|billed|dubbed) as|\bso-called|\bthe (?:word|words|term|phrase|hashtag|slogan|motto|title|name)|\bnicknamed|\bentitled|\btitled)\s*$/i;
const NAMING_VERB = /(?:^|\s)([\p{Ll}][\p{L}'’-]*),?\s+(?:called|named|dubbed|labell?ed|branded|nicknamed)\s*$/u;
const PRONOUNS_BEFORE_NAMING = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'what', 'which', 'that']);

const quoteWords = (s: string): string[] => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Whether quoted words are in title case: a capital first, and every lowercase word a small function word. */
function titleCased(words: string[]): boolean {
  if (words.length === 0 || !/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(words[0])) return false;
  return words.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w) || TITLE_CASE_SMALL_WORDS.has(w.toLowerCase()));
}

/** Whether the quoted text holds a sentence break inside it ("Stop. Now."): then it is a sentence, no name. */
const breaksSentence = (s: string): boolean => /[.!?…]["”’']?\s+\S/u.test(s);

/** How a quote reads (see QuoteReading); `sentenceStart` is where the quote's sentence begins. */
export function readQuote(text: string, quote: Quote, sentenceStart: number): QuoteReading | null {
  const own = text.slice(quote.start, quote.end);
  const words = quoteWords(own);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || breaksSentence(own)) return null;
  const before = text.slice(Math.max(sentenceStart, quote.open - LOOK_BEHIND), quote.open);
  // A quote that opens its sentence is said by someone or is a sentence: never a name here.
  if (!/[\p{L}\p{N}]/u.test(before)) return null;
  const title = titleCased(words);
  const naming = NAMING_VERB.exec(before);
  if (ALWAYS_NAMING.test(before) || (naming && !PRONOUNS_BEFORE_NAMING.has(naming[1].toLowerCase())))
    return words.length <= MAX_SCARE_WORDS || title ? { kind: 'naming', title } : null;
  // A colon before the quote introduces what someone says ("Her answer: “Never.”").
  if (/:\s*$/.test(before)) return null;
  if (title) return { kind: 'title' };
  // A scare quote is a noun phrase the writer keeps at a distance: a determiner or a possessive stands before it.
  // "a “cooling centre”", or with one lowercase modifier between: "its new “cooling centre”".
  const last = /(?:^|\s)(\p{L}+)(?:\s+(\p{Ll}+))?\s*$/u.exec(before);
  const determiner = last?.[1].toLowerCase();
  const nounPhrase =
    (determiner !== undefined && SCARE_QUOTE_DETERMINERS.has(determiner)) ||
    (last?.[2] !== undefined && SCARE_QUOTE_DETERMINERS.has(last[2])) ||
    possessiveBefore(text, quote) !== null;
  return words.length <= MAX_SCARE_WORDS && /^[^\p{L}\p{N}]*\p{Ll}/u.test(words[0]) && nounPhrase
    ? { kind: 'short' }
    : null;
}

/**
 * Where the possessive right before a quote begins ("the mayor's "summer of gridlock"", "the ministers’ "plan""):
 * the offset of its apostrophe, or null when no possessive stands there.
 */
export function possessiveBefore(text: string, quote: Quote): number | null {
  const before = text.slice(Math.max(0, quote.open - 4), quote.open);
  const match = /[\p{L}](['’]s|s['’])\s+$/u.exec(before);
  if (!match) return null;
  const at = quote.open - before.length + match.index + 1;
  return match[1].startsWith('s') ? at + 1 : at;
}
