/**
 * Whether what a reported claim says is a clause or a phrase, asked of the syntax layer: a content holding a verb
 * group with a tense is a clause ("said [the river floods]", "according to X, [the dam was unsafe]"); one without is
 * a phrase, though a relative clause may describe its noun ("criticized [Lockwood's appointment]", "urged [the reinvestigation of nine deaths]", "wanted [to know
 * the number]"). Corpora differ here: PolNeAR annotates both, the Gender Gap Tracker only clauses, so the claim says
 * which it is and users and scorers choose.
 */
import type { ContentForm, Span } from '../types.js';
import type { Sentence } from '../segment/sentences.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../segment/locate.js';
import type { ClauseKind, SentenceSyntax } from './types.js';

const RELATIVE: ReadonlySet<ClauseKind> = new Set(['relative', 'reduced-relative']);

/** The form of the content `span`, read from the syntax of the sentences it lies in. */
export function contentForm(
  sentences: readonly Sentence[],
  syntax: readonly SentenceSyntax[],
  span: Pick<Span, 'start' | 'end'>,
): ContentForm {
  for (let s = Math.max(0, lastStartingAtOrBefore(sentences, span.start)); s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentence.start >= span.end) break;
    const { tokens, verbAt, verbs, clauseAt, clauses } = syntax[s];
    // Only the content's own tokens: a sentence may be long and hold many claims.
    for (let i = Math.max(0, firstStartingAtOrAfter(tokens, span.start)); i < tokens.length; i++) {
      if (tokens[i].end > span.end) break;
      // A relative clause describes a noun of the phrase ("the transcript of which was posted"): no clause of its own.
      if (verbAt[i] >= 0 && verbs[verbAt[i]].finite && !RELATIVE.has(clauses[clauseAt[i]].kind)) return 'clause';
    }
  }
  return 'phrase';
}
