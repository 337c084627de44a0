/**
 * Phrases: the noun phrases that can name a source, found around a cue in a sentence's tokens.
 * A mention is a token range; `subjectBefore` finds the subject of a cue verb ("a Russian journalist
 * asked"), `phraseAfter` an inverted subject or the object of "according to" ("said Jeffrey").
 */
import type { Token } from '../segment/nlp.js';
import { PERSONAL_PRONOUNS, PROXIMITY_ADJECTIVES } from '../lexicon/source-words.js';
import { TITLES } from '../lexicon/titles.js';
import { isModalName } from './token-shape.js';
import { BE_FORMS } from '../lexicon/be-forms.js';
import { WEEKDAYS } from '../lexicon/number-words.js';
import {
  AUXILIARY_WORDS,
  CLAUSE_JOINERS,
  FLOATING_QUANTIFIERS,
  HAVE_FORMS,
  NOUN_PHRASE_OPENERS,
  OBJECT_PRONOUNS,
  PARTITIVES,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
} from '../lexicon/function-words.js';

/** A noun phrase as a token range [first, last], inclusive; `antecedent` for "who"/"which". */
export interface MentionRange {
  first: number;
  last: number;
  antecedent?: { first: number; last: number };
  /**
   * For a name with an appositive before its cue ("Hugh Hill, a doctor at the clinic, said"): the token whose
   * trailing comma, dash or parenthesis closes the appositive. The mention as written runs to that mark.
   */
  through?: number;
  /** For an inverted name with an appositive after it ("said Hugh Hill, a doctor at the clinic."): the appositive's last token. */
  writtenLast?: number;
  /** For a subject after "of" ("Supporters of Sanders said"): the first token of the mention as written. */
  writtenFirst?: number;
}

/** Time words that can end a phrase before a cue without being its speaker. */
const TIME_WORDS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
  'week',
  'month',
  'year',
  'morning',
  'evening',
  'night',
  'afternoon',
]);
/** Longest noun phrase taken as a mention, in tokens (real ones are far shorter; unpunctuated text is not). */
const MAX_PHRASE_TOKENS = 12;
/** Punctuation in a token's surroundings that ends a noun phrase. */
const PHRASE_BREAK = /[,;:()[\]"“”‘’'!?—–]/;
/** A hyphen or two typed for a dash, with spaces round it ("less - others", "now -- and"). */
const SPACED_HYPHEN = /\s--?\s/;
/** Words between a subject and its cue verb that do not end the subject ("Jeffrey also said"). */

/** "Lee and Diaz have both argued": a floating quantifier right after an auxiliary, no subject of its own. */
function floatingQuantifier(tokens: Token[], j: number, floor: number): boolean {
  if (j <= floor || !FLOATING_QUANTIFIERS.has(tokens[j].normal) || breaksBetween(tokens, j - 1)) return false;
  const before = tokens[j - 1];
  return before.tags.has('Auxiliary') || before.tags.has('Modal') || AUXILIARY_WORDS.has(before.normal);
}

export const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also',
  'later',
  'then',
  'previously',
  'once',
  'repeatedly',
  'recently',
  'first',
  'publicly',
  'privately',
  'separately',
  'further',
  'similarly',
  'likewise',
  'again',
  'not',
  'never',
  'has',
  'have',
  'had',
  'would',
  'will',
  'did',
  'does',
  'do',
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'reportedly',
  'allegedly',
  'still',
  'often',
  'always',
  'frequently',
  'already',
  'even',
  'just',
  'only',
  'quickly',
  'flatly',
  'openly',
  'explicitly',
  'directly',
  'angrily',
  'bluntly',
  'simply',
  'finally',
  'originally',
  'earlier',
  'now',
  'apparently',
]);
/** Words compromise may tag as nouns that never head or join a source's noun phrase. */
const NOT_IN_PHRASE = new Set([
  'that',
  'who',
  'which',
  'what',
  'there',
  'here',
  'and',
  'or',
  'but',
  'if',
  'when',
  'while',
  'as',
  'because',
  'since',
  'so',
  'than',
  'whether',
]);

