/**
 * The word class of each token: the closed classes of lexicon/function-words.ts first (they are what compromise
 * mis-tags most without its postTagger: "has" as a plural noun, "to" as a conjunction, "in" as a particle), then
 * compromise's tags, then a few local corrections that look at the neighbours. One pass, linear.
 */
import type { Token } from '../segment/nlp.js';
import type { WordClass } from './types.js';
import { BE_FORMS } from '../lexicon/be-forms.js';
import { TITLES } from '../lexicon/titles.js';
import {
  ARTICLES,
  COORDINATORS,
  DO_FORMS,
  HAVE_FORMS,
  MODALS,
  NEGATIONS,
  PERSONAL_PRONOUN_FORMS,
  PHRASE_DETERMINERS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  SINGULAR_NOUN_DETERMINERS,
  SUBORDINATORS,
  FLOATING_QUANTIFIERS,
  SUBJECT_PRONOUNS,
} from '../lexicon/function-words.js';
import { ADDRESSEE_VERBS, CUE_VERB_PARTICLES, defaultCueVerbTable } from '../lexicon/cue-verbs.js';
import { MONTHS } from '../lexicon/number-words.js';

/** The -s forms of addressee verbs that are also plural nouns ("campaign promises", "safety cautions"). */
const NOUN_ADDRESSEE_FORMS = new Set(['promises', 'cautions']);

