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
/** "a couple of weeks", "a couple hundred": about two (reported approximate). */
export const COUPLE = 2;

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
 * Scale suffixes read without a currency sign after a bound or approximation modifier ("about 3M users",
 * "more than 100K"): case-sensitive, so "3m" (metres) stays out; lowercase "k" scales anywhere ("100k").
 */
export const BARE_SCALE_SUFFIXES: ReadonlySet<string> = new Set(['k', 'K', 'M', 'B', 'bn', 'mn', 'mln', 'tn']);

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
  'approximately',
  'some',
  'an estimated',
  'estimated',
  'circa',
  'more or less',
  'just about',
  'an approximate',
];

/**
 * Approximate upper bounds: "nearly 300", "almost half" say the true figure is close to but below
 * the number (Duckling and the AP Stylebook both read "nearly" / "almost" this way).
 */
export const APPROXIMATE_UPPER_MODIFIERS: readonly string[] = ['nearly', 'almost', 'just shy of', 'close to'];

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
  'less than or equal to',
  'fewer than or equal to',
  'no higher than',
  'not to exceed',
  'at or below',
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
  'more than or equal to',
  'greater than or equal to',
  'at or above',
  'exceeds',
  'exceeded',
  'exceeding',
  'surpassed',
  'topped',
  'north of',
];

/**
 * Bounds written after the number ("900 or more", "35 or fewer", "18 and over"): the common
 * English post-modifiers; "or so" marks an estimate.
 */
export const POST_MODIFIERS: ReadonlyMap<string, { approximate: boolean; bound: 'upper' | 'lower' | null }> = new Map([
  ['or more', { approximate: false, bound: 'lower' }],
  ['or greater', { approximate: false, bound: 'lower' }],
  ['or higher', { approximate: false, bound: 'lower' }],
  ['or above', { approximate: false, bound: 'lower' }],
  ['or over', { approximate: false, bound: 'lower' }],
  ['or older', { approximate: false, bound: 'lower' }],
  ['and up', { approximate: false, bound: 'lower' }],
  ['and above', { approximate: false, bound: 'lower' }],
  ['and over', { approximate: false, bound: 'lower' }],
  ['and older', { approximate: false, bound: 'lower' }],
  ['or less', { approximate: false, bound: 'upper' }],
  ['or fewer', { approximate: false, bound: 'upper' }],
  ['or lower', { approximate: false, bound: 'upper' }],
  ['or below', { approximate: false, bound: 'upper' }],
  ['or under', { approximate: false, bound: 'upper' }],
  ['or younger', { approximate: false, bound: 'upper' }],
  ['and under', { approximate: false, bound: 'upper' }],
  ['and below', { approximate: false, bound: 'upper' }],
  ['or so', { approximate: true, bound: null }],
]);

/** Words joining a lower and an upper bound into one interval ("more than 25 and less than 70"). */
export const BOUND_JOINERS: ReadonlySet<string> = new Set(['and', 'but']);

/**
 * Verbs and adverbs of change before a number: the number is then the size of the change, not a
 * level ("rose 4.1%", "fell 3 points", "cut by half"). Market-report vocabulary (Reuters, AP).
 */
export const CHANGE_UP_WORDS: ReadonlySet<string> = new Set([
  'rose',
  'rise',
  'rises',
  'rising',
  'risen',
  'increased',
  'increase',
  'increases',
  'increasing',
  'grew',
  'grow',
  'grows',
  'growing',
  'grown',
  'climbed',
  'climb',
  'climbs',
  'jumped',
  'jump',
  'jumps',
  'gained',
  'gain',
  'gains',
  'soared',
  'surged',
  'advanced',
  'rallied',
  'added',
  'boosted',
  'expanded',
]);
export const CHANGE_DOWN_WORDS: ReadonlySet<string> = new Set([
  'fell',
  'fall',
  'falls',
  'falling',
  'fallen',
  'dropped',
  'drop',
  'drops',
  'declined',
  'decline',
  'declines',
  'decreased',
  'decrease',
  'decreases',
  'slipped',
  'slid',
  'sank',
  'sunk',
  'plunged',
  'plummeted',
  'tumbled',
  'lost',
  'shed',
  'eased',
  'shrank',
  'shrunk',
  'dipped',
  'slumped',
  'retreated',
  'reduced',
  'lowered',
  'cut',
  'cuts',
  'slashed',
]);
/** "up 23 cents", "down 5%": these adverbs mark a change only before percentages, money or points. */
export const CHANGE_ADVERBS: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['up', 'up'],
  ['down', 'down'],
  ['higher', 'up'],
  ['lower', 'down'],
]);
/**
 * Words before "up" / "down" / "higher" / "lower" that make it a move ("was up 2%", "closed down 0.3 per
 * cent", "go up by 4.5 per cent"); any other word makes it part of a phrase ("make up 80 percent", "the
 * lower 95 percent"). Forms of "to be" count too (src/lexicon/be-forms.ts).
 */
