/**
 * Who speaks for a cue: the source mention. The subject before the cue, the phrase after an inverted verb of
 * saying or "according to", the subject shared by a coordinated verb or a participle, and the rules that say a
 * belief cue attributes nothing ("you know", "didn't think"). Each is a small named rule.
 */
import type { Cue } from '../detect/cues.js';
import { isProperMention, type MentionRange } from '../syntax/phrases.js';
import type { Token } from '../segment/sentences.js';
import {
  accordingToObject,
  quotedTitleHead,
  believesNothing,
  seriesSubject,
  coordinatedVerbSubject,
  documentParticipleSubject,
  infinitiveChainSubject,
  invertedSubject,
  isParticiple,
  isQuestionToYou,
  objectBeforeComma,
  opensImperative,
  openingParticipleSubject,
  participleSubject,
  passiveAgent,
  passiveClauseFrame,
  prepositionalGerundSubject,
  subjectBeforeCue,
  subjectOfClauseBefore,
  subjectOfSubordinateBefore,
  thingObject,
  withAbsoluteSubject,
} from '../syntax/mention-frames.js';
import { ARTICLES, QUANTIFIER_SUBJECTS, REFLEXIVE_PRONOUNS, SUBJECT_RELATIVES } from '../lexicon/function-words.js';
import { MEDIA_NOUNS } from '../lexicon/source-words.js';
import { ADDRESSEE_VERBS } from '../lexicon/cue-verbs.js';
import {
  EXPLETIVE_SUBJECTS,
  MANNER_OF_SPEAKING_VERBS,
  OBJECT_CONTROL_FORMS,
  OCCASION_NOUNS,
} from '../lexicon/frame-words.js';
import type { MentionSpan } from './attributions.js';
import type { Clause, SentenceSyntax } from '../syntax/types.js';
import { MAX_CLAUSE_DEPTH } from '../syntax/analyse.js';
import { setOffMidSentence, thatClauseWithin } from '../syntax/content-bounds.js';

/** A mention range as offsets plus its tokens; its antecedent and the extent written in the text go along. */
export function toSpan(tokens: Token[], range: MentionRange): MentionSpan {
  const span: MentionSpan = {
    start: tokens[range.first].start,
    end: tokens[range.last].end,
    tokens: tokens.slice(range.first, range.last + 1),
  };
  if (range.antecedent)
    span.antecedent = toSpan(tokens, { first: range.antecedent.first, last: range.antecedent.last });
  if (range.through !== undefined)
    span.writtenEnd = tokens[range.through].end + tokens[range.through].post.trimEnd().length;
  if (range.writtenLast !== undefined) span.writtenEnd = tokens[range.writtenLast].end;
  if (range.writtenFirst !== undefined) span.writtenStart = tokens[range.writtenFirst].start;
  return span;
}

/** The source of a cue: subject before it, or (for verbs of saying and "according to") the phrase after. */
/** A source mention found for a cue, with the unique name of the sieve that found it. */
export interface FoundMention {
  range: MentionRange;
  by: string;
  /** The cue is a participle that speaks for another clause's subject: its attribution starts at the cue. */
  participle?: boolean;
  /** A passive cue with its agent ("The move was first reported by MSNBC"): what was reported is the subject. */
  passiveSubject?: { first: number; last: number };
  /** How the scanners reached the mention, when later sieves must know: the agent of a passive, or the shared
   * subject of a coordinated verb ("… and said"). */
  reach?: 'passive-agent' | 'coordinated';
}

/**
 * The source of a cue: what the token scanners find, unless the syntax layer says it cannot be the cue's
 * subject, in which case the subject of the cue's clause (sieve `clause-subject`) or, for a participle, of the
 * clause it belongs to (sieve `participle-clause-subject`).
 */
