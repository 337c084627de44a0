/**
 * Small closed classes of English function words that several stages test, defined once: subject pronouns,
 * the forms of "have", and the conjunctions that join two clauses.
 */

/** Pronouns that can be the subject of a clause ("saying she is prepared", "the mayor said he …"). */
export const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Subject pronouns that stand for people who speak ("“…” He added", "… and she accused …"): no "it", no generic "you". */
export const SPEAKER_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they']);

/** Forms of "have": a perfect auxiliary before a participle ("has said", "has since said"). */
export const HAVE_FORMS = new Set(['has', 'have', 'had']);

/** Conjunctions that, after a comma, open a clause of its own ("…, while Cruz said …", "…, and six in 10 say …"). */
export const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);