/** "Bernie Sanders’ campaign", "the Democrats' nominee": an apostrophe closing a word in s is a possessive, no break. */
function isPluralPossessive(left: Token, right: Token): boolean {
  return (
    /^['’]\s+$/.test(left.post) &&
    /s$/i.test(left.text) &&
    right.pre === '' &&
    !left.tags.has('Pronoun') &&
    (right.tags.has('Noun') || right.tags.has('Adjective'))
  );
}

/** Whether the boundary between tokens a and a+1 has phrase-ending punctuation. */
export function breaksBetween(tokens: Token[], a: number): boolean {
  const left = tokens[a];
  const right = tokens[a + 1];
  if (!left || !right) return true;
  if (isPluralPossessive(left, right)) return false;
  const post = left.post.trim();
  if (PHRASE_BREAK.test(post) || PHRASE_BREAK.test(right.pre)) return true;
  // "… ate less - others say …": a hyphen with spaces round it is a dash.
  if (SPACED_HYPHEN.test(left.post)) return true;
  // A period ends the phrase unless it closes an abbreviation ("Sen. Ted Cruz").
  return post.includes('.') && !left.tags.has('Abbreviation') && !left.tags.has('Honorific') && left.text.length > 2;
}

/**
 * "a source close to him", "people familiar with them": a phrase, an adjective of proximity, "to"/"with" and an
 * object pronoun ending at tokens[last], as the phrase written through the pronoun; null otherwise.
 */
function proximityHost(tokens: Token[], last: number, floor: number): MentionRange | null {
  const adjective = last - 2;
  if (adjective - 1 < floor || !OBJECT_PRONOUNS.has(tokens[last].normal)) return null;
  if (!['to', 'with'].includes(tokens[last - 1].normal) || !PROXIMITY_ADJECTIVES.has(tokens[adjective].normal))
    return null;
  for (let k = adjective - 1; k < last; k++) if (breaksBetween(tokens, k)) return null;
  const host = phraseEndingAt(tokens, adjective - 1, floor);
  return host ? { ...host, through: last } : null;
}

export function isPronoun(token: Token): boolean {
  return (
    Object.hasOwn(PERSONAL_PRONOUNS, token.normal) &&
    !['his', 'her', 'their', 'its', 'them', 'him'].includes(token.normal)
  );
}

const isCapitalized = (token: Token): boolean => /^\p{Lu}/u.test(token.text);

/** Whether a token can be the head (last word) of a source's noun phrase. */
function canHead(token: Token): boolean {
  if (NOT_IN_PHRASE.has(token.normal) || token.tags.has('Pronoun')) return false;
  if (token.tags.has('Verb') && !token.tags.has('Noun') && !isCapitalized(token)) return false;
  if (
    (token.tags.has('Adjective') || token.tags.has('Comparative') || token.tags.has('Adverb')) &&
    !isCapitalized(token)
  )
    return false;
  return token.tags.has('Noun') || token.tags.has('ProperNoun') || token.tags.has('Acronym') || isCapitalized(token);
}

/** Whether a token can stand inside a noun phrase before its head. */
function canModify(token: Token): boolean {
  if (NOT_IN_PHRASE.has(token.normal)) return false;
  // Titles before names, even those compromise reads as verbs ("coach Dana Lewis").
  if (TITLES.has(token.normal.replace(/\.$/, ''))) return true;
  if (token.tags.has('Adverb') || token.tags.has('Preposition') || token.tags.has('Conjunction')) return false;
  if (
    token.tags.has('Verb') &&
    !token.tags.has('Noun') &&
    !isCapitalized(token) &&
    !token.tags.has('Adjective') &&
    !isCompoundModifier(token)
  )
    return false;
  return true;
}

/** The second half of a hyphenated modifier, which compromise tags as a verb ("Florida-based strategist"). */
const isCompoundModifier = (token: Token): boolean => token.tags.has('Hyphenated') && token.pre === '';

/** The noun phrase whose last word is tokens[last], extended leftwards to a determiner or a break. */
/** "Peter Every", "Ann Little": a surname after a first name, whatever closed-class word it also is. */
const surnameAfterFirstName = (tokens: Token[], i: number): boolean =>
  i > 0 &&
  isCapitalized(tokens[i]) &&
  tokens[i].tags.has('ProperNoun') &&
  tokens[i - 1].tags.has('FirstName') &&
  !tokens[i - 1].post.trim();

/** A word that opens a noun phrase ("the", "every"), unless it is a surname. */
const opensPhrase = (tokens: Token[], i: number): boolean =>
  NOUN_PHRASE_OPENERS.has(tokens[i].normal) && !surnameAfterFirstName(tokens, i);

function phraseEndingAt(tokens: Token[], last: number, floor: number): MentionRange | null {
  const head = tokens[last];
  if (isPronoun(head)) return { first: last, last };
  if (!canHead(head)) return null;
  let first = last;
  while (
    first - 1 >= floor &&
    last - first < MAX_PHRASE_TOKENS &&
    !opensPhrase(tokens, first) &&
    // "Yesterday Peter Lund said": a time word before a person's name is no part of it.
    !(tokens[first - 1].tags.has('Date') && tokens[first].tags.has('Person') && isCapitalized(tokens[first])) &&
    !breaksBetween(tokens, first - 1) &&
    canModify(tokens[first - 1])
  )
    first--;
  return { first, last };
}

const isProperPhrase = (tokens: Token[], range: MentionRange): boolean => {
  for (let i = range.first; i <= range.last; i++) if (isCapitalized(tokens[i]) && !opensPhrase(tokens, i)) return true;
  return false;
};

/** "most of them", "many of us": a quantifier over a pronoun, ending at tokens[last]. */
function quantifiedPronoun(tokens: Token[], last: number, floor: number): MentionRange | null {
  if (!['them', 'us', 'those'].includes(tokens[last].normal) || last - 2 < floor || tokens[last - 1].normal !== 'of')
    return null;
  const quantifier = tokens[last - 2];
  if (!PARTITIVES.has(quantifier.normal) || breaksBetween(tokens, last - 2) || breaksBetween(tokens, last - 1))
    return null;
  // "the majority of them": keep the determiner.
  const first =
    last - 3 >= floor && NOUN_PHRASE_OPENERS.has(tokens[last - 3].normal) && !breaksBetween(tokens, last - 3)
      ? last - 3
      : last - 2;
  return { first, last };
}

/** Words that qualify a share of those polled ("nearly six in 10", "more than half", "just over a third"). */
const SHARE_QUALIFIERS = new Set([
  'nearly',
  'about',
  'almost',
  'roughly',
  'some',
  'around',
  'only',
  'just',
  'over',
  'under',
  'more',
  'fewer',
  'less',
  'than',
  'at',
  'least',
  'a',
]);

/**
 * "Six in 10 say", "one in four said", "43 said", "two-thirds said": a share of those polled, a number (or a
 * ratio of numbers) standing alone as the subject, after the sentence's start, a break or a conjunction.
 */
function shareSubject(tokens: Token[], last: number, floor: number): MentionRange | null {
  if (!tokens[last].tags.has('Value')) return null;
  let first = last;
  const inShare = (k: number) =>
    tokens[k].tags.has('Value') ||
    ((tokens[k].normal === 'in' || tokens[k].normal === 'of') && tokens[k - 1]?.tags.has('Value'));
  while (first - 1 >= floor && !breaksBetween(tokens, first - 1) && inShare(first - 1)) first--;
  if (!tokens[first].tags.has('Value')) return null;
  while (first - 1 >= floor && !breaksBetween(tokens, first - 1) && SHARE_QUALIFIERS.has(tokens[first - 1].normal))
    first--;
  const opener = first === floor || breaksBetween(tokens, first - 1) || CLAUSE_JOINERS.has(tokens[first - 1].normal);
  return opener ? { first, last } : null;
}

/** Participles that name the people a poll asked ("those surveyed", "voters polled"). */
const POLLED = new Set(['surveyed', 'polled', 'interviewed', 'questioned', 'sampled']);

/** "those surveyed said", "Cuban-Americans polled said": the people a poll asked, a phrase ending in its participle. */
function polledSubject(tokens: Token[], last: number, floor: number): MentionRange | null {
  if (!POLLED.has(tokens[last].normal) || last - 1 < floor || breaksBetween(tokens, last - 1)) return null;
  if (tokens[last - 1].normal === 'those') return { first: last - 1, last };
  const people = phraseEndingAt(tokens, last - 1, floor);
  return people && !isPronoun(tokens[people.first]) ? { first: people.first, last } : null;
}

/** Copulas (and the get-passive) before a cue make it an adjective or a passive ("was less worried", "was asked"): no subject speaks. */
const COPULAS = new Set([...BE_FORMS, "'s", 'get', 'got', 'gets']);
/** A dash (em or en, spaced or not) after a word: an appositive "— a teacher from Mount Pleasant —" opens or closes. */
const DASH_END = /^\s*[—–]\s*$|^\s+-{1,2}\s+$/;
/** Words that open an appositive clause after a comma ("Mr. Reid, who represents Nevada,"; "Several candidates, including Trump,"). */
const CLAUSE_APPOSITIVES = new Set(['who', 'which', 'including']);

/** "Sen. Rob Portman (R-Ohio), …": for a token closing a parenthesis, the token before the parenthesis. */
function beforeParenthesis(tokens: Token[], k: number, floor: number): number {
  if (!/^\.?\)/.test(tokens[k].post.trim())) return k;
  let open = k;
  while (open > floor && open > k - MAX_PHRASE_TOKENS && !tokens[open].pre.includes('(')) open--;
  return tokens[open].pre.includes('(') && open - 1 >= floor ? open - 1 : k;
}
/** How many comma-separated appositives may stand between a name and its cue. */
const MAX_APPOSITIVES = 3;
/** How far back an appositive set off by commas may reach, in tokens. */
const MAX_APPOSITIVE_TOKENS = 24;