export function findMention(cue: Cue, syntax: SentenceSyntax, saying: (i: number) => boolean): FoundMention | null {
  const mention = sourceMention(cue, syntax, saying);
  const range = mention?.range;
  const word = range && range.first === range.last ? syntax.tokens[range.first].normal : '';
  // "The police service itself refused …" (read as "[The police] (service) [itself] refused"): a reflexive pronoun
  // alone is no subject, so no source either.
  if (REFLEXIVE_PRONOUNS.has(word)) return null;
  if (!mention || !range || !ARTICLES.has(word)) return mention;
  // "The “Say No” campaign said …": an article before a quoted title is the phrase that ends with the noun after it.
  const titled = quotedTitleHead(syntax, range.first);
  if (titled && titled.last < cue.token) return { ...mention, range: titled };
  // "The politically charged term …": an article alone names no one; the cue word modifies the noun after it.
  return null;
}

/** The mention `findMention` gives, before an article standing alone is turned away. */
function sourceMention(cue: Cue, syntax: SentenceSyntax, saying: (i: number) => boolean): FoundMention | null {
  const found = scannedMention(cue, syntax);
  // The agent of a passive is no clause subject, and the sentence's subject did not speak.
  if (found?.reach === 'passive-agent') return found;
  if (found?.reach === 'coordinated') {
    // "Annette Guessford, who answered her door and said …": a verb coordinated inside a relative clause shares
    // its relative pronoun, which stands for the antecedent.
    const relative = coordinatedRelativeSubject(cue, syntax);
    if (relative) return { range: relative, by: 'coordinated-relative-subject' };
    // The scanners' phrase stands unless it lies apart from the subject the layer gives (it writes names
    // better: "the Roman Catholic Diocese of Covington") and in another clause (the layer may take a time for a
    // subject: "Thirteen years later, Easley continues … and feels").
    const shared = coordinatedClauseSubject(cue, syntax);
    const chunk = shared >= 0 ? syntax.chunks[shared] : null;
    const first = found.range.writtenFirst ?? found.range.first;
    if (
      chunk &&
      (found.range.last < chunk.first || first > chunk.writtenLast) &&
      syntax.clauseAt[found.range.last] !== syntax.clauseAt[chunk.first]
    )
      return { range: chunkRange(syntax, shared), by: 'coordinated-clause-subject' };
  }
  const clause = syntaxSubject(cue, syntax, found?.range ?? null, saying);
  return clause ?? found;
}

/**
 * "The crowd cheered when the mayor spotted a sign and asked …", "As the race turned south, the senator decried
 * the issue and highlighted …": a verb coordinated with no subject of its own shares the subject of the clause it
 * is coordinated with, as the syntax layer reads it (not the sentence's first subject); the subject chunk, or -1
 * when the layer gives none (or a relative pronoun, which the token scanners resolve).
 */
function coordinatedClauseSubject(cue: Cue, syntax: SentenceSyntax): number {
  if (cue.kind !== 'verb') return -1;
  const clause = cueClause(cue, syntax);
  if (clause < 0) return -1;
  let c = syntax.clauses[clause];
  if (c.kind !== 'coordinated' || c.subject >= 0) return -1;
  for (let up = 0; c.kind === 'coordinated' && c.subject < 0 && c.parent >= 0 && up < MAX_CLAUSE_DEPTH; up++)
    c = syntax.clauses[c.parent];
  // Only a main clause or an adverbial one ("when …", "as …"): the layer may attach "and said" inside a complement
  // clause that ends earlier ("rejected the idea that the changes amounted to a shake-up and said …").
  if (c.kind !== 'main' && c.kind !== 'adverbial') return -1;
  if (c.subject < 0 || c.inverted || c.verb < 0 || syntax.chunks[c.subject].relative) return -1;
  return c.subject;
}

/**
 * "The mayor used her speech to call for a ferry", "Lee will come on the show to talk about trade": an infinitive of
 * purpose with no subject of its own speaks for the subject of the clause it belongs to — unless that clause's verb
 * hands the infinitive to its object ("urged voters to back", "allowed users to tell"). The subject chunk, or -1.
 */
