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
import { MAX_CLAUSE_DEPTH } from './analyse.js';

const RELATIVE: ReadonlySet<ClauseKind> = new Set(['relative', 'reduced-relative']);

/**
 * Whether clause `c` is a relative clause, or lies inside one set off by a comma or a parenthesis that describes a
 * name ("Espinos, who like Montalban was born in Mexico"). Only its nearest few parents are looked at; a restrictive
 * relative clause may run on into the main verb as the analysis reads it ("the teen whose body was found in a park
 * is being treated …"), so a clause inside one still counts.
 */
function insideRelative(s: SentenceSyntax, c: number): boolean {
  if (c < 0 || RELATIVE.has(s.clauses[c].kind)) return c >= 0;
  for (let k = s.clauses[c].parent, up = 1; k >= 0 && up < MAX_CLAUSE_DEPTH; k = s.clauses[k].parent, up++) {
    const clause = s.clauses[k];
    if (RELATIVE.has(clause.kind) && clause.first > 0 && s.breaks[clause.first - 1]) return true;
  }
  return false;
}

/** The form of the content `span`, read from the syntax of the sentences it lies in. */
export function contentForm(
  sentences: readonly Sentence[],
  syntax: readonly SentenceSyntax[],
  span: Pick<Span, 'start' | 'end'>,
): ContentForm {
  for (let s = Math.max(0, lastStartingAtOrBefore(sentences, span.start)); s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentence.start >= span.end) break;
    const { tokens, verbAt, verbs, clauseAt } = syntax[s];
    // Only the content's own tokens: a sentence may be long and hold many claims.
    for (let i = Math.max(0, firstStartingAtOrAfter(tokens, span.start)); i < tokens.length; i++) {
      if (tokens[i].end > span.end) break;
      // A relative clause describes a noun of the phrase ("the transcript of which was posted"), and so does a
      // clause inside it ("Espinos, who like Montalban was born in Mexico"): no clause of its own.
      if (verbAt[i] >= 0 && verbs[verbAt[i]].finite && !insideRelative(syntax[s], clauseAt[i])) return 'clause';
    }
  }
  return 'phrase';
}