/** Index of the nearest token before `j` whose trailing punctuation is a comma, within the appositive reach. */
function commaBefore(tokens: Token[], j: number, floor: number): number {
  for (let k = j - 1; k >= Math.max(floor, j - MAX_APPOSITIVE_TOKENS); k--) {
    if (tokens[k].post.trim().endsWith(',')) return k;
    if (breaksBetween(tokens, k)) return -1;
  }
  return -1;
}

/**
 * Prepositions of time and place that open a circumstance set between a subject and its cue, whose object is
 * not the subject ("Spicer on Thursday said"). Not "of" ("the leader of the party said"), nor those that open a
 * clause ("after Nabisco announced"). (Unlike TRAILING_CIRCUMSTANCE_PREPOSITIONS in attribute/content.ts, which
 * open a phrase after the cue: "he said in an interview", "she said via Twitter".)
 */
const INTERPOSED_CIRCUMSTANCE_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'over', 'throughout', 'within']);

/**
 * Where a circumstance phrase ending at `found` begins ("on Thursday evening", "in the past", "this week"),
 * when a subject may stand before it; null when `found` is no circumstance.
 */
/** Words that open a time phrase before its time word ("last year", "this week"). */
const TIME_MODIFIERS = new Set(['last', 'next', 'this', 'earlier', 'later']);