function purposeSubject(syntax: SentenceSyntax, clause: number, cue: Cue): number {
  const c = syntax.clauses[clause];
  if (c.kind !== 'infinitival' || c.subject >= 0 || c.parent < 0) return -1;
  const parent = syntax.clauses[c.parent];
  if (parent.subject < 0 || parent.inverted || parent.verb < 0 || syntax.chunks[parent.subject].relative) return -1;
  if (parent.kind !== 'main' && parent.kind !== 'coordinated' && parent.kind !== 'adverbial') return -1;
  // "Her refusal to endorse him was …", "The first member to endorse him was …": an infinitive before the verb
  // completes a noun; "It is hard to say", "There is no way to know": an expletive subject speaks for no one.
  const verb = syntax.verbs[parent.verb];
  if (c.first <= verb.last || c.opener < 1) return -1;
  // "have 60 days to respond", "a chance to explain", "the first to speak": the infinitive completes a noun.
  if (OCCASION_NOUNS.has(syntax.tokens[c.opener - 1].normal)) return -1;
  // "did not respond to calls on the question": a word after "to" that is not the cue's base form is no infinitive.
  if (cue.token === c.opener + 1 && syntax.tokens[cue.token].normal !== cue.base) return -1;
  const subject = syntax.chunks[parent.subject];
  if (subject.first === subject.last && EXPLETIVE_SUBJECTS.has(syntax.tokens[subject.head].normal)) return -1;
  return OBJECT_CONTROL_FORMS.has(syntax.tokens[verb.head].normal) ? -1 : parent.subject;
}

/**
 * "the community, which largely supports reform and ranks it …", "Ben Terris, who saw the incident and described
 * it": a verb coordinated with no subject of its own whose clause, as the syntax layer reads it, is a relative
 * clause with its pronoun for a subject; the pronoun as a mention with its antecedent, or null.
 */
function coordinatedRelativeSubject(cue: Cue, syntax: SentenceSyntax): MentionRange | null {
  const clause = cueClause(cue, syntax);
  if (clause < 0) return null;
  let c = syntax.clauses[clause];
  if (c.kind !== 'coordinated' || c.subject >= 0) return null;
  for (let up = 0; c.kind === 'coordinated' && c.subject < 0 && c.parent >= 0 && up < MAX_CLAUSE_DEPTH; up++)
    c = syntax.clauses[c.parent];
  if (c.kind !== 'relative' || c.subject < 0 || c.antecedent < 0 || c.inverted) return null;
  const pronoun = syntax.chunks[c.subject];
  if (!pronoun.relative || pronoun.first !== c.opener) return null;
  const antecedent = syntax.chunks[c.antecedent];
  return { first: pronoun.first, last: pronoun.last, antecedent: { first: antecedent.first, last: antecedent.last } };
}

/** A chunk of the syntax layer as a mention range, with its appositive or parenthesis as written. */
function chunkRange(syntax: SentenceSyntax, index: number): MentionRange {
  const chunk = syntax.chunks[index];
  const range: MentionRange = { first: chunk.first, last: chunk.last };
  if (chunk.writtenLast > chunk.last) range.through = chunk.writtenLast;
  return range;
}

/** The clause whose verb group holds the cue's verb, or -1. */
function cueClause(cue: Cue, syntax: SentenceSyntax): number {
  const group = syntax.verbAt[cue.token] >= 0 ? syntax.verbAt[cue.token] : syntax.verbAt[cue.lastToken];
  if (group === undefined || group < 0) return -1;
  const clause = syntax.clauseAt[syntax.verbs[group].head];
  return syntax.clauses[clause]?.verb === group ? clause : -1;
}

/**
 * Whether a phrase the token scanners found cannot be the subject of the cue's clause by the sentence's syntax:
 * it is the object of a preposition ("Dana Wells with [the Port Authority] says") or it stands in a clause
 * inside the cue's clause that does not hold the cue ("Farmers who have worked for [decades] know", "an
 * engineer hired by [the city] warned").
 */
