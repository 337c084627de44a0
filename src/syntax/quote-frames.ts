/**
 * What frames a quote that no cue claimed, asked by the quote sieves (src/attribute/quote-lead-ins.ts): the
 * main verb before it and that verb's subject ("Sen. Marco Rubio called the statement “offensive”"), a name
 * right before the colon that opens it ("pollster Daron Shaw: “…”"), a subject and verb right after it ("“…,”
 * Trump shot back"). Token indexes are the sentence's; offsets are string offsets.
 */
import type { Token } from '../segment/nlp.js';
import type { Quote } from '../detect/quotes.js';
import type { SentenceSyntax } from './types.js';
import { breaksBetween, isProperMention, subjectBefore, type MentionRange } from './phrases.js';
import { containing, firstStartingAtOrAfter, lastStartingAtOrBefore } from '../segment/locate.js';
import { FINITE_BE } from '../lexicon/be-forms.js';
import { isPossessive } from './token-shape.js';
import { HAVE_FORMS } from '../lexicon/function-words.js';

/** A verb that can head a clause: no auxiliary or copula; a gerund only after a copula ("Huckabee is labeling Obama’s actions “…”"). */
export function isMainVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const progressive = t.tags.has('Gerund') && FINITE_BE.has(tokens[i - 1]?.normal ?? '');
  return (
    t.tags.has('Verb') && (!t.tags.has('Gerund') || progressive) && !t.tags.has('Auxiliary') && !t.tags.has('Copula')
  );
}

/** The first main verb outside quotes of each sentence, computed once per sentence (quotes are per document). */
const mainVerbs = new WeakMap<Token[], number>();

/** The verbs inside another quote are the quoted speaker's ("“You can't …,” Rubio said on “This Week.”"). */
function mainVerbOutsideQuotes(tokens: Token[], topLevel: readonly Quote[]): number {
  let found = mainVerbs.get(tokens);
  if (found === undefined) {
    found = tokens.findIndex((t, i) => isMainVerb(tokens, i) && containing(topLevel, t.start) === undefined);
    mainVerbs.set(tokens, found);
  }
  return found;
}

/** The main verb before a quote, the verb that carries its cue, and the verb's subject. */
export interface LeadIn {
  /** The sentence's first main verb outside quotes. */
  verb: number;
  /** The verb the cue is read from: the participle after an untagged "has" ("has rolled out"), else `verb`. */
  cueVerb: number;
  subject: MentionRange;
}

/**
 * The sentence's first main verb outside quotes, when it stands before offset `before`, and its subject; or, when
 * that verb is no cue (`isCue`), a later clause nearer the quote with a subject of its own (`nearestClauseBefore`).
 */
export function leadInBefore(
  s: SentenceSyntax,
  topLevel: readonly Quote[],
  before: number,
  isCue: (token: number) => boolean = () => false,
): LeadIn | null {
  const tokens = s.tokens;
  const verb = mainVerbOutsideQuotes(tokens, topLevel);
  if (verb <= 0 || tokens[verb].start >= before) return null;
  const nearer = nearestClauseBefore(s, verb, before, isCue);
  if (nearer) return nearer;
  const subject = subjectBefore(tokens, verb);
  if (!subject) return null;
  // "has rolled out": compromise may leave the auxiliary untagged; the cue is the verb after it, with its auxiliaries.
  const cueVerb =
    HAVE_FORMS.has(tokens[verb].normal) && tokens[verb + 1]?.tags.has('PastTense') && !breaksBetween(tokens, verb)
      ? verb + 1
      : verb;
  return { verb, cueVerb, subject };
}

/**
 * "Trump praised the deal, but Rubio fired back: “…”", "… where about 50 protesters gathered, chanting “…”": the
 * innermost clause around the words right before the quote that has a subject of its own (not a relative pronoun,
 * not after the verb), when that clause opens after the sentence's first main verb `first`; its verb is the cue.
 * A clause a cue reports ("She is sure that the jail term will …: “…”") leaves the quote to the clause above it.
 */