function circumstanceBefore(tokens: Token[], found: MentionRange, floor: number): number | null {
  const before = found.first - 1;
  // "Senator Dana Holt, who last year threatened …": a time phrase right after a relative pronoun.
  const time = before >= floor && TIME_MODIFIERS.has(tokens[before].normal) ? before : found.first;
  if (
    time - 1 >= floor &&
    (tokens[time - 1].normal === 'who' || tokens[time - 1].normal === 'which') &&
    !breaksBetween(tokens, time - 1) &&
    !breaksBetween(tokens, time) &&
    TIME_WORDS.has(tokens[found.last].normal) &&
    !isPronoun(tokens[found.first])
  )
    return time;
  if (before - 1 < floor || breaksBetween(tokens, before) || breaksBetween(tokens, before - 1)) return null;
  if (INTERPOSED_CIRCUMSTANCE_PREPOSITIONS.has(tokens[before].normal)) return before;
  if (TIME_WORDS.has(tokens[found.last].normal) && !isPronoun(tokens[found.first])) return found.first;
  return null;
}

/** A pronoun contracted with "be" ("He’s", "they’re"): before a participle it is a passive ("He’s expected"), before a gerund a progressive. */
const contractedCopula = (token: Token): boolean => token.tags.has('Pronoun') && /['’](s|re|m)$/i.test(token.text);

/** Sentence adverbs set off between a subject and its cue ("Carter, however, said", "Carter however said"). */
const PARENTHETICAL_ADVERBS = new Set([
  'however',
  'though',
  'meanwhile',
  'too',
  'instead',
  'likewise',
  'moreover',
  'nonetheless',
  'nevertheless',
]);

/**
 * "Proponents of the bill, however, say …", "Carter however said …": the last word before the cue is a sentence
 * adverb, with or without commas; the subject ends before it. Returns the index the subject ends at.
 */
function beforeParentheticalAdverb(tokens: Token[], j: number, floor: number): number {
  if (!PARENTHETICAL_ADVERBS.has(tokens[j].normal) || j - 1 < floor) return j;
  const before = tokens[j - 1].post.trim();
  const after = tokens[j].post.trim();
  // "…, though expects …": "though" right before a verb is a subordinator whose clause leaves its subject out.
  const bothCommas = before === ',' && (after === ',' || (after === '' && tokens[j].normal !== 'though'));
  if (!bothCommas && (before !== '' || after !== '')) return j;
  return j - 1;
}

/**
 * "Chris Covert, South Carolina director for Sanders, said", "Rashad Robinson, Color of Change's executive director,
 * said": a capitalised stretch between commas that holds a lowercase noun (a role) is an appositive, not the subject.
 */
function namesARole(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (
      !isCapitalized(t) &&
      t.tags.has('Noun') &&
      !t.tags.has('Pronoun') &&
      !t.tags.has('Value') &&
      !NOT_IN_PHRASE.has(t.normal)
    )
      return true;
  }
  return false;
}