function impossibleSubject(syntax: SentenceSyntax, range: MentionRange, clause: number): boolean {
  const chunk = syntax.chunkAt[range.last];
  if (chunk < 0) return false;
  // Only a phrase that lies wholly inside the object: "most of them", "Six in 10" and "Supporters of [the mayor]"
  // (written from "Supporters") are the scanners' own constructions.
  const preposition = syntax.chunks[chunk].preposition;
  if (preposition >= 0 && range.first > preposition && range.writtenFirst === undefined) return true;
  // "… in Aurora, Colorado, in July 2012, said": a place or a time is no speaker.
  if (inPlaceOrTime(syntax, range)) return true;
  const home = syntax.clauseAt[range.last];
  if (home === clause) return false;
  // The chunk belongs to a clause inside the cue's clause that does not hold the cue (a relative clause, a participle).
  let k = home;
  while (k >= 0 && k !== clause) k = syntax.clauses[k].parent;
  return k === clause;
}

/** Whether a phrase lies inside a circumstance that is no source ("in Aurora, Colorado", "in July 2012"). */
const inPlaceOrTime = (syntax: SentenceSyntax, range: MentionRange): boolean =>
  syntax.circumstances.some((c) => c.kind !== 'source' && c.first <= range.first && range.last <= c.last);

/**
 * Whether a phrase the scanners wrote from inside a prepositional object ("Professor Dana Holt at [the University of
 * Leeds] says": they join "of" phrases) lies in that object, so it cannot be a finite verb's subject (a participle
 * may still have it: "the largesse of donors backing her").
 */
function writtenInsideObject(syntax: SentenceSyntax, range: MentionRange): boolean {
  if (range.writtenFirst === undefined) return false;
  const chunk = syntax.chunkAt[range.writtenFirst];
  const preposition = chunk >= 0 ? syntax.chunks[chunk].preposition : -1;
  return preposition >= 0 && range.writtenFirst > preposition;
}

/**
 * The syntax layer's subject of the cue's clause (or, for a participle without a subject of its own, of the
 * clause it belongs to), when the token scanners found a phrase that cannot be that subject.
 */
