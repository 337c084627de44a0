import { HONORIFICS } from './gender-words.js';

/**
 * Honorifics stripped from a source's name as its title: the everyday ones ("Mr.", "Dr."), not the plural
 * "Messrs.", the French "Mme" or those of rank ("Sir Keir", "Lady Hale"), which have not been taken as titles.
 */
const TITLE_HONORIFICS = [...HONORIFICS.keys()].filter(
  (h) => !['messrs', 'mme', 'sir', 'lord', 'dame', 'lady'].includes(h),
);

/** Honorifics of one person that tell a gender, for pronoun resolution: all but the plural "Messrs." and "Mme". */
const honorificsOf = (gender: 'male' | 'female') =>
  [...HONORIFICS].filter(([h, g]) => g === gender && h !== 'messrs' && h !== 'mme').map(([h]) => h);

/**
 * Titles and honorifics that precede a person's name ("Ambassador James Jeffrey", "Sen. Ted Cruz").
 * They are stripped from the source name and kept as its `title`. Compiled from AP style's list of
 * formal titles and the titles frequent before names in polnear-train.jsonl.
 */
export const TITLES = new Set([
  ...TITLE_HONORIFICS,
  'prof',
  'professor',
  'sen',
  'senator',
  'rep',
  'representative',
  'gov',
  'governor',
  'president',
  'vice',
  'ambassador',
  'secretary',
  'gen',
  'general',
  'col',
  'colonel',
  'lt',
  'lieutenant',
  'maj',
  'major',
  'capt',
  'captain',
  'sgt',
  'sergeant',
  'adm',
  'admiral',
  'cmdr',
  'commander',
  'judge',
  'justice',
  'chairman',
  'chairwoman',
  'chair',
  'speaker',
  'rev',
  'reverend',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'minister',
  'prime',
  'mayor',
  'premier',
  'director',
  'attorney',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'deputy',
  'assistant',
  'leader',
  'candidate',
  'nominee',
  'former',
  'state',
  'sheriff',
  'officer',
  'detective',
  'inspector',
  'coach',
  'sir',
  'dame',
  'lord',
  'lady',
  'councilman',
  'councilwoman',
  'congressman',
  'congresswoman',
  'delegate',
  'commissioner',
  'special',
  'envoy',
  'agent',
  'trooper',
  'pastor',
  'father',
  'sister',
  'brother',
  'rabbi',
  'imam',
  'ceo',
]);

/** Honorifics that tell a person's gender, for pronoun resolution. */
export const MALE_TITLES = new Set([
  ...honorificsOf('male'),
  'king',
  'prince',
  'father',
  'brother',
  'congressman',
  'councilman',
  'chairman',
  'spokesman',
]);
export const FEMALE_TITLES = new Set([
  ...honorificsOf('female'),
  'queen',
  'princess',
  'sister',
  'congresswoman',
  'councilwoman',
  'chairwoman',
  'spokeswoman',
]);

/**
 * Role nouns that are also titles, with the title words that hold the role: a definite description ending in
 * one ("the senator", "the Ohio governor") is a person given that title ("Sen. Ruiz"), never a person the
 * article gives another title.
 */
export const ROLE_TITLES: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  senator: ['sen', 'senator'],
  governor: ['gov', 'governor'],
  congressman: ['rep', 'representative', 'congressman'],
  congresswoman: ['rep', 'representative', 'congresswoman'],
  president: ['president'],
  mayor: ['mayor'],
  candidate: ['candidate'],
  nominee: ['nominee'],
  secretary: ['secretary'],
  ambassador: ['ambassador'],
  judge: ['judge'],
  pope: ['pope'],
  minister: ['minister'],
  premier: ['premier'],
  chief: ['chief'],
  sheriff: ['sheriff'],
  lawmaker: ['sen', 'senator', 'rep', 'representative'],
});

/** Role words that tell a person's gender ("spokeswoman Tilde Maraga", "the businessman"), beside the titles. */
export const FEMALE_ROLE_NOUNS = new Set([
  'woman',
  'businesswoman',
  'mother',
  'daughter',
  'wife',
  'actress',
  'sister',
  'widow',
  'girl',
  'grandmother',
]);
export const MALE_ROLE_NOUNS = new Set([
  'man',
  'businessman',
  'father',
  'son',
  'husband',
  'brother',
  'widower',
  'boy',
  'grandfather',
]);

/** Title words that only modify a title ("former", "State Sen.", "Vice President"): no role noun by themselves. */
export const TITLE_MODIFIERS = new Set([
  'former',
  'state',
  'vice',
  'prime',
  'special',
  'deputy',
  'assistant',
  'acting',
]);
