/**
 * Attribution cue verbs, as data. Base forms grouped by what they attribute; inflections are generated
 * (with the irregular forms listed) so every module asks one question: "is this word form a cue?".
 * Sources: the verbs named in the issue, the PolNeAR annotation guidelines (speech, belief and intention
 * all attribute), and the cue texts most frequent in polnear-train.jsonl. Verbs that, measured there, cost more
 * false claims than they find ("attack", "back": mostly physical or financial) are left out.
 */

/** Verbs of saying: they also take inverted subjects ("…,” said Jeffrey). */
export const SPEECH_VERBS = [
  'say',
  'tell',
  'ask',
  'add',
  'confirm',
  'reveal',
  'report',
  'state',
  'claim',
  'warn',
  'insist',
  'note',
  'explain',
  'argue',
  'respond',
  'reply',
  'write',
  'tweet',
  'acknowledge',
  'admit',
  'deny',
  'announce',
  'declare',
  'suggest',
  'continue',
  'recall',
  'conclude',
  'assert',
  'contend',
  'maintain',
  'observe',
  'remark',
  'comment',
  'mention',
  'predict',
  'promise',
  'pledge',
  'vow',
  'urge',
  'caution',
  'concede',
  'complain',
  'boast',
  'joke',
  'quip',
  'testify',
  'allege',
  'disclose',
  'emphasize',
  'stress',
  'charge',
  'counter',
  'retort',
  'scoff',
  'shout',
  'yell',
  'whisper',
  'answer',
  'inform',
  'tout',
  'lament',
  'agree',
  'estimate',
  'indicate',
  'speculate',
  'propose',
  'recount',
  'affirm',
  'aver',
  'demand',
  'question',
  'wonder',
  'cite',
  'describe',
  'accuse',
  'blame',
  'criticize',
  'praise',
  'threaten',
  'hint',
  'signal',
  'posit',
  'exclaim',
  'confess',
  'gush',
  'muse',
  'plead',
  'interject',
  'interrupt',
  'endorse',
  'point',
  'refer',
  'decline',
  'defend',
  'oppose',
  'express',
  'discuss',
  'refuse',
  'reject',
  'denounce',
  'echo',
  'dismiss',
  'mock',
  'call',
  'offer',
  'talk',
  'recognize',
  'portray',
  'prefer',
  'proclaim',
  'elaborate',
  'clarify',
  'surmise',
  'fume',
  'rant',
  'sigh',
  'concur',
  'brag',
  'grumble',
  'reiterate',
  'repeat',
  'specify',
  'advise',
  'assure',
  'remind',
  'blast',
  'slam',
  'support',
  // Stance and judgement verbs PolNeAR annotates, each kept where, measured on polnear-train, more than half of
  // the claims it adds are right (ggt-dev does not annotate stances with a phrase object; its measure ignores them).
  'decry',
  'lambaste',
  'dispute',
  'scold',
  'implore',
  'brand',
  'applaud',
  'condemn',
  'characterize',
  'rail',
  'hail',
  'forecast',
  'chide',
  'retweet',
  'laud',
  'reaffirm',
  'dub',
  'list',
  'calculate',
  'email',
  // More of the same kind, measured on polnear-train (right claims of those added): "referenced" 10/14, "implied"
  // 9/14, "invoked" 9/12, "assailed" 8/8, "quoted" 9/14, "likened" 6/7, "lashed out" 6/6, "bemoaned" 6/6,
  // "derided" 4/4, "balked" 4/4, "rebuked" 4/4, "labeled" 3/4. "Highlight", "thank" ("thanks to") and "chant"
  // measured at half or less and stay out.
  'reference',
  'imply',
  'invoke',
  'assail',
  'quote',
  'liken',
  'lash',
  'bemoan',
  'deride',
  'balk',
  'rebuke',
  'label',
  // And: "congratulated" 7/7, "acquiesced" 5/5, "vouched" 5/5, "downplayed" 3/4, "alluded" 3/4,
  // "trumpeted" 2/3, "ridiculed" 2/3, "rebutted", "disparaged", "belittled" 2/2, "castigated" 1/1.
  // "Sound", "paint", "insult", "contradict", "pitch" measured at half or less ("sounded tired", "painted the house");
  // "credit"/"credits" are too often a noun the tagger reads as a verb ("tax credits", "pollution credits by planting
  // trees"); only "credited"/"crediting" are cues (below).
  'congratulate',
  'acquiesce',
  'vouch',
  'downplay',
  'allude',
  'trumpet',
  'ridicule',
  'rebut',
  'disparage',
  'belittle',
  'castigate',
  // And: "repudiated" 4/4, "shrugged" (off) 3/4, "dwelled" (on) 2/2; "recite" and "relish" half or less; "voiced"
  // (4/6) takes the words of a quote as its content ("voiced his “frustration”"), which ggt-dev gives the quote.
  'repudiate',
  'shrug',
  'dwell',
  'welcome',
  'criticise',
  // Verbs that are cues in some forms only (the others are in NOT_CUE_FORMS of detect/cues.ts), measured on
  // polnear-train: "thanked"/"thanking" are annotated cues 15 times in 18 ("thank"/"thanks": 1 in 45, "thanks to the
  // storm"); "highlighted" 10 in 16 (", highlighting …" mostly a writer's aside); "encouraged" 10 in 18 (the
  // claims it adds right 6 in 8; "encouraging" 2 in 19, an adjective).
  'thank',
  'highlight',
  'encourage',
  // And in their past forms: "distanced himself from" 5 in 5, "chanted" 7 in 9, "sparred over" 4 in 6, "brushed off"
  // 4 in 6, "singled out" 4 in 6 (the claims the five add are right 23 times in 24).
  'distance',
  'chant',
  'spar',
  'brush',
  'single',
  // "articulated" 4 in 6, "uttered" 3 in 5, "pivoted to" 4 in 5 (the claims the three add are right 5 times in 8;
  // "unveiled" measured at half; "outlined"/"outlining", 8 in 15, adds on ggt-dev a clause claim GGT does not count).
  'articulate',
  'utter',
  'pivot',
  // "credited"/"crediting" ("credited the staff with …"): annotated cues 7 times in 8; on polnear-train they add 4
  // claims and 5 right attributions. "credit"/"credits" stay no cue forms (detect/cues.ts): mostly nouns.
  'credit',
];

