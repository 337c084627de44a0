/**
 * Where the source of a cue stands, asked by the source-mention sieves (src/attribute/source-mention.ts): the
 * subject before a cue verb or the verb that carries it ("went on to say"), the subject of an infinitive chain
 * ("is expected to endorse"), of the clause a participle belongs to ("…, saying", "by saying", "with 30 percent
 * of voters saying", "Speaking to reporters, Trump said"), of the first of two coordinated verbs ("… and says"),
 * the phrase after an inverted verb of saying ("…,” said Jeffrey") or after "according to", and whether a belief
 * cue's subject believes anything ("didn't think", "Do you support …?"). Token indexes are the sentence's.
 *
 * These read tokens and tags the way the scanners they replace did (the eval output stayed byte for byte the
 * same when they moved here); `src/attribute/source-mention.ts` overrides them with the layer's clause subjects
 * where the two disagree.
 */
import type { Token } from '../segment/nlp.js';
import type { Cue } from '../detect/cues.js';
import type { Clause, SentenceSyntax } from './types.js';
import {
  BETWEEN_SUBJECT_AND_CUE,
  breaksBetween,
  isPronoun,
  isProperMention,
  phraseAfter,
  subjectBefore,
  trailingAppositiveEnd,
  type MentionRange,
} from './phrases.js';
import { isMainVerb } from './quote-frames.js';
import { MAX_CLAUSE_DEPTH } from './analyse.js';
import { BE_FORMS } from '../lexicon/be-forms.js';
import { firstStartingAtOrAfter } from '../segment/locate.js';
import { ARTICLES, RELATIVE_PRONOUNS, VERB_COORDINATORS } from '../lexicon/function-words.js';
import {
  COLLECTIVE_NOUNS,
  DOCUMENT_WORDS,
  ISSUED_COUNT_NOUNS,
  MEDIA_NOUNS,
  ORGANIZATION_NOUNS,
} from '../lexicon/source-words.js';
import { ISSUING_PREPOSITIONS } from './mention-phrase.js';
import { isCapitalized, isPeopleNoun, isPersonNoun, isPossessive } from './token-shape.js';
import {
  CATENATIVES,
  GENERIC_BELIEVERS,
  GERUND_PREPOSITIONS,
  NOT_A_BELIEF,
  PARTICIPLE_OPENERS,
  POST_MODIFIER_WORDS,
  QUESTION_AUXILIARIES,
  SUBJECT_COORDINATORS,
} from '../lexicon/frame-words.js';

/** A present participle: tagged a gerund, or ending in "-ing" where the tagger read it otherwise. */
export const isParticiple = (token: Token): boolean => token.tags.has('Gerund') || token.normal.endsWith('ing');

/**
 * A verb that can have a subject and an object: not a participle, auxiliary, copula or infinitive, nor the particle
 * ending a hyphenated noun ("a follow-up statement", "a sit-down interview").
 */
const isFiniteVerb = (t: Token): boolean =>
  t.tags.has('Verb') &&
  !(t.tags.has('Particle') && t.tags.has('Hyphenated')) &&
  !t.tags.has('Gerund') &&
  !t.tags.has('Auxiliary') &&
  !t.tags.has('Copula') &&
  !t.tags.has('Infinitive');

/** The first main verb of each sentence (computed once per sentence): the verb of its main clause. */
const firstVerbs = new WeakMap<Token[], number>();

function firstMainVerb(tokens: Token[]): number {
  let found = firstVerbs.get(tokens);
  if (found === undefined) {
    found = tokens.findIndex((_, i) => isMainVerb(tokens, i));
    firstVerbs.set(tokens, found);
  }
  return found;
}

/**
 * The subject before a cue verb, or before the verb that carries it ("continued to question", "went on to
 * say"); a relative pronoun comes with its antecedent.
 */
export function subjectBeforeCue(s: SentenceSyntax, cue: Cue): MentionRange | null {
  const tokens = s.tokens;
  const first = firstStartingAtOrAfter(tokens, cue.start);
  let head = cue.token;
  if (first < cue.token && tokens[cue.token - 1]?.normal === 'to')
    head = tokens[cue.token - 2]?.normal === 'on' ? cue.token - 3 : cue.token - 2;
  return subjectBefore(tokens, head);
}

/** The object of "according to" (or of a survey's "in"): a noun phrase, else the words up to the next break. */
export function accordingToObject(s: SentenceSyntax, first: number): MentionRange | null {
  const titled = quotedTitleHead(s, first);
  if (titled) return titled;
  const found = phraseAfter(s.tokens, first);
  if (!found) return phraseToBreak(s.tokens, first);
  // "according to former Bank of Canada governor Tom Reed": an institution's "of" and a role and name after it.
  const of = found.last + 1;
  const tail = s.tokens[of]?.normal === 'of' && !s.breaks[found.last] ? phraseAfter(s.tokens, of + 1) : null;
  if (tail && tail.first === of + 1 && tail.last > tail.first && isProperMention(s.tokens, found))
    return { first: found.first, last: tail.last };
  // "according to a recent report from the Budget Office", "according to an analysis by the Pew Research Center":
  // the material with its issuer, a name after "by"/"from" (the phrase names the issuer as the source).
  const by = found.last + 1;
  const head = s.tokens[found.last];
  if (
    (MEDIA_NOUNS.has(head.normal) || ISSUED_COUNT_NOUNS.has(head.normal)) &&
    ISSUING_PREPOSITIONS.has(s.tokens[by]?.normal ?? '') &&
    !s.breaks[found.last]
  ) {
    const issuer = phraseAfter(s.tokens, by + 1);
    if (issuer && issuer.first === by + 1 && isProperMention(s.tokens, issuer))
      return { first: found.first, last: issuer.last };
  }
  return found;
}