function syntaxSubject(
  cue: Cue,
  syntax: SentenceSyntax,
  scanned: MentionRange | null,
  saying: (i: number) => boolean,
): FoundMention | null {
  if (cue.kind !== 'verb') return null;
  const clause = cueClause(cue, syntax);
  if (clause < 0) return null;
  const c = syntax.clauses[clause];
  // "“We want change,” said another.": an inverted subject the scanners do not take for a noun phrase.
  if (!scanned) {
    // "Add all ingredients except …": an imperative's object is no inverted subject.
    if (c.inverted && c.subject >= 0 && cue.cueClass === 'speech' && !opensImperative(syntax, cue.token))
      return { range: chunkRange(syntax, c.subject), by: 'inverted-clause-subject' };
    // "nurses were angry, saying …": a participle after a comma speaks for the subject of its clause's parent — for
    // a parent coordinated with no subject of its own ("set out to inspire and energize the party, hoping …"), the
    // subject that clause shares.
    const parent = c.kind === 'participial' ? subjectSharingClause(syntax, c.parent) : syntax.clauses[c.parent];
    const attributionBefore = c.kind === 'participial' ? subjectOfClauseBefore(syntax, cue.token, saying) : -1;
    if (attributionBefore >= 0)
      return { range: chunkRange(syntax, attributionBefore), by: 'participle-after-attribution', participle: true };
    if (
      c.kind === 'participial' &&
      c.subject < 0 &&
      parent &&
      parent.subject >= 0 &&
      !parent.inverted &&
      // The participle's group may open with an auxiliary: "The mayor, having said that …".
      syntax.verbs[c.verb].first > 0 &&
      syntax.breaks[syntax.verbs[c.verb].first - 1]
    )
      return { range: chunkRange(syntax, parent.subject), by: 'participle-clause-subject', participle: true };
    // "Trump joked about stereotypes, declined to affirm …, and told …": a predicate listed after a comma, with no
    // subject nor coordinator of its own, shares the subject of the clause it goes on (sieve `listed-predicate-subject`).
    if (
      c.kind === 'coordinated' &&
      c.subject < 0 &&
      c.opener < 0 &&
      c.verb >= 0 &&
      syntax.verbs[c.verb].first === c.first &&
      c.first > 0 &&
      syntax.tokens[c.first - 1].post.trim() === ','
    ) {
      const shared = coordinatedClauseSubject(cue, syntax);
      if (shared >= 0) return { range: chunkRange(syntax, shared), by: 'listed-predicate-subject' };
    }
    // "Three newspapers in Ohio, including the Herald, said …": a subject the scanners lose behind an inserted phrase.
    if (
      c.subject >= 0 &&
      !c.inverted &&
      !syntax.chunks[c.subject].relative &&
      c.kind !== 'participial' &&
      (cue.cueClass === 'speech' ||
        // "But few believe …": a quantifier standing alone for people holds beliefs too.
        (cue.cueClass === 'belief' && quantifierAlone(syntax, c.subject)) ||
        // "court records show …": published material shows what it holds.
        (cue.cueClass === 'evidence' &&
          (MEDIA_NOUNS.has(syntax.tokens[syntax.chunks[c.subject].head].normal) ||
            // "Two analysts, Ann Lee and Ben Ruiz, found in 2014 that …": a finding reported in a "that" clause.
            thatClauseWithin(syntax, cue.lastToken + 1))))
    ) {
      // "The senator vowed to cut taxes, declined to name a date": a predicate of a series shares its subject.
      const series = seriesSubject(syntax, clause);
      if (series >= 0) return { range: chunkRange(syntax, series), by: 'series-predicate-subject' };
      return { range: chunkRange(syntax, c.subject), by: 'unscanned-clause-subject' };
    }
    const purpose =
      cue.cueClass === 'speech' && !MANNER_OF_SPEAKING_VERBS.has(cue.base) ? purposeSubject(syntax, clause, cue) : -1;
    if (purpose >= 0) return { range: chunkRange(syntax, purpose), by: 'purpose-infinitive-subject' };
    return null;
  }
  if (c.kind === 'participial' && c.subject < 0) {
    // "…, Spicer said, adding …": the attribution right before the participle speaks; the scanners may have found it.
    const attributionBefore = subjectOfClauseBefore(syntax, cue.token, saying);
    if (attributionBefore >= 0)
      return scanned.first === syntax.chunks[attributionBefore].first
        ? null
        : { range: chunkRange(syntax, attributionBefore), by: 'participle-after-attribution', participle: true };
    // "…, when protesters interrupted her speech, shouting …": the subject of the clause the participle follows.
    const subordinate = subjectOfSubordinateBefore(syntax, syntax.verbs[c.verb].first);
    if (subordinate >= 0)
      return syntax.chunkAt[scanned.last] === subordinate
        ? null
        : { range: chunkRange(syntax, subordinate), by: 'subordinate-clause-subject', participle: true };
    const parent = syntax.clauses[c.parent];
    if (!parent || parent.subject < 0 || parent.verb < 0) return null;
    // "handwritten ledgers showing …": a thing shows what it holds.
    const thing = cue.cueClass !== 'evidence' && thingObject(syntax, scanned, c.parent);
    if (!impossibleSubject(syntax, scanned, c.parent) && !thing && !objectBeforeComma(syntax, scanned, c)) return null;
    // "footage of Hillary Clinton asking": a name right before the participle is its subject.
    // "Despite polls showing her behind, the mayor …", "In a statement defending the aide, the campaign …": so is a
    // phrase right before it in an opening phrase, before the subject (a reduced relative: the polls show).
    // A comma sets off a place before the participle: "was in Bangor, Maine, promising …".
    if (
      scanned.last + 1 === cue.token &&
      !syntax.breaks[scanned.last] &&
      (isProperMention(syntax.tokens, scanned) || syntax.chunks[parent.subject].first > cue.token)
    )
      return null;
    return { range: chunkRange(syntax, parent.subject), by: 'participle-clause-subject', participle: true };
  }
  // "Tom Reed, owner of a company based in Antigonish, N.S., says": a place is no speaker; a verb the layer took
  // for a coordinated one shares the subject of the clause above.
  if (c.subject < 0 && inPlaceOrTime(syntax, scanned)) {
    const shared = coordinatedClauseSubject(cue, syntax);
    return shared >= 0 ? { range: chunkRange(syntax, shared), by: 'clause-subject' } : null;
  }
  if (c.subject < 0 || c.inverted || syntax.chunks[c.subject].relative) return null;
  // "The plan to raise taxes on gains, he added, is a mistake.": an attribution set off by commas inside the sentence
  // is subject and cue of its own, whatever clause the layer hung the subject on.
  const verbFirst = syntax.verbs[c.verb].first;
  if (
    scanned.first > 0 &&
    syntax.tokens[scanned.first - 1].post.trim() === ',' &&
    scanned.last + 1 === verbFirst &&
    cue.lastToken + 1 < syntax.tokens.length &&
    syntax.tokens[cue.lastToken].post.trim() === ','
  )
    return null;
  // "Tom Hale, Riverside MP, said": the scanners stop at the appositive; the name it renames is the subject.
  // "The mayor's aide, Dana Fritz, said": a subject with a possessive is no name; the name is its appositive.
  const subjectChunk = syntax.chunks[c.subject];
  const own = syntax.chunkAt[scanned.first];
  if (
    own >= 0 &&
    syntax.chunks[own].appositiveOf === c.subject &&
    subjectChunk.possessive < 0 &&
    scanned.last <= subjectChunk.writtenLast &&
    isProperMention(syntax.tokens, { first: subjectChunk.first, last: subjectChunk.last })
  )
    return { range: chunkRange(syntax, c.subject), by: 'appositive-subject' };
  if (!impossibleSubject(syntax, scanned, clause) && !writtenInsideObject(syntax, scanned)) return null;
  // "Any attempt to fix the plan, he said, will fail": a subject set off with its cue between commas is the
  // scanners', whatever subject the layer gave the sentence's verb.
  if (setOffMidSentence(syntax, scanned.first, scanned.last, cue.lastToken)) return null;
  // "A statement from the EU said", "…, a study by the committee found": the mention is the whole phrase, from the
  // document to its author in the prepositional phrase after it (the resolver credits the author).
  const subject = syntax.chunks[c.subject];
  const author = syntax.chunkAt[scanned.last];
  if (MEDIA_NOUNS.has(syntax.tokens[subject.head].normal) && syntax.chunks[author]?.preposition === subject.last + 1)
    return { range: { first: subject.first, last: scanned.last }, by: 'document-author' };
  // "At the convention Sen. Ann Ruiz (D-Mass.) said": a party and state in brackets after a name are no subject;
  // the scanners' name before them is.
  if (
    syntax.tokens[subject.first].pre.includes('(') &&
    syntax.tokens[subject.last].post.includes(')') &&
    scanned.last + 1 === subject.first
  )
    return null;
  return { range: chunkRange(syntax, c.subject), by: 'clause-subject' };
}

