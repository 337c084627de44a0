/**
 * Words by which an article tells how it refers to a person: pronouns, honorifics, gendered role nouns and
 * kinship words. Closed lists compiled by hand from English usage (AP style's honorifics; role nouns that
 * carry -man/-woman or a gendered suffix); words used of either gender today ("actor", "host", "chair",
 * "firefighter", "priest") are left out on purpose.
 */
import type { Gender } from '../types.js';

/** Third-person singular pronouns; "they" tells nothing and is not here. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

/**
 * Honorifics written before a name ("Ms. Okafor", "Sir Keir", "Dr. Lee"), without the period, with the gender
 * each tells (null: none). The one list of honorifics: titles (src/lexicon/titles.ts) and the evaluation's name
 * matching take theirs from it.
 */
export const HONORIFICS: ReadonlyMap<string, Gender | null> = new Map<string, Gender | null>([
  ['mr', 'male'],
  ['messrs', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['mme', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['dr', null],
]);

/** The honorifics that tell a gender. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, Gender> = new Map(
  [...HONORIFICS].filter((entry): entry is [string, Gender] => entry[1] !== null),
);

const roles = (gender: Gender, words: string[]): [string, Gender][] => words.map((w) => [w, gender]);

/** Role nouns that carry a gender ("spokeswoman", "chairman"), used as a title or in apposition. */
export const GENDERED_ROLE_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ...roles('female', [
    'spokeswoman',
    'chairwoman',
    'congresswoman',
    'councilwoman',
    'alderwoman',
    'assemblywoman',
    'businesswoman',
    'anchorwoman',
    'policewoman',
    'sportswoman',
    'stateswoman',
    'forewoman',
    'craftswoman',
    'countrywoman',
    'frontwoman',
    'actress',
    'waitress',
    'heiress',
    'duchess',
    'countess',
    'baroness',
    'princess',
    'queen',
    'empress',
    'headmistress',
    'landlady',
    'nun',
    'woman',
    'girl',
  ]),
  ...roles('male', [
    'spokesman',
    'chairman',
    'congressman',
    'councilman',
    'alderman',
    'assemblyman',
    'businessman',
    'anchorman',
    'policeman',
    'sportsman',
    'statesman',
    'foreman',
    'craftsman',
    'countryman',
    'frontman',
    'duke',
    'baron',
    'prince',
    'king',
    'emperor',
    'headmaster',
    'landlord',
    'monk',
    'man',
    'boy',
  ]),
]);

/** Kinship words ("the victim's mother", "her husband"), used of the person in apposition or as a title. */
export const GENDERED_KINSHIP_WORDS: ReadonlyMap<string, Gender> = new Map([
  ...roles('female', [
    'mother',
    'mom',
    'mum',
    'wife',
    'daughter',
    'sister',
    'grandmother',
    'grandma',
    'granddaughter',
    'aunt',
    'niece',
    'girlfriend',
    'fiancée',
    'widow',
    'stepmother',
    'stepdaughter',
  ]),
  ...roles('male', [
    'father',
    'dad',
    'husband',
    'son',
    'brother',
    'grandfather',
    'grandpa',
    'grandson',
    'uncle',
    'nephew',
    'boyfriend',
    'fiancé',
    'widower',
    'stepfather',
    'stepson',
  ]),
]);
