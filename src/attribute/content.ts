/**
 * What an attribution says when no quote stands next to it: the reported content of a cue, the clause after
 * it ("said that …") or before it ("…, sources said"), cut where a circumstance, an introductory clause, a
 * relative clause or a second attribution begins. Each boundary is a small named rule.
 */
import type { Cue } from '../detect/cues.js';
import { breaksBetween, subjectBefore } from '../syntax/phrases.js';
import type { Sentence, Token } from '../segment/sentences.js';
import { firstStartingAtOrAfter, lastNonSpaceChar, lastStartingAtOrBefore } from '../segment/locate.js';
import type { MentionSpan } from './attributions.js';
import { isParticiple, isRelativePronoun } from './source-mention.js';
import { CLAUSE_JOINERS, PERSON_RELATIVES, SPEAKER_PRONOUNS } from '../lexicon/function-words.js';

/** Content that only asks for anonymity ("asked not to be named") is no claim. */
const ANONYMITY_REQUEST = /^(?:not to be (?:named|identified)|to remain anonymous|anonymity)/i;
/** How many tokens of circumstance may stand between a cue and its "that" ("said on Monday that"). */
const MAX_TOKENS_BEFORE_THAT = 12;
/**
 * Longest reported content, in characters. Real sentences stay far below it; an unpunctuated text with a
 * cue every few words would otherwise give every claim the rest of the text (quadratic output).
 */
const MAX_CONTENT_LENGTH = 2000;
/** Shortest reported content, in characters: shorter spans are fragments, not claims. */
const MIN_CONTENT_LENGTH = 8;
/** Shortest content after a cue that ends in a preposition ("agree with him"). */
const MIN_OBJECT_LENGTH = 2;
/** Prepositions that end a phrasal cue, whose object is its content. */
const PHRASAL_ENDS = new Set(['about', 'with', 'of', 'for', 'on', 'upon', 'against', 'to', 'at', 'over', 'in', 'as']);
/** Trailing and leading characters trimmed from a content span. */
const CONTENT_EDGE = /[\s,;:.—–-]/;

/** A content span without its edge punctuation, or null when what is left is too short to be a claim. */
export function trimContent(
  text: string,
  start: number,
  end: number,
  minLength = MIN_CONTENT_LENGTH,
): { start: number; end: number } | null {
  while (start < end && CONTENT_EDGE.test(text[start])) start++;
  while (end > start && CONTENT_EDGE.test(text[end - 1])) end--;
  return end - start >= minLength ? { start, end } : null;
}