/**
 * "according to the “Medicare for all” document he released": an article at tokens[article] before a quoted title,
 * with the noun phrase right after the title's closing mark, is one phrase (the quote breaks it for the chunker).
 */
export function quotedTitleHead(s: SentenceSyntax, article: number): MentionRange | null {
  if (!ARTICLES.has(s.tokens[article]?.normal ?? '') || !s.inQuote[article + 1]) return null;
  let k = article + 1;
  while (k < s.tokens.length && s.inQuote[k]) k++;
  if (k >= s.tokens.length || !/^[”"’'\s]*$/.test(s.tokens[k - 1].post)) return null;
  const head = phraseAfter(s.tokens, k);
  return head && head.first === k ? { first: article, last: head.last } : null;
}

/** Longest object of "according to" taken up to its break when no noun phrase is found, in tokens (16 rather than 8: on polnear-train.jsonl 5 more right attributions for 1 more wrong). */
const MAX_ACCORDING_TO_OBJECT = 16;

/**
 * "according to polls at the time", "according to figures her campaign released": words compromise reads as
 * verbs ("polls", "figures") hide the noun phrase; the object of "according to" runs to the next break.
 */
function phraseToBreak(tokens: Token[], first: number): MentionRange | null {
  if (first >= tokens.length) return null;
  let last = first;
  while (last + 1 < tokens.length && last - first + 1 < MAX_ACCORDING_TO_OBJECT && !breaksBetween(tokens, last)) last++;
  return breaksBetween(tokens, last) ? { first, last } : null;
}

/** Particles of phrasal verbs that may stand between the verb and its object ("sent out a release"). */
const VERB_PARTICLES = new Set(['out', 'up', 'off']);

/** A common noun that names no person and no group ("rally", "conversation"), not a name, not a pronoun. */
const thingNoun = (token: Token): boolean =>
  token.tags.has('Noun') &&
  !token.tags.has('Pronoun') &&
  !isCapitalized(token) &&
  !isPersonNoun(token) &&
  !isPeopleNoun(token) &&
  !token.tags.has('Person');

/**
 * "Trump issued a statement saying …": a participle after a document (the phrase `object`) that is the object of
 * a verb speaks for that verb's subject (not after a person: "the swoon left Republicans wondering"); so after a
 * singular thing with its determiner ("opened a county rally blasting …", "entered Monday's meeting believing …"),
 * not after bare plurals ("featured all-male panels discussing …"), which the participle describes.
 */
export function documentParticipleSubject(s: SentenceSyntax, cue: number, object: MentionRange): MentionRange | null {
  const tokens = s.tokens;
  let objectOf = tokens[cue].tags.has('Gerund') ? object.first - 1 : -1;
  // "sent out a press release saying": past the verb's particle.
  if (objectOf > 1 && VERB_PARTICLES.has(tokens[objectOf].normal) && !breaksBetween(tokens, objectOf - 1)) objectOf--;
  const head = tokens[object.last];
  if (
    objectOf > 0 &&
    !breaksBetween(tokens, objectOf) &&
    isFiniteVerb(tokens[objectOf]) &&
    (DOCUMENT_WORDS.has(head.normal) ||
      (thingNoun(head) &&
        !head.tags.has('Plural') &&
        object.first < object.last &&
        (tokens[object.first].tags.has('Determiner') || isPossessive(tokens[object.first]))))
  )
    return subjectBefore(tokens, objectOf);
  return null;
}

/**
 * "The Arizona Republican survived the primary and says …", "… but now says …", "… and later said …": a verb
 * after "and"/"but" (adverbs and auxiliaries may stand between) shares the subject of the sentence's first main
 * verb, or of the first verb whose subject opens the sentence or a clause after a comma.
 */
export function coordinatedVerbSubject(s: SentenceSyntax, cue: number): MentionRange | null {
  const tokens = s.tokens;
  let joint = cue - 1;
  while (
    joint > 0 &&
    (tokens[joint].tags.has('Adverb') || BETWEEN_SUBJECT_AND_CUE.has(tokens[joint].normal)) &&
    !breaksBetween(tokens, joint)
  )
    joint--;
  const before = tokens[joint];
  if (!before || !VERB_COORDINATORS.has(before.normal) || breaksBetween(tokens, joint)) return null;
  let main = firstMainVerb(tokens);
  // "In a video posted to her account, she criticized Singer and challenged …": an opening prepositional phrase set
  // off by a comma holds no main verb; the first one after its comma does.
  const opening = openingPhraseComma(s, joint);
  if (main >= 0 && main < opening) main = nextMainVerb(tokens, opening + 1, joint);
  // "While the donor didn't disclose his plans, he did say … and called …": a verb of a subordinate clause that
  // closes before the coordinator is not the one the cue shares a subject with; the next main verb after it is.
  for (let hops = 0; main > 0 && main < joint && hops < MAX_CLAUSE_HOPS; hops++) {
    const closed = subordinateClosingBefore(s, main, joint);
    if (closed < 0) break;
    main = nextMainVerb(tokens, closed + 1, joint);
  }
  return (main > 0 && main < joint ? subjectBefore(tokens, main) : null) ?? openingClauseSubject(tokens, joint);
}

/**
 * The token before the comma that closes a prepositional phrase opening the sentence ("In a video posted to her
 * account, …"), when that comma stands before tokens[joint]; -1 otherwise.
 */
function openingPhraseComma(s: SentenceSyntax, joint: number): number {
  if (s.classes[0] !== 'preposition' || s.chunkAt[1] < 0) return -1;
  for (let k = 1; k < joint; k++) if (s.breaks[k]) return s.tokens[k].post.trim() === ',' ? k : -1;
  return -1;
}

/** How many subordinate clauses a coordinated verb's subject search steps over. */
const MAX_CLAUSE_HOPS = 4;
/** Clause kinds that hang off another clause and close before the main clause goes on. */
const SUBORDINATE_KINDS: ReadonlySet<string> = new Set(['adverbial', 'relative', 'reduced-relative', 'participial']);

/** The last token of the outermost subordinate clause holding tokens[k] that closes before tokens[joint], or -1. */
function subordinateClosingBefore(s: SentenceSyntax, k: number, joint: number): number {
  let last = -1;
  for (let c = s.clauseAt[k], depth = 0; c >= 0 && depth < MAX_CLAUSE_DEPTH; c = s.clauses[c].parent, depth++) {
    const clause = s.clauses[c];
    if (SUBORDINATE_KINDS.has(clause.kind) && clause.last < joint) last = clause.last;
  }
  return last;
}

/** The first main verb from tokens[from] up to (not including) tokens[to], or -1. */
function nextMainVerb(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isMainVerb(tokens, k)) return k;
  return -1;
}

/**
 * "McConnell was quick to embrace the mogul and said …", "Asked on Monday whether …, Mrs. Clinton shook her head
 * and said …": when the first main verb has no subject, the first verb before the connective whose subject opens
 * the sentence or a clause after a comma (a copula counts).
 */
function openingClauseSubject(tokens: Token[], joint: number): MentionRange | null {
  for (let k = 1; k < joint; k++) {
    const t = tokens[k];
    if (!t.tags.has('Verb') || t.tags.has('Infinitive') || t.tags.has('Particle') || tokens[k - 1].normal === 'to')
      continue;
    const subject = subjectBefore(tokens, k);
    if (subject && (subject.first === 0 || breaksBetween(tokens, subject.first - 1))) return subject;
  }
  return null;
}

/**
 * "with 30 percent of voters saying they …", "with three in 10 saying …": after "with", the noun phrase right
 * before a gerund is its subject.
 */
export function withAbsoluteSubject(s: SentenceSyntax, gerund: number): MentionRange | null {
  const tokens = s.tokens;
  if (gerund < 2 || !tokens[gerund].tags.has('Gerund') || breaksBetween(tokens, gerund - 1)) return null;
  for (let k = gerund - 2; k >= Math.max(0, gerund - MAX_ABSOLUTE_SUBJECT); k--) {
    if (breaksBetween(tokens, k)) return null;
    if (tokens[k].normal !== 'with') continue;
    const subject = subjectBefore(tokens, gerund, k + 1);
    return subject && subject.first === k + 1 ? subject : null;
  }
  return null;
}

/** Longest subject of a gerund after "with", in tokens. */
const MAX_ABSOLUTE_SUBJECT = 8;

/**
 * "Bolton distanced himself from the movement by saying …", "Sheppard presented a message before explaining why …":
 * a gerund after a preposition inside the sentence speaks for the subject of the verb before it (or the
 * subject opening the sentence).
 */
export function prepositionalGerundSubject(s: SentenceSyntax, gerund: number): MentionRange | null {
  const tokens = s.tokens;
  const preposition = gerund - 1;
  if (
    preposition < 2 ||
    !tokens[gerund].tags.has('Gerund') ||
    !GERUND_PREPOSITIONS.has(tokens[preposition].normal) ||
    breaksBetween(tokens, preposition)
  )
    return null;
  const verb = nearestVerbBefore(tokens, preposition);
  return (verb < 0 ? null : subjectBefore(tokens, verb)) ?? mainClauseSubject(tokens, preposition);
}

/** Longest chain of verbs, adverbs and adjectives between a subject and the "to" of an infinitive cue, in tokens. */
const MAX_INFINITIVE_CHAIN = 6;

/**
 * "Caucus-goers were slightly more likely to say …", "The Times is expected to endorse …", "Clinton is trying to
 * show …": the subject of an infinitive cue is the subject of the verbs, copulas and adjectives that govern its "to".
 */
export function infinitiveChainSubject(s: SentenceSyntax, cue: number): MentionRange | null {
  const tokens = s.tokens;
  const to = cue - 1;
  if (to < 2 || tokens[to].normal !== 'to' || breaksBetween(tokens, to)) return null;
  let k = to - 1;
  let head = -1;
  while (k >= 0 && to - k <= MAX_INFINITIVE_CHAIN && !breaksBetween(tokens, k)) {
    const t = tokens[k];
    const inChain =
      CATENATIVES.has(t.normal) ||
      t.tags.has('Auxiliary') ||
      t.tags.has('Copula') ||
      t.tags.has('Modal') ||
      (t.tags.has('Adverb') && !t.tags.has('Verb')) ||
      BETWEEN_SUBJECT_AND_CUE.has(t.normal);
    if (!inChain || t.tags.has('Noun') || t.tags.has('Pronoun')) break;
    if (t.tags.has('Verb')) head = k;
    k--;
  }
  if (head < 0) return null;
  // The chain's first verb, with the adverbs before it ("Trump has long wanted to …").
  return subjectBefore(tokens, head);
}

/** How far after the comma closing an opening phrase the main verb may stand, in tokens. */
const MAIN_CLAUSE_REACH = 10;

/**
 * "Speaking to reporters, Trump said …", "After bragging for a year about his costs, Trump is spending …": a
 * participle opening the sentence (alone or after a preposition) speaks for the subject of the main clause.
 */
export function openingParticipleSubject(s: SentenceSyntax, verb: number): MentionRange | null {
  const tokens = s.tokens;
  // "Having announced that he would stay, the mayor …": a perfect participle starts at its "having".
  const cue = verb > 0 && s.classes[verb - 1] === 'auxiliary' && tokens[verb - 1].normal === 'having' ? verb - 1 : verb;
  if (!tokens[cue].tags.has('Gerund') && !openingInfinitive(s, cue)) return null;
  if (
    cue !== 0 &&
    !(cue === 1 && PARTICIPLE_OPENERS.has(tokens[0].normal)) &&
    !openingPhraseBefore(tokens, cue) &&
    !openingInfinitive(s, cue)
  )
    return null;
  let comma = cue;
  while (comma < tokens.length - 1 && !breaksBetween(tokens, comma)) comma++;
  if (comma >= tokens.length - 1 || !tokens[comma].post.trim().startsWith(',')) return null;
  // "In rejecting a challenge to the ballot, which is scheduled for next week, the commission …": a relative clause
  // set off by commas after the opening phrase belongs to it.
  if (RELATIVE_PRONOUNS.has(tokens[comma + 1].normal)) {
    let next = comma + 1;
    while (next < tokens.length - 1 && next - comma <= MAIN_CLAUSE_REACH && !breaksBetween(tokens, next)) next++;
    if (next < tokens.length - 1 && tokens[next].post.trim().startsWith(',')) comma = next;
  }
  for (let k = comma + 2; k < Math.min(tokens.length, comma + 1 + MAIN_CLAUSE_REACH); k++) {
    if (breaksBetween(tokens, k - 1)) return null;
    if (!isFiniteVerb(tokens[k]) && !tokens[k].tags.has('Auxiliary') && !tokens[k].tags.has('Copula')) continue;
    const subject = subjectBefore(tokens, k, comma + 1);
    return subject && subject.first === comma + 1 ? subject : null;
  }
  return null;
}

/**
 * "To understand the link, the researchers studied …", "To publicly endorse a rival, a senator must …": an
 * infinitive of purpose opening the sentence (adverbs may stand between "to" and its verb).
 */
export function openingInfinitive(s: SentenceSyntax, verb: number): boolean {
  if (verb < 1 || s.tokens[0].normal !== 'to' || s.tokens[verb].tags.has('Gerund')) return false;
  for (let k = 0; k < verb; k++) if (s.breaks[k] || (k > 0 && s.classes[k] !== 'adverb')) return false;
  return true;
}

/**
 * "Clinton is more conservative, saying …", "His aide doubled down on attacks on her fitness to be president,
 * saying …": when the nearest verb has no subject (a copula, a mis-tagged noun, an infinitive's clause), the
 * participle speaks for the subject of the sentence's first verb, a subject that opens the sentence.
 */
function mainClauseSubject(tokens: Token[], participle: number): MentionRange | null {
  for (let k = 1; k < participle; k++) {
    const t = tokens[k];
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Infinitive') || t.tags.has('Particle')) continue;
    const subject = subjectBefore(tokens, k);
    return subject && subject.first === 0 ? subject : null;
  }
  return null;
}

/** Longest opening phrase before a gerund's preposition ("One month after", "In addition to"), in tokens. */
const MAX_OPENING_PHRASE = 4;

/**
 * "One month after announcing his support for Trump, Rubio …", "In addition to stating that …, Clinton …",
 * "Instead of calling himself conservative, Mr. Trump said": a short verbless phrase ending in a preposition
 * opens the sentence before the gerund.
 */
function openingPhraseBefore(tokens: Token[], gerund: number): boolean {
  if (gerund < 2 || gerund > MAX_OPENING_PHRASE) return false;
  const preposition = tokens[gerund - 1];
  if (!PARTICIPLE_OPENERS.has(preposition.normal) && preposition.normal !== 'to' && preposition.normal !== 'of')
    return false;
  for (let k = 0; k < gerund - 1; k++)
    if (breaksBetween(tokens, k) || (tokens[k].tags.has('Verb') && !tokens[k].tags.has('Noun'))) return false;
  return true;
}

/**
 * "Trump returned the compliment, telling Reuters, “…”" / "McCain said, citing …": a participle after a comma
 * speaks for the subject of the nearest verb before it (which may itself be inverted: "said McCain, citing"),
 * else for a subject that opens the sentence.
 */
export function participleSubject(s: SentenceSyntax, participle: number): MentionRange | null {
  const tokens = s.tokens;
  if (participle === 0 || !breaksBetween(tokens, participle - 1)) return null;
  const verb = nearestVerbBefore(tokens, participle);
  return (
    (verb < 0 ? null : (subjectBefore(tokens, verb) ?? invertedSubjectAfter(tokens, verb, verb))) ??
    mainClauseSubject(tokens, participle)
  );
}

/** How far back a participle looks for the verb whose subject it shares, in tokens. */
const PARTICIPLE_REACH = 15;

/** The nearest finite verb before tokens[at], within PARTICIPLE_REACH tokens, or -1. */
function nearestVerbBefore(tokens: Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - PARTICIPLE_REACH); k--) if (isFiniteVerb(tokens[k])) return k;
  return -1;
}

