/**
 * Word lists used by the number detector (`src/detect/numbers/`).
 *
 * Plain data only: every list is lowercase (the detector lowercases tokens before lookup) and
 * multi-word phrases are single-space separated. Each list says where it came from.
 */

/** Cardinal words zero..nine: standard English number names (units place). */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
]);

/** Cardinal words ten..nineteen: standard English number names (irregular teens). */
export const TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

/** Multiples of ten, twenty..ninety: standard English number names (tens place). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** "hundred" multiplies the group before it (short scale, as in US and modern UK news style). */
export const HUNDRED = 100;

/** Scale words above a hundred, short scale (billion = 10^9), as used by wire-service style guides. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** "dozen" = 12; only ever the last word of a number ("a dozen", "two dozen", "half a dozen"). */
export const DOZEN = 12;

/**
 * Scale abbreviations glued to a money amount ("$5bn", "£20m", "$300k"): the forms the
 * Economist / Reuters / FT style guides use. Only read right after a currency symbol.
 */
export const MONEY_SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
]);

/**
 * Vague plural quantities ("hundreds of people"): reported as an approximate lower bound of the
 * named scale, since "hundreds" means at least one hundred and probably several.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['dozens', 12],
  ['hundreds', 100],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
]);

/** "tens of thousands": "tens" only counts when followed by "of" and one of these plurals. */
export const TENS_OF_TARGETS: ReadonlyMap<string, number> = new Map([
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
]);

/** Fraction denominators, singular ("a third", "one-quarter"): standard English fraction names. */
export const FRACTION_SINGULAR: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['third', 3],
  ['quarter', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
]);

/** Fraction denominators, plural ("two-thirds", "three quarters"): standard English fraction names. */
export const FRACTION_PLURAL: ReadonlyMap<string, number> = new Map([
  ['halves', 2],
  ['thirds', 3],
  ['quarters', 4],
  ['fifths', 5],
  ['sixths', 6],
  ['sevenths', 7],
  ['eighths', 8],
  ['ninths', 9],
  ['tenths', 10],
]);

/**
 * Singular denominators that double as ordinals ("a third term"): read as a fraction only when
 * "of" follows or no lowercase word follows ("a third of voters", "about a third.").
 */
export const AMBIGUOUS_FRACTIONS: ReadonlySet<string> = new Set([
  'third',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);

/** Ordinal words (standard English); compounds like "twenty-first" combine TENS_WORDS with these. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['thirtieth', 30],
  ['fortieth', 40],
  ['fiftieth', 50],
  ['sixtieth', 60],
  ['seventieth', 70],
  ['eightieth', 80],
  ['ninetieth', 90],
  ['hundredth', 100],
  ['thousandth', 1000],
  ['millionth', 1e6],
]);

/**
 * Ordinals not reported when standing alone: "first" is mostly adverbial or idiomatic in news
 * ("at first", "first reported", "for the first time") and would swamp the output.
 * It still counts inside compounds ("twenty-first") and as a digit ordinal ("1st").
 */
export const STANDALONE_ORDINAL_EXCLUDED: ReadonlySet<string> = new Set(['first']);

/** Suffixes that make a digit string an ordinal ("21st", "3rd", "11th"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Approximation markers before a number: the AP Stylebook / Reuters handbook hedging vocabulary
 * for estimates ("about 200", "some 40", "an estimated 3,000").
 */
export const APPROXIMATE_MODIFIERS: readonly string[] = [
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'approximately',
  'some',
  'an estimated',
  'estimated',
  'close to',
  'circa',
  'more or less',
  'just about',
  'an approximate',
];

/**
 * Upper-bound markers ("up to 200"). "as many as" / "as much as" are upper bounds: they report the
 * largest figure given, the speaker does not claim more.
 */
export const UPPER_BOUND_MODIFIERS: readonly string[] = [
  'up to',
  'at most',
  'no more than',
  'not more than',
  'fewer than',
  'less than',
  'under',
  'as many as',
  'as much as',
  'a maximum of',
  'below',
  'just under',
  'well under',
];

/** Lower-bound markers ("more than 1,000", "at least 12"): common news phrasing for minimums. */
export const LOWER_BOUND_MODIFIERS: readonly string[] = [
  'more than',
  'over',
  'at least',
  'upwards of',
  'in excess of',
  'greater than',
  'above',
  'no fewer than',
  'no less than',
  'not less than',
  'a minimum of',
  'just over',
  'well over',
  'as few as',
  'as little as',
];

/** Words that open a range ("from 2014 to 2017", "between 10 and 20") mapped to their connector. */
export const RANGE_PREFIXES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['from', new Set(['to', '-', '\u2013', '\u2014', 'through'])],
  ['between', new Set(['and', '-', '\u2013'])],
]);

