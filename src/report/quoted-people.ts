/**
 * The people a document quotes, as both `whosaid report` and the evaluation's gender scores count them: person
 * sources with at least one attributed claim of speech, once per document by cleaned name, by gender. Pure.
 */
import type { DocumentResult } from '../types.js';

/** The genders of quoted people; a person whose gender the article does not tell is unknown. */
export const GENDERS = ['female', 'male', 'unknown'] as const;
export type GenderKey = (typeof GENDERS)[number];

/**
 * A name as people are merged by (across a document and across a corpus), as the Gender Gap Tracker compares
 * names: lower case, punctuation removed, spaces collapsed.
 */
export function cleanName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The people a document quotes: person sources with at least one attributed claim of speech, by gender, as cleaned
 * names. A claim whose cue reports a belief, evidence or an intention ("Thinking that …, Lee left", "she knows it",
 * "the judge ordered a recount": `Claim.cueClass`) quotes nobody, nor does one whose content is a noun phrase rather
 * than words said ("the mayor thanked the crew": `Claim.content` "phrase"); a quote, a partial quote and a reported
 * claim of speech with a clause do.
 */
export function quotedPeople(result: DocumentResult): Record<GenderKey, Set<string>> {
  const quoted = new Set(
    result.claims.flatMap((c) =>
      c.source === null || c.kind === 'unattributed' || c.cueClass !== undefined || c.content === 'phrase'
        ? []
        : [c.source],
    ),
  );
  const people: Record<GenderKey, Set<string>> = { female: new Set(), male: new Set(), unknown: new Set() };
  for (const source of result.sources) {
    if (source.kind !== 'person' || !quoted.has(source.id)) continue;
    const name = cleanName(source.name);
    if (name !== '') people[source.gender ?? 'unknown'].add(name);
  }
  // A name given two genders by two sources counts once, as unknown.
  for (const name of people.female)
    if (people.male.has(name)) {
      people.female.delete(name);
      people.male.delete(name);
      people.unknown.add(name);
    }
  return people;
}