/** "She has since said": "since" between a perfect auxiliary and its participle is an adverb. */
function sinceAfterPerfect(tokens: Token[], j: number): boolean {
  return tokens[j].normal === 'since' && j > 0 && HAVE_FORMS.has(tokens[j - 1].normal);
}

/** "Clinton herself has proposed": a reflexive right after the subject's noun emphasises it; the subject is the noun. */
function emphaticReflexive(tokens: Token[], j: number, floor: number): boolean {
  return (
    tokens[j].tags.has('Reflexive') &&
    j - 1 >= floor &&
    !breaksBetween(tokens, j - 1) &&
    (tokens[j - 1].tags.has('Noun') || tokens[j - 1].tags.has('ProperNoun')) &&
    !tokens[j - 1].tags.has('Pronoun')
  );
}

/**
 * "Senator Chris Murphy of Connecticut, who …, said", "Gov. John Kasich of Ohio, a Republican …, said": the
 * phrase before an appositive ends in "of"/"from" and a place; the subject is the name before it, opening its clause.
 */
function nameBeforeOfPlace(tokens: Token[], place: MentionRange | null, floor: number): MentionRange | null {
  if (!place) return null;
  const of = place.first - 1;
  if (
    of - 1 < floor ||
    !['of', 'from'].includes(tokens[of].normal) ||
    breaksBetween(tokens, of) ||
    breaksBetween(tokens, of - 1)
  )
    return null;
  const name = phraseEndingAt(tokens, of - 1, floor);
  return name && isProperPhrase(tokens, name) && (name.first === floor || breaksBetween(tokens, name.first - 1))
    ? name
    : null;
}

/** How far back a relative clause set off by commas may reach, in tokens ("Mrs. Clinton's campaign, which has been …, said"). */
const MAX_CLAUSE_APPOSITIVE_TOKENS = 45;

/** The comma opening a long "who"/"which" clause before tokens[j], beyond the ordinary appositive reach; -1 if none. */
function longClauseComma(tokens: Token[], j: number, floor: number): number {
  for (let k = j - 1; k >= Math.max(floor, j - MAX_CLAUSE_APPOSITIVE_TOKENS); k--) {
    if (tokens[k].post.trim().endsWith(','))
      return CLAUSE_APPOSITIVES.has(tokens[k + 1].normal) && tokens[k + 1].normal !== 'including' ? k : -1;
    if (breaksBetween(tokens, k)) return -1;
  }
  return -1;
}

/**
 * Where tokens[first..last] are a clause of their own, its modal, auxiliary or form of "be" (else -1): they open
 * with a noun phrase (a determiner, a pronoun or a noun) and the verb follows before any subordinator or relative
 * pronoun ("the plan will work"), as in no appositive ("a nurse who is …", "when asked what is wrong").
 */
function clauseVerbOf(tokens: Token[], first: number, last: number): number {
  const opener = tokens[first];
  if (!['Determiner', 'Pronoun', 'Noun'].some((tag) => opener.tags.has(tag)) || opener.tags.has('Verb')) return -1;
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k];
    if (RELATIVE_PRONOUNS.has(t.normal) || CLAUSE_APPOSITIVES.has(t.normal) || SUBORDINATORS.has(t.normal)) return -1;
    if (t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula')) return k;
  }
  return -1;
}