/**
 * The source of a cue as the frames of `src/syntax/mention-frames.ts` find it, in order (the name of each sieve
 * goes into `by`); the syntax layer's clause subjects override them where they contradict it, in `findMention`.
 */
function scannedMention(cue: Cue, syntax: SentenceSyntax): FoundMention | null {
  if (cue.kind === 'according-to') {
    const range = accordingToObject(syntax, cue.lastToken + 1);
    // "in the latest CBC poll" (sieve `survey-circumstance`) is read like "according to".
    return range ? { range, by: cue.base === 'in' ? 'survey-circumstance' : 'according-to' } : null;
  }
  // "John McCain: …": the name before the colon.
  if (cue.kind === 'colon') return { range: { first: 0, last: cue.lastToken }, by: 'colon' };
  // "Asked by a reporter whether …": the agent after "by" asked.
  const agent = cue.cueClass === 'speech' ? passiveAgent(syntax, cue.token) : null;
  if (agent) return { range: agent, by: 'passive-agent', reach: 'passive-agent' };
  // "The move was first reported by MSNBC": the agent reported the subject.
  const passive = passiveClauseFrame(syntax, cue.token);
  if (passive)
    return {
      range: passive.agent,
      by: 'passive-clause-agent',
      reach: 'passive-agent',
      passiveSubject: passive.subject,
    };
  const opening = openingParticipleSubject(syntax, cue.token);
  if (opening) return { range: opening, by: 'opening-participle-subject', participle: true };
  const subject =
    subjectBeforeCue(syntax, cue) ?? (cue.cueClass === 'speech' ? infinitiveChainSubject(syntax, cue.token) : null);
  if (subject) {
    const clauseSubject = documentParticipleSubject(syntax, cue.token, subject);
    if (clauseSubject) return { range: clauseSubject, by: 'document-participle-subject', participle: true };
    return { range: subject, by: subject.antecedent ? 'relative-subject' : 'subject' };
  }
  const coordinated = coordinatedVerbSubject(syntax, cue.token);
  if (coordinated) return { range: coordinated, by: 'coordinated-subject', reach: 'coordinated' };
  if (isParticiple(syntax.tokens[cue.token])) {
    const prepositional = prepositionalGerundSubject(syntax, cue.token);
    if (prepositional) return { range: prepositional, by: 'prepositional-gerund-subject', participle: true };
    const absolute = withAbsoluteSubject(syntax, cue.token);
    if (absolute) return { range: absolute, by: 'with-absolute-subject' };
    const clauseSubject = participleSubject(syntax, cue.token);
    return clauseSubject ? { range: clauseSubject, by: 'participle-subject', participle: true } : null;
  }
  // "…,” said Jeffrey": only verbs of saying invert, and only after a break.
  if (cue.cueClass === 'speech') {
    const range = invertedSubject(syntax, cue.token, cue.lastToken);
    // "…, told reporters that he …": the phrase after a verb that takes an addressee, then "that", is the addressee.
    const addressee = range && ADDRESSEE_VERBS.has(cue.base) && syntax.tokens[range.last + 1]?.normal === 'that';
    if (range && !addressee) return { range, by: 'inverted-subject' };
  }
  return null;
}

