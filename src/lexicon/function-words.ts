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

/** Subordinators that, after a comma, open a concession of the writer's ("…is safe, though inspectors disagree"). */
export const CONCESSIVE_OPENERS = new Set(['though', 'although']);

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

/** The articles. */
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Demonstratives that open a noun phrase ("this plan", "those polled"). No "that": it opens clauses too. */
const DEMONSTRATIVES = new Set(['this', 'these', 'those']);

/** Quantifiers that open a noun phrase ("some voters", "every district", "no one"). */
const QUANTIFIERS = new Set([
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

/** Determiners and quantifiers that open a noun phrase ("the", "some", "every"). Possessive pronouns apart. */
export const PHRASE_DETERMINERS = new Set([...ARTICLES, ...DEMONSTRATIVES, ...QUANTIFIERS]);

/** Possessive pronouns that open a noun phrase ("his campaign", "their flooded basement"). */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

/**
 * Determiners that may open a singular noun phrase ("a Monmouth poll", "the state budget"): after one and a
 * singular noun, a base-form verb cannot agree, so it is a noun.
 */
export const SINGULAR_NOUN_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'another',
  'each',
  'every',
  ...POSSESSIVE_DETERMINERS,
]);

/** Words that follow a determiner or a number inside one noun phrase ("two other women", "three more people"). */
export const POST_DETERMINERS = new Set(['other', 'more', 'many', 'few', 'same']);

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

/**
 * Words that open only an adverbial clause, one that ends before its main clause goes on ("even though …,",
 * "when …,", "after the vote ended,"): the subordinators without "whether" and "where", which also open a
 * noun clause or describe a place, and the prepositions that open a clause.
 */
export const ADVERBIAL_OPENERS = new Set([
  ...[...SUBORDINATORS].filter((w) => w !== 'whether' && w !== 'where'),
  ...CLAUSE_PREPOSITIONS,
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

/**
 * The words that stay lower case in Title Case (articles, conjunctions, short prepositions, as the AP and Chicago
 * title rules leave them): a quoted title may hold them between its capitalised words ("Summer on Pike Street").
 */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an the and but or nor for of in on at to by with from as vs via per into over'.split(' '),
);

/**
 * What a headline line set in Title Case may also hold in lower case: more short words of headline style and the
 * particles of names ("de", "van", "al").
 */
export const HEADLINE_SMALL_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_CASE_SMALL_WORDS,
  ...'vs. upon off up out than so yet if is be de la le les du del der den van von da di al el y et'.split(' '),
]);

/** Small numerals that open a noun phrase as a determiner does ("two officials", "one source"). */
const SMALL_NUMERALS = new Set(['one', 'two', 'three', 'four']);

/**
 * Every word that may open a noun phrase before its head: determiners, possessive pronouns, small numerals. No
 * "whose": the phrase scanners read it as the opener of a relative clause ("a candidate whose appeal …").
 */
export const NOUN_PHRASE_OPENERS = new Set(
  [...PHRASE_DETERMINERS, ...POSSESSIVE_DETERMINERS, ...SMALL_NUMERALS].filter((w) => w !== 'whose'),
);

/**
 * Determiners after which a word can only be a noun ("his remarks", "the report", "these claims"): no "her",
 * which is also an object before a verb ("heard her say").
 */
export const NOUN_MARKING_DETERMINERS = new Set(
  [...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVE_DETERMINERS].filter((w) => w !== 'her'),
);

/**
 * Determiners before a scare-quoted noun phrase ("a “cooling centre”", "this “plan”", "its “reform”"): no his, her
 * or their, whose holder may have said the words.
 */
export const SCARE_QUOTE_DETERMINERS = new Set([...PHRASE_DETERMINERS, 'its']);

/** Determiners left off a source phrase before it is classified ("the officials", "some sources", "one aide"). */
export const SOURCE_PHRASE_DETERMINERS = new Set([...ARTICLES, ...DEMONSTRATIVES, 'that', 'another', 'some', 'one']);

/** Determiners of "in a statement" after a cue ("in a statement", "in his statement"). */
export const STATEMENT_DETERMINERS = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/**
 * Quantifiers that head a partitive noun phrase before "of" ("most of them said", "some of the voters", "the
 * majority of them").
 */
export const PARTITIVES = new Set([
  'most',
  'many',
  'some',
  'all',
  'both',
  'none',
  'few',
  'several',
  'each',
  'half',
  'one',
  'two',
  'three',
  'majority',
]);

/**
 * Prepositions that name who did or gave something when they follow a cue word straight away: "a plan offered by
 * the mayor", "an estimate first reported by the Gazette", "praise from the union" — the agent, not a content.
 */
export const AGENT_PREPOSITIONS = new Set(['by', 'from']);

/** Prepositions that end a phrasal cue, whose object is its content ("agree with him", "warned of"). */
export const PHRASAL_CUE_PREPOSITIONS = new Set([
  'about',
  'with',
  'of',
  'for',
  'on',
  'upon',
  'against',
  'to',
  'at',
  'over',
  'in',
  'as',
]);