const AUXILIARIES = new Set([...BE_FORMS, ...HAVE_FORMS, ...DO_FORMS, ...MODALS, "'s", "'re", "'ve", "'d", "'ll"]);
const RELATIVES = new Set(['who', 'whom', 'which']);
/** Particles that are no prepositions: adverbs unless they end a phrasal verb ("laid off", "shot back"). */
const ADVERB_PARTICLES = new Set(['up', 'out', 'off', 'back', 'down', 'away']);
/** Question words that open an embedded question ("examine how the fire started"). */
const CLAUSE_QUESTION_WORDS = new Set(['how', 'why']);
/** A contraction with a negation ("didn't", "won’t"): an auxiliary and a negation in one token. */
const NEGATED_AUXILIARY = /n['’]t$/i;

const isCapitalized = (token: Token): boolean => /^\p{Lu}/u.test(token.text);

/** A subject pronoun and an auxiliary in one token ("he's", "she'd", "they’ll"): a pronoun that carries a tense. */
export const CONTRACTED_PRONOUN = /^(?:i|you|he|she|it|we|they)['’](?:s|d|ll|re|ve|m)$/i;
/** A contraction whose auxiliary takes a base form or a participle next ("she'd run", "he'll resign"). */
const CONTRACTED_MODAL = /^(?:i|you|he|she|it|we|they)['’](?:d|ll)$/i;

/** Whether a token can stand in a noun phrase (for the "her" and "that" decisions below). */
const nominal = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('ProperNoun')) &&
  !t.tags.has('Pronoun') &&
  !PREPOSITIONS.has(t.normal) &&
  !COORDINATORS.has(t.normal);

function baseClass(tokens: Token[], i: number): WordClass {
  const t = tokens[i];
  const w = t.normal;
  if (NEGATIONS.has(w)) return 'negation';
  if (CONTRACTED_PRONOUN.test(t.text)) return 'pronoun';
  // "House Majority Leader Kevin McCarthy": a capitalised base-form verb opening the sentence before a name; a
  // title opening a headline ("Judge blocks …").
  if (
    i === 0 &&
    isCapitalized(t) &&
    t.tags.has('Infinitive') &&
    !/[,;:.!?()—–]/.test(t.post) &&
    tokens[1] !== undefined &&
    ((isCapitalized(tokens[1]) && tokens[1].tags.has('ProperNoun')) || (TITLES.has(w) && !isCapitalized(tokens[1])))
  )
    return 'noun';
  // "in May": the month, not the modal.
  if (w === 'may' && i > 0 && isCapitalized(t)) return 'noun';
  // "Peter Every said", "Ann Little": a surname after a first name, whatever closed-class word it also is.
  if (
    i > 0 &&
    isCapitalized(t) &&
    t.tags.has('ProperNoun') &&
    tokens[i - 1].tags.has('FirstName') &&
    !tokens[i - 1].post.trim()
  )
    return 'noun';
  if (NEGATED_AUXILIARY.test(t.text) || AUXILIARIES.has(w)) return 'auxiliary';
  if (w === 'to') return tokens[i - 1]?.normal === 'according' ? 'preposition' : 'to';
  if (RELATIVES.has(w)) return 'relative';
  if (w === 'that') return 'that';
  if (w === 'her') return nominal(tokens[i + 1]) ? 'possessive' : 'pronoun';
  if (POSSESSIVE_DETERMINERS.has(w)) return 'possessive';
  if (PERSONAL_PRONOUN_FORMS.has(w)) return 'pronoun';
  if (PHRASE_DETERMINERS.has(w)) return 'determiner';
  if (SUBORDINATORS.has(w)) return 'subordinator';
  if (w === 'according' && tokens[i + 1]?.normal === 'to') return 'preposition';
  if (PREPOSITIONS.has(w) || w === 'as') return 'preposition';
  if (COORDINATORS.has(w) || w === 'yet') return 'coordinator';
  if (ADVERB_PARTICLES.has(w) && i > 0 && tokens[i - 1].tags.has('Verb') && !AUXILIARIES.has(tokens[i - 1].normal))
    return 'adverb';
  if (CLAUSE_QUESTION_WORDS.has(w)) return 'subordinator';
  if (t.tags.has('Value')) return 'number';
  // "However, …", "Meanwhile": a sentence connective, whatever its capital.
  if (t.tags.has('Conjunction') && !t.tags.has('Noun')) return 'adverb';
  // "last week", "next year": a time word's modifier.
  if ((w === 'last' || w === 'next') && tokens[i + 1]?.tags.has('Noun')) return 'adjective';
  if (/ing$/.test(w) && w.length > 4 && (t.tags.has('Gerund') || (t.tags.has('Verb') && !t.tags.has('Noun'))))
    return 'gerund';
  if (t.tags.has('Verb') && !t.tags.has('Noun')) return 'verb';
  if (t.tags.has('Adverb') && !t.tags.has('Noun')) return 'adverb';
  // "Major said": a capitalised adjective opening the sentence right before a tensed verb is a name.
  if (t.tags.has('Adjective') && !t.tags.has('Noun'))
    return isCapitalized(t) && (i > 0 || nextIsTensedVerb(tokens, i)) ? 'noun' : 'adjective';
  if (t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Acronym')) return 'noun';
  if (t.tags.has('Pronoun')) return 'pronoun';
  return isCapitalized(t) ? 'noun' : 'other';
}

const nextIsTensedVerb = (tokens: Token[], i: number): boolean => {
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    !/[,;:.!?()—–]/.test(tokens[i].post) &&
    next.tags.has('Verb') &&
    !next.tags.has('Noun') &&
    (next.tags.has('PastTense') || next.tags.has('PresentTense'))
  );
};

/** Whether a verb-tagged word follows token i before the next break, within a few tokens (bounded look-ahead). */
function verbFollows(tokens: Token[], classes: WordClass[], breaks: readonly boolean[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= MAX_VERB_LOOKAHEAD && !breaks[k - 1]; k++)
    if (classes[k] === 'auxiliary' || classes[k] === 'verb') return true;
  return false;
}
/**
 * Whether tokens before i are a singular noun phrase that can be a subject: a singular determiner, up to a few
 * adjectives, one noun ("A Monmouth poll", "a massive ad spend"), not after a preposition ("Residents who live
 * near the plant say").
 */
function singularPhraseBefore(tokens: Token[], classes: WordClass[], breaks: readonly boolean[], i: number): boolean {
  if (/['’]s?$/.test(tokens[i - 1].text)) return false;
  let k = i - 2;
  while (k >= 0 && i - k <= 5 && !breaks[k] && classes[k] === 'adjective') k--;
  if (k < 0 || breaks[k] || !SINGULAR_NOUN_DETERMINERS.has(tokens[k].normal)) return false;
  return !(k >= 1 && !breaks[k - 1] && (classes[k - 1] === 'preposition' || classes[k - 1] === 'to'));
}

/**
 * Whether a clause opens right after token i: "that", a subject pronoun, "to" and a verb, or a capitalised name
 * with a verb after it before the next break ("hopes Clinton will …").
 */
function opensClauseAfter(tokens: Token[], classes: WordClass[], breaks: readonly boolean[], i: number): boolean {
  if (breaks[i] || i + 1 >= tokens.length) return false;
  const next = classes[i + 1];
  if (next === 'that') return true;
  if (next === 'pronoun') return !POSSESSIVE_DETERMINERS.has(tokens[i + 1].normal) && tokens[i + 1].normal !== 'him';
  if (next === 'to') return !breaks[i + 1] && classes[i + 2] === 'verb';
  return (
    next === 'noun' &&
    isCapitalized(tokens[i + 1]) &&
    tokens[i + 1].tags.has('ProperNoun') &&
    verbFollows(tokens, classes, breaks, i + 1)
  );
}

/** Whether the -s form of a verb at tokens[i] has its own particle right after it ("Christie refers to …"). */
function ownParticleAfter(tokens: Token[], breaks: readonly boolean[], i: number): boolean {
  const word = tokens[i].normal;
  if (breaks[i] || !/[^s]s$/.test(word)) return false;
  const base = defaultCueVerbTable().get(word)?.base ?? '';
  return CUE_VERB_PARTICLES.get(base)?.includes(tokens[i + 1]?.normal ?? '') ?? false;
}

/** How many adverbs may stand between a subject and its verb ("Sanders, meanwhile, also hopes …"). */
const MAX_ADVERBS_BEFORE_VERB = 3;

/**
 * Whether the -s form tokens[i] follows the end of a subject across what sets it off: adverbs ("The senator also
 * hopes", "Sanders, meanwhile, hopes") or the comma that closes an appositive ("Ann Lee, a consultant, notes"), or
 * "but" after a predicate ("is a supporter but concedes"). The word before must be a noun, a number or a pronoun.
 */
function subjectSetOffBefore(tokens: Token[], classes: WordClass[], breaks: readonly boolean[], i: number): boolean {
  if (i < 2 || !/[^s]s$/.test(tokens[i].normal)) return false;
  let k = i - 1;
  let adverbs = 0;
  while (k > 0 && classes[k] === 'adverb' && adverbs < MAX_ADVERBS_BEFORE_VERB) {
    k--;
    adverbs++;
  }
  if (adverbs === 0 && tokens[k].normal === 'but' && !breaks[k] && !breaks[k - 1]) k--;
  else if (adverbs === 0 && !breaks[k]) return false;
  const end = classes[k];
  return (end === 'noun' || end === 'number' || end === 'pronoun') && !/['’]s?$/.test(tokens[k].text);
}

/** Auxiliaries that agree with a plural subject, and modals ("have", "are", "will"), not "has", "is", "was". */
const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set([
  'have',
  'are',
  'were',
  ...[...MODALS].filter((m) => m !== 'shall'),
]);

/** Parts of the day that end in -ing ("Tuesday evening"): nouns, never verbs, after a word of their phrase. */
const DAY_PARTS = new Set(['morning', 'evening']);

/** How far `verbFollows` looks, in tokens. */
const MAX_VERB_LOOKAHEAD = 12;

/** Verb forms compromise gives a base or -s form that, between noun-phrase words, are nouns ("court filings"). */
const nounReadable = (t: Token): boolean => !t.tags.has('PastTense') && !t.tags.has('Gerund');

/** Cue classes of the verbs a plural subject read as a verb may stand before ("court records show"). */
const SAYING_OR_SHOWING: ReadonlySet<string> = new Set(['speech', 'evidence']);

/** The word classes of a sentence's tokens; `breaks[i]` says whether punctuation follows token i. */
/** A year as written in a dated phrase ("a 2017 report"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * "a 2017 report", "A June 2017 study": a year right before tokens[i], opened by a determiner (with a month
 * between): the word is the phrase's head noun, not a verb with the year as its subject.
 */
function datedPhraseBefore(tokens: Token[], classes: readonly WordClass[], i: number): boolean {
  if (i < 2 || !YEAR.test(tokens[i - 1].normal)) return false;
  const opener = MONTHS.has(tokens[i - 2].normal) ? i - 3 : i - 2;
  return opener >= 0 && classes[opener] === 'determiner';
}

/** "A 2017 report by the committee": whether tokens[i] is read as the head noun of a dated phrase (no verb). */
export const datedHeadNoun = (s: { tokens: Token[]; classes: readonly WordClass[] }, i: number): boolean =>
  s.classes[i] === 'noun' && datedPhraseBefore(s.tokens, s.classes, i);

/** Determiners that stand alone for one party ("another", "each"): no plural noun can follow them. */
const ONE_PARTY_DETERMINERS = new Set(['another', 'each', 'either', 'neither']);

/** "while another says there are 60": an -s verb reading right after a determiner that stands for one party. */
const verbOfOneParty = (tokens: Token[], i: number): boolean =>
  /s$/.test(tokens[i].normal) && ONE_PARTY_DETERMINERS.has(tokens[i - 1].normal);

/**
 * "where polls show Clinton trailing", "as surveys show …": a subordinator, a relative pronoun or "that" opens the
 * clause of the words after it, so a plural and a bare verb of showing there are its subject and verb.
 */
const opensSubordinate = (before: WordClass | null): boolean =>
  before === 'subordinator' || before === 'relative' || before === 'that';

/** "…, shipping records show": an -ing word (no cue verb) right after a break or opening the sentence, at tokens[k]. */
const modifyingIngAfterBreak = (
  tokens: Token[],
  classes: readonly WordClass[],
  breaks: readonly boolean[],
  k: number,
) =>
  k >= 0 &&
  classes[k] === 'gerund' &&
  (k === 0 || breaks[k - 1]) &&
  !breaks[k] &&
  !defaultCueVerbTable().has(tokens[k].normal);

/** "Court records show he paid", "… show that the …": a subject pronoun or "that" opens a clause at tokens[k]. */
const opensClause = (tokens: Token[], classes: readonly WordClass[], k: number): boolean =>
  k < tokens.length &&
  ((classes[k] === 'pronoun' && SUBJECT_PRONOUNS.has(tokens[k].normal)) || tokens[k].normal === 'that');

export function wordClasses(tokens: Token[], breaks: readonly boolean[]): WordClass[] {
  const classes = tokens.map((_, i) => baseClass(tokens, i));
  for (let i = 0; i < tokens.length; i++) {
    const c = classes[i];
    const before = i > 0 && !breaks[i - 1] ? classes[i - 1] : null;
    const after = !breaks[i] ? classes[i + 1] : undefined;
    // "Polls there show …": "there" between a noun and a verb says where; it is no head of the phrase.
    if (tokens[i].normal === 'there' && before === 'noun' && after === 'verb') classes[i] = 'adverb';
    // "[to] court filings", "the insurer": a base-form verb after a preposition or a determiner, before a noun.
    else if (
      c === 'verb' &&
      nounReadable(tokens[i]) &&
      (((before === 'determiner' || before === 'possessive') &&
        (after === 'noun' || after === 'verb') &&
        !verbOfOneParty(tokens, i)) ||
        before === 'preposition' ||
        (before === 'number' && (/s$/.test(tokens[i].normal) || datedPhraseBefore(tokens, classes, i))))
    )
      classes[i] = 'noun';
    // "sounded a cautious note about", "make a definitive call on": a base-form verb after "a"/"an" and one
    // adjective is the phrase's head noun.
    else if (
      c === 'verb' &&
      tokens[i].tags.has('Infinitive') &&
      !tokens[i].tags.has('PastTense') &&
      before === 'adjective' &&
      i >= 2 &&
      !breaks[i - 2] &&
      (tokens[i - 2].normal === 'a' || tokens[i - 2].normal === 'an')
    )
      classes[i] = 'noun';
    // "have both argued", "have all characterized": a quantifier between an auxiliary and its verb floats off the
    // subject; it is no subject of its own.
    else if (
      FLOATING_QUANTIFIERS.has(tokens[i].normal) &&
      before === 'auxiliary' &&
      after === 'verb' &&
      !tokens[i + 1].tags.has('Infinitive')
    )
      classes[i] = 'adverb';
    // "A Monmouth poll out Monday": a base-form verb after a subject's determiner and singular noun cannot agree
    // with it.
    else if (
      c === 'verb' &&
      tokens[i].tags.has('Infinitive') &&
      !/s$/.test(tokens[i].normal) &&
      before === 'noun' &&
      !tokens[i - 1].tags.has('Plural') &&
      singularPhraseBefore(tokens, classes, breaks, i)
    )
      classes[i] = 'noun';
    // "she'd run", "he'll resign": the word after a contracted modal is its verb.
    else if (
      c === 'noun' &&
      i > 0 &&
      !breaks[i - 1] &&
      CONTRACTED_MODAL.test(tokens[i - 1].text) &&
      !isCapitalized(tokens[i]) &&
      !tokens[i].tags.has('Plural')
    )
      classes[i] = 'verb';
    // "The mayor trails by nine points": a plural -s noun after a singular noun, with no verb after it before the
    // next break, is the clause's verb.
    else if (
      c === 'noun' &&
      /[^s]s$/.test(tokens[i].normal) &&
      !isCapitalized(tokens[i]) &&
      tokens[i].tags.has('Plural') &&
      before === 'noun' &&
      tokens[i - 1].tags.has('Singular') &&
      singularPhraseBefore(tokens, classes, breaks, i) &&
      after !== undefined &&
      (after === 'preposition' || after === 'determiner' || after === 'number' || after === 'adverb') &&
      !verbFollows(tokens, classes, breaks, i)
    )
      classes[i] = 'verb';
    // "Cologne police say", "biofuels advocates say": a verb reading right after a noun and right before a verb of
    // saying is the subject's head noun.
    else if (
      c === 'verb' &&
      nounReadable(tokens[i]) &&
      (before === 'noun' || before === 'adjective') &&
      after === 'verb' &&
      nounReadable(tokens[i + 1]) &&
      !/s$/.test(tokens[i + 1].normal) &&
      defaultCueVerbTable().get(tokens[i + 1].normal)?.cueClass === 'speech'
    )
      classes[i] = 'noun';
    // "…, court records show.", "Court records show the …": an -s verb reading after a noun or opening the
    // sentence, right before the bare form of a verb of saying or showing, is the subject's plural head; the bare
    // form, read as a noun at the sentence's end, is the verb.
    else if (
      c === 'verb' &&
      /[^s]s$/.test(tokens[i].normal) &&
      nounReadable(tokens[i]) &&
      (before === 'noun' ||
        before === 'adjective' ||
        i === 0 ||
        breaks[i - 1] ||
        opensSubordinate(before) ||
        modifyingIngAfterBreak(tokens, classes, breaks, i - 1)) &&
      !breaks[i] &&
      i + 1 < tokens.length &&
      (after === 'verb' ||
        (after === 'noun' && (breaks[i + 1] || opensClause(tokens, classes, i + 2) || opensSubordinate(before)))) &&
      !/s$/.test(tokens[i + 1].normal) &&
      SAYING_OR_SHOWING.has(defaultCueVerbTable().get(tokens[i + 1].normal)?.cueClass ?? '')
    ) {
      // "…, shipping records show": the -ing word before the plural modifies it.
      if (before === 'gerund') classes[i - 1] = 'adjective';
      classes[i] = 'noun';
      classes[i + 1] = 'verb';
    }
    // "The campaign hopes to register …", "Data show that …", "Bivens hopes Clinton will …": a cue verb's present
    // form read as a plural noun, right after a noun and before a clause of its own, is the clause's verb.
    else if (
      c === 'noun' &&
      nounReadable(tokens[i]) &&
      !isCapitalized(tokens[i]) &&
      (before === 'noun' || subjectSetOffBefore(tokens, classes, breaks, i)) &&
      !/['’]s?$/.test(tokens[i - 1].text) &&
      defaultCueVerbTable().has(tokens[i].normal) &&
      // "an hourlong show that aired", "a Times report that …": a bare form after a singular phrase is its noun.
      (/s$/.test(tokens[i].normal) || !singularPhraseBefore(tokens, classes, breaks, i)) &&
      (opensClauseAfter(tokens, classes, breaks, i) || ownParticleAfter(tokens, breaks, i))
    )
      classes[i] = 'verb';
    // "The mayor tells reporters that …", "Lee reminds voters the polls close at 8": the -s form of a verb that
    // takes an addressee, read as a plural noun right after a noun and before the addressee, is the clause's verb
    // (no such form is a noun but "promises" and "cautions": "campaign promises", "safety cautions").
    else if (
      c === 'noun' &&
      before === 'noun' &&
      (after === 'noun' || after === 'pronoun' || after === 'determiner') &&
      !isCapitalized(tokens[i]) &&
      !/['’]s?$/.test(tokens[i - 1].text) &&
      /[^s]s$/.test(tokens[i].normal) &&
      ADDRESSEE_VERBS.has(tokens[i].normal.slice(0, -1)) &&
      !NOUN_ADDRESSEE_FORMS.has(tokens[i].normal)
    )
      classes[i] = 'verb';
    // "Having announced that he would stay, the mayor …": "having" before a past participle is its auxiliary (a
    // perfect participle), not a participle of its own.
    else if (
      c === 'gerund' &&
      tokens[i].normal === 'having' &&
      after === 'verb' &&
      tokens[i + 1].tags.has('PastTense') &&
      !tokens[i + 1].tags.has('Gerund')
    )
      classes[i] = 'auxiliary';
    // "says ships are late": an -s verb between a verb and an auxiliary is the next clause's subject.
    else if (
      c === 'verb' &&
      /[^s]s$/.test(tokens[i].normal) &&
      nounReadable(tokens[i]) &&
      (before === 'verb' || before === 'that') &&
      (after === 'auxiliary' || after === 'verb')
    )
      classes[i] = 'noun';
    // "Several Cruz associates have mentioned …", "Trump associates will say …": an -s verb reading right after a
    // noun and right before a plural perfect auxiliary or a modal is the subject's plural head ("what the party
    // needs is …" keeps its verb: "is" agrees with no plural).
    else if (
      c === 'verb' &&
      /[^s]s$/.test(tokens[i].normal) &&
      nounReadable(tokens[i]) &&
      before === 'noun' &&
      !/['’]s?$/.test(tokens[i - 1].text) &&
      after === 'auxiliary' &&
      PLURAL_AUXILIARIES.has(tokens[i + 1].normal) &&
      classes[i + 2] === 'verb' &&
      !breaks[i + 1]
    )
      classes[i] = 'noun';
    // "An official in the department said", "a conservative from Texas": a word read as an adjective between "a",
    // "an" or "the" and a preposition heads the phrase; it is a noun.
    else if (
      c === 'adjective' &&
      i > 0 &&
      ARTICLES.has(tokens[i - 1].normal) &&
      before === 'determiner' &&
      after === 'preposition' &&
      !/(?:ing|ed)$/.test(tokens[i].normal) &&
      !tokens[i].tags.has('Comparative') &&
      !tokens[i].tags.has('Superlative')
    )
      classes[i] = 'noun';
    // "…, fundraising documents show.", "Polling data suggest …": an -ing word (no verb of the cue lexicon) after a
    // break, right before a plural noun that a bare present verb follows, modifies that noun; it opens no participle.
    else if (
      c === 'gerund' &&
      (i === 0 || breaks[i - 1]) &&
      !breaks[i] &&
      after === 'noun' &&
      tokens[i + 1].tags.has('Plural') &&
      !breaks[i + 1] &&
      i + 2 < tokens.length &&
      classes[i + 2] === 'verb' &&
      tokens[i + 2].tags.has('PresentTense') &&
      !/s$/.test(tokens[i + 2].normal) &&
      !defaultCueVerbTable().has(tokens[i].normal)
    )
      classes[i] = 'adjective';
    // "a warning", "more housing": an -ing word after a determiner or an adjective is a noun.
    else if (
      c === 'gerund' &&
      (before === 'determiner' || before === 'possessive' || before === 'adjective' || before === 'number')
    )
      classes[i] = 'noun';
    // ", which employs 400 people": an -s word right after a relative pronoun set off by a comma is its verb.
    else if (c === 'noun' && before === 'relative' && /[^s]s$/.test(tokens[i].normal) && i >= 2 && breaks[i - 2])
      classes[i] = 'verb';
    // "…, employs 300 people": an -s word after a comma, before a number or a determiner, is a verb.
    else if (
      c === 'noun' &&
      i > 0 &&
      /^,/.test(tokens[i - 1].post.trim()) &&
      /[^s]s$/.test(tokens[i].normal) &&
      !isCapitalized(tokens[i]) &&
      (classes[i + 1] === 'number' || classes[i + 1] === 'determiner')
    )
      classes[i] = 'verb';
    // "Wednesday morning", "early Monday evening": the parts of the day compromise may read as -ing verbs.
    else if (
      DAY_PARTS.has(tokens[i].normal) &&
      before !== null &&
      before !== 'to' &&
      before !== 'auxiliary' &&
      before !== 'pronoun'
    )
      classes[i] = 'noun';
    // "short-staffed": the second half of a hyphenated word takes the first half's class.
    else if (i > 0 && tokens[i].tags.has('Hyphenated') && /-$/.test(tokens[i - 1].post) && tokens[i].pre === '')
      classes[i] = classes[i - 1] === 'verb' ? 'verb' : classes[i - 1];
    // "their flooded basement", "the embattled governor": a participle between a determiner and a noun.
    else if (
      c === 'verb' &&
      tokens[i].tags.has('PastTense') &&
      (before === 'determiner' ||
        before === 'possessive' ||
        before === 'adjective' ||
        before === 'number' ||
        (before === 'noun' && /['’]s$/i.test(tokens[i - 1].text))) &&
      after === 'noun' &&
      // "Many said Monday that …": a date after the participle says when; the participle is the verb.
      !tokens[i + 1].tags.has('Date')
    )
      classes[i] = 'adjective';
    // "decision to bench the captain": a noun reading after "to" and before a determiner is a verb.
    else if (
      c === 'noun' &&
      before === 'to' &&
      (after === 'determiner' || after === 'possessive') &&
      !isCapitalized(tokens[i])
    )
      classes[i] = 'verb';
    // "Trump is telling reporters that …", "was telling a crowd": a cue verb's -ing form that compromise reads as an
    // adjective ("a telling sign"), after a form of "be" and before its object, is the progressive's verb ("It is
    // telling that …" keeps the adjective).
    else if (
      c === 'adjective' &&
      /ing$/.test(tokens[i].normal) &&
      i > 0 &&
      !breaks[i - 1] &&
      BE_FORMS.has(tokens[i - 1].normal) &&
      after !== undefined &&
      (after === 'determiner' || after === 'possessive' || after === 'pronoun' || after === 'noun') &&
      defaultCueVerbTable().has(tokens[i].normal)
    )
      classes[i] = 'gerund';
    // "…, saying wards were short", "…, telling Reuters": compromise reads an -ing word after a comma as a noun.
    else if (
      (c === 'noun' || (c === 'adjective' && (i === 0 || breaks[i - 1]))) &&
      /ing$/.test(tokens[i].normal) &&
      !isCapitalized(tokens[i]) &&
      (i === 0 || breaks[i - 1] || before === 'noun' || before === 'pronoun' || before === 'preposition') &&
      !tokens[i].tags.has('ProperNoun')
    )
      classes[i] = 'gerund';
  }
  return classes;
}
