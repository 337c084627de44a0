/**
 * Sentences with tagged tokens. compromise splits each paragraph; its boundaries are then checked
 * against the quote structure, because it splits inside quotes ("Hey! gimme the meatballs!") and a
 * quoted statement of several sentences belongs with its attribution.
 */
import { tagRange, type Token } from './nlp.js';
import type { Paragraph } from './paragraphs.js';
import type { Quote } from '../detect/quotes.js';
import { speechForms, type CueVerbEntry } from '../lexicon/cue-verbs.js';
import { SPEAKER_PRONOUNS } from '../lexicon/function-words.js';
import {
  ABBREVIATIONS,
  NUMBERING_ABBREVIATIONS,
  SENTENCE_FINAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/abbreviations.js';

export type { Token } from './nlp.js';

/** A sentence: its range (trimmed), its paragraph and its tokens. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
}

/** Top-level quotes of one paragraph, sorted by their opening mark, for binary search. */
type LocalQuotes = Quote[];

/** Whether an offset falls strictly inside a top-level quote (after its opening mark, up to its closing one). */
function insideQuote(offset: number, quotes: LocalQuotes): boolean {
  let low = 0;
  let high = quotes.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (quotes[mid].open < offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && (quotes[found].close ?? quotes[found].end) >= offset;
}

/** Top-level quotes by paragraph: a quote belongs to every paragraph it runs through. */
function quotesByParagraph(paragraphs: Paragraph[], quotes: Quote[]): LocalQuotes[] {
  const buckets: LocalQuotes[] = paragraphs.map(() => []);
  let p = 0;
  const sorted = quotes.filter((q) => !q.nested).sort((a, b) => a.open - b.open);
  for (const quote of sorted) {
    while (p + 1 < paragraphs.length && paragraphs[p].end <= quote.open) p++;
    const last = quote.close ?? quote.end;
    for (let k = p; k < paragraphs.length && paragraphs[k].start <= last; k++) buckets[k].push(quote);
  }
  return buckets;
}

type Piece = { start: number; end: number; tokens: Token[] };

/**
 * Longest text handed to compromise at once. A longer document is tagged in blocks of whole paragraphs: a
 * compromise document keeps an object of a dozen fields per word until it is dropped, so tagging 20 MB in one
 * piece held ~2.9 GB and made garbage collection grow faster than the text. News articles are far shorter
 * (the longest PolNeAR text is 34 KB) and are tagged whole, as is a single paragraph of any length.
 */
export const MAX_TAGGED_BLOCK = 64 * 1024;

/**
 * Where the text is cut for tagging: the whole text when it is short, else contiguous blocks that end where a
 * paragraph starts, each as long as `maxBlock` or just over (a longer paragraph is a block of its own).
 */
export function taggingBlocks(
  text: string,
  paragraphs: Paragraph[],
  maxBlock = MAX_TAGGED_BLOCK,
): { start: number; end: number }[] {
  if (text.length <= maxBlock) return [{ start: 0, end: text.length }];
  const blocks: { start: number; end: number }[] = [];
  let from = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const next = p + 1 < paragraphs.length ? paragraphs[p + 1].start : text.length;
    if (next === text.length || next - from >= maxBlock) {
      blocks.push({ start: from, end: next });
      from = next;
    }
  }
  return blocks;
}

/** compromise's sentences for the whole text, block by block, each block's compromise document dropped before the next. */
function* taggedSentences(text: string, paragraphs: Paragraph[]): Generator<Piece> {
  for (const block of taggingBlocks(text, paragraphs)) yield* tagRange(text, block.start, block.end);
}

/** compromise's sentences, cut where they cross a paragraph boundary, grouped by paragraph. */
function piecesByParagraph(text: string, paragraphs: Paragraph[]): Piece[][] {
  const groups: Piece[][] = paragraphs.map(() => []);
  let p = 0;
  for (const sentence of taggedSentences(text, paragraphs)) {
    let current: Piece | null = null;
    for (const token of sentence.tokens) {
      while (p + 1 < paragraphs.length && paragraphs[p].end <= token.start) {
        p++;
        current = null;
      }
      const paragraph = paragraphs[p];
      if (!current) {
        current = { start: Math.max(paragraph.start, token.start - token.pre.length), end: token.end, tokens: [] };
        groups[p].push(current);
      }
      current.tokens.push(token);
      current.end = Math.min(paragraph.end, token.end + token.post.length);
    }
  }
  return groups;
}

/** An acronym with inner full stops ("U.S", "D.C", "p.m", "S.&P"), its last full stop left out. */
const ACRONYM = /^\p{L}(?:\.&?\p{L})+\.?$/u;

/** The word of an abbreviation token, lower case, without full stops or brackets ("(Jan" -> "jan"). */
function abbreviationWord(token: Token): string {
  return token.normal.replace(/[^\p{L}]/gu, '');
}

/** Length of the full stop right after a token's word ("Inc" + ". ", or "U.S." + " "), or -1 when there is none. */
function fullStopAfter(token: Token): number {
  if (token.post.startsWith('.')) return 1;
  return token.text.endsWith('.') && !/^[.!?]/.test(token.post) ? 0 : -1;
}

/**
 * Step 0a: compromise ends a sentence after an abbreviation it does not know ("He weighed 180 lbs. || when he
 * enlisted", "the No. || 2 Republican", "neighbor vs. || neighbor", "then-Sen. || Barack Obama") or one followed by
 * a no-break space: a piece that ends with such an abbreviation's full stop and a next piece that opens with a
 * lower-case word or a number (only a number after "No."), or with a name after a title, are one sentence.
 */
function joinAfterAbbreviations(pieces: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    const tail = last?.tokens[last.tokens.length - 1];
    const head = piece.tokens[0];
    if (
      last &&
      tail &&
      head &&
      fullStopAfter(tail) >= 0 &&
      /^[\s.]*[“"‘«([]?$/.test(tail.post) &&
      continuesAfter(tail, head, /[“"‘«([]/.test(tail.post + head.pre))
    ) {
      last.end = piece.end;
      for (const token of piece.tokens) last.tokens.push(token);
    } else joined.push({ ...piece, tokens: [...piece.tokens] });
  }
  return joined;
}

/**
 * Whether `next` goes on the sentence after the abbreviation (or acronym) `token` and its full stop; `opened` when an
 * opening quote mark or bracket stands between them ("lost 16 lbs. “and two belt loops”", "180 lbs. (about 82 kg)"):
 * then only a lower-case word goes on.
 */
function continuesAfter(token: Token, next: Token, opened: boolean): boolean {
  if (opened && !/^\p{Ll}/u.test(next.text)) return false;
  // "then-Sen. Barack Obama": a title goes on with the name after it.
  const title = /[^-]*$/.exec(token.normal)?.[0].replace(/[^\p{L}]/gu, '') ?? '';
  if (TITLE_ABBREVIATIONS.has(title) && /^\p{Lu}/u.test(next.text)) return true;
  const word = abbreviationWord(token);
  const number = /^\p{N}/u.test(next.text);
  // "the No. 2 Republican", written with a capital ("The answer was no. 2 people left." is two sentences).
  if (NUMBERING_ABBREVIATIONS.has(word)) return !opened && number && /^\W*\p{Lu}/u.test(token.text);
  const known = ABBREVIATIONS.has(word) || ACRONYM.test(token.text.replace(/^\W+/, ''));
  return known && (number || /^\p{Ll}/u.test(next.text));
}

/** Function words that a headline capitalises and running text does not ("Ban From The U.S. And Iran"). */
const HEADLINE_FUNCTION_WORDS = new Set([...SENTENCE_OPENERS, 'to', 'of', 'or']);

/**
 * Whether the words just before tokens[k] are a title-cased headline ("… To Enter U.S. As Refugees"): one of the
 * three is a capitalised function word that does not open the sentence.
 */
function titleCased(tokens: Token[], from: number, k: number): boolean {
  for (let j = Math.max(from + 1, k - 3); j < k; j++)
    if (/^\p{Lu}/u.test(tokens[j].text) && HEADLINE_FUNCTION_WORDS.has(tokens[j].normal)) return true;
  return false;
}

/**
 * Step 0b: compromise never ends a sentence after an abbreviation it knows or an acronym, so `… in the U.S. The
 * move was costly.` and `… in Fresno, Calif. “I think …”` stay one sentence: a full stop after an acronym or an
 * abbreviation that may close a sentence (a firm, a state, a street, a name suffix), followed by a capitalised
 * sentence opener ("The", "He", "But"; not a name: "the U.S. Army"), ends the sentence.
 */
function splitAfterAbbreviations(piece: Piece): Piece[] {
  const pieces: Piece[] = [];
  const tokens = piece.tokens;
  let from = 0;
  let start = piece.start;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k];
    const next = tokens[k + 1];
    if (!/^\p{Lu}/u.test(next.text) || !SENTENCE_OPENERS.has(next.normal) || /[([]/.test(next.pre)) continue;
    const stop = fullStopAfter(token);
    if (stop < 0 || token.tags.has('Honorific') || !/^\s*$/.test(token.post.slice(stop).replace(/[“"‘«]/g, '')))
      continue;
    const closes = SENTENCE_FINAL_ABBREVIATIONS.has(abbreviationWord(token)) || ACRONYM.test(token.text);
    if (!closes || titleCased(tokens, from, k)) continue;
    pieces.push({ start, end: token.end + stop, tokens: tokens.slice(from, k + 1) });
    from = k + 1;
    start = next.start - next.pre.length;
    // compromise read the capitalised pronoun inside a sentence as a name.
    if (next.tags.has('Pronoun')) next.tags.delete('ProperNoun');
  }
  if (from === 0) return [piece];
  pieces.push({ start, end: piece.end, tokens: tokens.slice(from) });
  return pieces;
}

/** Longest subject of an attribution after a closing quote, and longest rest of its clause, in tokens. */
const MAX_TRAILING_SUBJECT = 5;
const MAX_TRAILING_REST = 6;

/**
 * `“Did you know?” Todd asked.` / `“Enough!” Maher replied the next day.`: after a closing quote, a short
 * capitalised subject, a verb of saying and little else is the quote's attribution, not a new sentence
 * (unlike `…called it “unhinged.” Rubio said the vote was rushed.`, where a content follows the verb).
 */
function isTrailingAttribution(tokens: Token[], from: number, speech: ReadonlySet<string>): boolean {
  for (let k = from; k < Math.min(tokens.length, from + MAX_TRAILING_SUBJECT + 1); k++) {
    const token = tokens[k];
    if (k > from && speech.has(token.normal) && token.tags.has('Verb')) return onlyCircumstanceAfter(tokens, k);
    const subjectWord = /^\p{Lu}/u.test(token.text) || SPEAKER_PRONOUNS.has(token.normal);
    if (!subjectWord) return false;
    // `“Why now?” Ann Lee, a strategist at Westbank, said.`: an appositive set off by commas after the name.
    if (/^,$/.test(token.post.trim())) {
      const close = appositiveClose(tokens, k + 1);
      const verb = tokens[close + 1];
      return close > 0 && verb !== undefined && speech.has(verb.normal) && verb.tags.has('Verb')
        ? onlyCircumstanceAfter(tokens, close + 1)
        : false;
    }
    // `“Why now?” Mr. Lee said.`: the full stop of a title or an abbreviation ends no subject.
    const abbreviated = token.tags.has('Honorific') || token.tags.has('Abbreviation');
    if (/[.,;:!?]/.test(abbreviated ? token.post.trim().replace(/^\.$/, '') : token.post)) return false;
  }
  return false;
}

/** Longest appositive between a trailing attribution's name and its verb, in tokens. */
const MAX_TRAILING_APPOSITIVE = 12;

/** The last token of an appositive that opens at tokens[first] and closes with a comma, or -1. */
function appositiveClose(tokens: Token[], first: number): number {
  for (let k = first; k < Math.min(tokens.length, first + MAX_TRAILING_APPOSITIVE); k++) {
    const post = tokens[k].post.trim();
    if (post === ',') return k;
    // "a strategist for the Asia-Pacific": a hyphen inside a word (no space around it) does not end the appositive.
    if (post !== '' && !/^[’']s?$/.test(post) && tokens[k].post !== '-') return -1;
  }
  return -1;
}

/**
 * Whether what follows the verb at tokens[k] up to the end of its clause is circumstance ("on Monday"): no verb,
 * "that" or quote of a content, and no quote introduced after it.
 */
function onlyCircumstanceAfter(tokens: Token[], k: number): boolean {
  let clauseEnd = k;
  while (clauseEnd < tokens.length && !/[.,;!?]/.test(tokens[clauseEnd].post)) clauseEnd++;
  if (clauseEnd === tokens.length) return false;
  const isContentWord = (t: Token) => t.tags.has('Verb') || t.normal === 'that' || /[“"‘]/.test(t.pre);
  // `“…” He added, “…”`: an attribution that introduces the next quote is a sentence of its own.
  const introducesQuote = /[“"‘]/.test(tokens[clauseEnd].post + (tokens[clauseEnd + 1]?.pre ?? ''));
  return (
    clauseEnd - k <= MAX_TRAILING_REST && !introducesQuote && !tokens.slice(k + 1, clauseEnd + 1).some(isContentWord)
  );
}

/** Step 2: compromise keeps `Jeffrey said. “Again, …”` as one sentence; a new quote after a full stop starts a new one. */
function splitBeforeQuotes(sentence: Piece, quotes: LocalQuotes, speech: ReadonlySet<string>): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let start = sentence.start;
  const tokens = sentence.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const post = tokens[k].post.trim();
    // `…said on “Fox and Friends.” “I mean, …”`: a full stop inside closing quote marks ends the sentence too.
    // `lost 16 lbs. “and two belt loops”`: after a known abbreviation, a quote that opens in lower case goes on.
    const abbreviated =
      tokens[k].tags.has('Abbreviation') ||
      tokens[k].tags.has('Honorific') ||
      (ABBREVIATIONS.has(abbreviationWord(tokens[k])) && /^\p{Ll}/u.test(tokens[k + 1].text));
    const endsSentence = /[.!?](?:[”"’]|'')?$/.test(post) && !abbreviated;
    // `…called Trump “unhinged.” Sen. Marco Rubio called…`: a quote closed after a full stop, then a capital.
    const endsQuotedSentence =
      /[.!?](?:[”"’]|'')$/.test(post) &&
      /^\p{Lu}/u.test(tokens[k + 1].text) &&
      tokens[k + 1].pre === '' &&
      !isTrailingAttribution(tokens, k + 1, speech);
    const opensQuote = /^(?:[“"‘«]|''|``)/.test(tokens[k + 1].pre) || endsQuotedSentence;
    const boundary = tokens[k + 1].start - tokens[k + 1].pre.length;
    if ((endsSentence || endsQuotedSentence) && opensQuote && !insideQuote(boundary, quotes)) {
      // The sentence keeps its final punctuation and closing quote marks ("a mess.”").
      pieces.push({
        start,
        end: tokens[k].end + (/^\S*/.exec(tokens[k].post)?.[0].length ?? 0),
        tokens: tokens.slice(from, k + 1),
      });
      from = k + 1;
      start = boundary;
    }
  }
  pieces.push({ start, end: sentence.end, tokens: tokens.slice(from) });
  return pieces;
}

/**
 * Segment paragraphs into sentences whose boundaries never cut a quote within its paragraph. `verbs` is the run's
 * cue table (with any configured verbs): its verbs of saying tell an attribution after a closing quote.
 */
export function segmentSentences(
  text: string,
  paragraphs: Paragraph[],
  quotes: Quote[],
  verbs: Map<string, CueVerbEntry>,
): Sentence[] {
  const speech = speechForms(verbs);
  const sentences: Sentence[] = [];
  const localQuotes = quotesByParagraph(paragraphs, quotes);
  const pieces = piecesByParagraph(text, paragraphs);
  for (const paragraph of paragraphs) {
    const local = localQuotes[paragraph.index];
    const merged: Piece[] = [];
    for (const piece of joinAfterAbbreviations(pieces[paragraph.index]).flatMap(splitAfterAbbreviations)) {
      const last = merged[merged.length - 1];
      // Step 1: a boundary inside a quote is not a boundary (the quote's sentences stay with their attribution).
      if (last && insideQuote(piece.start, local)) {
        last.end = piece.end;
        for (const token of piece.tokens) last.tokens.push(token);
      } else merged.push({ ...piece, tokens: [...piece.tokens] });
    }
    for (const sentence of merged.flatMap((m) => splitBeforeQuotes(m, local, speech))) {
      let { start, end } = sentence;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start)
        sentences.push({ index: sentences.length, start, end, paragraph: paragraph.index, tokens: sentence.tokens });
    }
  }
  return sentences;
}

/**
 * "WASHINGTON (AP) — After bragging for a year …, Trump is spending …": a wire dateline that opens a sentence is a
 * sentence of its own, so that the sentence's first word is its own ("After bragging …" opens it) and the place is
 * no subject. `datelines` are the page's dateline zones, in text order; sentences keep their order and are numbered
 * again.
 */
export function splitAfterDatelines(
  sentences: Sentence[],
  datelines: readonly { start: number; end: number }[],
): Sentence[] {
  if (datelines.length === 0) return sentences;
  const out: Sentence[] = [];
  let z = 0;
  for (const sentence of sentences) {
    while (z < datelines.length && datelines[z].end <= sentence.start) z++;
    const zone = datelines[z];
    const cut = zone && zone.start <= sentence.start ? sentence.tokens.findIndex((t) => t.start >= zone.end) : -1;
    if (cut > 0 && zone.end < sentence.end) {
      const head = sentence.tokens.slice(0, cut);
      const tail = sentence.tokens.slice(cut);
      const last = head[head.length - 1];
      out.push({
        ...sentence,
        index: out.length,
        end: Math.min(zone.end, last.end + last.post.trimEnd().length),
        tokens: head,
      });
      out.push({ ...sentence, index: out.length, start: tail[0].start - tail[0].pre.length, tokens: tail });
    } else out.push({ ...sentence, index: out.length });
  }
  return out;
}
