/**
 * The shallow syntax of one sentence, computed once by `analyse` and asked by every later stage: noun-phrase
 * chunks, verb groups, clauses with their subjects and parents, circumstance phrases, and breaks. Every index
 * is a token index into the sentence's tokens; ranges are inclusive.
 */
import type { Token } from '../segment/nlp.js';

/** The word class the syntax layer reads a token as (closed classes first, then compromise's tags). */
export type WordClass =
  | 'determiner'
  | 'possessive'
  | 'pronoun'
  | 'relative'
  | 'that'
  | 'subordinator'
  | 'preposition'
  | 'coordinator'
  | 'auxiliary'
  | 'to'
  | 'negation'
  | 'adverb'
  | 'verb'
  | 'gerund'
  | 'adjective'
  | 'noun'
  | 'number'
  | 'other';

/** A noun phrase. */
export interface Chunk {
  first: number;
  last: number;
  /** The head: its last noun, name, number or pronoun. */
  head: number;
  /** The determiner or possessive pronoun that opens it, or -1. */
  determiner: number;
  /** The last token of a possessor inside it ("the coach's claim": coach's), or -1. */
  possessive: number;
  /** The preposition that governs it ("of [the party]"), or -1. */
  preposition: number;
  /** The chunk it is coordinated with ("[Smith] and [Jones]": Jones → Smith), or -1. */
  coordinatedWith: number;
  /** The chunk that is its appositive ("Hugh Hill, a doctor at the clinic,"), or -1. */
  appositive: number;
  /** The chunk it is an appositive of, or -1. */
  appositiveOf: number;
  /** The last token of the phrase as written, with its appositive or parenthesis (its own last otherwise). */
  writtenLast: number;
  /** A relative pronoun standing for a chunk ("who", "which", "that"). */
  relative: boolean;
}

/** A verb group: auxiliaries, adverbs, the head verb and a particle. */
export interface VerbGroup {
  first: number;
  last: number;
  /** The main verb (or the last auxiliary when there is none: "is", "has"). */
  head: number;
  auxiliaries: number[];
  adverbs: number[];
  /** A particle after the head ("shot back"), or -1. */
  particle: number;
  /** Whether it carries a tense: opens with a modal, a finite auxiliary or a tensed verb, not with "to" or -ing. */
  finite: boolean;
  /** A tensed verb with no auxiliary and a past form: a finite verb or a participle ("hired"). */
  barePast: boolean;
}

export type ClauseKind =
  | 'main'
  | 'quote'
  | 'relative'
  | 'reduced-relative'
  | 'participial'
  | 'infinitival'
  | 'adverbial'
  | 'complement'
  | 'coordinated';

/** A clause: its extent, its opener, its subject chunk and its verb group, and the clause it belongs to. */
export interface Clause {
  kind: ClauseKind;
  first: number;
  last: number;
  /** The word that opens it ("who", "that", "because", "and", "with", "to"), or -1. */
  opener: number;
  /** Index into `chunks` of its subject, or -1 (a participle or a coordinated verb shares its parent's). */
  subject: number;
  /** Whether the subject follows the verb ("…,” said Jeffrey"). */
  inverted: boolean;
  /** Index into `verbs` of its verb group, or -1. */
  verb: number;
  /** Index into `clauses` of the clause it belongs to, or -1 for a top-level clause. */
  parent: number;
  /** For a relative clause: the chunk it describes, or -1. */
  antecedent: number;
}

export type CircumstanceKind = 'time' | 'place' | 'manner' | 'source';

/** A phrase that says when, where, how or on whose word something happened ("on Friday", "in a statement"). */
export interface Circumstance {
  kind: CircumstanceKind;
  first: number;
  last: number;
}

/** The shallow syntax of a sentence. */
export interface SentenceSyntax {
  tokens: Token[];
  classes: WordClass[];
  /** breaks[i]: punctuation ends a phrase between tokens i and i+1 (the last token always breaks). */
  breaks: boolean[];
  /** quoteBreaks[i]: a quote mark stands between tokens i and i+1. */
  quoteBreaks: boolean[];
  /** inQuote[i]: token i lies inside a top-level quote. */
  inQuote: boolean[];
  chunks: Chunk[];
  verbs: VerbGroup[];
  clauses: Clause[];
  circumstances: Circumstance[];
  /** chunkAt[i]: the chunk token i belongs to, or -1. */
  chunkAt: Int32Array;
  /** verbAt[i]: the verb group token i belongs to, or -1. */
  verbAt: Int32Array;
  /** clauseAt[i]: the innermost clause token i belongs to. */
  clauseAt: Int32Array;
}