export { isParticiple };

/** Whether a belief cue with this subject attributes anything (speech cues always do). */
export function believes(cue: Cue, tokens: Token[], subject: MentionRange): boolean {
  return cue.cueClass !== 'belief' || !believesNothing(tokens, subject, cue.token);
}

export { isQuestionToYou };

/** A mention that is a relative pronoun ("who", "which") whether or not its antecedent was found. */
export const isRelativePronoun = (mention: MentionSpan): boolean =>
  mention.tokens.length === 1 && SUBJECT_RELATIVES.has(mention.tokens[0].normal);

/** A subject phrase that is one quantifier standing for people ("few", "many", "others"). */
function quantifierAlone(syntax: SentenceSyntax, chunk: number): boolean {
  const { first, last } = syntax.chunks[chunk];
  return first === last && QUANTIFIER_SUBJECTS.has(syntax.tokens[first].normal);
}

/**
 * The clause at `index`, or, when it is coordinated with no subject of its own, the clause above it whose subject it
 * shares (undefined for -1).
 */
function subjectSharingClause(syntax: SentenceSyntax, index: number): Clause | undefined {
  const own = syntax.clauses[index];
  let c = own;
  for (let up = 0; c && c.kind === 'coordinated' && c.subject < 0 && c.parent >= 0 && up < MAX_CLAUSE_DEPTH; up++)
    c = syntax.clauses[c.parent];
  // A shared subject is a noun or a pronoun ("the large “waves” … push warm air north, explaining …" has none).
  if (c !== own && c && c.subject >= 0) {
    const head = syntax.classes[syntax.chunks[c.subject].head];
    if (head !== 'noun' && head !== 'pronoun') return own;
  }
  return c;
}