/** Sentence adverbs that may interrupt a cue and its "that" ("states, however, that"). */
const INTERRUPTING_ADVERBS = new Set([
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

/** The reported content of a cue that has no quote: the clause after it, or the clause before it. */
export function findContent(
  text: string,
  cue: Cue,
  sentence: Sentence,
  mention: MentionSpan,
  sentenceCues: readonly Cue[],
): { start: number; end: number } | null {
  const tokens = sentence.tokens;
  // An inverted subject follows its cue ("said Jeffrey"); the main clause's subject after an opening participle
  // ("Speaking to reporters, the mayor said") does not make the participle's content come after it.
  const mentionFollows = mention.start > cue.end && !text.slice(cue.end, mention.start).includes(',');
  let after = (mentionFollows ? lastTokenEndingAt(tokens, mention.end, cue.lastToken) : cue.lastToken) + 1;
  // "…, said a farmer who lives nearby." / "According to officials who spoke on condition of anonymity, …": a
  // relative clause of a person after the source describes the source; what was said starts after its end
  // (or, when nothing follows, comes before the cue). "that" and "which" after a cue may open what was said.
  if (mentionFollows && after < tokens.length && PERSON_RELATIVES.has(tokens[after].normal))
    after = afterNextBreak(tokens, after);
  const attributionStart = mentionFollows ? cue.start : Math.min(mention.start, cue.start);
  // "The coach states, however, that …": an adverb set off by commas stands between the cue and its "that".
  if (
    cue.kind === 'verb' &&
    after + 1 < tokens.length &&
    breaksBetween(tokens, after - 1) &&
    breaksBetween(tokens, after) &&
    tokens[after + 1].normal === 'that' &&
    /^,/.test(tokens[after - 1].post.trim()) &&
    INTERRUPTING_ADVERBS.has(tokens[after].normal)
  )
    after += 2;
  const breakAfter = after < tokens.length && breaksBetween(tokens, after - 1);
  // "according to a source familiar with the budget, …": the content starts after the comma that ends the phrase.
  if (cue.kind === 'according-to' && !breakAfter) after = afterNextBreak(tokens, after);
  if (cue.kind === 'according-to' && followsItsContent(tokens, cue, after)) after = tokens.length;
  if (
    cue.base === 'tell' &&
    isOnlyAddressee(tokens, after) &&
    lastNonSpaceChar(text, sentence.start, attributionStart) === ','
  )
    after = tokens.length;
  if (after < tokens.length && (!breakAfter || cue.kind === 'according-to' || cue.kind === 'colon')) {
    // "said on Monday that …", "told reporters that …": the content starts after "that".
    // Only circumstance may stand before that "that": no pronoun or verb ("they would not engage in that area").
    for (let k = after; k < Math.min(tokens.length - 1, after + MAX_TOKENS_BEFORE_THAT); k++) {
      if (tokens[k].normal === 'that') {
        after = k + 1;
        break;
      }
      if (breaksBetween(tokens, k) || tokens[k].tags.has('Pronoun') || tokens[k].tags.has('Verb')) break;
    }
    const introductory = inIntroductoryClause(tokens, lastStartingAtOrBefore(tokens, attributionStart));
    // "O'Donnell, who said in an interview that …, recalled": a relative clause's content ends before the main verb.
    const relativeEnd = mention.antecedent || isRelativePronoun(mention) ? relativeClauseEnd(tokens, after) : Infinity;
    // The object of a phrasal cue may be one short word ("agree with him", "expressing concern about Trump").
    // So may a name right after the cue ("have endorsed Clinton", "backed Ruiz").
    const minLength =
      (cue.lastToken > cue.token && after === cue.lastToken + 1 && PHRASAL_ENDS.has(tokens[cue.lastToken].normal)) ||
      (after === cue.lastToken + 1 && cue.kind === 'verb' && isName(tokens, after))
        ? MIN_OBJECT_LENGTH
        : MIN_CONTENT_LENGTH;
    const contentEnd = Math.min(
      clauseEnd(tokens, after, sentence.end, introductory),
      nextAttributionStart(tokens, after, sentenceCues, cue.kind === 'verb'),
      relativeEnd,
    );
    const content = trimContent(text, tokens[after].start, contentEnd, minLength);
    if (content && ANONYMITY_REQUEST.test(text.slice(content.start, content.end))) return null;
    // "…there!” Smith said last week.", "an official told The New York Times.": what follows "say" or "tell"
    // without a verb is circumstance or the addressee, not what was said: the content comes before.
    // Words too short for a content ("said Monday.", "told AP.") are looked at too.
    const sayingCircumstance =
      SAY_OR_TELL.has(cue.base) && onlyCircumstance(tokens, after, content?.end ?? contentEnd, cue.base === 'tell');
    // "Cook did not say when.": words follow the verb, so the clause before it is not its content.
    const circumstance = isCircumstance(text, tokens, after, content) || sayingCircumstance;
    if (!circumstance && (content || (!breakAfter && cue.kind === 'verb'))) return content;
    // "He spoke in an interview.": a circumstance and nothing before the attribution is no claim.
    if (circumstance && lastNonSpaceChar(text, sentence.start, attributionStart) !== ',') return null;
  }
  // "As Politico reported, the RNC agreed …": the clause after an "as" attribution opening the sentence is its content.
  const first = lastStartingAtOrBefore(tokens, attributionStart);
  if (breakAfter && after < tokens.length && cue.kind === 'verb' && first === 1 && tokens[0].normal === 'as') {
    return trimContent(text, tokens[after].start, clauseEnd(tokens, after, sentence.end));
  }
  // "…, he said, …": an attribution in the middle of its content takes the whole sentence.
  // "The vote, as the Gazette reported, was delayed" too.
  const opening = tokens[first - 1]?.normal === 'as' ? tokens[first - 1].start : attributionStart;
  if (
    breakAfter &&
    after < tokens.length &&
    opening > sentence.start &&
    lastNonSpaceChar(text, sentence.start, opening) === ',' &&
    sentence.end - sentence.start <= MAX_CONTENT_LENGTH
  ) {
    return trimContent(text, sentence.start, sentence.end);
  }
  // "…, sources said." / "…, said Jeffrey." / "…, according to X": the content is what comes before.
  return trimContent(
    text,
    wordStartAfter(text, Math.max(sentence.start, attributionStart - MAX_CONTENT_LENGTH)),
    attributionStart,
  );
}

/** Whether tokens[at] opens a capitalised name that ends the clause ("endorsed Clinton."). */
function isName(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k].text) && tokens[k].tags.has('ProperNoun')) {
    if (breaksBetween(tokens, k)) return true;
    k++;
  }
  return false;
}