function nearestClauseBefore(
  s: SentenceSyntax,
  first: number,
  before: number,
  isCue: (token: number) => boolean,
): LeadIn | null {
  const tokens = s.tokens;
  const k = lastStartingAtOrBefore(tokens, before - 1);
  if (k <= first) return null;
  let found: LeadIn | null = null;
  for (let c = s.clauseAt[k]; c >= 0; c = s.clauses[c].parent) {
    const clause = s.clauses[c];
    // Inside what a cue reports ("argued that if Trump wins “…”"), the reporting clause's subject speaks.
    if (clause.kind === 'complement') return null;
    if (found || clause.kind === 'quote' || clause.subject < 0 || clause.verb < 0 || clause.inverted) continue;
    const chunk = s.chunks[clause.subject];
    const head = s.verbs[clause.verb].head;
    if (chunk.first <= first) return null;
    // "Reid said both senators are “…”": after a cue verb, only a clause set off by punctuation speaks for itself
    // ("May acknowledged the defeat, and she admonished MPs …").
    // "When Brown criticized Clinton, Hillary shot back: “…”": a cue verb in an adverbial clause of this one does not.
    const opening = s.clauses[s.clauseAt[first]];
    const inOpening = opening.kind === 'adverbial' && opening.parent === c;
    if (isCue(first) && !inOpening && !(clause.first > 0 && s.breaks[clause.first - 1])) return null;
    if (chunk.relative || s.inQuote[chunk.first] || s.inQuote[head] || head > k || head <= chunk.last) continue;
    found = { verb: head, cueVerb: head, subject: { first: chunk.first, last: chunk.last } };
  }
  return found;
}

/**
 * "The board was conclusive in its findings: “…”", "Respondents are obliged to disclose: “…”": the subject and verb
 * group (a copula too) of the top-level clause that holds the words before the colon opening the quote at offset
 * `open`, when both stand before it; null otherwise.
 */
export function clauseBeforeColon(s: SentenceSyntax, open: number): { verb: number; subject: MentionRange } | null {
  const tokens = s.tokens;
  const k = lastStartingAtOrBefore(tokens, open - 1);
  if (k < 0 || tokens[k].end > open || !tokens[k].post.trim().startsWith(':')) return null;
  let c = s.clauseAt[k];
  while (c >= 0 && s.clauses[c].parent >= 0) c = s.clauses[c].parent;
  const clause = c >= 0 ? s.clauses[c] : undefined;
  if (!clause || clause.subject < 0 || clause.verb < 0 || clause.inverted) return null;
  const chunk = s.chunks[clause.subject];
  const verb = s.verbs[clause.verb].head;
  if (s.inQuote[chunk.first] || s.inQuote[verb] || verb > k || verb <= chunk.last) return null;
  // "Then there was the most obvious change of all: “…”": an existential "there" names no one.
  if (tokens[chunk.head].normal === 'there') return null;
  return { verb, subject: { first: chunk.first, last: chunk.last } };
}

/** Forms of "put" in "as Lee put it". */
const PUT_FORMS = new Set(['put', 'puts']);

/**
 * "As Dana Lee put it, “…”", "in Forbes’ words, “…”": a frame right before the quote at offset `open` (nothing but
 * punctuation between) that names whose words they are; the mention and the frame's first and last token.
 */
