/**
 * Closed classes (and one short list of catenative words) that the source-mention and sourceless frames of the
 * syntax layer test (src/syntax/mention-frames.ts, src/syntax/sourceless-frames.ts), each under a name that says
 * its role there.
 */
import { BE_FORMS } from './be-forms.js';
import { COORDINATORS, DO_FORMS } from './function-words.js';
import { inflect } from './cue-verbs.js';

/** Prepositions before a gerund whose subject is the clause's ("distanced himself by saying", "before explaining"). */
export const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'when', 'without', 'since', 'upon']);

/** Prepositions that open a participle phrase before the main clause ("After bragging about …, Trump said"). */
export const PARTICIPLE_OPENERS = new Set([
  'after',
  'before',
  'while',
  'by',
  'since',
  'without',
  'despite',
  'upon',
  'when',
  'in',
  'on',
]);

/**
 * Words that pass their subject to an infinitive cue and keep it an attribution ("likely to say", "expected to
 * endorse", "decided to back"); measured on polnear-train.jsonl, refusals and obligations ("declined to say",
 * "had to respond", "trying to explain") are mostly not annotated and are left out.
 */
export const CATENATIVES = new Set([
  'likely',
  'more',
  'less',
  'expected',
  'going',
  'decided',
  'chose',
  'seemed',
  'seems',
  'appeared',
  'appears',
  'wanted',
  'wants',
  'want',
  'began',
  'begun',
  'started',
  'quick',
  'eager',
  'ready',
]);

/** Words that open a modifier of an inverted subject, up to the end of its clause ("said Ann Moran of Cheyenne"). */
export const POST_MODIFIER_WORDS = new Set([
  'of',
  'for',
  'from',
  'at',
  'in',
  'on',
  'as',
  'while',
  'after',
  'before',
  'during',
  'with',
  'to',
]);

/** Coordinators that join two phrases into one subject ("said fishermen and farmers"). */
export const SUBJECT_COORDINATORS = new Set<string>([...COORDINATORS].filter((w) => w === 'and' || w === 'or'));

/**
 * Subjects whose beliefs are no one's in particular: generic "you" ("you know", "if you believe"). "I think"
 * and "we believe" are the speaker's or the writer's and attribute (interviews, op-eds).
 */
export const GENERIC_BELIEVERS = new Set(['you']);

/** Words that make a belief verb negated or embedded ("didn't know", "what they want", "if you believe"). */
export const NOT_A_BELIEF = new Set([
  "n't",
  'not',
  'never',
  'no',
  'what',
  'how',
  'if',
  'whether',
  'why',
  'where',
  'when',
]);

/** Auxiliaries that open a question to the reader or an addressee ("Do you support …?", "What do you call …?"). */
export const QUESTION_AUXILIARIES = new Set([...DO_FORMS, 'would', 'will', 'could', 'can', 'should']);

/** Words that open the clause a hedge belongs to; the content starts after them ("as the field appeared …"). */
export const HEDGE_CLAUSE_OPENERS = new Set([
  'that',
  'as',
  'while',
  'because',
  'since',
  'although',
  'though',
  'when',
  'where',
  'whereas',
  'if',
  'but',
  'and',
  'so',
  'after',
  'before',
  'until',
  'unless',
  'with',
  'once',
  'or',
]);

/** Words that open a clause and belong to it ("for what appears to be …"). */
export const HEDGE_CLAUSE_HEADS = new Set(['what', 'who', 'which']);

/** What follows "asked" when the question, not the asker, is given: "Asked whether …", "was asked about …". */
export const QUESTION_OPENERS = new Set([
  'whether',
  'if',
  'what',
  'who',
  'whom',
  'how',
  'why',
  'when',
  'where',
  'which',
  'about',
]);

/** Words before a participle "asked" that leave the asker unnamed ("when asked", "after being asked", "was asked"). */
export const BEFORE_UNNAMED_ASKER = new Set(['when', 'after', 'before', 'being', 'once', 'if', 'until', ...BE_FORMS]);

/**
 * Adverbs that mark their clause as what someone reported, without naming who ("The firm has reportedly hired
 * a lawyer"). Measured on polnear-train, "reportedly" is annotated as a sourceless attribution about two times in
 * three; "allegedly" and "supposedly" far less often (mostly a charge or a doubt, no report): they stay hedges.
 */