export const CHANGE_ADVERB_BEFORE: ReadonlySet<string> = new Set([
  'closed',
  'ended',
  'finished',
  'opened',
  'settled',
  'trading',
  'traded',
  'now',
  'go',
  'goes',
  'going',
  'gone',
  'went',
  'come',
  'comes',
  'coming',
  'came',
]);

/**
 * Change verbs that are also verbs of motion: with a distance ("climbed 80 ft", "fell 30 feet from a
 * balcony", "plunged 100 metres") they measure a way travelled, not the move of a level.
 */
export const MOTION_CHANGE_VERBS: ReadonlySet<string> = new Set([
  'climbed',
  'climb',
  'climbs',
  'jumped',
  'jump',
  'jumps',
  'soared',
  'fell',
  'fall',
  'falls',
  'falling',
  'fallen',
  'dropped',
  'drop',
  'drops',
  'slipped',
  'slid',
  'sank',
  'sunk',
  'plunged',
  'plummeted',
  'tumbled',
  'dipped',
]);

/** Units of length and height (symbols and words, singular and plural): a distance, not a level. */
export const DISTANCE_UNITS: ReadonlySet<string> = new Set([
  'ft',
  'feet',
  'foot',
  'inch',
  'inches',
  'yd',
  'yards',
  'yard',
  'mi',
  'miles',
  'mile',
  'm',
  'metres',
  'metre',
  'meters',
  'meter',
  'km',
  'kilometres',
  'kilometre',
  'kilometers',
  'kilometer',
  'cm',
  'centimetres',
  'centimeters',
  'mm',
  'storeys',
  'stories',
  'floors',
  'steps',
]);

/** Units of a market move that "up" / "down" may change ("up 3 points", "down 23 cents"). */
export const CHANGE_ADVERB_UNITS: ReadonlySet<string> = new Set(['points', 'point', 'cents', 'cent', 'pence', 'basis']);
/** Nouns after an amount that make it a change ("a 5% increase", "a $2 billion cut"). */
export const CHANGE_NOUNS: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['increase', 'up'],
  ['rise', 'up'],
  ['gain', 'up'],
  ['jump', 'up'],
  ['hike', 'up'],
  ['growth', 'up'],
  ['boost', 'up'],
  ['surge', 'up'],
  ['decrease', 'down'],
  ['decline', 'down'],
  ['drop', 'down'],
  ['fall', 'down'],
  ['cut', 'down'],
  ['loss', 'down'],
  ['reduction', 'down'],
  ['dip', 'down'],
  ['slump', 'down'],
]);

/**
 * Bound words that name a level, not the size of a move: "slipped below -0.5 percent", "rose above
 * 3%" say where the figure went, so a change verb before them makes no change.
 */
export const LEVEL_BOUND_WORDS: ReadonlySet<string> = new Set(['below', 'above', 'under', 'over', 'past', 'beyond']);

/**
 * Comparison words after a number that make the next number a reference level ("15% below 1990
 * levels", "20 percent above 2019"): a year-like reference is a year, not a count.
 */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set(['below', 'above', 'under', 'over', 'than', 'since']);

/** Words that negate the number after them ("minus seven", "negative one"). */
export const SIGN_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** Prefix signs glued to digits: ASCII hyphen-minus and U+2212 MINUS SIGN ("-3", "−4.5"). */
export const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '−']);