/** The subject of the cue at tokens[cue]: the noun phrase just before it, across adverbs and auxiliaries. */
export function subjectBefore(tokens: Token[], cue: number, floor = 0): MentionRange | null {
  let j = cue - 1;
  // "Gov. John Kasich (R-Ohio) said": a parenthesis between the subject and its cue is set aside.
  if (j > floor && tokens[j].post.trim().endsWith(')')) {
    let open = j;
    while (open > floor && open > j - MAX_PHRASE_TOKENS && !tokens[open].pre.includes('(')) open--;
    if (tokens[open].pre.includes('(') && open - 1 >= floor) {
      const before = phraseEndingAt(tokens, open - 1, floor);
      if (before && isProperPhrase(tokens, before)) return { ...before, through: j };
    }
  }
  // "Jason Sims — a teacher from Mount Pleasant — says": an appositive between dashes is set aside.
  if (j > floor && DASH_END.test(tokens[j].post)) {
    let open = j - 1;
    while (open >= floor && open > j - MAX_APPOSITIVE_TOKENS && !DASH_END.test(tokens[open].post)) open--;
    if (open >= floor && DASH_END.test(tokens[open].post)) {
      const before = phraseEndingAt(tokens, open, floor);
      if (before && isProperPhrase(tokens, before)) return { ...before, through: j };
    }
  }
  // A copula before a gerund is a progressive ("Kasich is telling"), not a passive.
  const progressive = tokens[cue].tags.has('Gerund');
  while (
    j >= floor &&
    !breaksBetween(tokens, j) &&
    ((BETWEEN_SUBJECT_AND_CUE.has(tokens[j].normal) && !isModalName(tokens[j])) ||
      floatingQuantifier(tokens, j, floor) ||
      tokens[j].tags.has('Auxiliary') ||
      tokens[j].tags.has('Modal') ||
      tokens[j].tags.has('Adverb') ||
      COPULAS.has(tokens[j].normal) ||
      sinceAfterPerfect(tokens, j) ||
      emphaticReflexive(tokens, j, floor))
  ) {
    if (COPULAS.has(tokens[j].normal) && !progressive) return null;
    j--;
  }
  if (j < floor) return null;
  if (contractedCopula(tokens[j]) && !progressive) return null;
  const adverbEnd = beforeParentheticalAdverb(tokens, j, floor);
  const afterAdverb = adverbEnd !== j;
  j = adverbEnd;
  // "The envoy, Ambassador James Jeffrey, confirmed" / "Hugh Hill, a doctor at the clinic, said": set off by commas.
  if (breaksBetween(tokens, j) && !afterAdverb) {
    if (!tokens[j].post.trim().endsWith(',')) return null;
    let comma = commaBefore(tokens, j, floor);
    if (comma < 0) comma = longClauseComma(tokens, j, floor);
    if (comma < 0) return null;
    // "Still, the town will build a bridge, says Ann Lee": words between commas with a verb of their own are a
    // clause (the content of an inverted attribution), no appositive of a name before them; a participle after
    // it shares its subject ("Instead, the senator is sticking to his message, hoping …").
    const clauseVerb = clauseVerbOf(tokens, comma + 1, j);
    if (clauseVerb >= 0) {
      const subject = tokens[cue].tags.has('Gerund') ? phraseEndingAt(tokens, clauseVerb - 1, comma + 1) : null;
      return subject && subject.first === comma + 1 ? subject : null;
    }
    const inner = phraseEndingAt(tokens, j, comma + 1);
    if (inner && inner.first === comma + 1 && isProperPhrase(tokens, inner)) {
      // "Jim Harlan, another GOP state senator, called": an appositive headed by a role noun describes the name
      // before it (unlike "The envoy, Ambassador James Jeffrey, confirmed", where the appositive is the name).
      // "The governor, a Republican, said": an appositive with an indefinite article describes the phrase before it,
      // proper or not.
      const describes = tokens[inner.first].normal === 'a' || tokens[inner.first].normal === 'an';
      const name =
        isCapitalized(tokens[inner.last]) && !describes
          ? null
          : phraseEndingAt(tokens, beforeParenthesis(tokens, comma, floor), floor);
      if (
        name &&
        (describes || (isCapitalized(tokens[name.last]) && isProperPhrase(tokens, name))) &&
        (name.first === floor || breaksBetween(tokens, name.first - 1))
      )
        return { ...name, through: j };
      return inner;
    }
    // "Mr. Reid, who represents Nevada, said" / "Several candidates, including Trump, said": the phrase before the clause.
    if (CLAUSE_APPOSITIVES.has(tokens[comma + 1].normal)) {
      const name = phraseEndingAt(tokens, beforeParenthesis(tokens, comma, floor), floor);
      if (name && (name.first === floor || breaksBetween(tokens, name.first - 1))) return { ...name, through: j };
      const named = nameBeforeOfPlace(tokens, name, floor);
      if (named) return { ...named, through: j };
      // "Woodrow Benford, 58, who lives outside Minneapolis, says": more appositives before the clause.
      comma = commaBefore(tokens, comma, floor);
      if (comma < 0) return null;
    }
    if (
      isCapitalized(tokens[comma + 1]) &&
      !NOUN_PHRASE_OPENERS.has(tokens[comma + 1].normal) &&
      isProperPhrase(tokens, { first: comma + 1, last: j }) &&
      !namesARole(tokens, comma + 1, j)
    )
      return null;
    // Common-noun appositives, possibly several ("Marley Anderson, 21, a junior from Las Vegas,"): the name before them.
    for (let hops = 0; hops < MAX_APPOSITIVES && comma >= floor; hops++) {
      const name = phraseEndingAt(tokens, beforeParenthesis(tokens, comma, floor), floor);
      if (name && isProperPhrase(tokens, name) && (name.first === floor || breaksBetween(tokens, name.first - 1)))
        return { ...name, through: j };
      const named = nameBeforeOfPlace(tokens, name, floor);
      if (named) return { ...named, through: j };
      comma = commaBefore(tokens, comma, floor);
    }
    return null;
  }
  // "a source close to him said": the phrase an object pronoun is close to speaks, written through the pronoun.
  const proximate = proximityHost(tokens, j, floor);
  if (proximate) return proximate;
  let found =
    quantifiedPronoun(tokens, j, floor) ??
    phraseEndingAt(tokens, j, floor) ??
    shareSubject(tokens, j, floor) ??
    polledSubject(tokens, j, floor);
  if (!found) return null;
  // "A news report published Wednesday said": a time word after a participle is not the subject.
  if (
    TIME_WORDS.has(tokens[found.last].normal) &&
    found.first - 1 > floor &&
    tokens[found.first - 1].tags.has('PastTense') &&
    !breaksBetween(tokens, found.first - 2)
  ) {
    found = phraseEndingAt(tokens, found.first - 2, floor) ?? found;
  }
  // "Sean Spicer on Thursday evening said", "allies have in the past said": a prepositional phrase before the cue
  // is circumstance; the subject stands before it (and a time phrase with no preposition, "Clinton this week said").
  const circumstance = circumstanceBefore(tokens, found, floor);
  if (circumstance !== null) {
    const subject = subjectBefore(tokens, circumstance, floor);
    if (subject) return subject;
  }
  const head = tokens[found.last];
  // "Trump, who said…" / "a driver who asked…": the mention is "who", the source is the phrase before it.
  if (head.normal === 'who' || head.normal === 'which') {
    const before = found.first - 1;
    if (before >= floor && (tokens[before].post.includes(',') || !breaksBetween(tokens, before))) {
      const antecedent = phraseEndingAt(tokens, before, floor);
      if (antecedent) return { ...found, antecedent };
    }
    return head.normal === 'who' ? found : null;
  }
  return withOfPhrase(tokens, found, floor);
}

