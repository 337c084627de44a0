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