export function wordsFrameBefore(
  s: SentenceSyntax,
  open: number,
): { mention: MentionRange; first: number; last: number } | null {
  const tokens = s.tokens;
  const last = lastStartingAtOrBefore(tokens, open - 1);
  if (last < 2 || tokens[last].end > open || s.inQuote[last] || !/^[,:]?$/.test(tokens[last].post.trim())) return null;
  // "as Lee put it": "as", a phrase (with an appositive), "put", "it".
  if (tokens[last].normal === 'it' && PUT_FORMS.has(tokens[last - 1].normal)) {
    const put = last - 1;
    for (let a = put - 2; a >= 0 && a >= put - MAX_FRAME_TOKENS; a--) {
      if (tokens[a].normal !== 'as') continue;
      const chunk = s.chunkAt[a + 1] >= 0 ? s.chunks[s.chunkAt[a + 1]] : null;
      if (!chunk || chunk.first !== a + 1) return null;
      // "As John Cornyn, the No. 2 in the leadership, put it": an appositive between commas.
      const written = Math.max(chunk.writtenLast, chunk.last);
      const appositive =
        written < put - 1 && /^,/.test(tokens[written].post.trim()) && /,$/.test(tokens[put - 1].post.trim());
      if (written !== put - 1 && !appositive) return null;
      return { mention: { first: chunk.first, last: chunk.last, writtenLast: put - 1 }, first: a, last };
    }
    return null;
  }
  const right = inWordsFrame(s, last);
  if (right) return right;
  // "It had, in her words, become “…”", "In the words of one nurse, the ward was “…”": a frame set off by commas
  // earlier in the quote's own clause, with no other quote or full stop between.
  for (let k = last - 1; k >= 0 && k >= last - MAX_FRAME_TOKENS; k--) {
    if (s.inQuote[k] || /[.;:!?]/.test(tokens[k].post)) return null;
    if (!tokens[k].post.includes(',')) continue;
    const frame = inWordsFrame(s, k);
    const setOff = frame && (frame.first === 0 || /,\s*$/.test(tokens[frame.first - 1].post));
    if (frame && setOff && sameClause(s, frame.last, last)) return frame;
  }
  return null;
}

/**
 * Whether tokens[b] stands in the clause of tokens[a], or in a predicate without a subject of its own coordinated
 * under it ("had, in her words, become …").
 */
function sameClause(s: SentenceSyntax, a: number, b: number): boolean {
  let c = s.clauseAt[b];
  for (let up = 0; c >= 0 && up < 4 && c !== s.clauseAt[a] && s.clauses[c].subject < 0; up++) c = s.clauses[c].parent;
  return c === s.clauseAt[a];
}

/**
 * A "words" frame ending at tokens[last]: "in Forbes’ words", "in her (own) words" ("in", a possessor, "words"), or
 * "in the words of one nurse" ("in the words of" and the phrase after it).
 */