/**
 * Denominators of a digit fraction ("3/4", "7 1/2", "5/8 inch"): halves, thirds, quarters and
 * the binary fractions of imperial measures. Other slash pairs stay dates and names ("9/11", "24/7").
 */
export const DIGIT_FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 8, 16, 32, 64]);

/** Unicode vulgar fraction characters ("7½ miles", "¾ of voters") and their values. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['\u00bd', 1 / 2],
  ['\u00bc', 1 / 4],
  ['\u00be', 3 / 4],
  ['\u2153', 1 / 3],
  ['\u2154', 2 / 3],
  ['\u2155', 1 / 5],
  ['\u215b', 1 / 8],
  ['\u215c', 3 / 8],
  ['\u215d', 5 / 8],
  ['\u215e', 7 / 8],
]);

/** "a quarter million", "half-million": fraction words that may stand right before a scale word. */
export const FRACTION_BEFORE_SCALE: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['quarter', 4],
]);

/**
 * Unit symbols glued to digits ("512GB", "750ml", "5km"): SI and common data, volume, distance,
 * mass, power and speed symbols, matched case-sensitively so that names like "4G" or "3D" stay names.
 */
export const MEASURE_SYMBOLS: ReadonlySet<string> = new Set([
  'KB',
  'kB',
  'MB',
  'GB',
  'TB',
  'PB',
  'Kbps',
  'Mbps',
  'Gbps',
  'ml',
  'mL',
  'cl',
  'km',
  'cm',
  'mm',
  'kg',
  'mg',
  'lb',
  'lbs',
  'oz',
  'ft',
  'mph',
  'kph',
  'km/h',
  'kW',
  'MW',
  'GW',
  'kWh',
  'MWh',
  'GWh',
  'Hz',
  'kHz',
  'MHz',
  'GHz',
  'mAh',
]);

/** Percent abbreviations glued to digits in British and wire style ("60pc", "3.5pct"). */
export const GLUED_PERCENT: ReadonlySet<string> = new Set(['pc', 'pct']);

/** Words before a bare number that make it an age ("aged 61"). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age']);
/** The unit recorded for an age ("the 58-year-old", "Lee, 61,", "aged 61"). */
export const AGE_UNIT = 'years (age)';
/** The highest number read as an age in "Name, NN," apposition. */
export const MAX_AGE = 120;

/** Words before a lone "one" that make it a count, not a determiner ("only one", "exactly one"). */
export const ONE_COUNT_BEFORE: ReadonlySet<string> = new Set(['only', 'just', 'exactly', 'than', 'least', 'single']);

/**
 * Nouns of a part of a day: "one day" / "one night" is a duration only where a duration is meant ("in one
 * day", "one day later", "lasted one day"); elsewhere it is the adverb "someday" or a scene-setter ("One
 * night soldiers came", "could one day return").
 */
export const ONE_TIME_NOUNS: ReadonlySet<string> = new Set(['day', 'night', 'morning', 'afternoon', 'evening']);

/** Words before "one day" that make it a duration ("in one day", "for one night", "lasted one day"). */
export const DURATION_BEFORE: ReadonlySet<string> = new Set([
  'with',
  'in',
  'within',
  'for',
  'over',
  'during',
  'per',
  'than',
  'last',
  'lasted',
  'lasts',
  'take',
  'takes',
  'took',
  'spend',
  'spends',
  'spent',
]);

/** Words after "one day" that make it a duration or an offset ("one day later", "one day a week", "with one day to go"). */
export const DURATION_AFTER: ReadonlySet<string> = new Set([
  'after',
  'before',
  'later',
  'earlier',
  'ago',
  'of',
  'long',
  'a',
  'per',
  'each',
  'every',
  'left',
  'remaining',
]);

/**
 * Words that end the subject a determiner "one" opens ("one soldier was killed and officials said"): the
 * subject's own verb or a clause joiner comes first, so a speech verb after them has another subject.
 */
export const SUBJECT_BREAKERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'did',
  'does',
  'do',
]);

/**
 * Words that carry the subject a determiner "one" opens past its noun: prepositions and relative pronouns
 * ("one resident of the town said", "one official familiar with the talks said", "one villager who fled said").
 */