export const REPORTED_ADVERBS = new Set(['reportedly']);

/** Verbs of appearance: "seems", "appeared". */
export const APPEARANCE_VERBS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * Participles of judgement that, passive and without an agent, mark a claim as someone's view without naming
 * whose ("is seen as a front-runner", "is widely regarded as", "are considered unclean", "were deemed
 * ineligible"): with "as" after them only, for the verbs that otherwise name sight or a look; with their base.
 */
export const JUDGED_AS_PARTICIPLES = new Map([
  ['seen', 'see'],
  ['viewed', 'view'],
  ['regarded', 'regard'],
  ['perceived', 'perceive'],
]);
/**
 * Participles of repute: passive and without an agent, before "as" or "for", they mark a claim as what people at
 * large hold ("The senator is best known for her work on trade", "was known as a fixer"); with their base.
 */
export const REPUTED_PARTICIPLES = new Map([['known', 'know']]);
/** Words of degree that may stand before a participle of judgement or repute ("best known", "better known"). */
export const DEGREE_WORDS = new Set(['best', 'better']);
/** What follows a participle of repute: "known as", "known for". */
export const REPUTED_AS = new Set(['as', 'for']);
/** Participles of judgement whose judgement may follow without "as" ("is considered an asset"), with their base. */
export const JUDGED_PARTICIPLES = new Map([
  ['considered', 'consider'],
  ['deemed', 'deem'],
]);

/**
 * Verbs that hand an infinitive after their object to that object ("urged voters to back him", "allowed users to
 * tell friends", "left the party to wonder"): the infinitive's speaker is the object, not the verb's subject.
 */
export const OBJECT_CONTROL_VERBS = [
  'urge',
  'ask',
  'tell',
  'allow',
  'require',
  'encourage',
  'persuade',
  'force',
  'want',
  'expect',
  'invite',
  'order',
  'permit',
  'enable',
  'help',
  'lead',
  'get',
  'cause',
  'push',
  'press',
  'pressure',
  'call',
  'challenge',
  'dare',
  'convince',
  'prompt',
  'warn',
  'advise',
  'remind',
  'inspire',
  'compel',
  'instruct',
  'direct',
  'implore',
  'beg',
  'need',
  'like',
  'prefer',
  'rely',
  'count',
  'leave',
  'give',
  'pay',
  'hire',
  'recruit',
  'send',
  'elect',
  'appoint',
  'choose',
  'nominate',
  'pick',
  'select',
  'tap',
  'make',
  'let',
];

/**
 * Verbs of the manner of speaking: they report words beside a quote ("“Wait,” she interrupted"); after "to" with
 * an object they name a deed ("willing to interrupt their summer plans", "came to shout at the crowd").
 */
export const MANNER_OF_SPEAKING_VERBS: ReadonlySet<string> = new Set([
  'interrupt',
  'interject',
  'shout',
  'yell',
  'whisper',
  'exclaim',
  'sigh',
  'quip',
  'joke',
  'gush',
  'muse',
  'scoff',
  'fume',
  'rant',
]);

/** Word forms of OBJECT_CONTROL_VERBS. */
export const OBJECT_CONTROL_FORMS: ReadonlySet<string> = new Set([
  ...OBJECT_CONTROL_VERBS.flatMap(inflect),
  ...['told', 'led', 'got', 'gotten', 'left', 'gave', 'given', 'paid', 'sent', 'chose', 'chosen', 'made'],
]);

/** Subjects that name no one: "It is hard to say", "There is no way to know", "This is to say". */
export const EXPLETIVE_SUBJECTS: ReadonlySet<string> = new Set(['it', 'there', 'this', 'that', 'what']);
/**
 * Nouns of time and occasion, and ranks, that an infinitive completes ("days to respond", "a chance to explain",
 * "the first to speak").
 */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'time',
  'days',
  'weeks',
  'months',
  'hours',
  'chance',
  'opportunity',
  'reason',
  'way',
  'right',
  'power',
  'ability',
  'authority',
  'job',
  'task',
  'effort',
  'attempt',
  'bid',
  'plan',
  'decision',
  'refusal',
  'failure',
  'willingness',
  'push',
  'campaign',
  'pressure',
  'permission',
  'order',
  'freedom',
  'place',
  'first',
  'last',
  'latest',
  'only',
]);
