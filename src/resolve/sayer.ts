/**
 * What links a name to a pronoun or a "who" after it, asked of the syntax layer: the sayer gap ("Trump said he …"), the
 * pronoun opening a claim's content ("said that if elected, she …"), and the gap before a relative pronoun
 * ("Cruz of Texas, who …").
 */
import type { TokenIndex } from './tokens.js';
import { openingChunks, relativeFollows } from '../syntax/mention-phrase.js';

/**
 * What stands between a name and the pronoun that is its claim's subject ("Trump said he", "Cruz has also argued
 * on Monday that she", "Ruiz told reporters he"), asked of the syntax layer: a sayer's verb phrase.
 */
export { isSayerGap } from '../syntax/mention-phrase.js';

/** Pronouns that may open a claim's content as its subject and stand for its source. */
const CONTENT_SUBJECTS = new Set(['he', 'she', 'they', 'it']);

/**
 * The subject pronoun opening a content that starts at token `at` of the index, asked of the syntax layer: after
 * an optional "that" and a short introductory clause ending in a comma ("that if elected, she would …"). Its
 * token index, or -1.
 */
export function contentSubject(index: TokenIndex, at: number): number {
  const { syntax, at: local } = index.syntaxAt(at);
  const subject = openingChunks(syntax, local).find(
    (chunk) => chunk.first === chunk.head && CONTENT_SUBJECTS.has(syntax.tokens[chunk.head].normal),
  );
  return subject ? at + (subject.head - local) : -1;
}

/**
 * What may stand between a name (ending at token `from - 1` of the index) and the "who" at token `who`, asked of
 * the syntax layer (relativeFollows): nothing but a comma ("Cruz, who"), a place ("Cruz of Texas, who"), or a first
 * relative clause and "and" ("Cruz, who won Iowa, and who"). Both tokens lie in one sentence.
 */
export function isRelativeGap(index: TokenIndex, from: number, who: number): boolean {
  const { syntax, at } = index.syntaxAt(who);
  return relativeFollows(syntax, at - (who - from), at);
}