/** The first token at or after `from` that a break (comma, dash, colon …) precedes, or the sentence's end. */
function afterNextBreak(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !breaksBetween(tokens, k - 1)) k++;
  return k;
}

/**
 * "…, he said in an interview.": a prepositional phrase after the cue with no verb and no quote in it is the
 * circumstance of the attribution, not its content; the content is then the clause before it. These prepositions
 * open such a trailing phrase: time and place, and also occasion and medium ("after the vote", "via Twitter",
 * "with reporters"), unlike the time and place words that may stand between a subject and its cue
 * (INTERPOSED_CIRCUMSTANCE_PREPOSITIONS in detect/mentions.ts).
 */
const TRAILING_CIRCUMSTANCE_PREPOSITIONS = new Set([
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

function isCircumstance(
  text: string,
  tokens: Token[],
  from: number,
  content: { start: number; end: number } | null,
): boolean {
  if (
    !content ||
    !TRAILING_CIRCUMSTANCE_PREPOSITIONS.has(tokens[from]?.normal ?? '') ||
    /[“”"]/.test(text.slice(content.start, content.end))
  )
    return false;
  for (let k = from; k < tokens.length && tokens[k].start < content.end; k++)
    if (tokens[k].tags.has('Verb')) return false;
  return true;
}

/** Words that open an introductory clause or phrase before a sentence's main clause ("While …, Sanders said"). */
const INTRODUCERS = new Set([
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
/** Words that may stand before the introducer ("But while …"). */
const LEADING_CONNECTIVES = new Set(['and', 'but', 'so', 'yet', 'still', 'even']);

/** Longest measure of time before an introducer ("just a few weeks after"), in tokens. */
const MAX_TIME_MEASURE = 4;
/** Words of a measure of time that compromise may leave untagged ("a few weeks"). */
const TIME_MEASURE_WORDS = new Set(['a', 'few', 'several', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);
const isTimeMeasure = (token: Token): boolean =>
  token.tags.has('Value') ||
  token.tags.has('Duration') ||
  token.tags.has('Date') ||
  token.tags.has('Adverb') ||
  TIME_MEASURE_WORDS.has(token.normal);

/**
 * Whether tokens[at] lies in the introductory clause of its sentence: the sentence opens with a subordinator
 * or preposition and no comma stands before tokens[at] ("While Clinton pledged to work with both parties,
 * Sanders insisted …": the first content ends where the main clause begins).
 */
function inIntroductoryClause(tokens: Token[], at: number): boolean {
  let first = 0;
  while (first < at && LEADING_CONNECTIVES.has(tokens[first].normal) && !breaksBetween(tokens, first)) first++;
  // "Two months after …", "Shortly before …": a measure of time may stand before the introducer.
  let measure = first;
  while (
    measure < Math.min(at, first + MAX_TIME_MEASURE) &&
    isTimeMeasure(tokens[measure]) &&
    !breaksBetween(tokens, measure)
  )
    measure++;
  if (measure > first && ['after', 'before', 'since', 'as', 'when'].includes(tokens[measure].normal)) first = measure;
  if (first >= at || !INTRODUCERS.has(tokens[first].normal)) return false;
  for (let k = first; k < at; k++) if (breaksBetween(tokens, k)) return false;
  return true;
}

/** Words after "according to X," that go on the sentence rather than open the attributed clause. */
const CONTINUATIONS = new Set([
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
  'where',
]);
/** Fewest words before a mid-sentence "according to" that make a content of their own. */
const MIN_WORDS_BEFORE_ACCORDING_TO = 4;

/**
 * Whether the clause before a mid-sentence "according to X" is its content: "Clinton leads by 271 delegates
 * according to a count by the AP, but …", "Trump has won 758 delegates, according to a CNN tally." The
 * words after X (from tokens[after]) then only go on the sentence.
 */
function followsItsContent(tokens: Token[], cue: Cue, after: number): boolean {
  if (cue.token < MIN_WORDS_BEFORE_ACCORDING_TO) return false;
  return after >= tokens.length || CONTINUATIONS.has(tokens[after].normal) || appositiveAfterSource(tokens, after);
}

/**
 * "…, according to Jason Delisle, who was an adviser to the campaign.", "…, according to Brian Wieser, an
 * analyst at Pivotal Research Group.", "…, according to exit polls (a sizable margin).": what follows the
 * source describes it (a relative clause, a parenthesis, or words with no verb up to the sentence's end).
 */
function appositiveAfterSource(tokens: Token[], after: number): boolean {
  const first = tokens[after];
  if (first.normal === 'who' || first.normal === 'whose' || first.pre.includes('(')) return true;
  for (let k = after; k < tokens.length; k++)
    if (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Gerund') && !tokens[k].tags.has('PastTense')) return false;
  return true;
}

/** Cue verbs whose content is a clause: words after them with no verb are not what was said. */
const SAY_OR_TELL = new Set(['say', 'tell']);

/** Words that open a circumstance after "said" ("said last week", "said recently", "said as he left"). */
const opensCircumstance = (token: Token): boolean =>
  token.tags.has('Preposition') ||
  token.tags.has('Adverb') ||
  token.tags.has('Date') ||
  token.normal === 'last' ||
  token.normal === 'this';

/**
 * Whether the words from tokens[from] up to offset `end` are no clause (no verb, no pronoun) and only
 * circumstance ("last week", "in a statement provided to Politico") or, after "tell", the addressee alone.
 */
function onlyCircumstance(tokens: Token[], from: number, end: number, addressee: boolean): boolean {
  const opens = opensCircumstance(tokens[from]);
  if (!addressee && !opens) return false;
  // The opening word itself may read as a verb ("last").
  for (let k = opens ? from + 1 : from; k < tokens.length && tokens[k].start < end; k++) {
    if (tokens[k].tags.has('Verb') || tokens[k].tags.has('Pronoun') || /[’']/.test(tokens[k].text)) return false;
  }
  return true;
}

/**
 * "O'Donnell, who said in an interview that he signed nothing, recalled …": the content of a relative
 * clause's cue ends at the comma after which the main clause's verb comes, or Infinity.
 */
function relativeClauseEnd(tokens: Token[], from: number): number {
  // No content runs past MAX_CONTENT_LENGTH (clauseEnd), so neither does the search.
  const reach = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from; k + 1 < tokens.length && tokens[k].start <= reach; k++) {
    if (!tokens[k].post.includes(',')) continue;
    const next = tokens[k + 1];
    const verb = next.tags.has('Adverb') ? tokens[k + 2] : next;
    if (
      verb &&
      verb.tags.has('Verb') &&
      !verb.tags.has('Gerund') &&
      (verb.tags.has('PastTense') || verb.tags.has('PresentTense'))
    )
      return tokens[k].end;
  }
  return Infinity;
}

/** Longest addressee after a trailing "told", in tokens ("told The Wall Street Journal on Monday"). */
const MAX_ADDRESSEE_TOKENS = 8;

/**
 * "…, a school spokesman told The Wall Street Journal.": what follows "told" to the sentence's end is only
 * the addressee (no verb, no "that"), so the content is the clause before the attribution.
 */
function isOnlyAddressee(tokens: Token[], after: number): boolean {
  if (after >= tokens.length || tokens.length - after > MAX_ADDRESSEE_TOKENS) return false;
  return tokens
    .slice(after)
    .every(
      (t, k) =>
        !t.tags.has('Verb') &&
        t.normal !== 'that' &&
        (k === tokens.length - after - 1 || !breaksBetween(tokens, after + k) || /^[\s,]*$/.test(t.post)),
    );
}

/** Connectives that join a second attribution to the first one's subject ("called X “crazy” and said …"). */
const COORDINATORS = new Set(['and', 'but']);

/**
 * Where a second attribution begins after tokens[from], or Infinity: "Graham called them “crazy” and said …"
 * (a coordinated cue verb), "…, citing her experience" (a participle cue after a comma), "… warned the
 * commanders and Russia responded …" (a second subject after "and", when the first content is a verb's: what is "according to" someone runs on). The first content ends before it; the second is an attribution of its own.
 */
function nextAttributionStart(tokens: Token[], from: number, sentenceCues: readonly Cue[], byVerb: boolean): number {
  // Cues sorted by start: begin after tokens[from], stop where no content could reach (MAX_CONTENT_LENGTH).
  const reach = tokens[from].start + MAX_CONTENT_LENGTH;
  for (
    let k = firstStartingAtOrAfter(sentenceCues, tokens[from].end);
    k < sentenceCues.length && sentenceCues[k].start <= reach;
    k++
  ) {
    const cue = sentenceCues[k];
    if (cue.kind !== 'verb') continue;
    const first = lastStartingAtOrBefore(tokens, cue.start);
    if (first <= from) continue;
    const before = tokens[first - 1];
    if (COORDINATORS.has(before.normal) && !breaksBetween(tokens, first - 1))
      return withClosingMarks(tokens[first - 2]);
    if (isParticiple(tokens[cue.token]) && before.post.includes(',')) return withClosingMarks(before);
    // "… warned Russian commanders … and Russia responded they would not engage": a second source joined by "and".
    const subject = byVerb ? subjectBefore(tokens, cue.token, from + 1) : null;
    if (
      subject &&
      subject.first > from + 1 &&
      COORDINATORS.has(tokens[subject.first - 1].normal) &&
      !breaksBetween(tokens, subject.first - 1)
    )
      return withClosingMarks(tokens[subject.first - 2]);
  }
  return Infinity;
}

/** The end of a word with the quote marks that close right after it ("“crazy”"). */
function withClosingMarks(token: Token): number {
  const closing = /^[”’"']*/.exec(token.post)?.[0].length ?? 0;
  return token.end + closing;
}

/** How many tokens after ", and" may hold the subject and verb of a new clause. */
const NEW_CLAUSE_REACH = 8;

/** Whether a new clause may open after tokens[k]: ", and"/", but"/", while", or "and she" without a comma. */
function opensNewClause(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1].normal;
  if (tokens[k].post.includes(',')) return CLAUSE_JOINERS.has(next);
  return next === 'and' && SPEAKER_PRONOUNS.has(tokens[k + 2].normal);
}

/**
 * Where a content that starts at tokens[from] ends: the sentence's end, or before ", and"/", but" that opens
 * a clause with its own subject and verb ("…support, and up to 200 attackers reportedly lost their lives").
 */
function clauseEnd(tokens: Token[], from: number, sentenceEnd: number, introductory = false): number {
  const limit = tokens[from].start + MAX_CONTENT_LENGTH;
  for (let k = from; k < tokens.length; k++) {
    // A content never runs past MAX_CONTENT_LENGTH: it ends at the last word that fits.
    if (k + 1 < tokens.length && tokens[k + 1].end > limit) return tokens[k].end;
    if (k + 2 >= tokens.length) continue;
    // In an introductory clause any comma may close it ("While Clinton pledged …, Sanders insisted …").
    const opens = opensNewClause(tokens, k) ? k + 2 : introductory && tokens[k].post.includes(',') ? k + 1 : -1;
    if (opens < 0) continue;
    let sawSubject = false;
    for (let m = opens; m < Math.min(tokens.length, opens + NEW_CLAUSE_REACH); m++) {
      const t = tokens[m];
      if (t.tags.has('Noun') || t.tags.has('Pronoun')) sawSubject = true;
      else if (
        sawSubject &&
        t.tags.has('Verb') &&
        (t.tags.has('PastTense') || t.tags.has('PresentTense')) &&
        !t.tags.has('Gerund') &&
        !t.tags.has('Participle')
      )
        return tokens[k].end;
      if (breaksBetween(tokens, m)) break;
    }
  }
  return sentenceEnd;
}

function lastTokenEndingAt(tokens: Token[], end: number, fallback: number): number {
  const index = lastStartingAtOrBefore(tokens, end - 1);
  return index >= 0 && tokens[index].end === end ? index : fallback;
}

/** The first offset at or after `at` that starts a word (so a capped content does not begin mid-word). */
function wordStartAfter(text: string, at: number): number {
  if (at === 0 || /\s/.test(text[at - 1])) return at;
  let i = at;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}
