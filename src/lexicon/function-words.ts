/**
 * Small closed classes of English function words that several stages test, defined once: subject pronouns,
 * the forms of "have", the conjunctions that join two clauses, and relative pronouns.
 */

/** Pronouns that can be the subject of a clause ("saying she is prepared", "the mayor said he …"). */
export const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Subject pronouns that stand for people who speak ("“…” He added", "… and she accused …"): no "it", no generic "you". */
export const SPEAKER_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they']);

/** Forms of "have": a perfect auxiliary before a participle ("has said", "has since said"). */
export const HAVE_FORMS = new Set(['has', 'have', 'had']);

/** Conjunctions that, after a comma, open a clause of its own ("…, while Cruz said …", "…, and six in 10 say …"). */
export const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);

/**
 * Relative words that are or begin the subject of their clause ("the official, who said", "a group whose
 * leader said", "a report which found", "the poll that showed"): a mention made of one is a relative pronoun
 * standing for its antecedent. No "whom": it is never a subject.
 */
export const SUBJECT_RELATIVES = new Set(['who', 'whose', 'which', 'that']);

/** The relative pronouns of persons: the clause they open describes a person ("said a farmer who lives nearby"). */
export const PERSON_RELATIVES = new Set(['who', 'whom', 'whose']);

/**
 * Every word that opens a relative clause after a name ("said Ruiz, who added …", "Ruiz, whom aides …"); one
 * ends an inverted subject ("…, said a farmer whom the governor had praised").
 */
export const RELATIVE_PRONOUNS = new Set([...PERSON_RELATIVES, 'which', 'that']);

/** Modal auxiliaries: a verb group that opens with one is finite ("would rise", "may call"). */
export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/** Forms of "do" that carry tense or negation before a verb ("did not respond", "does say"). */
export const DO_FORMS = new Set(['do', 'does', 'did']);

/** Auxiliaries whose form is finite (a clause's verb group opening with one has a tense). */
export const FINITE_AUXILIARIES = new Set([
  ...MODALS,
  'is',
  'are',
  'was',
  'were',
  'am',
  'has',
  'have',
  'had',
  ...DO_FORMS,
]);

/** Words that negate a verb group ("did not respond", "has never said"). */
export const NEGATIONS = new Set(['not', "n't", 'never']);

/** Determiners and quantifiers that open a noun phrase ("the", "some", "every"). Possessive pronouns apart. */
export const PHRASE_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'another',
  'some',
  'many',
  'several',
  'most',
  'other',
  'both',
  'few',
  'each',
  'every',
  'any',
  'no',
  'all',
  'such',
  'much',
]);

/** Possessive pronouns that open a noun phrase ("his campaign", "their flooded basement"). */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

/** Personal pronouns that are a noun phrase of their own, subject or object ("she", "them"). */
export const PERSONAL_PRONOUN_FORMS = new Set([
  ...SUBJECT_PRONOUNS,
  'me',
  'him',
  'us',
  'them',
  'her',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'nobody',
  'anyone',
  'others',
]);

/** Prepositions, by the role the syntax layer gives them when they head a phrase. */
export const PREPOSITIONS = new Set([
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'into',
  'onto',
  'about',
  'over',
  'under',
  'after',
  'before',
  'during',
  'through',
  'throughout',
  'across',
  'against',
  'among',
  'between',
  'without',
  'within',
  'near',
  'since',
  'until',
  'via',
  'per',
  'like',
  'amid',
  'despite',
  'toward',
  'towards',
  'upon',
  'outside',
  'inside',
  'around',
  'behind',
  'beyond',
  'than',
  'including',
  'following',
]);

/** Prepositions that also open a clause when a subject and a finite verb follow ("after the vote ended"). */
export const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as', 'like']);

/** Subordinating conjunctions: each opens an adverbial clause ("because the river floods", "even though …"). */
export const SUBORDINATORS = new Set([
  'because',
  'although',
  'though',
  'if',
  'unless',
  'whereas',
  'while',
  'when',
  'whenever',
  'whether',
  'once',
  'where',
]);

/** Coordinating conjunctions: they join two noun phrases or two clauses. */
export const COORDINATORS = new Set(['and', 'or', 'but', 'nor']);

/** Particles that complete a phrasal verb when they end its group ("shot back", "pointed out that"). */
export const VERB_PARTICLES = new Set(['up', 'out', 'off', 'back', 'down', 'away', 'on', 'in', 'over']);

/**
 * Sentence adverbs that open a sentence before its subject ("However, …", "Earlier, …", "Meanwhile, …"): a closed
 * class, never a noun phrase, though the tagger may read an "-er" one as an adjective ("Earlier", "Later").
 */
export const SENTENCE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'earlier',
  'later',
  'instead',
  'still',
  'yet',
  'also',
  'then',
  'now',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'therefore',
  'thus',
  'finally',
  'afterwards',
  'afterward',
  'previously',
  'recently',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'again',
  'overall',
  'separately',
  'similarly',
  'additionally',
  'indeed',
]);