/** Connectors that make "X to Y" / "X-Y" a range without a prefix word. */
export const RANGE_CONNECTORS: ReadonlySet<string> = new Set(['to', '-', '\u2013', '\u2014']);

/** Currency symbols and their ISO 4217 codes (the symbols that appear in English news). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['\u00a3', 'GBP'],
  ['\u20ac', 'EUR'],
  ['\u00a5', 'JPY'],
  ['\u20b9', 'INR'],
  ['\u20bd', 'RUB'],
]);

/** Letters glued before "$" that name another dollar ("US$5", "A$3", "HK$10"): ISO 4217 codes. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['hk', 'HKD'],
  ['nz', 'NZD'],
  ['s', 'SGD'],
  ['nt', 'TWD'],
]);

/**
 * Currency words after an amount ("5 million dollars", "20 euros") and their ISO 4217 codes.
 * "pounds" is taken as sterling: weights in news are usually written with a unit abbreviation.
 */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['rouble', 'RUB'],
  ['roubles', 'RUB'],
  ['ruble', 'RUB'],
  ['rubles', 'RUB'],
  ['hryvnia', 'UAH'],
  ['hryvnias', 'UAH'],
  ['shekel', 'ILS'],
  ['shekels', 'ILS'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['jpy', 'JPY'],
  ['cny', 'CNY'],
]);

/** Words after a number that make it a percentage (AP uses "percent", British style "per cent"). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct']);

/** The unit recorded for a percentage. */
export const PERCENT_UNIT = 'percent';

/** Month names and the abbreviations of the AP Stylebook, mapped to month numbers. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** The span of plausible years in news text: a bare 4-digit number in it is read as a year. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

/** Words before a 4-digit number that make it a year even if a plural noun follows ("in 2016 protesters"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'before',
  'after',
  'through',
  'the',
  'early',
  'late',
  'mid',
  'year',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
]);

/** Lowercase words glued with a hyphen before a year that keep it a year ("mid-2014", "pre-2008"). */
export const YEAR_HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['mid', 'pre', 'post', 'early', 'late']);

/**
 * Words before a number that make it part of a name, not a quantity ("Section 230", "Article 5",
 * "Flight 17"): legal and transport references common in news; checked in any letter case.
 */
export const IDENTIFIER_PREFIXES: ReadonlySet<string> = new Set([
  'section',
  'article',
  'title',
  'chapter',
  'clause',
  'paragraph',
  'resolution',
  'amendment',
  'rule',
  'flight',
  'route',
  'highway',
  'interstate',
  'room',
  'gate',
  'platform',
  'terminal',
  'channel',
  'covid',
  'apollo',
  'model',
  'version',
  'page',
]);

/** Abbreviations that, followed by a period, introduce a numbered name ("No. 10", "Nos. 3"). */
export const NUMBER_SIGN_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos']);

/**
 * Capitalised words that may stand right before a number without naming it ("on Tuesday 200
 * people", "in March 2016"): weekday names, which the identifier rule ("Apollo 11") must not eat.
 */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/**
 * Numbers never read as the first part of a hyphenated compound ("one-time", "one-sided",
 * "zero-sum"): these compounds are idioms far more often than counts.
 */
export const IDIOMATIC_COMPOUND_NUMBERS: ReadonlySet<string> = new Set(['one', 'zero']);

/** Words before "one" that make it a pronoun ("the one", "no one", "each one"). */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'no',
  'any',
  'each',
  'every',
  'which',
  'another',
  'some',
  'anyone',
]);

/** Words after "one" that make it a pronoun ("one of the", "one another", "one or two"). */
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set(['of', 'another', 'or', 'by', 'after']);

