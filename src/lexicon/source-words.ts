/**
 * Words that tell what kind of source a mention names. Compiled from the sources most frequent in
 * polnear-train.jsonl and the examples (media, organizations, anonymous sources).
 */

/** Words that make a proper name a news outlet ("The Military Times", "The Post"). */
export const MEDIA_WORDS = new Set([
  'times', 'post', 'journal', 'news', 'herald', 'tribune', 'gazette', 'magazine', 'press', 'telegraph',
  'guardian', 'observer', 'examiner', 'chronicle', 'reuters', 'cnn', 'msnbc', 'bbc', 'nbc', 'abc', 'cbs',
  'npr', 'pbs', 'politico', 'breitbart', 'bloomberg', 'axios', 'vox', 'slate', 'salon', 'atlantic',
  'economist', 'newsweek', 'ap', 'afp', 'tass', 'ria', 'sputnik', 'buzzfeed', 'huffington', 'intercept',
  'mediaite', 'newsmax', 'radio', 'television', 'tv', 'network', 'wire', 'daily',
]);

/** Outlets whose one-word name is also an ordinary name ("Hill", "Fox"): media only after "The" or with more words. */
export const MEDIA_WORDS_AFTER_THE = new Set(['hill', 'sun', 'mirror', 'express', 'standard', 'independent', 'fox', 'beast', 'caller', 'blaze', 'week']);

/** Words that make a name an organization ("Wagner Group", "the State Department"). */
export const ORGANIZATION_WORDS = new Set([
  'group', 'department', 'ministry', 'committee', 'party', 'campaign', 'company', 'inc', 'corp', 'corporation',
  'council', 'agency', 'administration', 'house', 'pentagon', 'kremlin', 'congress', 'senate', 'court',
  'government', 'university', 'institute', 'foundation', 'association', 'union', 'commission', 'office',
  'bureau', 'service', 'army', 'navy', 'force', 'forces', 'police', 'fbi', 'cia', 'nato', 'un', 'eu', 'gop',
  'democrats', 'republicans', 'center', 'centre', 'board', 'bank', 'fund', 'coalition', 'alliance', 'league',
  'organization', 'organisation', 'state', 'states', 'u.s.', 'us', 'america', 'russia', 'china', 'iran', 'israel',
  'ukraine', 'syria', 'britain', 'france', 'germany', 'moscow', 'washington', 'beijing', 'tehran', 'poll',
  'survey', 'study', 'report', 'statement', 'pac', 'team', 'staff', 'embassy', 'military', 'troops',
]);

/** Head nouns of mentions that hide who speaks ("sources", "a person familiar with…"). */
export const ANONYMOUS_HEADS = new Set(['source', 'sources', 'person', 'people', 'insider', 'insiders', 'aide', 'aides']);

/** Pronouns that can stand for a source, with the kind of antecedent they need. */
export const PERSONAL_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'speaker' | 'relative'> = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  they: 'plural',
  them: 'plural',
  their: 'plural',
  it: 'neuter',
  its: 'neuter',
  i: 'speaker',
  we: 'speaker',
  you: 'speaker',
  who: 'relative',
  which: 'relative',
};

/**
 * What a source issues that can carry its words ("Trump issued a statement saying …", "filed papers
 * opposing …"): a participle after one of these speaks for whoever issued it.
 */
export const DOCUMENT_WORDS = new Set([
  'statement', 'statements', 'report', 'letter', 'letters', 'article', 'ad', 'ads', 'advertisement', 'memo', 'email', 'e-mail',
  'emails', 'tweet', 'tweets', 'release', 'paper', 'papers', 'video', 'speech', 'op-ed', 'note', 'post', 'message', 'column',
  'editorial', 'filing', 'brief', 'petition', 'motion', 'lawsuit', 'complaint', 'order', 'proposal', 'resolution', 'bill',
]);