/**
 * Prepositions that open a circumstance trailing a cue ("…, he said in an interview", "after the vote", "via
 * Twitter", "with reporters"): time and place, occasion and medium.
 */
export const TRAILING_CIRCUMSTANCE_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'from',
  'with',
  'via',
  'through',
  'over',
]);

/** Words that open an introductory clause or phrase before a sentence's main clause ("While …, Sanders said"). */
export const INTRODUCERS = new Set([
  'while',
  'when',
  'whereas',
  'though',
  'although',
  'as',
  'after',
  'before',
  'because',
  'since',
  'if',
  'unless',
  'until',
  'once',
  'despite',
  'following',
  'in',
  'with',
  'amid',
  'during',
]);

/** Connectives that may stand before an introducer ("But while …", "And when …"). */
export const LEADING_CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'still', 'even']);

/** Words after "according to X," that go on the sentence rather than open the attributed clause. */
export const CONTINUATIONS = new Set([
  'but',
  'and',
  'or',
  'even',
  'while',
  'though',
  'although',
  'which',
  'as',
  'so',
  'with',
  'up',
  'down',
  'compared',
  'making',
  'putting',
  'leaving',
]);

/**
 * Relative words that open a clause describing a source or a place before it ("…, according to Jason Delisle,
 * who was an adviser", "…, according to the polls, where she leads").
 */
export const DESCRIBING_RELATIVES = new Set([...PERSON_RELATIVES, 'where'].filter((w) => w !== 'whom'));

/** Coordinators that join a second verb to the first one's subject ("called X “crazy” and said …"). */
export const VERB_COORDINATORS = new Set<string>([...COORDINATORS].filter((w) => w === 'and' || w === 'but'));

/** Sentence adverbs that may interrupt a cue and its "that" ("states, however, that"). */
export const INTERRUPTING_ADVERBS = new Set([
  'however',
  'though',
  'too',
  'also',
  'moreover',
  'furthermore',
  'nonetheless',
  'nevertheless',
  'indeed',
  'instead',
  'again',
  'repeatedly',
  'correctly',
  'rightly',
  'wrongly',
]);

/** Quantifiers that float off a subject to stand after its auxiliary ("have both argued", "have all said"). */
export const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/** Words that open a clause of time after a cue ("said as he left", "said when asked", "said while campaigning"). */
export const TIME_SUBORDINATORS = new Set([
  'as',
  'when',
  'whenever',
  'while',
  'after',
  'before',
  'since',
  'until',
  'once',
]);

/**
 * Prepositions that open a gerund clause of manner after a cue: "said in posing the question", "answered by
 * reading from a letter" — how it was said, not what (a clause with a subject inside still reports: "responded by
 * saying that the plan was dead").
 */
export const MANNER_GERUND_PREPOSITIONS = new Set(['in', 'by']);

/**
 * Prepositions whose phrase goes on a circumstance ("in a statement to donors", "at a rally in Ohio", "in a call
 * with reporters"); not a topic ("spoke on local radio about her plans": the plans are what she spoke of).
 */
export const CIRCUMSTANCE_CONTINUATIONS = new Set([
  'to',
  'in',
  'at',
  'on',
  'from',
  'with',
  'before',
  'after',
  'during',
]);

/** Prepositions whose phrase says when, whatever its noun ("said after the meeting", "during a debate"). */
export const EVENT_TIME_PREPOSITIONS = new Set(['after', 'before', 'during', 'amid', 'following']);

/** Prepositions that may tie a modifier into a subject phrase ("a source close to him", "aides to the governor"). */
export const SUBJECT_LEAD_PREPOSITIONS = new Set(['to', 'with', 'of', 'for', 'at', 'in', 'from']);

/** Auxiliaries a floating quantifier may follow, whatever compromise tags them. */
export const AUXILIARY_WORDS = new Set(['has', 'have', 'had', 'are', 'were', 'will', 'would', 'did', 'do']);

/** Words that stand for a whole answer after a verb of saying ("said yes", "said no."). */
export const ANSWER_WORDS = new Set(['yes', 'no']);

/** Object pronouns that end a phrase such as "a source close to him". */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/** Finite auxiliaries of the third person singular: a base-form verb cannot stand right before one. */
export const SINGULAR_AUXILIARIES = new Set(['has', 'is', 'was', 'does']);

/** Quantifiers that stand alone as a subject of people ("Both think …", "few believe …", "a move some say …"). */
export const QUANTIFIER_SUBJECTS = new Set(['both', 'few', 'many', 'most', 'some', 'others', 'several']);

/** Prepositions that open a phrase of time ("on Friday", "in 2019", "at noon"). */
export const TIME_PHRASE_PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'during',
  'over',
  'throughout',
  'within',
  'for',
  'since',
  'until',
]);

/** Reflexive pronouns ("found himself in a tight race"). */
export const REFLEXIVE_PRONOUNS = new Set([
  'myself',
  'yourself',
  'himself',
  'herself',
  'itself',
  'ourselves',
  'yourselves',
  'themselves',
  'oneself',
]);
