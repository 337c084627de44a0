/**
 * `analyse(tokens, quotes)`: the shallow syntax of one sentence, in a few left-to-right passes, each linear in
 * the tokens: breaks, word classes, verb groups, noun-phrase chunks (with appositives and circumstances), then
 * clauses on a stack. This is the one place that defines a finite verb, a subject, a relative clause, an
 * appositive and where a clause ends.
 */
import type { Token } from '../segment/nlp.js';
import type { Quote } from '../detect/quotes.js';
import type {
  Chunk,
  Circumstance,
  CircumstanceKind,
  Clause,
  ClauseKind,
  SentenceSyntax,
  VerbGroup,
  WordClass,
} from './types.js';
import { breaksBetween } from './phrases.js';
import { CONTRACTED_PRONOUN, wordClasses } from './words.js';
import { TITLES } from '../lexicon/titles.js';
import { LEGISLATOR_ABBREVIATIONS, PERSON_NOUNS, POLL_NOUNS } from '../lexicon/source-words.js';
import { WEEKDAYS, MONTHS } from '../lexicon/number-words.js';
import {
  CLAUSE_PREPOSITIONS,
  FINITE_AUXILIARIES,
  PARTITIVES,
  POST_DETERMINERS,
  TIME_PHRASE_PREPOSITIONS,
  VERB_PARTICLES,
} from '../lexicon/function-words.js';

/** Longest chunk, in tokens (real noun phrases are far shorter; unpunctuated text is not). */
const MAX_CHUNK_TOKENS = 12;
/** How many prepositional phrases may follow the subject of a clause opened without "that". */
const MAX_PP_HOPS = 3;
/** Deepest nesting of open clauses: a climb from a token's clause through its parents never needs more steps. */
export const MAX_CLAUSE_DEPTH = 12;
/** Longest appositive, in tokens. */
const MAX_APPOSITIVE_TOKENS = 24;
/** Time words that are never a surname, whatever their capital ("Today said" does not occur). */
const NEVER_SURNAMES: ReadonlySet<string> = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now', 'then']);

/**
 * Whether a chunk is a lone capitalised time word that is not a weekday, directly before a tensed verb: a surname
 * that is also a time word ("Day said the language …"), not a time ("Tuesday said" does not occur).
 */
function surnameBeforeVerb(tokens: Token[], breaks: boolean[], chunk: Chunk): boolean {
  const t = tokens[chunk.first];
  const next = tokens[chunk.last + 1];
  return (
    chunk.first === chunk.last &&
    isCapitalized(t) &&
    !t.tags.has('WeekDay') &&
    !NEVER_SURNAMES.has(t.normal) &&
    next !== undefined &&
    !breaks[chunk.last] &&
    next.tags.has('Verb') &&
    (next.tags.has('PastTense') || next.tags.has('PresentTense')) &&
    !next.tags.has('Infinitive') &&
    !next.tags.has('Auxiliary')
  );
}

/** How far an object relative with "that" is looked ahead for its verb, in tokens. */
const MAX_THAT_LOOKAHEAD = 16;

/** Time words that head a circumstance of time ("on Friday", "this week", "for decades"). */
const TIME_HEADS = new Set([
  ...WEEKDAYS,
  ...MONTHS.keys(),
  'today',
  'yesterday',
  'tonight',
  'tomorrow',
  'week',
  'weeks',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'day',
  'days',
  'morning',
  'evening',
  'night',
  'afternoon',
  'time',
  'past',
  'hour',
  'hours',
]);
/** Words after a span of time that measure it from another time ("a week after", "two days later"). */
const TIME_MEASURES = new Set(['after', 'before', 'ago', 'later', 'earlier']);
/** Nouns that head a circumstance of manner after a preposition ("in a statement", "by phone", "on Twitter"). */
const MANNER_HEADS = new Set([
  'statement',
  'statements',
  'interview',
  'interviews',
  'phone',
  'telephone',
  'email',
  'e-mail',
  'letter',
  'release',
  'post',
  'speech',
  'call',
  'conference',
  'video',
  'tweet',
  'twitter',
  'facebook',
  'remarks',
  'person',
  'writing',
  'television',
  'radio',
]);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'from', 'around']);
const MANNER_PREPOSITIONS = new Set(['in', 'on', 'via', 'by', 'through', 'over', 'during']);
/** Words before a day in a bare time phrase ("early Monday morning", "late Friday"). */
const DAY_EDGES = new Set(['early', 'late']);
/** Time words that stand without a preposition ("this week", "last year", "Tuesday"). */
const BARE_TIME_OPENERS = new Set(['this', 'last', 'next', 'earlier', 'later', 'that']);
/** Nouns that take a "that" clause as their content ("the claim that …"): "that" after them is no relative. */
const CONTENT_NOUNS = new Set([
  'claim',
  'claims',
  'statement',
  'belief',
  'fact',
  'idea',
  'view',
  'notion',
  'report',
  'reports',
  'suggestion',
  'assertion',
  'argument',
  'allegation',
  'allegations',
  'charge',
  'warning',
  'promise',
  'hope',
  'fear',
  'fears',
  'news',
  'evidence',
  'sign',
  'signs',
  'word',
  'assurance',
  'assurances',
  'concern',
  'concerns',
  'theory',
  'possibility',
  'message',
]);
/** Modifiers that open a time phrase after a noun ("raised rates [last week]"). */
const TIME_MODIFIERS = new Set(['last', 'next']);
/** Words that open an embedded question after a verb ("asked whether", "examine how"). */
const QUESTION_OPENERS = new Set(['whether', 'if', 'how', 'why']);
/** Determiners that stand for a noun phrase before a break or a verb ("said another", "those polled said"). */
const STANDALONE_DETERMINERS = new Set([
  'this',
  'these',
  'another',
  'both',
  'some',
  'many',
  'most',
  'all',
  'few',
  'several',
  'those',
  'others',
]);