/**
 * "Supporters of Sanders said", "Senator Marco Rubio of Florida proposed": the mention as written starts with
 * the noun phrase that "of" attaches the subject to.
 */
function withOfPhrase(tokens: Token[], found: MentionRange, floor: number): MentionRange {
  const of = found.first - 1;
  if (of - 1 < floor || tokens[of].normal !== 'of' || breaksBetween(tokens, of) || breaksBetween(tokens, of - 1))
    return found;
  const before = phraseEndingAt(tokens, of - 1, floor);
  return before && !isPronoun(tokens[before.first]) ? { ...found, writtenFirst: before.first } : found;
}

/**
 * "said one unaligned Florida Republican strategist", "said Ayotte campaign manager Jon Kohan": a word compromise
 * reads as a verb (not a gerund) with a noun right after it, inside an inverted subject, modifies that noun.
 */
function verbReadingInsidePhrase(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  const word = tokens[k];
  const before = tokens[k - 1];
  if (
    !next ||
    !before ||
    breaksBetween(tokens, k) ||
    word.tags.has('Gerund') ||
    word.tags.has('Auxiliary') ||
    word.tags.has('Copula') ||
    word.tags.has('Modal')
  )
    return false;
  if (
    !(next.tags.has('Noun') || next.tags.has('ProperNoun')) ||
    next.tags.has('Pronoun') ||
    NOUN_PHRASE_OPENERS.has(next.normal) ||
    NOT_IN_PHRASE.has(next.normal)
  )
    return false;
  // "one unaligned strategist", "the embattled governor": a participle after a determiner; "Ayotte campaign manager": a bare verb after a name.
  if (word.tags.has('PastTense')) return NOUN_PHRASE_OPENERS.has(before.normal) || before.tags.has('Value');
  return word.tags.has('Infinitive') && before.tags.has('ProperNoun');
}

