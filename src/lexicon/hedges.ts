/**
 * Hedge lexicon: words and phrases that weaken the backing of a claim ("reportedly",
 * "have been accused of"). Used by `src/detect/hedges.ts`.
 *
 * Each entry maps the surface forms (lowercase, single spaces, matched case-insensitively as whole
 * words) to one normalised lemma, e.g. "was accused of" → "be accused of".
 * Attribution cues ("claimed", "said") are deliberately absent: they name a source, they are not
 * hedges; `src/lexicon/cue-verbs.ts` has them.
 */

/** One lexicon entry: a lemma and the surface forms that realise it. */
export interface HedgeEntry {
  lemma: string;
  forms: readonly string[];
}

/** Builds the entries whose only form is the lemma itself. */
function single(words: readonly string[]): HedgeEntry[] {
  return words.map((w) => ({ lemma: w, forms: [w] }));
}

/** The copula forms that precede passive hedges ("is said to", "have been accused of"). */
const BE_FORMS: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has been',
  'have been',
  'had been',
];

/** Passive hedge phrases: every BE_FORMS form before the participle phrase, lemma "be …". */
function passive(participlePhrase: string): HedgeEntry {
  return { lemma: `be ${participlePhrase}`, forms: BE_FORMS.map((be) => `${be} ${participlePhrase}`) };
}

/**
 * Distancing adverbs: the epistemic adverbs of Hyland's hedge inventory ("Hedging in Scientific
 * Research Articles", 1998) that news style guides (AP, Reuters) flag as signalling unverified
 * information.
 */
const ADVERBS: readonly HedgeEntry[] = single([
  'reportedly',
  'allegedly',
  'purportedly',
  'apparently',
  'supposedly',
  'seemingly',
  'possibly',
  'perhaps',
  'presumably',
  'probably',
  'reputedly',
  'ostensibly',
]);

/** Adjectives that mark a claim as not established (AP Stylebook entries "alleged", "unconfirmed"). */
const ADJECTIVES: readonly HedgeEntry[] = [
  ...single(['unconfirmed', 'unverified', 'unsubstantiated', 'alleged', 'purported', 'suspected']),
  // US and UK spellings share the US lemma.
  { lemma: 'rumored', forms: ['rumored', 'rumoured'] },
];

/**
 * Impersonal and passive reporting constructions ("it is believed", "is said to"): the
 * "agentless passive" hedges of the journalism-attribution literature (e.g. the Reuters
 * Handbook of Journalism on unattributed assertions).
 */
const PASSIVE_REPORTING: readonly HedgeEntry[] = [
  { lemma: 'it is believed', forms: ['it is believed', 'it was believed', "it's believed"] },
  { lemma: 'it is thought', forms: ['it is thought', 'it was thought', "it's thought"] },
  { lemma: 'it is understood', forms: ['it is understood', 'it was understood', "it's understood"] },
  passive('said to'),
  passive('believed to'),
  passive('reported to'),
  passive('thought to'),
  passive('alleged to'),
  passive('understood to'),
  passive('rumored to'),
  passive('rumoured to'),
  passive('accused of'),
  { lemma: 'stand accused of', forms: ['stands accused of', 'stand accused of', 'stood accused of'] },
];

/** Evidential verbs of appearance (Hyland's "lexical verbs" hedges), lemmatised to the infinitive. */
const APPEARANCE_VERBS: readonly HedgeEntry[] = [
  { lemma: 'appear to', forms: ['appears to', 'appear to', 'appeared to', 'appearing to'] },
  { lemma: 'seem to', forms: ['seems to', 'seem to', 'seemed to', 'seeming to'] },
];

/**
 * Epistemic modals (Hyland's modal hedges). The perfect forms are listed apart so the longest
 * match reports "may have" rather than "may".
 */
const MODALS: readonly HedgeEntry[] = single(['may have', 'might have', 'could have', 'may', 'might', 'could']);

/** The whole lexicon. */
export const HEDGE_LEXICON: readonly HedgeEntry[] = [
  ...ADVERBS,
  ...ADJECTIVES,
  ...PASSIVE_REPORTING,
  ...APPEARANCE_VERBS,
  ...MODALS,
];

/**
 * Lemmas that are also proper names when title-cased ("Theresa May", "in May"): a "May" match
 * never counts (the modal hardly ever opens a news sentence); "may" and all-caps "MAY" do.
 */
export const NAME_AMBIGUOUS_LEMMAS: ReadonlySet<string> = new Set(['may', 'may have']);