function inWordsFrame(s: SentenceSyntax, last: number): { mention: MentionRange; first: number; last: number } | null {
  const tokens = s.tokens;
  const chunk = s.chunkAt[last] >= 0 ? s.chunks[s.chunkAt[last]] : null;
  if (!chunk) return null;
  if (tokens[last].normal === 'words') {
    if (chunk.first < 1 || tokens[chunk.first - 1].normal !== 'in') return null;
    // The possessor: a possessive pronoun or a name with its apostrophe ("her", "Forbes’", "the mayor's").
    let owner = last - 1;
    while (owner >= chunk.first && !(isPossessive(tokens[owner]) || /^[’']/.test(tokens[owner].post))) owner--;
    if (owner < chunk.first) return null;
    return { mention: { first: chunk.first, last: owner }, first: chunk.first - 1, last };
  }
  // "in the words of one nurse": the phrase after "of" ends at tokens[last].
  const of = chunk.first - 1;
  if (chunk.last !== last || of < 3 || tokens[of].normal !== 'of' || tokens[of - 1].normal !== 'words') return null;
  if (tokens[of - 2].normal !== 'the' || tokens[of - 3].normal !== 'in') return null;
  return { mention: { first: chunk.first, last: chunk.last }, first: of - 3, last };
}

/** Most tokens of an "as Lee put it" frame. */
const MAX_FRAME_TOKENS = 14;

/** Pronouns that name a person or group as a subject. */
const NAMING_PRONOUNS = new Set(['he', 'she', 'they']);

/** Whether a phrase's last word names someone: a capitalised word, or "he", "she", "they". */
export function endsInName(s: SentenceSyntax, range: MentionRange): boolean {
  const head = s.tokens[range.last];
  return /^\p{Lu}/u.test(head.text) || NAMING_PRONOUNS.has(head.normal);
}

/** Whether a phrase's last word is a common or proper noun and no pronoun ("The headline"). */
export function endsInNoun(s: SentenceSyntax, range: MentionRange): boolean {
  const head = s.tokens[range.last];
  return head.tags.has('Noun') && !head.tags.has('Pronoun');
}

/** Most words in a bracket between a name and the colon after it ("(D-Mass.)", "(R-South Carolina)"). */
const MAX_BRACKET_WORDS = 4;

/**
 * `…doesn’t surprise Republican pollster Daron Shaw: “…”`: the proper name whose last word ends before the
 * offset `open` with a colon right after it, and that word's index; null when no name stands there.
 */
export function nameBeforeColon(s: SentenceSyntax, open: number): { last: number; name: MentionRange } | null {
  const tokens = s.tokens;
  let k = lastStartingAtOrBefore(tokens, open);
  if (!tokens[k] || tokens[k].end > open) return null;
  // "Rep. Ann Lee (D-Mass.): “…”": a short bracket between the name and the colon is the name's.
  if (/^[^\s(]*\)\s*:/.test(tokens[k].post.trim())) {
    let j = k;
    while (j > k - MAX_BRACKET_WORDS && j > 0 && !tokens[j].pre.includes('(')) j--;
    if (!tokens[j].pre.includes('(') || tokens[j - 1]?.post.trim() !== '') return null;
    k = j - 1;
  } else if (!tokens[k].post.trim().startsWith(':')) return null;
  const token = tokens[k];
  if (!token.tags.has('Person') && !token.tags.has('ProperNoun')) return null;
  // The chunk that ends at that word, as the layer read it.
  const chunk = s.chunkAt[k] >= 0 ? s.chunks[s.chunkAt[k]] : null;
  if (!chunk || chunk.last !== k) return null;
  // "delivered a blunt message to Trump: “…”", "on CNN: “…”": a name after a preposition of listener or medium is
  // whom it was said to or where, not who said it ("a statement from Senator Lee: “…”" still names the speaker).
  if (chunk.preposition >= 0 && !SPEAKER_PREPOSITIONS.has(tokens[chunk.preposition].normal)) return null;
  const name = { first: chunk.first, last: k };
  if (!isProperMention(tokens, name)) return null;
  return { last: k, name };
}

/** Prepositions before a name that still make it the speaker of a quote after its colon ("a statement from Lee:"). */
const SPEAKER_PREPOSITIONS = new Set(['from', 'by', 'of']);

/** How many tokens after a quote may hold the subject and verb of `“…,” Trump shot back`. */
const TRAILING_VERB_REACH = 6;
/** Tokens between a trailing subject and its verb: a short phrase after it ("a voice-over in the ad states"). */
const POST_SUBJECT_REACH = 4;
/** Particles that belong to a verb of speaking right after a quote ("shot back", "chimed in", "went on"). */
const SPEECH_PARTICLES = new Set(['back', 'in', 'out', 'up', 'on']);

/**
 * `“…,” Trump shot back.`: a subject that opens at tokens[first] and the verb right after it (within a few
 * tokens), with a particle after the verb ("back") or -1; null when no subject opens there or words open
 * another quote there (`“Fox and Friends.” “I mean …”`).
 */
export function subjectAndVerbAt(
  s: SentenceSyntax,
  first: number,
): { verb: number; subject: MentionRange; particle: number } | null {
  const tokens = s.tokens;
  if (/[“"‘]/.test(tokens[first].pre)) return null;
  for (let k = first + 1; k < Math.min(tokens.length, first + TRAILING_VERB_REACH); k++) {
    const t = tokens[k];
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Auxiliary')) continue;
    const subject = subjectBefore(tokens, k, first);
    if (!subject || subject.first !== first) return clauseSubjectAt(s, first);
    const particle = SPEECH_PARTICLES.has(tokens[k + 1]?.normal ?? '') && !breaksBetween(tokens, k) ? k + 1 : -1;
    return { verb: k, subject, particle };
  }
  return clauseSubjectAt(s, first);
}

/**
 * The clause whose subject chunk opens at tokens[first] and whose finite verb group follows it within reach,
 * by the sentence's syntax ("“…,” the editorial read.", where the tagger reads "editorial" as an adjective).
 */
function clauseSubjectAt(
  s: SentenceSyntax,
  first: number,
): { verb: number; subject: MentionRange; particle: number } | null {
  const chunk = s.chunkAt[first];
  if (chunk < 0 || s.chunks[chunk].first !== first) return null;
  const clause = s.clauses.find((c) => c.subject === chunk && !c.inverted && c.verb >= 0);
  if (!clause) return null;
  const group = s.verbs[clause.verb];
  if (!group.finite || group.auxiliaries.length > 0 || group.first > s.chunks[chunk].writtenLast + POST_SUBJECT_REACH)
    return null;
  const { first: f, last, writtenLast } = s.chunks[chunk];
  const subject = writtenLast > last ? { first: f, last, writtenLast } : { first: f, last };
  return { verb: group.head, subject, particle: group.particle };
}

/**
 * Whether a verb (not also a noun) stands before tokens[first], back to the last quote mark
 * (`“…,” Gene Ruiz, a top adviser, said`: none does, so the words before the subject may be its appositive).
 */
export function verbBeforeInQuoteSpan(s: SentenceSyntax, first: number): boolean {
  const tokens = s.tokens;
  for (let k = first - 1; k >= 0 && !/[“”"]/.test(tokens[k].post); k--)
    if (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Noun')) return true;
  return false;
}

/**
 * The tokens from the first that starts at or after offset `start` to the last that starts before `end`, when
 * every one is capitalised (a name signed after a quote: "― Pamela Ruiz"); null otherwise.
 */
export function capitalisedWords(
  s: SentenceSyntax,
  start: number,
  end: number,
): { first: number; last: number } | null {
  const tokens = s.tokens;
  const first = firstStartingAtOrAfter(tokens, start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  if (first < 0 || first >= tokens.length || tokens[first].start >= end) return null;
  for (let k = first; k <= last; k++) if (!/^\p{Lu}/u.test(tokens[k].text)) return null;
  return { first, last };
}

/** The first token of each sentence's first finite verb with a subject, outside quotes (computed once a sentence). */
const firstClauseVerbs = new WeakMap<SentenceSyntax, number>();

/** The first token of the sentence's first finite verb group with a subject of its own, outside quotes, or -1. */
function firstClauseVerb(s: SentenceSyntax): number {
  let found = firstClauseVerbs.get(s);
  if (found === undefined) {
    found = -1;
    for (const group of s.verbs) {
      if (!group.finite || s.inQuote[group.head]) continue;
      const clause = s.clauses[s.clauseAt[group.head]];
      if (!clause || clause.verb < 0 || s.verbs[clause.verb] !== group || clause.subject < 0) continue;
      if (clause.inverted || s.inQuote[s.chunks[clause.subject].first]) continue;
      found = group.first;
      break;
    }
    firstClauseVerbs.set(s, found);
  }
  return found;
}

/**
 * `He called the plan “a disaster for everyone,” Smith said.`: whether the quote from offset `open`
 * (its opening mark) to `close` runs on inside a clause of the sentence: a finite verb with a subject stands before
 * it outside quotes, no punctuation stands between the word before it and its mark (no lead-in: not `… said: “`,
 * not `…, “`), no sentence ends inside it and it has MIN_CLAUSE_QUOTE_WORDS words or more. An attribution after
 * such a quote reports the whole clause.
 */
export function quoteInsideClause(s: SentenceSyntax, open: number, close: number): boolean {
  const verb = firstClauseVerb(s);
  const tokens = s.tokens;
  if (verb < 0 || tokens[verb].end > open) return false;
  const before = lastStartingAtOrBefore(tokens, open - 1);
  if (before < 0 || before < verb || /[^\s“”"‘’']/.test(tokens[before].post)) return false;
  let words = 0;
  for (let k = before + 1; k < tokens.length && tokens[k].end <= close; k++) {
    words++;
    if (/[.!?;:]/.test(tokens[k].post) && tokens[k + 1]?.start < close) return false;
  }
  return words >= MIN_CLAUSE_QUOTE_WORDS;
}

/**
 * Fewest words of such a quote: a shorter one stays the attribution's own quote (`… in a “burn bag,” the Times
 * reported`): the Gender Gap Tracker's annotators give one- and two-word quotes attributions of their own, which
 * a reported claim around them would hide (ggt-dev lost one attribution without this bound).
 */
const MIN_CLAUSE_QUOTE_WORDS = 3;
