/**
 * What every attribution stage reads about one document, built once by the pipeline and passed as one object
 * instead of six to eight parameters: the text, its sentences with their syntax, its quotes, the cue table and
 * the paragraph lookups.
 */
import type { Quote } from '../detect/quotes.js';
import type { Sentence } from '../segment/sentences.js';
import type { SentenceSyntax } from '../syntax/types.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';

export interface DocumentContext {
  text: string;
  sentences: Sentence[];
  /** The shallow syntax of each sentence, by sentence index (src/syntax/), computed once. */
  syntax: SentenceSyntax[];
  quotes: Quote[];
  /** The quotes that lie inside no other quote, in text order. */
  topLevel: Quote[];
  verbs: Map<string, CueVerbEntry>;
  /** The paragraph an offset lies in. */
  paragraphOf: (offset: number) => number;
  /** Where a paragraph starts. */
  paragraphStart: (index: number) => number;
}
