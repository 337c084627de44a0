/**
 * Queries on a sentence's analysis for the resolver: which noun phrase a mention inside another phrase stands for
 * ("a man who works for [Google]" -> "a man"). Each takes the analysis and a token index into it and reads only
 * the chunks and clauses `analyse` computed: nothing here walks tokens or reads the text.
 */
import type { Chunk, SentenceSyntax } from './types.js';
import { PERSON_RELATIVES } from '../lexicon/function-words.js';

/** Deepest clause nesting looked up from a mention to the relative clause that holds it. */
const MAX_CLAUSE_HOPS = 4;
/** Longest relative clause before the mention it holds ("who works for", "whose son plays for"), in tokens. */
const MAX_RELATIVE_CLAUSE = 8;

/** Whether no punctuation or quote mark breaks the tokens from `first` to `last` (inclusive ends excluded). */
export function unbroken(s: SentenceSyntax, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (s.breaks[k]) return false;
  return true;
}

/**
 * The chunk a restrictive relative clause of people describes, when token `at` opens the object of a preposition
 * inside it ("A man who works for [Google] said", "A woman whose son plays for [the Oilers]"), or null. A clause
 * set off by a comma ("Jane Roe, who works for Google,"), a break between the relative pronoun and the mention
 * ("family members who were affected by the shooting, according to [AP]") or a pronoun antecedent does not count.
 */
export function relativeClauseHost(s: SentenceSyntax, at: number): Chunk | null {
  const chunk = s.chunks[s.chunkAt[at]];
  if (!chunk || chunk.first !== at || chunk.preposition !== at - 1) return null;
  let index = s.clauseAt[at];
  for (let hops = 0; hops < MAX_CLAUSE_HOPS && index >= 0 && s.clauses[index].kind !== 'relative'; hops++)
    index = s.clauses[index].parent;
  const clause = s.clauses[index];
  if (!clause || clause.kind !== 'relative' || clause.antecedent < 0 || clause.opener < 1) return null;
  if (!PERSON_RELATIVES.has(s.tokens[clause.opener].normal) || s.breaks[clause.opener - 1]) return null;
  if (at - clause.opener > MAX_RELATIVE_CLAUSE || !unbroken(s, clause.opener, at)) return null;
  const host = s.chunks[clause.antecedent];
  return s.classes[host.head] === 'noun' ? host : null;
}