export const SUBJECT_LINKS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'from',
  'at',
  'with',
  'for',
  'on',
  'near',
  'inside',
  'close',
  'familiar',
  'who',
  'that',
  'whose',
  'which',
]);

/**
 * Speech-verb forms that are also passive participles ("One man charged in the attack was released", "one
 * soldier reported missing"): before a preposition (`PARTICIPLE_AFTER`) they sit inside the subject and make
 * "one" no speaker's determiner; before an object they are the verb ("one lawmaker called Trump …").
 */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([
  'accused',
  'charged',
  'questioned',
  'cited',
  'called',
  'reported',
  'blamed',
  'criticized',
  'criticised',
  'praised',
  'described',
  'informed',
  'advised',
  'threatened',
  'offered',
  'supported',
  'opposed',
  'rejected',
  'dismissed',
  'referred',
  'recognized',
  'portrayed',
  'quoted',
]);

/** Words after a participle-like speech form that make it a participle ("charged with", "questioned by", "reported missing"). */
export const PARTICIPLE_AFTER: ReadonlySet<string> = new Set([
  'by',
  'with',
  'of',
  'in',
  'on',
  'for',
  'at',
  'over',
  'after',
  'as',
  'during',
  'missing',
  'dead',
]);

/** "one in four", "three out of 10": words between numerator and denominator of a ratio. */
export const RATIO_LINKS: ReadonlyMap<string, readonly string[]> = new Map([
  ['in', ['in']],
  ['out', ['out', 'of']],
]);

/** Superlatives after a word ordinal that make it a rank ("second-largest", "third most"). */
export const RANK_WORDS: ReadonlySet<string> = new Set(['most', 'least']);

/** Words that open a range ("from 2014 to 2017", "between 10 and 20") mapped to their connector. */
export const RANGE_PREFIXES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['from', new Set(['to', '-', '\u2013', '\u2014', 'through'])],
  ['between', new Set(['and', '-', '\u2013'])],
]);

/** Connectors that make "X to Y" / "X-Y" a range without a prefix word. */
export const RANGE_CONNECTORS: ReadonlySet<string> = new Set(['to', 'through', 'thru', '-', '\u2013', '\u2014']);

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

/** Apostrophes that shorten a year ("the '90s", "the Class of ’21"): ASCII and U+2019. */
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);
/** "the '90s" is the 1990s; below the pivot a short decade is of the next century ("the '00s", "the '10s"). */
export const SHORT_DECADE_CENTURY = 1900;
export const SHORT_DECADE_NEXT_CENTURY = 2000;
export const SHORT_DECADE_PIVOT = 20;

/** The span of plausible years in news text: a bare 4-digit number in it is read as a year. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

/** Modifiers that may place a plain year-like number in time ("around 2002", "about 2019"). */
export const YEAR_APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'circa',
  'roughly',
  'approximately',
]);
/** Bounds that place a year only after a time word ("since at least 1980", "leading up to 2011", "until at least 2021"). */
export const YEAR_TIMED_MODIFIERS: ReadonlySet<string> = new Set(['at least', 'up to']);
export const YEAR_MODIFIER_TIME_WORDS: ReadonlySet<string> = new Set([
  'since',
  'until',
  'till',
  'leading',
  'through',
  'from',
  'by',
  'before',
  'after',
]);

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

/**
 * Function words that never name the number after them, even capitalised where no sentence seems to start
 * ("OTTAWA — About 300 workers", "— Only 300", a headline line "…\nSome 40 people"): articles, determiners,
 * prepositions, conjunctions and the focus adverbs of amounts. The first word of every bound or
 * approximation modifier is added where this list is used.
 */
export const NEVER_NAME_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'only',
  'just',
  'all',
  'another',
  'those',
  'these',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'every',
  'each',
  'exactly',
  'fully',
  'barely',
  'nearly',
  'almost',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'of',
  'to',
  'with',
  'since',
  'after',
  'before',
  'during',
  'until',
  'and',
  'but',
  'or',
  'than',
  'then',
  'now',
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
  'at',
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
  'overnight',
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
  'last',
  'next',
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
