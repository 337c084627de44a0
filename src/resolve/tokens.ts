/**
 * The article's tokens in one array, for the resolver's sieves: what stands right before or after a mention
 * ("Rep. Ann Lo, D-Ore.", "a source familiar with the talks"), and which paragraphs are no prose (a caption or
 * credit line with no finite verb, asked of the syntax layer), across which no pronoun finds its antecedent.
 * Tokens and tags come from the segment layer; nothing here reads the raw text with word patterns.
 */
import type { Sentence, Token } from '../segment/sentences.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { lastStartingAtOrBefore } from '../segment/locate.js';
import { holdsFiniteVerb } from '../syntax/mention-phrase.js';

/** The token shape tests live with the syntax layer's queries; the resolver's modules take them from here. */
export {
  bare,
  breaksAfter,
  isCalendarName,
  isCapitalized,
  isPeopleNoun,
  isPersonNoun,
  isPossessive,
  isTitle,
} from '../syntax/token-shape.js';

/** Tokens in text order with their sentence, and the paragraphs that are no prose. */
export class TokenIndex {
  readonly tokens: Token[] = [];
  /** The sentence index of each token. */
  readonly sentenceOf: number[] = [];
  /** The index of the first token of each sentence, by sentence index. */
  private readonly sentenceFirst = new Map<number, number>();
  /** The paragraph of each sentence, by sentence index. */
  private readonly paragraphOf = new Map<number, number>();
  /** Where each paragraph's first sentence starts, by paragraph index. */
  private readonly paragraphStarts = new Map<number, number>();
  /**
   * Paragraphs that are no prose but name someone (a credit line "Photo: Jane Doe/Reuters", a caption "Mayor Ann
   * Lee at the pier"): no verb and a name in them, as offset ranges in text order. A list of ingredients is none.
   */
  readonly barriers: { start: number; end: number }[] = [];

  /** `syntax`: the analysis of each sentence by sentence index (src/syntax/), computed once by the pipeline. */
  constructor(
    sentences: Sentence[],
    private readonly names: readonly { start: number; end: number }[],
    private readonly syntax: readonly SentenceSyntax[],
  ) {
    const verbless = new Map<number, { start: number; end: number; verb: boolean }>();
    for (const sentence of sentences) {
      this.sentenceFirst.set(sentence.index, this.tokens.length);
      this.paragraphOf.set(sentence.index, sentence.paragraph);
      if (!this.paragraphStarts.has(sentence.paragraph)) this.paragraphStarts.set(sentence.paragraph, sentence.start);
      for (const token of sentence.tokens) {
        this.tokens.push(token);
        this.sentenceOf.push(sentence.index);
      }
      const paragraph = verbless.get(sentence.paragraph) ?? { start: sentence.start, end: sentence.end, verb: false };
      paragraph.end = sentence.end;
      paragraph.verb ||= holdsFiniteVerb(sentence.tokens);
      verbless.set(sentence.paragraph, paragraph);
    }
    for (const paragraph of verbless.values()) {
      const name = lastStartingAtOrBefore(names, paragraph.end - 1);
      if (!paragraph.verb && name >= 0 && names[name].start >= paragraph.start) this.barriers.push(paragraph);
    }
  }

  /** The index of the token that starts at `offset`, or -1. */
  at(offset: number): number {
    const i = lastStartingAtOrBefore(this.tokens, offset);
    return i >= 0 && this.tokens[i].start === offset ? i : -1;
  }

  /** The index of the first token of the sentence of token i. */
  sentenceStart(i: number): number {
    return this.sentenceFirst.get(this.sentenceOf[i]) ?? i;
  }

  /** Where the paragraph of token i starts, as an offset. */
  paragraphStart(i: number): number {
    return this.paragraphStarts.get(this.paragraphOf.get(this.sentenceOf[i]) ?? -1) ?? 0;
  }

  /** Whether tokens i and j are in the same paragraph. */
  sameParagraph(i: number, j: number): boolean {
    return this.paragraphOf.get(this.sentenceOf[i]) === this.paragraphOf.get(this.sentenceOf[j]);
  }

  /** The analysis of each sentence with tokens, in text order. */
  analyses(): SentenceSyntax[] {
    return [...this.sentenceFirst.keys()].map((sentence) => this.syntax[sentence]);
  }

  /** The analysis of the sentence of token i, and the token's index in it. */
  syntaxAt(i: number): { syntax: SentenceSyntax; at: number } {
    return { syntax: this.syntax[this.sentenceOf[i]], at: i - this.sentenceStart(i) };
  }

  /** Whether tokens i and j are in the same sentence. */
  sameSentence(i: number, j: number): boolean {
    return (
      i >= 0 && j >= 0 && i < this.tokens.length && j < this.tokens.length && this.sentenceOf[i] === this.sentenceOf[j]
    );
  }

  /** Where the person's name found in the text that ends with this token starts, or -1. */
  personNameStartEnding(token: Token): number {
    const i = lastStartingAtOrBefore(this.names, token.start);
    return i >= 0 && this.names[i].end === token.end ? this.names[i].start : -1;
  }

  /** Whether a person's name found in the text ends with this token ("Sen. Ray Dorn" at "Dorn"). */
  endsPersonName(token: Token): boolean {
    const i = lastStartingAtOrBefore(this.names, token.start);
    return i >= 0 && this.names[i].end === token.end;
  }

  /** Whether an offset lies in a caption or credit line: a name there is no antecedent of a pronoun after it. */
  inBarrier(offset: number): boolean {
    const i = lastStartingAtOrBefore(this.barriers, offset);
    return i >= 0 && offset < this.barriers[i].end;
  }
}