/** Verbs of belief, knowledge and wish: attributions too in PolNeAR, but never inverted. */
export const BELIEF_VERBS = [
  'think',
  'believe',
  'feel',
  'expect',
  'hope',
  'want',
  'fear',
  'know',
  'suspect',
  'doubt',
  'worry',
  'understand',
  'assume',
  'reckon',
  'imagine',
  'plan',
  'intend',
  'wish',
  'realize',
  'consider',
  'insist',
  'seek',
  // "see X as Y", "viewed her favorably": judgements (sieve `perception` in detect/cues.ts drops sight).
  'view',
  'see',
  'deem',
  // "Voters remember him as …": 11 of the 18 claims it adds on polnear-train are right; "contemplated" 4/4,
  // "foresees" 2/3, "mulled", "pondered" 2/2.
  'remember',
  'contemplate',
  'foresee',
  'mull',
  'ponder',
];

/**
 * Verbs of intention and decision ("The judge ordered a recount", "The governor vetoed the bill"): PolNeAR
 * annotates them as attributions, the Gender Gap Tracker does not (class `intention`, which its measure ignores
 * with `--ignore-claims intention`). Never inverted. Each kept where, measured on polnear-train, more than half of
 * the claims it adds are right; "decide", "request", "vote", "push", "sign", "choose", "aim", "attempt",
 * "determine", "approve", "direct", "command" and "forbid" were measured and are left out (under half right).
 */
export const INTENTION_VERBS = ['order', 'recommend', 'authorize', 'prohibit', 'veto', 'petition'];

/** Verbs by which documents and data attribute ("the poll shows…", "a study found…"). */
export const EVIDENCE_VERBS = ['show', 'find', 'conclude', 'suggest', 'indicate', 'reveal', 'learn'];

