/**
 * Titles and honorifics that precede a person's name ("Ambassador James Jeffrey", "Sen. Ted Cruz").
 * They are stripped from the source name and kept as its `title`. Compiled from AP style's list of
 * formal titles and the titles frequent before names in polnear-train.jsonl.
 */
export const TITLES = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative',
    'gov', 'governor', 'president', 'vice', 'ambassador', 'secretary', 'gen', 'general', 'col', 'colonel',
    'lt', 'lieutenant', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr',
    'commander', 'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'speaker', 'rev', 'reverend',
    'pope', 'king', 'queen', 'prince', 'princess', 'minister', 'prime', 'mayor', 'director', 'attorney',
    'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'assistant', 'leader', 'candidate',
    'nominee', 'former', 'state', 'sheriff', 'officer', 'detective', 'inspector', 'coach', 'sir', 'dame',
    'lord', 'lady', 'councilman', 'councilwoman', 'congressman', 'congresswoman', 'delegate', 'commissioner',
    'special', 'envoy', 'agent', 'trooper', 'pastor', 'father', 'sister', 'brother', 'rabbi', 'imam', 'ceo',
  ],
);

/** Honorifics that tell a person's gender, for pronoun resolution. */
export const MALE_TITLES = new Set(['mr', 'sir', 'king', 'prince', 'lord', 'father', 'brother', 'congressman', 'councilman', 'chairman', 'spokesman']);
export const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'queen', 'princess', 'dame', 'lady', 'sister', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman']);
