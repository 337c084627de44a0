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

/** The fields of a compromise term object that whosaid reads (after the `offset` step). */
interface Term {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * compromise's tagging steps that whosaid runs: everything `nlp(text)` runs except the pattern-based
 * `postTagger` corrections and `chunks`, which take about 70% of its time (measured on polnear-dev) and cost
 * 0.3-0.4 points of eval F1. `offset` fills term offsets; terms are read directly, without building JSON.
 */
const TAGGING_STEPS = ['alias', 'machine', 'index', 'id', 'contractions', 'normal', 'lexicon', 'preTagger', 'contractionTwo', 'offset'];

/** Tagged sentences of `text.slice(start, end)`, offsets into `text`. */
export function tagRange(text: string, start: number, end: number): { start: number; end: number; tokens: Token[] }[] {
  const doc = nlp.tokenize(text.slice(start, end));
  doc.compute(TAGGING_STEPS);
  const sentences = (doc as unknown as { docs: Term[][] }).docs;
  return sentences.map((terms) => {
    const tokens: Token[] = [];
    for (const term of terms) {
      // compromise expands contractions into extra zero-width terms ("it's" -> it + is): they have no text.
      if (!term.offset || term.offset.length === 0) continue;
      const from = start + term.offset.start;
      tokens.push({ text: term.text, normal: term.normal, start: from, end: from + term.offset.length, pre: term.pre, post: term.post, tags: term.tags });
    }
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    // Sentence ranges include the punctuation around the words (an opening “, a closing ”.).
    return first ? { start: Math.max(start, first.start - first.pre.length), end: Math.min(end, last.end + last.post.length), tokens } : { start, end: start, tokens };
  });
}