/**
 * "said Ann Moran of Cheyenne.", "said Sanders as he left.", "said a person close to the Clintons.": a phrase or
 * clause after an inverted subject, opened by a preposition (after at most one adjective) and ending its clause.
 */
function postModifierEndsClause(tokens: Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.tags.has('Adjective') && !breaksBetween(tokens, k)) k++;
  if (!tokens[k] || !POST_MODIFIER_WORDS.has(tokens[k].normal) || tokens[k].tags.has('Verb')) return false;
  for (; k < tokens.length; k++) {
    if (breaksBetween(tokens, k)) return true;
    // "said Trump of the plan that …": a content of its own is no modifier.
    if (tokens[k].normal === 'that') return false;
  }
  return true;
}

/**
 * Whether the verb group of tokens[verb] is an imperative: it opens the sentence in its base form with no
 * auxiliary ("Add the turkey and stir.", "Ask any voter about it."). An imperative has no subject: the phrase
 * after it is its object, never a speaker standing after its verb ("said the mayor", "Says Clinton …").
 */
export function opensImperative(s: SentenceSyntax, verb: number): boolean {
  const group = s.verbAt[verb];
  if (group < 0) return false;
  const { first, head, auxiliaries } = s.verbs[group];
  const word = s.tokens[head];
  return (
    first === 0 &&
    auxiliaries.length === 0 &&
    word.tags.has('Infinitive') &&
    !word.tags.has('PastTense') &&
    !/[“"‘]/.test(s.tokens[0].pre)
  );
}

/** "…,” said Jeffrey." / "said the official, who…": after a break, the phrase after the verb, ending its clause. */
export function invertedSubject(s: SentenceSyntax, verb: number, lastToken: number): MentionRange | null {
  if (afterDashedInsert(s, verb)) return null;
  const range = invertedSubjectAfter(s.tokens, verb, lastToken);
  if (!range || !afterVerblessPhrase(s, verb) || s.tokens[lastToken + 1]?.normal === 'by') return range;
  // "The paradox of the plan, says Ann Ruiz, a historian, is that …": a subject inverted within its content, whose
  // clause goes on with its verb, stands.
  let next = range.last + 1;
  const setOff = (k: number) => s.tokens[k].post.trim().endsWith(',');
  if (next < s.tokens.length && s.verbAt[next] < 0 && setOff(next - 1)) {
    // past an appositive set off by commas after the name
    let k = next;
    while (k < s.tokens.length - 1 && k - next < MAX_APPOSITIVE_WORDS && s.verbAt[k] < 0 && !setOff(k)) k++;
    if (s.verbAt[k] < 0 && setOff(k)) next = k + 1;
  }
  return next < s.tokens.length && s.verbAt[next] >= 0 ? range : null;
}

/**
 * "Officials in Dover, the town next to the port, announced tighter controls": a verb after a comma whose sentence so
 * far is a noun phrase with appositives, no verb and no quotation, is that phrase's verb, not a verb inverted
 * after its content ("The plan will fail, said Ann Ruiz", "“We are tired,” said Ann Ruiz").
 */
function afterVerblessPhrase(s: SentenceSyntax, verb: number): boolean {
  const tokens = s.tokens;
  if (verb < 1 || verb > MAX_DASHED_INSERT || !tokens[verb - 1].post.trim().endsWith(',')) return false;
  if (s.chunkAt[0] < 0) return false;
  for (let k = 0; k < verb; k++) {
    if (s.verbAt[k] >= 0 || /[“”"‘’'«»]/.test(tokens[k].pre + tokens[k].post)) return false;
  }
  return true;
}

/** Longest appositive after an inverted subject, in tokens. */
const MAX_APPOSITIVE_WORDS = 16;

/** Longest phrase set off by dashes before a verb, and longest subject before it, in tokens. */
const MAX_DASHED_INSERT = 40;

/** A dash between words, set off by spaces (or written as two hyphens). */
const SPACED_DASH = /^\s*[—–]\s*$|^\s+-{1,2}\s+$/;

/**
 * "The film — featuring interviews with …, among others — explains the history": a verb right after a phrase set
 * off by dashes, after a subject with no verb of its own, is the subject's verb, not a verb inverted after a break.
 */
function afterDashedInsert(s: SentenceSyntax, verb: number): boolean {
  const tokens = s.tokens;
  if (verb < 2 || !SPACED_DASH.test(tokens[verb - 1].post) || /[“"‘]/.test(tokens[0].pre)) return false;
  let open = verb - 2;
  while (open >= 0 && verb - open <= MAX_DASHED_INSERT && !SPACED_DASH.test(tokens[open].post)) open--;
  // Bounded both ways, so that many cues in one long sentence stay linear.
  if (open < 0 || open >= MAX_DASHED_INSERT || !SPACED_DASH.test(tokens[open].post) || s.chunkAt[open] < 0)
    return false;
  // The words before the opening dash are a phrase without a verb.
  for (let k = 0; k <= open; k++) if (s.verbAt[k] >= 0) return false;
  return true;
}

function invertedSubjectAfter(tokens: Token[], verb: number, lastToken: number): MentionRange | null {
  if (verb > 0 && !breaksBetween(tokens, verb - 1)) return null;
  const endsClause = (last: number) =>
    breaksBetween(tokens, last) ||
    RELATIVE_PRONOUNS.has(tokens[last + 1].normal) ||
    postModifierEndsClause(tokens, last + 1);
  let range = phraseAfter(tokens, lastToken + 1);
  // "said fishermen and farmers.", "said the mayor and her deputy.": a coordination that ends the clause
  // is one subject.
  if (range && !endsClause(range.last) && SUBJECT_COORDINATORS.has(tokens[range.last + 1].normal)) {
    const second = phraseAfter(tokens, range.last + 2);
    if (second && !breaksBetween(tokens, range.last + 1) && endsClause(second.last))
      range = { first: range.first, last: second.last };
  }
  // "noted, “Everyone is waiting …”": a phrase that opens a quotation is its content; "said on Sunday": a
  // circumstance (an agent after "by" stays: "…, opposed by Democrats, …").
  if (
    !range ||
    tokens[range.first].normal === 'that' ||
    /[“"‘]|''/.test(tokens[range.first].pre) ||
    (tokens[range.first].tags.has('Preposition') && tokens[range.first].normal !== 'by')
  )
    return null;
  // "…,” said the mayor's spokesman, Dana Fromm.": a role whose name follows it as an appositive is that person.
  const named = roleThenName(tokens, range, endsClause);
  if (named) return named;
  if (!endsClause(range.last)) return null;
  const writtenLast = isProperMention(tokens, range) ? trailingAppositiveEnd(tokens, range) : undefined;
  return writtenLast === undefined ? range : { ...range, writtenLast };
}

/**
 * "said the mayor's spokesman, Dana Fromm", "says Lopez's partner, Dana Fromm": a phrase headed by a lower-case
 * noun, then a comma and a proper name that ends the clause; the name is the subject, written from the role.
 */
function roleThenName(tokens: Token[], role: MentionRange, endsClause: (last: number) => boolean): MentionRange | null {
  const head = tokens[role.last];
  if (/^\p{Lu}/u.test(head.text) || !head.tags.has('Noun') || head.tags.has('Pronoun')) return null;
  if (!tokens[role.last].post.trim().startsWith(',') || role.last + 1 >= tokens.length) return null;
  const name = phraseAfter(tokens, role.last + 1);
  if (!name || isPronoun(tokens[name.first]) || !endsClause(name.last)) return null;
  for (let k = name.first; k <= name.last; k++) if (!/^\p{Lu}/u.test(tokens[k].text)) return null;
  if (!tokens.slice(name.first, name.last + 1).some((t) => t.tags.has('Person') || t.tags.has('ProperNoun')))
    return null;
  return { first: name.first, last: name.last, writtenFirst: role.first };
}

/**
 * "…, Spicer said, adding, “…”", "…, a city official said, adding that …": a participle right after a comma that
 * closes an attribution of subject and verb of saying (nothing after the verb) speaks for that subject; the index
 * of its subject chunk, or -1. `saying(i)` tells whether token i is a verb of saying.
 */
export function subjectOfClauseBefore(s: SentenceSyntax, participle: number, saying: (i: number) => boolean): number {
  const before = participle - 1;
  if (before < 1 || !s.breaks[before]) return -1;
  const clause = s.clauses[s.clauseAt[before]];
  if (!clause || clause.subject < 0 || clause.inverted || clause.verb < 0 || clause.last !== before) return -1;
  const verb = s.verbs[clause.verb];
  const subject = s.chunks[clause.subject];
  // "…, Hollande said Tuesday in Paris, noting …": only when or where it was said may follow the verb.
  return (verb.last === before || onlyCircumstanceBetween(s, verb.last + 1, before)) &&
    saying(verb.head) &&
    subject.first === clause.first &&
    subject.last < verb.first
    ? clause.subject
    : -1;
}

/** Whether every token from tokens[from] to tokens[to] (inclusive) lies in a circumstance of time or place. */
function onlyCircumstanceBetween(s: SentenceSyntax, from: number, to: number): boolean {
  let k = from;
  // Circumstances are in text order: start at the first one that does not end before tokens[from].
  let lo = 0;
  for (let hi = s.circumstances.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (s.circumstances[mid].last < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < s.circumstances.length; i++) {
    const c = s.circumstances[i];
    if (c.first > k || (c.kind !== 'time' && c.kind !== 'place')) return false;
    k = c.last + 1;
    if (k > to) return true;
  }
  return false;
}

/**
 * "…, when protesters interrupted her speech, shouting “…”", "… a scene in which children smash a toy, yelling
 * “…”": a participle right after a comma that closes an adverbial or relative clause with a subject and a finite
 * verb speaks for that clause's subject (the nearest doer), not for the main clause's; the index of that subject
 * chunk, or -1. A complement clause ("said the mayor must choose a side, saying …") is what was said: its subject
 * does not speak.
 */
export function subjectOfSubordinateBefore(s: SentenceSyntax, participle: number): number {
  const before = participle - 1;
  if (before < 1 || !s.breaks[before]) return -1;
  const clause = s.clauses[s.clauseAt[before]];
  if (!clause || clause.last !== before || clause.opener < 0) return -1;
  // "when"/"as"/"while" open a clause, never a phrase ("after the Orlando attacks"); "which"/"who" open a relative
  // clause with a doer ("in which he continued"), "that" may open a noun's complement ("an admission that …").
  const opener = s.tokens[clause.opener].normal;
  const opens =
    clause.kind === 'adverbial'
      ? WHEN_CLAUSE_OPENERS.has(opener)
      : clause.kind === 'relative' &&
        [clause.opener, clause.opener + 1].some((k) => DOER_RELATIVES.has(s.tokens[k]?.normal ?? ''));
  if (!opens || clause.subject < 0 || clause.inverted || clause.verb < 0 || !s.verbs[clause.verb].finite) return -1;
  return s.chunks[clause.subject].relative ? -1 : clause.subject;
}

/** Subordinators that always open a clause ("when protesters interrupted", "though he used stronger words"). */
const WHEN_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'as', 'while', 'though', 'although']);
/** Relative pronouns that open a clause with a subject of its own ("in which he continued", "which Trump called"). */
const DOER_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom']);

/**
 * Whether a belief verb's subject holds no belief of its own: a generic "you" ("you know"), or a negation or a
 * question word from the word before the subject to the cue, outside the subject ("didn't think", "what they
 * want", "if you believe").
 */
export function believesNothing(tokens: Token[], subject: MentionRange, cue: number): boolean {
  if (subject.first === subject.last && GENERIC_BELIEVERS.has(tokens[subject.first].normal)) return true;
  for (let i = Math.max(0, subject.first - 1); i < cue; i++) {
    if (i >= subject.first && i <= subject.last) continue;
    if (NOT_A_BELIEF.has(tokens[i].normal) || /n[’']t$/.test(tokens[i].text)) return true;
  }
  return false;
}

/**
 * "Do you support Donald Trump?", "What do you call a boy who …?": a question put to "you" asserts nothing;
 * the cue attributes no claim to its subject.
 */
export function isQuestionToYou(tokens: Token[], subject: MentionRange): boolean {
  return (
    subject.first === subject.last &&
    tokens[subject.first].normal === 'you' &&
    QUESTION_AUXILIARIES.has(tokens[subject.first - 1]?.normal ?? '')
  );
}

/**
 * "Dr. Ola Brandt gave an interview noting …", "the campaign sent out a press release saying …", "the agency
 * withdrew notices seeking …": a thing (a lowercase head after a determiner, or a plural that names no people;
 * a document too) that is the object of the clause's verb does not speak for the participle after it; a person or
 * a group may ("the swoon left Republicans wondering", "left residents wondering"), and so may a body of people
 * ("blamed a hacker group calling itself …").
 */
export function thingObject(s: SentenceSyntax, range: MentionRange, clause: number): boolean {
  const c = s.clauses[clause];
  const chunk = s.chunks[s.chunkAt[range.last]];
  if (!chunk || s.clauseAt[range.last] !== clause || chunk.first <= s.verbs[c.verb].last) return false;
  const head = s.tokens[chunk.head];
  return (
    (chunk.determiner >= 0 || (head.tags.has('Plural') && !isPeopleNoun(head))) &&
    /^\p{Ll}/u.test(head.text) &&
    !head.tags.has('Person') &&
    !ORGANIZATION_NOUNS.has(head.normal) &&
    !COLLECTIVE_NOUNS.has(head.normal)
  );
}

/**
 * "He defended [the mayor's plan], saying …", "Emanuel fired his police chief, [Garry McCarthy], acknowledging …": a
 * participle set off by a comma (with no subject of its own) after a phrase in the predicate of the clause it
 * belongs to speaks for that clause's subject, not for the phrase (the clause's object, or its appositive). Whether
 * `range` is such a phrase: it stands in the parent clause after the parent's verb, whose subject comes before it.
 */
export function objectBeforeComma(s: SentenceSyntax, range: MentionRange, participial: Clause): boolean {
  if (participial.kind !== 'participial' || participial.subject >= 0 || participial.verb < 0) return false;
  const first = s.verbs[participial.verb].first;
  if (first < 1 || !s.breaks[first - 1] || !/^[,—–]/.test(s.tokens[first - 1].post.trim())) return false;
  const parent = s.clauses[participial.parent];
  if (!parent || parent.verb < 0 || parent.subject < 0 || parent.inverted) return false;
  const verb = s.verbs[parent.verb];
  return (
    s.clauseAt[range.last] === participial.parent &&
    s.chunks[parent.subject].last < verb.first &&
    (range.writtenFirst ?? range.first) > verb.last
  );
}

/**
 * "The senator vowed to cut [taxes], declined to name a date", "The department obfuscated [facts], admitted it
 * withheld emails": when the subject the syntax gave a clause stands right before its verb with only a comma
 * between (no appositive, no relative clause sets it off), it is the object that ends an earlier predicate of a
 * series, and the verb shares the subject of the nearest clause above whose finite verb is in the same tense: that
 * subject chunk, or -1.
 */
export function seriesSubject(s: SentenceSyntax, clause: number): number {
  const c = s.clauses[clause];
  if (c.subject < 0 || c.verb < 0 || c.inverted) return -1;
  const subject = s.chunks[c.subject];
  const commaOnly =
    subject.appositive < 0 &&
    subject.writtenLast + 1 === s.verbs[c.verb].first &&
    s.tokens[subject.writtenLast].post.trim() === ',';
  const tense = verbTense(s, c.verb);
  if (!commaOnly || tense === '') return -1;
  for (let k = c.parent, up = 0; k >= 0 && up < MAX_CLAUSE_DEPTH; k = s.clauses[k].parent, up++) {
    const above = s.clauses[k];
    if (above.verb < 0 || !s.verbs[above.verb].finite) continue;
    return verbTense(s, above.verb) === tense && above.subject >= 0 && !above.inverted ? above.subject : -1;
  }
  return -1;
}

/** The tense a verb group shows on its head: "past", "present", or "" (a base form after a modal, "-ing"). */
export function verbTense(s: SentenceSyntax, group: number): string {
  const head = s.tokens[s.verbs[group].head];
  if (head.tags.has('PastTense')) return 'past';
  if (head.tags.has('PresentTense') && !head.tags.has('Gerund') && !head.tags.has('Infinitive')) return 'present';
  return '';
}

/**
 * "As reported by the Gazette, …": "as" before a participle of reporting opens a source's frame for the clause
 * after it. Only "reported": "As predicted by most critics" and "as expected by analysts" voice a forecast, which
 * the Gender Gap Tracker does not annotate (taking "as" before any participle added one false claim on ggt-dev).
 */
const asReported = (tokens: Token[], as: number, cue: number): boolean =>
  tokens[as].normal === 'as' && tokens[cue].normal === 'reported';

/** How many adverbs may stand between a form of "be" and a passive cue ("was first reported by"). */
const MAX_ADVERBS_IN_PASSIVE = 2;

/**
 * "O'Malley's move was first reported by MSNBC.", "The plan was criticized by the mayor.": a passive cue verb with
 * its agent after "by": the agent spoke, and what it spoke of is the clause's subject, from its first word up to
 * the verb group. The agent's range and the subject's tokens, or null (no form of "be" before the participle, no
 * phrase right after "by", a relative pronoun or no subject of the cue's own clause).
 */
export function passiveClauseFrame(
  s: SentenceSyntax,
  cue: number,
): { agent: MentionRange; subject: { first: number; last: number } } | null {
  const tokens = s.tokens;
  const agent = agentAfterBy(s, cue);
  if (agent < 0) return null;
  // Adverbs may stand between ("was first reported", which the layer may read as a phrase "first").
  let be = cue - 1;
  while (
    be >= 0 &&
    cue - be <= MAX_ADVERBS_IN_PASSIVE &&
    (s.classes[be] === 'adverb' || tokens[be].tags.has('Adverb') || tokens[be].normal === 'first') &&
    !breaksBetween(tokens, be)
  )
    be--;
  if (be < 1 || !BE_FORMS.has(tokens[be].normal) || breaksBetween(tokens, be)) return null;
  // The subject of the clause the form of "be" stands in, up to the verb group ("had been previously reported").
  let first = be;
  while (
    first > 0 &&
    (s.classes[first - 1] === 'auxiliary' || s.classes[first - 1] === 'adverb') &&
    !breaksBetween(tokens, first - 1)
  )
    first--;
  const clause = s.clauses[s.clauseAt[first]];
  if (clause.subject < 0 || clause.inverted) return null;
  const subject = s.chunks[clause.subject];
  if (subject.relative || subject.first >= first) return null;
  return {
    agent: { first: s.chunks[agent].first, last: s.chunks[agent].last },
    subject: { first: subject.first, last: first - 1 },
  };
}

/**
 * A past participle right after which "by" and a phrase follow, with no break ("reported by MSNBC", "asked by the
 * host"): the index of the phrase's chunk (the agent), or -1.
 */
function agentAfterBy(s: SentenceSyntax, cue: number): number {
  const tokens = s.tokens;
  const by = cue + 1;
  if (by + 1 >= tokens.length || !tokens[cue].tags.has('PastTense') || tokens[by].normal !== 'by') return -1;
  if (breaksBetween(tokens, cue) || breaksBetween(tokens, by)) return -1;
  const chunk = s.chunkAt[by + 1];
  return chunk >= 0 && s.chunks[chunk].first === by + 1 ? chunk : -1;
}

/**
 * "Asked by a reporter whether …", "When asked by the host about …": a past participle of a speech verb followed by
 * "by" and a phrase is passive; the phrase after "by" (the agent) is the one who spoke. The phrase, or null.
 */
export function passiveAgent(s: SentenceSyntax, cue: number): MentionRange | null {
  const tokens = s.tokens;
  const chunk = agentAfterBy(s, cue);
  if (chunk < 0) return null;
  // Only a participle opening the sentence, alone or after "when"/"after" …: not a reduced relative ("the
  // government, supported by the Greens, …").
  const group = s.verbAt[cue];
  const first = group >= 0 ? s.verbs[group].first : cue;
  const opens =
    first === 0 ||
    ((PARTICIPLE_OPENERS.has(tokens[first - 1].normal) || asReported(tokens, first - 1, cue)) &&
      !breaksBetween(tokens, first - 1) &&
      first === 1);
  if (!opens) return null;
  const range: MentionRange = { first: s.chunks[chunk].first, last: s.chunks[chunk].last };
  return range;
}
