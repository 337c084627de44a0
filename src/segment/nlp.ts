/**
 * The only module that imports compromise. It turns a stretch of text into tagged tokens with offsets
 * into the whole document, and sentence ranges as compromise sees them.
 */
import nlp from 'compromise';

/** A word with its offsets, its compromise tags and the punctuation around it. */
export interface Token {
  text: string;
  /** Lowercase, without surrounding punctuation, as compromise normalises it. */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as in the text. */
  pre: string;
  post: string;
  tags: Set<string>;
}

interface TermJson {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface SentenceJson {
  offset: { start: number; length: number };
  terms: TermJson[];
}

/** Tagged sentences of `text.slice(start, end)`, offsets into `text`. */
export function tagRange(text: string, start: number, end: number): { start: number; end: number; tokens: Token[] }[] {
  const slice = text.slice(start, end);
  const sentences = nlp(slice).json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  return sentences.map((sentence) => {
    const terms = sentence.terms;
    const first = terms[0];
    const last = terms[terms.length - 1];
    // compromise's sentence offsets leave out leading and trailing punctuation (an opening “, a closing ”.).
    const from = first ? first.offset.start - first.pre.length : sentence.offset.start;
    const to = last ? last.offset.start + last.offset.length + last.post.length : sentence.offset.start + sentence.offset.length;
    return {
    start: start + Math.max(0, from),
    end: Math.min(end, start + to),
    tokens: sentence.terms
      // compromise expands contractions into extra zero-width terms ("it's" -> it + is): they have no text.
      .filter((term) => term.offset.length > 0)
      .map((term) => ({
        text: term.text,
        normal: term.normal,
        start: start + term.offset.start,
        end: start + term.offset.start + term.offset.length,
        pre: term.pre,
        post: term.post,
        tags: new Set(term.tags),
      })),
    };
  });
}