/**
 * "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": "and" between a title
 * and a capitalised word joins two titles of one name.
 */
function titleConjunction(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    tokens[i].normal === 'and' &&
    before !== undefined &&
    next !== undefined &&
    TITLES.has(before.normal.replace(/\.$/, '')) &&
    isCapitalized(next) &&
    !breaksBetween(tokens, i)
  );
}

/**
 * "said oil and gas worker Tom Bell", "said health and safety inspector Ann Roy": "and"/"or" between two lower-case
 * words whose second is a noun followed by another noun joins two modifiers of that noun (whatever the tagger
 * makes of the first, "oil" read as a verb).
 */
function pairedModifier(tokens: Token[], i: number): boolean {
  const [before, word, next, after] = [tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
  return (
    (word.normal === 'and' || word.normal === 'or') &&
    before !== undefined &&
    next !== undefined &&
    after !== undefined &&
    !isCapitalized(before) &&
    !isCapitalized(next) &&
    next.tags.has('Noun') &&
    after.tags.has('Noun') &&
    !after.tags.has('Pronoun') &&
    !breaksBetween(tokens, i - 1) &&
    !breaksBetween(tokens, i) &&
    !breaksBetween(tokens, i + 1)
  );
}

/** The noun phrase starting at tokens[first] ("said the official", "according to the Military Times"). */
export function phraseAfter(tokens: Token[], first: number): MentionRange | null {
  const token = tokens[first];
  if (!token) return null;
  if (isPronoun(token)) return { first, last: first };
  let last = first;
  const stop = (i: number) =>
    i >= tokens.length ||
    breaksBetween(tokens, i - 1) ||
    !(
      canModify(tokens[i]) ||
      verbReadingInsidePhrase(tokens, i) ||
      titleConjunction(tokens, i) ||
      pairedModifier(tokens, i)
    ) ||
    (i > first && NOUN_PHRASE_OPENERS.has(tokens[i].normal));
  while (
    last - first < MAX_PHRASE_TOKENS &&
    !stop(last + 1) &&
    (!tokens[last + 1].tags.has('Verb') ||
      isCompoundModifier(tokens[last + 1]) ||
      verbReadingInsidePhrase(tokens, last + 1))
  )
    last++;
  // The phrase's head is its last noun-like word.
  while (last >= first && !canHead(tokens[last])) last--;
  return last >= first ? { first, last } : null;
}

/** Whether the tokens of a mention look like a proper name (any capitalised non-determiner). */
export function isProperMention(tokens: Token[], range: MentionRange): boolean {
  return isProperPhrase(tokens, range);
}

/** Longest appositive after an inverted name, in tokens. */
const MAX_TRAILING_APPOSITIVE_TOKENS = 30;

/**
 * "…,” said Paul Chipok, a lawyer in Orlando who specializes in land use.": the last token of the
 * appositives after an inverted name, up to the sentence's end or a participle after a comma (", adding …");
 * undefined when no appositive follows.
 */
/** A word that opens a time or place after a comma ("on Monday", "in a statement", "Tuesday"), not "of". */
const opensCircumstance = (token: Token): boolean =>
  (token.tags.has('Preposition') && token.normal !== 'of') || token.tags.has('Date');

export function trailingAppositiveEnd(tokens: Token[], name: MentionRange): number | undefined {
  const next = tokens[name.last + 1];
  if (
    !next ||
    !tokens[name.last].post.trim().startsWith(',') ||
    next.tags.has('Gerund') ||
    (next.tags.has('Verb') && !next.tags.has('Noun'))
  )
    return undefined;
  // "said Ruiz, who added that …": a relative clause is no appositive (it holds an attribution of its own).
  // "said Ruiz, on Monday.": a time or a place after the comma is circumstance, no appositive.
  if (RELATIVE_PRONOUNS.has(next.normal) || opensCircumstance(next)) return undefined;
  for (let k = name.last + 1; k < tokens.length && k - name.last <= MAX_TRAILING_APPOSITIVE_TOKENS; k++) {
    if (k === tokens.length - 1) return k;
    if (/[“”"]/.test(tokens[k].post) || /[“"]/.test(tokens[k + 1].pre)) return undefined;
    if (tokens[k].post.includes(',') && (tokens[k + 1].tags.has('Gerund') || opensCircumstance(tokens[k + 1])))
      return k;
  }
  return undefined;
}