/** Past tense and participle forms that the regular rules would get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  think: ['thought'],
  feel: ['felt'],
  know: ['knew', 'known'],
  find: ['found'],
  show: ['showed', 'shown'],
  understand: ['understood'],
  learn: ['learned', 'learnt'],
  tweet: ['tweeted'],
  admit: ['admitted', 'admitting'],
  refer: ['referred', 'referring'],
  echo: ['echoes', 'echoed'],
  seek: ['sought'],
  see: ['saw', 'seen'],
  veto: ['vetoes', 'vetoed'],
};

/** Regular inflections of a base verb: 3rd person, past, gerund (and the irregular forms listed). */
export function inflect(base: string): string[] {
  const forms = [base];
  const consonantY = /[^aeiou]y$/.test(base);
  const sibilant = /(s|sh|ch|x|z)$/.test(base);
  forms.push(consonantY ? `${base.slice(0, -1)}ies` : sibilant ? `${base}es` : `${base}s`);
  if (base.endsWith('e')) forms.push(`${base}d`, `${base.slice(0, -1)}ing`);
  else if (consonantY) forms.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  // One-syllable consonant-vowel-consonant verbs double the consonant (quip -> quipped; "qu" counts as a consonant).
  // Longer verbs that double (admit) are listed with the irregular forms.
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base.replace(/qu/g, 'q')))
    forms.push(`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`, `${base}ed`, `${base}ing`);
  else forms.push(`${base}ed`, `${base}ing`);
  return forms.concat(Object.hasOwn(IRREGULAR, base) ? IRREGULAR[base] : []);
}

/** What a cue word form attributes. */
export type CueClass = 'speech' | 'belief' | 'evidence' | 'intention';

/** Cue verbs that take an addressee before what is said ("told reporters the school was cold"). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'assure',
  'inform',
  'remind',
  'warn',
  'promise',
  'advise',
  'caution',
]);

/** Word form (lowercase) -> its base verb and class. */
export interface CueVerbEntry {
  base: string;
  cueClass: CueClass;
}

/** Build the lookup table of cue word forms, with optional extra speech verbs (from config). */
export function buildCueVerbTable(extraSpeechVerbs: string[] = []): Map<string, CueVerbEntry> {
  const table = new Map<string, CueVerbEntry>();
  const addAll = (bases: string[], cueClass: CueClass) => {
    for (const base of bases) {
      if (base.includes(' ')) continue;
      for (const form of inflect(base)) if (!table.has(form)) table.set(form, { base, cueClass });
    }
  };
  addAll([...SPEECH_VERBS, ...extraSpeechVerbs.map((verb) => verb.toLowerCase())], 'speech');
  addAll(EVIDENCE_VERBS, 'evidence');
  addAll(BELIEF_VERBS, 'belief');
  addAll(INTENTION_VERBS, 'intention');
  return table;
}

/** The built-in table (no configured verbs), built once per process. */
let defaultTable: Map<string, CueVerbEntry> | null = null;

export function defaultCueVerbTable(): Map<string, CueVerbEntry> {
  defaultTable ??= buildCueVerbTable();
  return defaultTable;
}

/** The speech-class word forms of each table (said, asked, replied …), computed once per table. */
const speechFormsByTable = new WeakMap<Map<string, CueVerbEntry>, ReadonlySet<string>>();

export function speechForms(table: Map<string, CueVerbEntry>): ReadonlySet<string> {
  let forms = speechFormsByTable.get(table);
  if (!forms) {
    forms = new Set([...table].filter(([, entry]) => entry.cueClass === 'speech').map(([form]) => form));
    speechFormsByTable.set(table, forms);
  }
  return forms;
}

/**
 * Stances and states of mind named after a form of "to be" or "remain" (on polnear-train 11 of the 13 claims the
 * first nine add are right; the states before a "that" clause, "are concerned that", "was aware that", "remain
 * confident that", add 22 claims there, 21 of them right; the feelings from "afraid" on one more, and two more right).
 * "eager to" is an intention GGT does not annotate.
 */
