/**
 * The frame of a cue noun: its possessor before it and its complement after it ("[the governor's] criticism of
 * [the transit plan]", "[his] warning [that rates would rise]", "[Clinton's] decision [to run]"). Asked by the
 * noun-cue sieves of src/detect/cues.ts and src/attribute/attributions.ts, so neither walks tokens itself.
 */
import type { ClauseKind, SentenceSyntax } from './types.js';
import { CUE_NOUN_PREPOSITIONS } from '../lexicon/cue-nouns.js';
import { MAX_CONTENT_LENGTH } from './content-bounds.js';

/** Token ranges (inclusive) of a cue noun's frame. */
export interface NounCueFrame {
  /** The possessor: "his", "the governor's". */
  possessor: { first: number; last: number };
  /** The cue's last token: the noun, or the preposition after it ("support for"). */
  cueLast: number;
  /** What the noun is about: a noun phrase, a "that" clause or a "to" infinitive. */
  content: { first: number; last: number };
}

/** Clauses a cue noun's "that" or "to" opens. */
const OPENED_CLAUSES: ReadonlySet<ClauseKind> = new Set(['complement', 'infinitival']);
/** How many adjectives may stand between a possessor and its cue noun ("Trump's controversial proposal"). */
const MAX_ADJECTIVES = 2;
/** A possessive ending: "governor's", "Sanders'", "Trump’s". */
const POSSESSIVE_ENDING = /\p{L}['’]s?$/u;

/** The possessor of the noun at tokens[noun], with no break between them, or null. */
function possessorBefore(s: SentenceSyntax, noun: number): { first: number; last: number } | null {
  let k = noun - 1;
  while (k >= 0 && noun - 1 - k < MAX_ADJECTIVES && s.classes[k] === 'adjective' && !s.breaks[k]) k--;
  if (k < 0 || s.breaks[k] || s.inQuote[k]) return null;
  if (s.classes[k] === 'possessive' || (s.tokens[k].tags.has('Possessive') && s.tokens[k].tags.has('Pronoun')))
    return { first: k, last: k };
  if (s.classes[k] !== 'noun' || !POSSESSIVE_ENDING.test(s.tokens[k].text)) return null;
  const chunk = s.chunkAt[k] >= 0 ? s.chunks[s.chunkAt[k]] : null;
  return { first: chunk && chunk.first <= k ? chunk.first : k, last: k };
}

/** Clauses that may stand inside a cue noun's content ("support for a law [that protects gun makers]"). */
const NESTED_CLAUSES: ReadonlySet<ClauseKind> = new Set(['relative', 'reduced-relative', 'complement', 'infinitival']);

/**
 * The last token of the phrase that starts at tokens[first] after a cue noun's preposition: up to a break, or up
 * to the verb of the clause the cue noun stands in ("[Trump's support for the group] (drew) fire"); a clause that
 * opens inside the phrase goes with it ("calls for Silicon Valley {to roll back encryption}").
 */
function phraseLast(s: SentenceSyntax, first: number): number {
  const reach = s.tokens[first].start + MAX_CONTENT_LENGTH;
  for (let k = first + 1; k < s.tokens.length; k++) {
    if (s.breaks[k - 1] || s.tokens[k].end > reach) return k - 1;
    const group = s.verbAt[k];
    if (group < 0 || s.verbs[group].first !== k || !s.verbs[group].finite) continue;
    const clause = s.clauses[s.clauseAt[k]];
    if (!NESTED_CLAUSES.has(clause.kind) || clause.first <= first) return k - 1;
  }
  return s.tokens.length - 1;
}

/**
 * Where a clause opened at tokens[first] ends: before a clause coordinated to it without a conjunction, which is
 * the sentence's own verb going on ("[his decision to run] {coord surprised few}").
 */
function openedClauseLast(s: SentenceSyntax, first: number, last: number): number {
  for (let k = first + 1; k <= last; k++) {
    const clause = s.clauses[s.clauseAt[k]];
    if (clause.kind === 'coordinated' && clause.first === k && clause.opener < 0) return k - 1;
  }
  return last;
}

/** Whether a circumstance of time starts at tokens[k] ("his decision on Friday"). */
const timeAt = (s: SentenceSyntax, k: number): boolean =>
  s.circumstances.some((c) => c.kind === 'time' && c.first === k);

/**
 * The frame of a cue noun at tokens[noun] that has a possessor and a complement, or null: "his support" alone,
 * "the plan" without a possessor, or a noun inside a longer phrase ("his attack ads") is none. With `clauseOnly`,
 * only a "that" clause makes a complement ("the coach's claim that …").
 */
export function possessedNounCue(s: SentenceSyntax, noun: number, clauseOnly = false): NounCueFrame | null {
  const { tokens } = s;
  const next = noun + 1;
  if (next >= tokens.length || s.breaks[noun] || s.inQuote[noun]) return null;
  if (s.chunkAt[noun] >= 0 && s.chunks[s.chunkAt[noun]].last !== noun) return null;
  const possessor = possessorBefore(s, noun);
  if (!possessor) return null;
  const word = tokens[next].normal;
  // "his warning that rates would rise", "her decision to run": the clause is the content, with its opener.
  if (word === 'that' || (word === 'to' && !clauseOnly && s.verbAt[next + 1] >= 0)) {
    if (next + 1 >= tokens.length) return null;
    // The clause the syntax opens there: a complement or an infinitive that starts at "that" or "to".
    const clause = s.clauses[s.clauseAt[next + 1]];
    if (clause.first < next || clause.last <= next || !OPENED_CLAUSES.has(clause.kind)) return null;
    return { possessor, cueLast: noun, content: { first: next, last: openedClauseLast(s, next, clause.last) } };
  }
  // "support for the deal", "attacks on Mr. Clinton": the preposition belongs to the cue, its object is the content.
  if (
    !clauseOnly &&
    CUE_NOUN_PREPOSITIONS.has(word) &&
    next + 1 < tokens.length &&
    !s.breaks[next] &&
    s.chunkAt[next + 1] >= 0
  ) {
    if (timeAt(s, next)) return null;
    return { possessor, cueLast: next, content: { first: next + 1, last: phraseLast(s, next + 1) } };
  }
  return null;
}
