/** Test helper for the syntax-layer query tables: a sentence with one word marked. */
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { detectQuotes } from '../../src/detect/quotes.js';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import type { SentenceSyntax } from '../../src/syntax/types.js';

/** A one-sentence text with `^` before one word: its analysis and the index of that word's token. */
export function marked(written: string): { s: SentenceSyntax; at: number } {
  const offset = written.indexOf('^');
  const text = written.slice(0, offset) + written.slice(offset + 1);
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  const [sentence] = tagRange(text, 0, text.length);
  const s = analyse(sentence.tokens, quotes);
  const at = s.tokens.findIndex((t) => t.start === offset);
  if (at < 0) throw new Error(`no token at the mark: ${written}`);
  return { s, at };
}
