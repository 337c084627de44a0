/**
 * Abbreviations whose full stop may not end a sentence (segment/sentences.ts). compromise keeps its own list and
 * never ends a sentence after one of its entries nor after an acronym ("U.S."); these lists say which whosaid
 * corrects in both directions.
 */

/** Firms, streets and name suffixes as news abbreviates them ("Inc.", "St.", "Jr."). Lower case, without the full stop. */
const FIRM_AND_PLACE_ABBREVIATIONS = ['inc', 'corp', 'co', 'ltd', 'bros', 'jr', 'sr', 'st', 'ave', 'blvd', 'rd'];

/** U.S. states as news abbreviates them ("Calif.", "Wash."). Lower case, without the full stop. */
const STATE_ABBREVIATIONS = [
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
];

/**
 * Abbreviations after which a lower-case word or a number goes on the same sentence ("180 lbs. when he enlisted",
 * "the No. 2 Republican", "neighbor vs. neighbor"): units, numbering, months, places and firms as news writes them.
 * Lower case, without the full stop.
 */
export const ABBREVIATIONS = new Set([
  // numbering and comparison
  'no',
  'nos',
  'vs',
  'v',
  'approx',
  'est',
  'ca',
  'vol',
  'pp',
  'fig',
  // units
  'lb',
  'lbs',
  'oz',
  'ft',
  'yd',
  'yds',
  'mi',
  'sq',
  'hr',
  'hrs',
  'min',
  'sec',
  'mph',
  // months
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  // firms, places and name suffixes (these may also end a sentence: SENTENCE_FINAL_ABBREVIATIONS)
  ...FIRM_AND_PLACE_ABBREVIATIONS,
  'mt',
  'dept',
  'univ',
  'govt',
  // U.S. states as news abbreviates them
  ...STATE_ABBREVIATIONS,
]);

/**
 * Abbreviated titles, which go on with the name after them ("then-Sen. Barack Obama", "Sen.\u00a0Lindsey Graham" with a
 * no-break space, which compromise ends a sentence after). Lower case, without the full stop.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'lt',
  'gen',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'prof',
  'rev',
  'atty',
  'supt',
  'det',
  'insp',
  'amb',
  'pres',
  'msgr',
  'hon',
]);

/** Abbreviations that go on only before a number ("No. 2"; "The answer was no. Then …" ends a sentence). */
export const NUMBERING_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'pp', 'fig']);

/**
 * Abbreviations that also end sentences: a firm, a name suffix, a street or a state closes a sentence when a
 * sentence opener follows ("… in Fresno, Calif. The company …", "… Acme Inc. It said …"). Acronyms ("the U.S. The
 * move …") count too.
 */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set([...FIRM_AND_PLACE_ABBREVIATIONS, 'etc', ...STATE_ABBREVIATIONS]);

/**
 * Capitalised words that open a sentence and are never part of a name after an abbreviation: "… the U.S. The
 * move …" ends a sentence, "… the U.S. Army …" does not. Lower case.
 */
export const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'i',
  'he',
  'she',
  'it',
  'we',
  'they',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'there',
  'but',
  'and',
  'so',
  'yet',
  'however',
  'still',
  'then',
  'while',
  'when',
  'if',
  'as',
  'after',
  'although',
  'though',
  'since',
  'because',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'some',
  'many',
  'most',
  'one',
  'what',
  'who',
  'why',
  'how',
]);