const STANCES: string[][] = [
  ['critical', 'of'],
  ['adamant', 'that'],
  ['skeptical', 'of'],
  ['wary', 'of'],
  ['supportive', 'of'],
  ['dismissive', 'of'],
  ['confident', 'in'],
  ['convinced', 'that'],
  ['enamored', 'of'],
  ['concerned', 'that'],
  ['worried', 'that'],
  ['hopeful', 'that'],
  ['optimistic', 'that'],
  ['confident', 'that'],
  ['aware', 'that'],
  ['unaware', 'that'],
  ['afraid', 'that'],
  ['certain', 'that'],
  ['sure', 'that'],
  ['skeptical', 'that'],
  ['surprised', 'that'],
  ['upset', 'that'],
  ['fearful', 'that'],
  ['mystified', 'that'],
  ['doubtful', 'that'],
  ['angry', 'that'],
  ['frustrated', 'that'],
  ['disappointed', 'that'],
];

/**
 * Cues of a light verb and the words after it ("took issue with the plan", "made the case that …", "spoke about
 * the budget"), by base verb: the verb alone is no cue ("took the train", "made a profit", "spoke at the dinner");
 * with these words it attributes a stance or a topic spoken of. Each seen as a cue in polnear-train.jsonl ("spoke
 * about"/"of": 15 of the 16 claims it added there were annotated, with their source).
 */
export const PHRASE_CUES: Record<string, string[][]> = {
  take: [
    ['issue', 'with'],
    ['aim', 'at'],
  ],
  make: [['the', 'case'], ['it', 'clear'], ['clear']],
  speak: [['about'], ['of']],
  // "sided with" (4 of 5 right on polnear-train); "side" alone is mostly a noun.
  side: [['with']],
  // A stance held, after a form of "to be" or "remain" (class `belief`), across adverbs and a negation: "is critical
  // of", "was adamant that", "are wary of", "remain confident that", "are not convinced that".
  be: STANCES,
  remain: STANCES,
};

/** The class of a phrase cue, by base verb, where it is not `speech`. */
export const PHRASE_CUE_CLASSES: Readonly<Record<string, CueClass>> = { be: 'belief', remain: 'belief' };

/** Past forms of the light verbs that the regular rules miss. */
const PHRASE_IRREGULAR: Record<string, string[]> = {
  take: ['took', 'taken'],
  make: ['made'],
  speak: ['spoke', 'spoken'],
  be: ['is', 'are', 'was', 'were', 'been', 'am', '’s', "'s", '’re', "'re"],
};

/** Word form (lowercase) -> the phrase cues its base verb opens ("took" -> issue with, aim at). */
export const PHRASE_CUES_BY_FORM: ReadonlyMap<string, { base: string; words: string[][] }> = new Map(
  Object.entries(PHRASE_CUES).flatMap(([base, words]) =>
    [...inflect(base), ...(PHRASE_IRREGULAR[base] ?? [])].map((form): [string, { base: string; words: string[][] }] => [
      form,
      { base, words },
    ]),
  ),
);

/**
 * Verbs of attack and praise that are cues only beside a cue predicate of the same subject ("attacked the plan
 * and took issue with its cost", "praised the staff and highlighted the savings"): alone they are mostly deeds
 * ("attacked the base", "hit the car"), so they are not in SPEECH_VERBS.
 */
export const COORDINATED_STANCE_VERBS = [
  'attack',
  'highlight',
  'challenge',
  'knock',
  'thank',
  'boycott',
  'fault',
  'target',
  'embrace',
  'rank',
];

/** Word forms of COORDINATED_STANCE_VERBS. */
export const COORDINATED_STANCE_FORMS: ReadonlySet<string> = new Set(COORDINATED_STANCE_VERBS.flatMap(inflect));

/**
 * The particles that follow these cue verbs ("calls for", "refers to", "points out"), by base form: after a noun,
 * the -s form with its own particle is the verb (`src/syntax/words.ts`).
 */
export const CUE_VERB_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['call', ['for', 'on', 'upon']],
  ['refer', ['to']],
  ['point', ['to', 'out']],
  ['talk', ['about']],
  ['comment', ['on']],
  ['insist', ['on']],
  ['speak', ['of', 'about']],
  ['hint', ['at']],
  ['warn', ['of', 'against', 'about']],
  ['complain', ['about', 'of']],
]);
