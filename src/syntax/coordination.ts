/**
 * Predicates joined by "and"/"but" that share one subject ("The governor attacked the plan and took issue with its
 * cost"), as the syntax layer's clauses give them: asked by cue detection, so that a verb standing next to a cue
 * predicate of the same subject is read as part of what the source said or did in words.
 */
import type { SentenceSyntax } from './types.js';
import { verbTense } from './mention-frames.js';

/**
 * The pairs of verb groups [first, second] where the second opens a clause coordinated with the first's clause
 * after "and"/"but", with no subject of its own; both finite, in the same tense. One pass over the clauses (linear).
 */
export function coordinatedPredicatePairs(s: SentenceSyntax): [number, number][] {
  const pairs: [number, number][] = [];
  for (const clause of s.clauses) {
    if (clause.kind !== 'coordinated' || clause.subject >= 0 || clause.verb < 0 || clause.opener < 0) continue;
    if (s.classes[clause.opener] !== 'coordinator' || clause.parent < 0) continue;
    const parent = s.clauses[clause.parent];
    if (parent.verb < 0 || !s.verbs[parent.verb].finite || !s.verbs[clause.verb].finite) continue;
    // "wants to praise the staff and thank the donors": a base form joins the infinitive, not "wants".
    const tense = verbTense(s, clause.verb);
    if (tense === '' || verbTense(s, parent.verb) !== tense) continue;
    pairs.push([parent.verb, clause.verb]);
  }
  return pairs;
}