const isCapitalized = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
const CLOSE_MARK = /[”"’]/;
const OPEN_MARK = /[“"‘]/;

/** The shallow syntax of a sentence. `quotes` are the document's quotes; those that touch the sentence count. */
/**
 * "The website, run by a professor, said": a one-word verb group set off by a comma before it and followed by "by"
 * is a participle whatever its form ("run", "set", "put" look like the base form).
 */
function setOffBeforeBy(tokens: Token[], group: VerbGroup): boolean {
  return (
    group.first === group.last &&
    group.first > 0 &&
    tokens[group.first - 1].post.includes(',') &&
    tokens[group.last + 1]?.normal === 'by'
  );
}

export function analyse(tokens: Token[], quotes: readonly Quote[] = []): SentenceSyntax {
  const n = tokens.length;
  const breaks = tokens.map((_, i) => breaksBetween(tokens, i));
  const { quoteBreaks, inQuote } = quoteStructure(tokens, quotes);
  for (let i = 0; i < n; i++) if (quoteBreaks[i]) breaks[i] = true;
  const classes = wordClasses(tokens, breaks);
  const verbAt = new Int32Array(n).fill(-1);
  const verbs = verbGroups(tokens, classes, breaks, verbAt);
  const chunkAt = new Int32Array(n).fill(-1);
  const chunks = nounChunks(tokens, classes, breaks, verbAt, chunkAt);
  appositives(tokens, classes, breaks, chunks, chunkAt, verbAt);
  // "on “The Steve Harvey Morning Show”": a title in quote marks is still the object of its preposition.
  for (const chunk of chunks) {
    const before = chunk.first - 1;
    if (chunk.preposition < 0 && before >= 0 && classes[before] === 'preposition' && quoteBreaks[before])
      if (!/[,;:.!?()—–]/.test(tokens[before].post + tokens[chunk.first].pre)) chunk.preposition = before;
  }
  const circumstances = circumstancePhrases(tokens, classes, breaks, chunks);
  const clauseAt = new Int32Array(n).fill(0);
  const syntax: SentenceSyntax = {
    tokens,
    classes,
    breaks,
    quoteBreaks,
    inQuote,
    chunks,
    verbs,
    clauses: [],
    circumstances,
    chunkAt,
    verbAt,
    clauseAt,
  };
  syntax.clauses = clauseStructure(syntax);
  return syntax;
}

/** Quote marks between tokens, and which tokens lie inside a top-level quote. */
function quoteStructure(tokens: Token[], quotes: readonly Quote[]): { quoteBreaks: boolean[]; inQuote: boolean[] } {
  const n = tokens.length;
  const quoteBreaks = new Array<boolean>(n).fill(false);
  const inQuote = new Array<boolean>(n).fill(false);
  if (n === 0) return { quoteBreaks, inQuote };
  const from = tokens[0].start - tokens[0].pre.length;
  const to = tokens[n - 1].end + tokens[n - 1].post.length;
  // Quotes are sorted by their opening mark; find the first that may touch the sentence.
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((quotes[mid].close ?? quotes[mid].end) < from) low = mid + 1;
    else high = mid;
  }
  let t = 0;
  for (let q = low; q < quotes.length && quotes[q].open < to; q++) {
    const quote = quotes[q];
    if (quote.nested) continue;
    const close = quote.close ?? quote.end;
    while (t < n && tokens[t].end <= quote.open) t++;
    if (t > 0 && quote.open >= tokens[t - 1].end) quoteBreaks[t - 1] = true;
    let k = t;
    while (k < n && tokens[k].start < close) inQuote[k++] = true;
    if (k > 0 && k - 1 < n && tokens[k - 1].end <= close) quoteBreaks[k - 1] = true;
  }
  // Marks in the text that no detected quote accounts for still break phrases.
  for (let i = 0; i < n - 1; i++)
    if (CLOSE_MARK.test(tokens[i].post) && /[”"]/.test(tokens[i].post)) quoteBreaks[i] = true;
  for (let i = 1; i < n; i++)
    if (OPEN_MARK.test(tokens[i].pre) && /[“"]/.test(tokens[i].pre)) quoteBreaks[i - 1] = true;
  return { quoteBreaks, inQuote };
}

const isVerbal = (c: WordClass): boolean => c === 'auxiliary' || c === 'verb' || c === 'gerund';

/** Verb groups: "to"?, auxiliaries, adverbs and negations, the head verb, a particle. */
function verbGroups(tokens: Token[], classes: WordClass[], breaks: boolean[], verbAt: Int32Array): VerbGroup[] {
  const n = tokens.length;
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < n) {
    const c = classes[i];
    const infinitive = c === 'to' && !breaks[i] && (classes[i + 1] === 'verb' || classes[i + 1] === 'auxiliary');
    if (!isVerbal(c) && !infinitive) {
      i++;
      continue;
    }
    // "to" is a verb group's only when a base form follows ("to comment", "to cut", not "to reported crimes").
    if (infinitive && /ed$/.test(tokens[i + 1].normal) && classes[i + 1] === 'verb') {
      i++;
      continue;
    }
    const auxiliaries: number[] = [];
    const adverbs: number[] = [];
    let head = -1;
    let k = i;
    if (infinitive) auxiliaries.push(k++);
    while (k < n && (k === i || !breaks[k - 1])) {
      const ck = classes[k];
      if (ck === 'auxiliary') {
        auxiliaries.push(k);
        // "did not respond": a negated auxiliary goes on to its verb.
        k++;
        continue;
      }
      const longAdjective =
        ck === 'adjective' &&
        auxiliaries.length > 0 &&
        /^ha/.test(tokens[auxiliaries[auxiliaries.length - 1]].normal) &&
        k + 1 < n &&
        !breaks[k] &&
        classes[k + 1] === 'verb' &&
        tokens[k + 1].tags.has('PastTense');
      if ((ck === 'adverb' || ck === 'negation' || longAdjective) && auxiliaries.length > 0 && head < 0) {
        // An adverb belongs to the group only between an auxiliary and a verb ("has long wanted").
        let m = k;
        while (m < n && !breaks[m - 1] && (classes[m] === 'adverb' || classes[m] === 'negation' || m === k)) m++;
        if (m < n && !breaks[m - 1] && isVerbal(classes[m])) {
          for (let a = k; a < m; a++) adverbs.push(a);
          k = m;
          continue;
        }
        break;
      }
      if (ck === 'verb' || ck === 'gerund') {
        head = k++;
        break;
      }
      break;
    }
    if (head < 0) {
      // A group of auxiliaries alone: the last one is its head ("he is", "they have").
      if (auxiliaries.length === 0 || (infinitive && auxiliaries.length === 1)) {
        i++;
        continue;
      }
      head = auxiliaries.pop()!;
    }
    let last = Math.max(head, k - 1);
    let particle = -1;
    const p = last + 1;
    const afterParticle = classes[p + 1];
    if (
      p < tokens.length &&
      !breaks[last] &&
      VERB_PARTICLES.has(tokens[p].normal) &&
      (classes[head] === 'verb' || classes[head] === 'gerund') &&
      (breaks[p] ||
        tokens[p + 1]?.normal === 'that' ||
        (classes[p] === 'adverb' && (afterParticle === 'preposition' || afterParticle === 'determiner')))
    ) {
      particle = p;
      last = p;
    }
    const opener = infinitive ? -1 : (auxiliaries[0] ?? head);
    const firstVerb = tokens[opener] as Token | undefined;
    let finite =
      firstVerb !== undefined &&
      (classes[opener] === 'auxiliary'
        ? FINITE_AUXILIARIES.has(firstVerb.normal) || /n['’]t$/i.test(firstVerb.text) || firstVerb.normal === "'s"
        : classes[opener] === 'verb' &&
          (firstVerb.tags.has('PastTense') ||
            firstVerb.tags.has('PresentTense') ||
            (/[^s]s$/.test(firstVerb.normal) && !firstVerb.tags.has('Gerund')) ||
            // "Data show that …": a form compromise read as a noun that the word classes read as a verb is present.
            (firstVerb.tags.has('Noun') && !firstVerb.tags.has('Gerund'))) &&
          !(i > 0 && classes[i - 1] === 'to'));
    // "he's tired", "she'd never run": a contracted pronoun before the group carries its tense.
    let back = i - 1;
    while (back >= 0 && i - back <= 3 && !breaks[back] && (classes[back] === 'adverb' || classes[back] === 'negation'))
      back--;
    const contracted = !infinitive && back >= 0 && !breaks[back] && CONTRACTED_PRONOUN.test(tokens[back].text);
    if (contracted) finite = true;
    const barePast =
      !contracted &&
      finite &&
      auxiliaries.length === 0 &&
      classes[head] === 'verb' &&
      tokens[head].tags.has('PastTense');
    const group: VerbGroup = { first: i, last, head, auxiliaries, adverbs, particle, finite, barePast };
    for (let a = i; a <= last; a++) verbAt[a] = groups.length;
    groups.push(group);
    i = last + 1;
  }
  return groups;
}

/** Classes that may stand inside a noun phrase after its first word. */
const inPhrase = (c: WordClass): boolean => c === 'noun' || c === 'adjective' || c === 'number';

/** A weekday or a deictic day ("Friday", "today"): it stands as a time phrase of its own after a noun. */
const isBareDay = (t: Token): boolean => t.tags.has('WeekDay') || BARE_DAYS.has(t.normal);
const BARE_DAYS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);

const isTitle = (t: Token): boolean => TITLES.has(t.normal.replace(/\.$/, ''));

/** Noun-phrase chunks, left to right; a chunk needs a head (a noun, a name, a number or a pronoun). */
function nounChunks(
  tokens: Token[],
  classes: WordClass[],
  breaks: boolean[],
  verbAt: Int32Array,
  chunkAt: Int32Array,
): Chunk[] {
  const n = tokens.length;
  const chunks: Chunk[] = [];
  const add = (first: number, last: number, head: number, relative = false): void => {
    let possessive = classes[first] === 'possessive' ? first : -1;
    for (let k = first; k < last; k++) if (/['’]s?$/i.test(tokens[k].text) && classes[k] === 'noun') possessive = k;
    const determiner = classes[first] === 'determiner' || classes[first] === 'possessive' ? first : -1;
    for (let k = first; k <= last; k++) chunkAt[k] = chunks.length;
    chunks.push({
      first,
      last,
      head,
      determiner,
      possessive,
      preposition: -1,
      coordinatedWith: -1,
      appositive: -1,
      appositiveOf: -1,
      writtenLast: last,
      relative,
    });
  };
  let i = 0;
  while (i < n) {
    if (verbAt[i] >= 0) {
      i++;
      continue;
    }
    const c = classes[i];
    const t = tokens[i];
    if (c === 'pronoun') {
      add(i, i, i);
      i++;
      continue;
    }
    if (c === 'relative' && t.normal !== 'whom') {
      add(i, i, i, true);
      i++;
      continue;
    }
    if (c === 'that' && relativeThat(tokens, classes, breaks, verbAt, i)) {
      add(i, i, i, true);
      i++;
      continue;
    }
    // "said another", "Those surveyed": a determiner that stands for a noun phrase.
    if (
      STANDALONE_DETERMINERS.has(t.normal) &&
      (breaks[i] || i + 1 >= n || verbAt[i + 1] >= 0 || classes[i + 1] === 'preposition')
    ) {
      add(i, i, i);
      i++;
      continue;
    }
    // "most of them": a quantifier before "of" is a phrase of its own.
    if (PARTITIVES.has(t.normal) && tokens[i + 1]?.normal === 'of' && !breaks[i]) {
      add(i, i, i);
      i++;
      continue;
    }
    const opens =
      c === 'determiner' ||
      c === 'possessive' ||
      inPhrase(c) ||
      (c === 'that' && !breaks[i] && inPhrase(classes[i + 1]) && !thatOpensClause(classes, breaks, verbAt, i));
    if (!opens) {
      i++;
      continue;
    }
    let last = i;
    while (
      last + 1 < n &&
      last + 1 - i < MAX_CHUNK_TOKENS &&
      !breaks[last] &&
      verbAt[last + 1] < 0 &&
      (inPhrase(classes[last + 1]) ||
        (isTitle(tokens[last]) && isCapitalized(tokens[last + 1])) ||
        // "two other women", "the other women", "three more people".
        (POST_DETERMINERS.has(tokens[last + 1].normal) &&
          (classes[last] === 'number' || classes[last] === 'determiner'))) &&
      !(TIME_MODIFIERS.has(tokens[last + 1].normal) && classes[last] === 'noun') &&
      // "told [reporters] [Friday]": a day after a noun is a time phrase of its own, unless a noun follows it.
      !(
        classes[last] === 'noun' &&
        isBareDay(tokens[last + 1]) &&
        !(last + 2 < n && !breaks[last + 1] && classes[last + 2] === 'noun')
      )
    )
      last++;
    let head = last;
    while (head >= i && classes[head] !== 'noun' && classes[head] !== 'number') head--;
    // "The firm, which …", "The suspect fled": compromise reads the noun as an adjective after a determiner.
    if (
      head < i &&
      last > i &&
      classes[i] === 'determiner' &&
      classes[last] === 'adjective' &&
      (breaks[last] || verbAt[last + 1] >= 0)
    )
      head = last;
    if (head < i) {
      i = last + 1;
      continue;
    }
    add(i, head, head);
    i = head + 1;
  }
  // Prepositions that govern a chunk, and chunks coordinated with the one before ("[Smith] and [Jones]").
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c];
    const before = chunk.first - 1;
    if (before >= 0 && !breaks[before] && (classes[before] === 'preposition' || isPrepositionTo(classes, before)))
      chunk.preposition = before;
    if (
      c > 0 &&
      before >= 1 &&
      classes[before] === 'coordinator' &&
      !breaks[before] &&
      chunkAt[before - 1] === c - 1 &&
      !breaks[before - 1]
    ) {
      chunk.coordinatedWith = c - 1;
      chunk.preposition = chunks[c - 1].preposition;
    }
  }
  return chunks;
}

/** "to" before a noun phrase is a preposition ("according to court filings", "told to reporters"). */
const isPrepositionTo = (classes: WordClass[], i: number): boolean => classes[i] === 'to';

/**
 * Whether "that" at i opens a clause ("said that rates would rise") rather than determining a noun ("that
 * plan"): a chunk and then a verb group follow it.
 */
function thatOpensClause(classes: WordClass[], breaks: boolean[], verbAt: Int32Array, i: number): boolean {
  let k = i + 1;
  while (k < classes.length && k - i <= MAX_CHUNK_TOKENS && !breaks[k - 1] && verbAt[k] < 0) {
    if (!inPhrase(classes[k]) && classes[k] !== 'determiner' && classes[k] !== 'possessive') return false;
    k++;
  }
  return k < classes.length && k > i + 1 && !breaks[k - 1] && verbAt[k] >= 0;
}

/**
 * "the plan that failed", "the officials that the council hired": "that" after a noun opens a relative clause
 * when a verb follows at once, or when the clause after it lacks an object (its verb is followed by a break or
 * a preposition). After a content noun ("the claim that …") it opens the noun's content.
 */
function relativeThat(
  tokens: Token[],
  classes: WordClass[],
  breaks: boolean[],
  verbAt: Int32Array,
  i: number,
): boolean {
  if (i === 0 || breaks[i - 1]) return false;
  const before = classes[i - 1];
  if (before !== 'noun' && before !== 'number') return false;
  const antecedent = tokens[i - 1];
  if (CONTENT_NOUNS.has(antecedent.normal) || TIME_HEADS.has(antecedent.normal) || antecedent.tags.has('Date'))
    return false;
  if (!breaks[i] && verbAt[i + 1] >= 0) return true;
  // An object relative: a short subject, a verb, then nothing that could be its object.
  let k = i + 1;
  while (k < classes.length && k - i < MAX_THAT_LOOKAHEAD && !breaks[k - 1] && verbAt[k] < 0) k++;
  if (k >= classes.length || breaks[k - 1] || verbAt[k] < 0 || k === i + 1) return false;
  let end = k;
  while (end + 1 < classes.length && verbAt[end + 1] === verbAt[k]) end++;
  if (!(end + 1 >= classes.length || breaks[end] || classes[end + 1] === 'preposition' || verbAt[end + 1] >= 0))
    return false;
  // "told (the) reporters that …": a noun phrase right after a verb is its object, and "that" opens what was told.
  let first = i - 1;
  while (
    first > 0 &&
    !breaks[first - 1] &&
    ['noun', 'adjective', 'determiner', 'possessive', 'number'].includes(classes[first - 1])
  )
    first--;
  return !(first > 0 && !breaks[first - 1] && verbAt[first - 1] >= 0);
}

/**
 * Appositives: a chunk set off by commas (or dashes, or parentheses) right after a chunk it renames ("Hugh
 * Hill, a doctor at the clinic, said"; "The envoy, Ambassador James Jeffrey, confirmed"; "Jane Roe, 58,").
 * The first chunk's written extent runs to the appositive's closing mark.
 */
function appositives(
  tokens: Token[],
  classes: WordClass[],
  breaks: boolean[],
  chunks: Chunk[],
  chunkAt: Int32Array,
  verbAt: Int32Array,
): void {
  const n = tokens.length;
  for (let c = 0; c + 1 < chunks.length; c++) {
    const a = chunks[c];
    const b = chunks[c + 1];
    if (b.first !== a.last + 1 || a.relative || b.relative || classes[a.head] === 'pronoun') continue;
    const mark = tokens[a.last].post.trim();
    const comma = mark === ',';
    const dash = /^[—–]$|^--?$/.test(mark);
    if (!comma && !dash) continue;
    if (b.first > 0 && /\(/.test(tokens[b.first].pre)) continue;
    const aProper =
      isCapitalized(tokens[a.head]) && !(a.first === 0 && a.first === a.head && !isProperNoun(tokens[a.head]));
    const bProper = isCapitalized(tokens[b.head]);
    const bAge = classes[b.head] === 'number' && b.first === b.last;
    // "Tom Hale, Riverside MP, said": a capitalised role with no determiner after a name renames it.
    const bRole = bProper && b.determiner < 0 && b.first !== b.head && isRoleHead(tokens[b.head]);
    const shapes =
      (aProper && (!bProper || bAge || b.determiner >= 0 || bRole)) || (!aProper && bProper && b.determiner < 0);
    // "The senator, a former judge, has criticized": two common phrases when a verb follows the second.
    const beforeVerb = !aProper && b.determiner >= 0;
    if (!shapes && !beforeVerb) continue;
    // The appositive runs over its prepositional phrases to the closing mark (or the sentence's end).
    let end = b.last;
    while (end + 1 < n && end - b.first < MAX_APPOSITIVE_TOKENS && !breaks[end] && verbAt[end + 1] < 0) end++;
    const closing = tokens[end].post.trim();
    const closes =
      end === n - 1 ||
      (comma ? closing.startsWith(',') : /^[—–]|^--?$/.test(closing)) ||
      (comma && /^[.!?]/.test(closing) && end === n - 1);
    if (!closes || (!shapes && (end + 1 >= n || verbAt[end + 1] < 0))) continue;
    // "A, B, and C": a list, not an appositive.
    const after = end + 1 < n ? tokens[end + 1].normal : '';
    if (after === 'and' || after === 'or') continue;
    if (after !== '' && chunkAt[end + 1] >= 0 && verbAt[end + 1] < 0 && classes[end + 1] !== 'pronoun') continue;
    a.appositive = c + 1;
    b.appositiveOf = c;
    a.writtenLast = end;
  }
  // "Gov. John Kasich (R-Ohio) said": a parenthesis right after a chunk belongs to it as written.
  for (const chunk of chunks) {
    const next = chunk.last + 1;
    if (next >= n || !tokens[next].pre.includes('(')) continue;
    let close = next;
    while (close < n - 1 && close - next < MAX_CHUNK_TOKENS && !tokens[close].post.includes(')')) close++;
    if (tokens[close].post.includes(')')) chunk.writtenLast = Math.max(chunk.writtenLast, close);
  }
}

/** Whether a token heads a person's role: a title, a role noun, a legislator's abbreviation ("MP"). */
const isRoleHead = (t: Token): boolean => {
  const word = t.normal.replace(/\.$/, '');
  return TITLES.has(word) || PERSON_NOUNS.has(word) || LEGISLATOR_ABBREVIATIONS.has(word);
};

const isProperNoun = (t: Token): boolean => t.tags.has('ProperNoun') || t.tags.has('Acronym');

/** Whether a chunk is a name: its head a proper noun, or one capitalised singular word alone ("Trump"). */
const namesOne = (tokens: Token[], chunk: Chunk): boolean =>
  isProperNoun(tokens[chunk.head]) ||
  (chunk.first === chunk.head &&
    chunk.last === chunk.head &&
    isCapitalized(tokens[chunk.head]) &&
    !tokens[chunk.head].tags.has('Plural'));

/** Circumstance phrases: a preposition and a chunk of time, place or manner; a bare time phrase; "according to". */
function circumstancePhrases(
  tokens: Token[],
  classes: WordClass[],
  breaks: boolean[],
  chunks: Chunk[],
): Circumstance[] {
  const found: Circumstance[] = [];
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c];
    if (chunk.appositiveOf >= 0 || chunk.coordinatedWith >= 0) continue;
    const head = tokens[chunk.head];
    const last = chunkEnd(chunks, c);
    const p = chunk.preposition;
    let kind: CircumstanceKind | null = null;
    let first = chunk.first;
    if (p >= 0) {
      const prep = tokens[p].normal;
      if (prep === 'to' && p > 0 && tokens[p - 1].normal === 'according' && !breaks[p - 1]) {
        kind = 'source';
        first = p - 1;
      } else if (prep === 'in' && POLL_NOUNS.has(head.normal) && classes[chunk.head] === 'noun') {
        // "in the latest CBC poll": a survey speaks.
        kind = 'source';
        first = p;
      } else if (TIME_PHRASE_PREPOSITIONS.has(prep) && (TIME_HEADS.has(head.normal) || head.tags.has('Date')))
        kind = 'time';
      else if (MANNER_PREPOSITIONS.has(prep) && MANNER_HEADS.has(head.normal)) kind = 'manner';
      else if (
        (PLACE_PREPOSITIONS.has(prep) &&
          (head.tags.has('Place') ||
            head.tags.has('City') ||
            head.tags.has('Country') ||
            beforeRegion(tokens, chunks, c))) ||
        // "Cory James, 22, of Flint, Mich.,": a home town after "of" is known by its state.
        (prep === 'of' && beforeRegion(tokens, chunks, c))
      )
        kind = 'place';
      if (kind && kind !== 'source') first = p;
    } else if (
      (TIME_HEADS.has(head.normal) || head.tags.has('WeekDay')) &&
      classes[chunk.head] === 'noun' &&
      !surnameBeforeVerb(tokens, breaks, chunk) &&
      (chunk.first === chunk.head ||
        BARE_TIME_OPENERS.has(tokens[chunk.first].normal) ||
        // "Wednesday morning", "early Monday evening": a day, then the part of it.
        tokens.slice(chunk.first, chunk.head).every((t) => t.tags.has('WeekDay') || DAY_EDGES.has(t.normal)))
    )
      kind = 'time';
    // "A week after Trump spoke", "Two days later", "three years ago": a span of time measured from another time.
    const measure = last + 1 < tokens.length && !breaks[last] ? tokens[last + 1].normal : '';
    if (
      !kind &&
      p < 0 &&
      TIME_HEADS.has(head.normal) &&
      classes[chunk.head] === 'noun' &&
      chunk.head === last &&
      TIME_MEASURES.has(measure)
    )
      kind = 'time';
    let end =
      kind === 'time' && TIME_MEASURES.has(measure) && measure !== 'after' && measure !== 'before' ? last + 1 : last;
    // "in Halifax, Nova Scotia,": the province or state after a place belongs to it.
    const next = chunks[c + 1];
    if (
      kind === 'place' &&
      next &&
      next.first === last + 1 &&
      next.preposition < 0 &&
      breaks[last] &&
      tokens[last].post.trim().startsWith(',') &&
      (breaks[next.last] || next.last === tokens.length - 1) &&
      tokens.slice(next.first, next.last + 1).every((t) => isProperNoun(t) || t.tags.has('Place'))
    )
      end = next.last;
    if (kind) found.push({ kind, first, last: end });
  }
  return found;
}

/**
 * "near Brandon, Manitoba,", "in Antigonish, N.S.,": a proper noun followed, after a comma, by a named place or a
 * region's abbreviation is a place too.
 */
function beforeRegion(tokens: Token[], chunks: Chunk[], c: number): boolean {
  const chunk = chunks[c];
  const next = chunks[c + 1];
  if (!next || next.first !== chunk.last + 1 || !isProperNoun(tokens[chunk.head])) return false;
  if (!tokens[chunk.last].post.trim().startsWith(',')) return false;
  const region = tokens[next.head];
  return (
    region.tags.has('Place') ||
    region.tags.has('Country') ||
    region.tags.has('Region') ||
    (next.first === next.last && abbreviatedRegion(region))
  );
}

/** "Mich.", "Tex.", "N.S.", "B.C.": a state's or province's abbreviation (no title: "Dr.", "Mr."). */
const abbreviatedRegion = (t: Token): boolean =>
  !t.tags.has('Honorific') &&
  ((/^\p{Lu}[a-z]{1,4}$/u.test(t.text) && t.post.startsWith('.')) || /^(?:\p{Lu}\.){2,3}$/u.test(t.text));

/** A chunk's last token with what is coordinated with it. */
function chunkEnd(chunks: Chunk[], index: number): number {
  let c = index + 1;
  let last = chunks[index].last;
  while (c < chunks.length && chunks[c].coordinatedWith === c - 1) last = chunks[c++].last;
  return last;
}

interface Open {
  clause: number;
  /** Closes at the next comma or dash (a relative clause set off by commas, an introductory clause). */
  closesAtComma: boolean;
}

/** Clauses on a stack, left to right. */
function clauseStructure(s: SentenceSyntax): Clause[] {
  const { tokens, classes, breaks, chunks, verbs, chunkAt, verbAt, clauseAt, quoteBreaks } = s;
  const n = tokens.length;
  const clauses: Clause[] = [];
  const inCircumstance = new Uint8Array(n);
  for (const c of s.circumstances) for (let k = c.first; k <= c.last; k++) inCircumstance[k] = 1;
  const open = (kind: ClauseKind, first: number, opener: number, parent: number, closesAtComma: boolean): number => {
    // Nesting is bounded, so that every look down the stack is short (unpunctuated text nests without end).
    if (stack.length >= MAX_CLAUSE_DEPTH) closeTo(stack.length - 1, first);
    clauses.push({
      kind,
      first,
      last: first,
      opener,
      subject: -1,
      inverted: false,
      verb: -1,
      parent,
      antecedent: -1,
    });
    stack.push({ clause: clauses.length - 1, closesAtComma });
    return clauses.length - 1;
  };
  const stack: Open[] = [];
  open('main', 0, -1, -1, false);
  const top = (): Clause => clauses[stack[stack.length - 1].clause];
  const topIndex = (): number => stack[stack.length - 1].clause;
  /** Close clauses above the one at stack depth `depth`, ending them before token `at`. */
  const closeTo = (depth: number, at: number): void => {
    while (stack.length > depth) {
      const c = clauses[stack.pop()!.clause];
      c.last = Math.max(c.first, at - 1);
    }
  };
  /** Candidate subjects: the first chunk of each clause that is no prepositional object or circumstance. */
  const candidate: number[] = [];
  let quoteDepth = -1;

  let i = 0;
  while (i < n) {
    // A quote mark before token i opens a quoted clause; one after token i-1 closes it.
    if (i > 0 && quoteBreaks[i - 1]) {
      if (quoteDepth >= 0 && !s.inQuote[i]) {
        closeTo(quoteDepth, i);
        quoteDepth = -1;
      } else if (quoteDepth < 0 && s.inQuote[i] && !s.inQuote[i - 1] && /[,:;.!?—–]/.test(tokens[i - 1].post)) {
        // A quote after punctuation is a clause of its own; one inside a clause ("a cashier who “steals …”") is part of it.
        quoteDepth = stack.length;
        open('quote', i, -1, topIndex(), false);
      }
    } else if (i === 0 && s.inQuote[0]) {
      quoteDepth = stack.length;
      open('quote', 0, -1, topIndex(), false);
    }
    const c = classes[i];
    const t = tokens[i];
    const cur = top();
    const curIndex = topIndex();
    // An introductory clause or a relative clause set off by commas closes at its comma.
    if (i > 0 && breaks[i - 1] && /^[,—–]/.test(tokens[i - 1].post.trim())) {
      // It closes with every clause inside it ("Asked whether he would run, the mayor …").
      let depth = stack.length - 1;
      while (depth > 0 && !(stack[depth].closesAtComma && clauses[stack[depth].clause].verb >= 0)) depth--;
      if (depth > 0) closeTo(depth, i);
      while (stack.length > 1 && stack[stack.length - 1].closesAtComma && top().verb >= 0) closeTo(stack.length - 1, i);
    }
    if (verbAt[i] >= 0) {
      const g = verbAt[i];
      const group = verbs[g];
      const here = top();
      const hereIndex = topIndex();
      if (classes[group.first] === 'to') {
        const k = open('infinitival', i, i, hereIndex, false);
        clauses[k].verb = g;
      } else if (!group.finite) {
        // A participle: "…, saying …" speaks for the clause it follows; "with X saying" has its own subject.
        const atBreak = i === 0 || breaks[i - 1];
        let parent = hereIndex;
        if (atBreak && i > 0) {
          while (
            stack.length > 1 &&
            !['main', 'quote', 'coordinated'].includes(top().kind) &&
            !(top().kind === 'relative' && stack[stack.length - 1].closesAtComma)
          )
            closeTo(stack.length - 1, i);
          parent = topIndex();
        }
        const k = open('participial', i, -1, parent, i === 0 || here.verb < 0);
        clauses[k].verb = g;
      } else if (group.barePast && i === 0 && hereIndex === 0) {
        // "Asked whether …, the mayor said": a past participle opening the sentence.
        const k = open('participial', i, -1, hereIndex, true);
        clauses[k].verb = g;
      } else if (here.verb < 0) {
        here.verb = g;
        here.subject = subjectOf(here, hereIndex);
        if (here.subject < 0 && (here.kind === 'main' || here.kind === 'quote')) {
          // "…,” said Jeffrey": a verb before its subject after a quote or a comma.
          const after = group.last + 1;
          if (after < n && chunkAt[after] >= 0 && !breaks[group.last] && (i === 0 || breaks[i - 1])) {
            here.subject = chunkAt[after];
            here.inverted = true;
          }
        }
      } else {
        // A second finite verb in a clause that has one.
        const between = lastCandidateAfter(hereIndex, verbs[here.verb].last);
        // "decision to bench the captain angered fans": a non-finite clause does not take the verb's subject.
        // "The group that organized the march said": nor does a relative clause while its antecedent waits for a verb.
        const nonFinite =
          here.kind === 'infinitival' ||
          here.kind === 'participial' ||
          here.kind === 'reduced-relative' ||
          here.kind === 'relative';
        // "Podesta, who said the project was vetted by …, said": a relative clause set off by commas closes only at
        // its comma, so a subject and a verb inside it open its complement.
        const commaRelative = here.kind === 'relative' && stack[stack.length - 1].closesAtComma;
        const lacking = !commaRelative && stack.some((o) => clauses[o.clause].verb < 0);
        if (between >= 0 && classes[group.first - 1] !== 'coordinator' && !(nonFinite && lacking)) {
          // "says ships are late": a subject before it opens a clause without "that".
          const k = open('complement', chunks[between].first, -1, hereIndex, false);
          clauses[k].verb = g;
          clauses[k].subject = between;
          for (let m = chunks[between].first; m < i; m++) {
            if (clauseAt[m] === hereIndex) clauseAt[m] = k;
            else if (clauses[clauseAt[m]].parent === hereIndex) clauses[clauseAt[m]].parent = k;
          }
        } else if (
          classes[verbs[here.verb].head] === 'auxiliary' &&
          group.auxiliaries.length === 0 &&
          classes[group.head] === 'verb' &&
          classes[group.first - 1] !== 'coordinator' &&
          onlyCircumstance(verbs[here.verb].last + 1, i)
        ) {
          // "Allies have in the past said": an auxiliary's verb after a circumstance.
          here.verb = g;
        } else {
          let depth = stack.length - 1;
          // Not past a quote that is still open: its verbs are its own.
          while (depth > 0 && depth !== quoteDepth && clauses[stack[depth].clause].verb >= 0) depth--;
          if (clauses[stack[depth].clause].verb < 0 && depth < stack.length - 1) {
            // "Farmers who have worked here for decades know": the verb goes to the clause that lacks one.
            closeTo(depth + 1, i);
            const target = top();
            target.verb = g;
            target.subject = subjectOf(target, topIndex());
          } else if (
            here.verb >= 0 &&
            (verbs[here.verb].barePast || setOffBeforeBy(tokens, verbs[here.verb])) &&
            // "and the crowd chanted “Lock her up”": a verb inside a quote after the clause's verb is the quote's
            // in a main or coordinated clause ("the club where the killing occurred “was a place …”": after a
            // subordinate clause it may be the verb of the clause above).
            !(
              (here.kind === 'main' || here.kind === 'coordinated') &&
              s.inQuote[group.first] &&
              !s.inQuote[verbs[here.verb].head]
            ) &&
            here.subject >= 0 &&
            chunks[here.subject].last + 1 === verbs[here.verb].first &&
            // "Trump joked about stereotypes, declined to …, and told …": after a name, a bare past verb is the
            // clause's own and a verb after a comma goes on a list of its predicates (no reduced relative).
            !(
              verbs[here.verb].barePast &&
              namesOne(tokens, chunks[here.subject]) &&
              tokens[verbs[here.verb].last + 1]?.normal !== 'by' &&
              group.first > 0 &&
              tokens[group.first - 1].post.includes(',')
            )
          ) {
            // "an engineer hired by the city warned": the first verb was a participle after the subject.
            const participle = verbs[here.verb];
            clauses.push({
              kind: 'reduced-relative',
              first: participle.first,
              last: i - 1,
              opener: -1,
              subject: -1,
              inverted: false,
              verb: here.verb,
              parent: hereIndex,
              antecedent: here.subject,
            });
            for (let k = participle.first; k < i; k++) if (clauseAt[k] === hereIndex) clauseAt[k] = clauses.length - 1;
            here.verb = g;
          } else {
            const k = open('coordinated', i, -1, hereIndex, false);
            clauses[k].verb = g;
          }
        }
      }
      for (let k = i; k <= group.last; k++) clauseAt[k] = topIndex();
      i = group.last + 1;
      continue;
    }
    // Openers of clauses.
    if (c === 'relative' || (c === 'that' && chunkAt[i] >= 0 && chunks[chunkAt[i]].relative)) {
      const commaBefore = i > 0 && tokens[i - 1].post.trim().startsWith(',');
      const k = open('relative', i, i, curIndex, commaBefore);
      const before = i > 0 ? chunkAt[i - 1] : -1;
      clauses[k].antecedent =
        before >= 0 ? (chunks[before].appositiveOf >= 0 ? chunks[before].appositiveOf : before) : -1;
      if (t.normal === 'whom' || t.normal === 'which' || t.normal === 'that') {
        // "which the council approved": an object relative has a subject of its own after the pronoun.
        const next = chunkAt[i + 1] ?? -1;
        if (next >= 0 && !breaks[i]) candidate[k] = -1;
      }
      if (chunkAt[i] >= 0) {
        const next = i + 1 < n && !breaks[i] ? chunkAt[i + 1] : -1;
        if (next < 0) candidate[k] = chunkAt[i];
      }
      clauseAt[i] = k;
      i++;
      continue;
    }
    if (c === 'that' && chunkAt[i] < 0) {
      // "that inflation would slow and that rates would fall": a second "that" after "and" is a sibling.
      let parent = curIndex;
      if (i > 0 && classes[i - 1] === 'coordinator') {
        let depth = stack.length - 1;
        while (depth > 0 && clauses[stack[depth].clause].kind !== 'complement') depth--;
        if (depth > 0) {
          parent = clauses[stack[depth].clause].parent;
          closeTo(depth, i - 1);
        }
      }
      const k = open('complement', i, i, parent, false);
      clauseAt[i] = k;
      i++;
      continue;
    }
    if (c === 'subordinator' || (CLAUSE_PREPOSITIONS.has(t.normal) && opensClauseAt(s, i + 1))) {
      const gerund = i + 1 < n && classes[i + 1] === 'gerund' && verbAt[i + 1] >= 0;
      const introductory = cur.verb < 0;
      // "even though": the adverb before a subordinator belongs to it.
      const first = i > 0 && tokens[i - 1].normal === 'even' && !breaks[i - 1] ? i - 1 : i;
      // "did not say whether …", "will examine how …": a question word right after a verb opens its complement.
      const question =
        QUESTION_OPENERS.has(t.normal) && i > 0 && !breaks[i - 1] && verbAt[i - 1] >= 0 && !gerund && !introductory;
      const kind: ClauseKind = gerund ? 'participial' : question ? 'complement' : 'adverbial';
      const k = open(kind, first, i, curIndex, !question && (introductory || !gerund));
      if (!gerund && chunkAt[i + 1] >= 0) chunks[chunkAt[i + 1]].preposition = -1;
      for (let m = first; m <= i; m++) clauseAt[m] = k;
      i++;
      continue;
    }
    if (classes[i] === 'preposition' && i + 1 < n && !breaks[i] && verbAt[i + 1] >= 0 && classes[i + 1] === 'gerund') {
      // "by saying", "before explaining": a preposition opens its participle.
      const k = open('participial', i, i, curIndex, cur.verb < 0);
      clauseAt[i] = k;
      const g = verbAt[i + 1];
      clauses[k].verb = g;
      for (let m = i + 1; m <= verbs[g].last; m++) clauseAt[m] = k;
      i = verbs[g].last + 1;
      continue;
    }
    if (t.normal === 'with' && withAbsolute(s, i)) {
      // "with spokesman Ravi Patel saying …": an absolute participle with its own subject.
      while (stack.length > 1 && !['main', 'quote', 'coordinated'].includes(top().kind)) closeTo(stack.length - 1, i);
      const k = open('participial', i, i, topIndex(), false);
      const subject = chunkAt[i + 1];
      clauses[k].subject = subject;
      const g = verbAt[chunks[subject].last + 1];
      clauses[k].verb = g;
      for (let m = i; m <= verbs[g].last; m++) clauseAt[m] = k;
      i = verbs[g].last + 1;
      continue;
    }
    if (c === 'coordinator' && i + 1 < n && !breaks[i]) {
      const next = i + 1;
      if (verbAt[next] >= 0 && verbs[verbAt[next]].finite) {
        // "attacked the plan and took issue": a coordinated verb shares the subject of the clause it joins.
        // The nearest finite clause, or a farther one whose verb has the same form ("said … were working and promised").
        const finiteAt = (d: number): boolean =>
          clauses[stack[d].clause].verb >= 0 && verbs[clauses[stack[d].clause].verb].finite;
        const sameForm = (d: number): boolean =>
          verbs[clauses[stack[d].clause].verb].barePast === verbs[verbAt[next]].barePast;
        let depth = stack.length - 1;
        while (depth > 0 && !finiteAt(depth)) depth--;
        let alike = depth;
        while (alike > 0 && !(finiteAt(alike) && sameForm(alike))) alike--;
        if (finiteAt(alike) && sameForm(alike)) depth = alike;
        closeTo(depth + 1, i);
        const k = open('coordinated', i, i, topIndex(), false);
        clauseAt[i] = k;
        i++;
        continue;
      }
      const chunk = chunkAt[next];
      if (chunk >= 0 && cur.verb >= 0) {
        const end = chunks[chunk].last + 1;
        if (end < n && verbAt[end] >= 0 && verbs[verbAt[end]].finite && !breaks[chunks[chunk].last]) {
          // "the council rejected it and the mayor said": a coordinated clause with its own subject.
          chunks[chunk].coordinatedWith = -1;
          chunks[chunk].preposition = -1;
          const k = open('coordinated', i, i, cur.parent >= 0 ? cur.parent : curIndex, false);
          clauseAt[i] = k;
          i++;
          continue;
        }
      }
    }
    // "a man whose son was injured": "whose" opens a relative clause whose subject it begins.
    if (t.normal === 'whose' && chunkAt[i] >= 0) {
      const commaBefore = i > 0 && tokens[i - 1].post.trim().startsWith(',');
      const k = open('relative', i, i, curIndex, commaBefore);
      const before = i > 0 ? chunkAt[i - 1] : -1;
      clauses[k].antecedent = before;
    }
    // A chunk: a candidate subject of the clause it stands in.
    if (chunkAt[i] >= 0) {
      const ch = chunkAt[i];
      const chunk = chunks[ch];
      const k = topIndex();
      if (
        candidate[k] === undefined &&
        chunk.preposition < 0 &&
        chunk.appositiveOf < 0 &&
        chunk.coordinatedWith < 0 &&
        !inCircumstance[chunk.first] &&
        top().verb < 0
      )
        candidate[k] = ch;
      for (let m = chunk.first; m <= chunk.last; m++) clauseAt[m] = k;
      i = chunk.last + 1;
      continue;
    }
    clauseAt[i] = topIndex();
    i++;
  }
  closeTo(0, n);
  return clauses;

  /** Whether tokens [from, to) are circumstance, adverbs or punctuation only. */
  function onlyCircumstance(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!inCircumstance[k] && classes[k] !== 'adverb') return false;
    return true;
  }

  function subjectOf(clause: Clause, index: number): number {
    const found = candidate[index];
    if (found !== undefined && found >= 0) return frontedPhraseSubject(found, clause);
    // A clause after "that" or "whom" whose candidate was reset: the first chunk after its opener.
    if (found === -1) {
      for (let k = clause.opener + 1; k < n && k <= clause.opener + MAX_CHUNK_TOKENS && verbAt[k] < 0; k++)
        if (chunkAt[k] >= 0 && chunks[chunkAt[k]].preposition < 0) return chunkAt[k];
    }
    return -1;
  }

  /**
   * "Perhaps most important, the new evidence from trade suggests …", "Absent a strong defense of these programs,
   * voters may conclude …", "One of them, Jessie Elkins, 70, served …": a first phrase set off by a comma (with its
   * prepositional phrases) before another phrase that runs up to the clause's verb is fronted; the phrase before
   * the verb is the subject (not an appositive of the first, "The envoy, Ambassador Jeffrey, confirmed", nor of a
   * name: "Senator Lindsey Graham, Republican of South Carolina, said").
   */
  function frontedPhraseSubject(found: number, clause: Clause): number {
    const first = chunks[found];
    if (clause.verb < 0 || first.appositive >= 0 || first.relative) return found;
    // "The bill, Democrats said, will fail": an attribution set off inside the sentence is no fronted phrase's clause.
    if (breaks[verbs[clause.verb].last]) return found;
    // "Senator Lindsey Graham, Republican of South Carolina, said": a name's phrase after a comma renames it.
    const name = isCapitalized(tokens[first.head]) && !(first.first === 0 && first.first === first.head);
    if (name || isProperNoun(tokens[first.head])) return found;
    const end = withPrepositionalPhrases(first.writtenLast);
    if (end < 0 || tokens[end].post.trim() !== ',' || end + 1 >= n) return found;
    const next = chunkAt[end + 1];
    if (next < 0 || next === found) return found;
    const chunk = chunks[next];
    if (chunk.first !== end + 1 || chunk.preposition >= 0 || chunk.relative || chunk.appositiveOf >= 0) return found;
    if (inCircumstance[chunk.first]) return found;
    return withPrepositionalPhrases(chunk.writtenLast) + 1 === verbs[clause.verb].first ? next : found;
  }

  /** The last token of a phrase ending at tokens[last] with the prepositional phrases after it ("of [these programs]"). */
  function withPrepositionalPhrases(last: number): number {
    let end = last;
    for (
      let hops = 0;
      hops < MAX_PP_HOPS && !breaks[end] && end + 2 < n && classes[end + 1] === 'preposition';
      hops++
    ) {
      const object = chunkAt[end + 2];
      if (object < 0 || chunks[object].first !== end + 2) break;
      end = chunks[object].writtenLast;
    }
    return end;
  }

  /**
   * The chunk right before token i that can open a clause of its own after the clause's verb ("says [ships]
   * are late", "said [the man], who was 34, had been arrested"), or -1.
   */
  function lastCandidateAfter(index: number, after: number): number {
    // "said [they'd] never run": over an adverb or a negation before the verb.
    let k = i - 1;
    while (k > after && i - k <= 2 && (classes[k] === 'adverb' || classes[k] === 'negation') && !breaks[k]) k--;
    if (k <= after) return -1;
    let chunkIndex = -1;
    if (clauseAt[k] === index) chunkIndex = chunkAt[k];
    else {
      // A relative clause set off by commas after the subject: the subject is its antecedent.
      const rc = clauses[clauseAt[k]];
      if (rc && rc.kind === 'relative' && rc.parent === index && rc.last === k && rc.antecedent >= 0) {
        const antecedent = chunks[rc.antecedent];
        if (antecedent.writtenLast + 1 === rc.first) chunkIndex = rc.antecedent;
      }
    }
    if (chunkIndex < 0) return -1;
    // "say [the outpouring] of support has dried up": a prepositional phrase after the subject is part of it.
    for (let hops = 0; hops < MAX_PP_HOPS && chunks[chunkIndex].preposition >= 0; hops++) {
      const before = chunks[chunkIndex].preposition - 1;
      if (before <= after || breaks[before] || chunkAt[before] < 0) return -1;
      chunkIndex = chunkAt[before];
    }
    const ch = chunks[chunkIndex];
    if (ch.first <= after || inCircumstance[ch.first]) return -1;
    return ch.preposition < 0 && !ch.relative && ch.appositiveOf < 0 && ch.coordinatedWith < 0 ? chunkIndex : -1;
  }
}

/** Whether a clause (a chunk, then a finite verb) starts at token i ("after [the vote] (ended)"). */
function opensClauseAt(s: SentenceSyntax, i: number): boolean {
  const chunk = s.chunkAt[i];
  if (i >= s.tokens.length || chunk < 0 || s.chunks[chunk].first !== i) return false;
  // "after John Lee, the ambassador, told reporters", "as Tom Ridge, a former official, put it": a subject with its
  // appositive, then its verb.
  const { last, writtenLast } = s.chunks[chunk];
  const end = Math.max(last, writtenLast);
  const v = s.verbAt[end + 1];
  return v !== undefined && v >= 0 && (end > last || !s.breaks[end]) && s.verbs[v].finite;
}

/** "with [spokesman Ravi Patel] saying": "with", a chunk, a participle. */
function withAbsolute(s: SentenceSyntax, i: number): boolean {
  const chunk = s.chunkAt[i + 1];
  if (chunk === undefined || chunk < 0 || s.breaks[i]) return false;
  const end = s.chunks[chunk].last;
  const v = s.verbAt[end + 1];
  return v !== undefined && v >= 0 && !s.breaks[end] && s.classes[s.verbs[v].first] === 'gerund';
}