/** Words before "half" that make it a time or structure word ("the first half"), not a fraction. */
export const HALF_BLOCKERS: ReadonlySet<string> = new Set([
  'the',
  'first',
  'second',
  'other',
  'latter',
  'former',
  'this',
  'that',
  'each',
  'better',
]);

/**
 * Plural nouns without a final "s" (the common irregular plurals of English): a unit word in this
 * list ends the unit search just like a regular plural does.
 */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people',
  'men',
  'women',
  'children',
  'feet',
  'teeth',
  'mice',
  'geese',
  'cattle',
  'personnel',
  'sheep',
  'deer',
  'fish',
  'aircraft',
  'livestock',
  'militia',
  'staff',
  'crew',
]);

/**
 * Words that cannot be the unit noun after a number: function words, auxiliaries and reporting
 * verbs (hand-picked from the closed classes of English and the most frequent news verbs).
 */
export const UNIT_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'from',
  'by',
  'with',
  'and',
  'or',
  'but',
  'nor',
  'so',
  'as',
  'than',
  'that',
  'this',
  'these',
  'those',
  'who',
  'whom',
  'whose',
  'which',
  'what',
  'when',
  'where',
  'while',
  'if',
  'because',
  'since',
  'until',
  'into',
  'onto',
  'over',
  'under',
  'about',
  'after',
  'before',
  'during',
  'against',
  'between',
  'among',
  'through',
  'per',
  'via',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'said',
  'says',
  'say',
  'told',
  'tells',
  'according',
  'more',
  'less',
  'fewer',
  'most',
  'least',
  'other',
  'others',
  'another',
  'each',
  'every',
  'all',
  'both',
  'some',
  'any',
  'no',
  'not',
  'only',
  'just',
  'also',
  'even',
  'still',
  'yet',
  'too',
  'very',
  'ago',
  'later',
  'earlier',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'you',
  'i',
  'him',
  'her',
  'them',
  'us',
  'his',
  'their',
  'our',
  'my',
  'your',
  'there',
  'here',
  'then',
  'now',
  'out',
  'up',
  'down',
  'off',
  'away',
  'back',
  'again',
  'percent',
  'cent',
  'pct',
  'who',
  'whether',
  'either',
  'neither',
  'like',
  'unlike',
  'across',
  'around',
  'near',
  'since',
  'upon',
  'within',
  'without',
  'toward',
  'towards',
  'including',
  'such',
  'own',
  'same',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'dozen',
  'half',
  'and',
  'st',
  'nd',
  'rd',
  'th',
  'a.m',
  'p.m',
  'am',
  'pm',
]);

/**
 * Nouns ending in "-ly" (hand-picked, frequent in news): other "-ly" words after a number are taken
 * as adverbs ("200 reportedly died") and never as the counted noun.
 */
export const LY_NOUNS: ReadonlySet<string> = new Set([
  'ally',
  'family',
  'rally',
  'supply',
  'assembly',
  'anomaly',
  'monopoly',
  'belly',
  'bully',
  'fly',
  'butterfly',
  'lily',
  'jelly',
  'folly',
  'homily',
  'tally',
  'melee',
  'reply',
  'italy',
]);

/**
 * Frequent irregular past-tense verbs of news prose (from the standard English irregular verb
 * table): after a singular noun they are the verb ("one soldier fell"), never part of the unit.
 */
export const COMMON_IRREGULAR_VERBS: ReadonlySet<string> = new Set([
  'began',
  'became',
  'brought',
  'bought',
  'built',
  'came',
  'caught',
  'chose',
  'drove',
  'fell',
  'fled',
  'flew',
  'fought',
  'found',
  'gave',
  'got',
  'grew',
  'had',
  'held',
  'hit',
  'kept',
  'knew',
  'left',
  'led',
  'lost',
  'made',
  'meant',
  'met',
  'paid',
  'put',
  'ran',
  'rose',
  'said',
  'saw',
  'sent',
  'set',
  'shot',
  'sold',
  'spent',
  'stood',
  'struck',
  'took',
  'told',
  'thought',
  'threw',
  'went',
  'won',
  'wrote',
  'broke',
  'spoke',
  'stole',
  'woke',
  'swore',
  'sank',
  'hid',
  'bit',
]);

/** Words after "of" skipped when looking for the unit of "half of the voters", "hundreds of its members". */
export const OF_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'those',
  'these',
  'them',
  'all',
]);
