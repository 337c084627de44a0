/**
 * What an attribution says when no quote stands next to it: the reported content of a cue, the clause after
 * it ("said that …") or before it ("…, sources said"), cut where a circumstance, an introductory clause, a
 * relative clause or a second attribution begins. Each boundary is a small named rule.
 */
import type { Cue } from '../detect/cues.js';
import type { Sentence } from '../segment/sentences.js';
import type { SentenceSyntax } from '../syntax/types.js';
import {
  adverbialClauseEnd,
  afterAddressee,
  afterInterruptingAdverb,
  afterInterruptingPhrase,
  afterNextBreak,
  afterPrepositionalPhrases,
  asksAnonymity,
  asBefore,
  modifiersToBreak,
  circumstanceOnlyTo,
  absolutePhraseEnd,
  clauseEnd,
  commaBefore,
  commaSubjectAttributionStart,
  secondSourceStart,
  relativeSourceStart,
  concessiveClauseEnd,
  complementStart,
  coordinatedAt,
  coordinatedPredicateEnd,
  coordinatedSubjectStart,
  endWithClosingMarks,
  finiteVerbAt,
  noVerbBetween,
  inIntroductoryClause,
  mainClauseEnd,
  nameEndsClause,
  pronounEndsClause,
  answerEndsClause,
  openingParticipleEnd,
  MAX_CONTENT_LENGTH,
  onlyAddressee,
  opensAgentPhrase,
  onlyCircumstance,
  opensParticipleClause,
  onlyGoesOn,
  opensPersonRelative,
  opensSentenceAt,
  opensCoordinatedClauseAt,
  opensWithAs,
  opensWhenSaidClause,
  punctuationAfter,
  relativeClauseEnd,
  semicolonEnd,
  setOffBefore,
  setOffSubjectStart,
  tokenEndingAt,
  trailingAccordingToStart,
  trailingAttributionStart,
  trailingCircumstance,
} from '../syntax/content-bounds.js';
import { firstStartingAtOrAfter, lastNonSpaceChar, lastStartingAtOrBefore } from '../segment/locate.js';
import type { MentionSpan } from './attributions.js';
import { isParticiple, isRelativePronoun } from './source-mention.js';
import { PHRASAL_CUE_PREPOSITIONS } from '../lexicon/function-words.js';
import { ADDRESSEE_VERBS } from '../lexicon/cue-verbs.js';

/** Shortest reported content, in characters: shorter spans are fragments, not claims. */
const MIN_CONTENT_LENGTH = 8;
/** Shortest content after a cue that ends in a preposition ("agree with him"). */
const MIN_OBJECT_LENGTH = 2;
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

/** The reported content of a cue that has no quote: the clause after it, or the clause before it. */
export function findContent(
  text: string,
  cue: Cue,
  sentence: Sentence,
  mention: MentionSpan,
  sentenceCues: readonly Cue[],
  syntax: SentenceSyntax,
): { start: number; end: number } | null {
  const tokens = sentence.tokens;
  // An inverted subject follows its cue ("said Jeffrey"); the main clause's subject after an opening participle
  // ("Speaking to reporters, the mayor said") does not make the participle's content come after it.
  // The mention as written: "said the mayor's spokesman, Dana Fromm" starts at "the".
  const written = mention.writtenStart ?? mention.start;
  const mentionFollows = written > cue.end && !text.slice(cue.end, written).includes(',');
  // "…, said Jane Roe, a lawyer for the family.": what was said starts after the mention's appositive.
  const mentionLast = tokenEndingAt(syntax, mention.end, cue.lastToken);
  let after =
    (mentionFollows
      ? mention.writtenEnd === undefined
        ? mentionLast
        : tokenEndingAt(syntax, mention.writtenEnd, mentionLast)
      : cue.lastToken) + 1;
  // "…, said a farmer who lives nearby." / "According to officials who spoke on condition of anonymity, …": a
  // relative clause of a person after the source describes the source; what was said starts after its end
  // (or, when nothing follows, comes before the cue). "that" and "which" after a cue may open what was said.
  // "…, said a group of Democrats who …": the phrases that go on the mention come before its relative clause.
  if (mentionFollows && opensPersonRelative(syntax, afterPrepositionalPhrases(syntax, after)))
    after = afterNextBreak(syntax, after);
  // "Mr. Morgan of the Sierra Club said": the mention as written starts the attribution.
  const attributionStart = mentionFollows ? cue.start : Math.min(written, cue.start);
  // "The coach states, however, that …": an adverb set off by commas stands between the cue and its "that".
  if (cue.kind === 'verb') after = afterInterruptingAdverb(syntax, after);
  let breakAfter = after < tokens.length && punctuationAfter(syntax, after - 1);
  // "As the Post reported on Monday, the RNC agreed …", "The tax, as Lee noted in April, will fall on renters": an
  // "as" attribution whose cue is followed only by when, where or how it spoke, up to a break, reports what its
  // break sets off, as one with the break right after its cue does (bound `as-circumstance`).
  if (cue.kind === 'verb' && !breakAfter && after < tokens.length && !mentionFollows) {
    const first = lastStartingAtOrBefore(tokens, attributionStart);
    const next = opensWithAs(syntax, first) || asBefore(syntax, first) ? modifiersToBreak(syntax, after) : -1;
    if (next >= 0) {
      after = next;
      breakAfter = true;
    }
  }
  // "according to a source familiar with the budget, …": the content starts after the comma that ends the phrase.
  if (cue.kind === 'according-to' && !breakAfter) after = afterNextBreak(syntax, after);
  // "Trump has won 758 delegates, according to a CNN tally.": the clause before a mid-sentence "according to X" is
  // its content when what follows X only goes on the sentence.
  if (cue.kind === 'according-to' && cue.token >= MIN_WORDS_BEFORE_ACCORDING_TO && onlyGoesOn(syntax, after))
    after = tokens.length;
  // "…, nurses and doctors told reporters.": a break sets off the whole subject phrase the mention only ends.
  const tellSubject = mentionFollows
    ? -1
    : setOffSubjectStart(syntax, lastStartingAtOrBefore(tokens, attributionStart));
  if (
    cue.base === 'tell' &&
    onlyAddressee(syntax, after) &&
    lastNonSpaceChar(text, sentence.start, tellSubject >= 0 ? tokens[tellSubject].start : attributionStart) === ','
  )
    after = tokens.length;
  if (after < tokens.length && (!breakAfter || cue.kind === 'according-to' || cue.kind === 'colon')) {
    // "said on Monday that …", "told reporters that …": the content starts after "that".
    // Only circumstance may stand before that "that": no pronoun or verb ("they would not engage in that area").
    after = complementStart(syntax, after, ADDRESSEE_VERBS.has(cue.base));
    // "told reporters the school was cold": the addressee is no part of what was said.
    if (ADDRESSEE_VERBS.has(cue.base) && after === cue.lastToken + 1) after = afterAddressee(syntax, after);
    // "Asked by a reporter whether the plan would pass, the mayor said …": a cue opening the sentence before its
    // source opens an introductory phrase too; its content ends at the comma that closes it.
    const introductory =
      inIntroductoryClause(syntax, lastStartingAtOrBefore(tokens, attributionStart)) ||
      (cue.kind === 'verb' && mentionFollows && opensSentenceAt(syntax, lastStartingAtOrBefore(tokens, cue.start)));
    // "O'Donnell, who said in an interview that …, recalled": a relative clause's content ends before the main verb.
    const relativeEnd = mention.antecedent || isRelativePronoun(mention) ? relativeClauseEnd(syntax, after) : Infinity;
    // The object of a phrasal cue may be one short word ("agree with him", "expressing concern about Trump").
    // So may a name right after the cue ("have endorsed Clinton", "backed Ruiz").
    const minLength =
      (cue.lastToken > cue.token &&
        after === cue.lastToken + 1 &&
        PHRASAL_CUE_PREPOSITIONS.has(tokens[cue.lastToken].normal)) ||
      (after === cue.lastToken + 1 &&
        cue.kind === 'verb' &&
        (nameEndsClause(syntax, after) ||
          // "strongly supported him." (not "told him.": the addressee is no content).
          (!ADDRESSEE_VERBS.has(cue.base) && pronounEndsClause(syntax, after)) ||
          // "75 percent of Democrats said yes.": one word stands for what was said.
          (SAY_OR_TELL.has(cue.base) && answerEndsClause(syntax, after))))
        ? MIN_OBJECT_LENGTH
        : MIN_CONTENT_LENGTH;
    const contentEnd = Math.min(
      clauseEnd(syntax, after, sentence.end, introductory),
      nextAttributionStart(syntax, after, sentenceCues, cue.kind === 'verb'),
      relativeEnd,
      // "Lee said even though the board believes the tax is fair, “…”": what the board believes ends with its clause.
      adverbialClauseEnd(syntax, cue.token, tokens[after].start),
      // "vowed to cut taxes, declined to name a date and called the plan fair": a second predicate of the subject.
      cue.kind === 'verb' ? coordinatedPredicateEnd(syntax, cue.token, after) : Infinity,
      // "declined to comment, with spokesman Ravi Patel saying …": an absolute phrase is no part of what was said.
      absolutePhraseEnd(syntax, after),
      // "Recognizing the gap …, the campaign believes …": an opening participle's content ends at its comma.
      openingParticipleEnd(syntax, cue.token),
      // "After the company asked workers to take a pay cut, 8,000 employees volunteered": a cue before the main
      // clause's verb reports no more than its own clause.
      cue.kind === 'verb' ? mainClauseEnd(syntax, cue.token, after) : Infinity,
      // "said they believe X; 29 percent said …": a semicolon ends what was said.
      semicolonEnd(syntax, after),
      // "said the bridge is safe, though inspectors disagree": the writer's concession is no part of what was said.
      concessiveClauseEnd(syntax, after),
    );
    const content = trimContent(text, tokens[after].start, contentEnd, minLength);
    // "asked not to be named": content that only asks for anonymity is no claim.
    if (content && asksAnonymity(syntax, lastStartingAtOrBefore(tokens, content.start))) return null;
    // "declined to comment and aides said …": a coordinator right after the cue joins another clause, not what was
    // said ("endorsed and has fundraised for her": a second verb shares the cue's object).
    if (
      content &&
      after === cue.lastToken + 1 &&
      syntax.classes[after] === 'coordinator' &&
      tokens[after].normal !== 'yet' &&
      after + 1 < tokens.length &&
      !tokens[after + 1].tags.has('Verb') &&
      !tokens[after + 1].tags.has('Adverb')
    )
      return null;
    // "The editor I was talking to, Tim Grieve, interrupted": a preposition stranded before a comma ends a relative
    // clause; what follows it was not said.
    if (
      content &&
      after === cue.lastToken + 1 &&
      (syntax.classes[after] === 'preposition' || syntax.classes[after] === 'to') &&
      punctuationAfter(syntax, after) &&
      /^,/.test(tokens[after].post.trim())
    )
      return null;
    // "…there!” Smith said last week.", "an official told The New York Times.": what follows "say" or "tell"
    // without a verb is circumstance or the addressee, not what was said: the content comes before.
    // Words too short for a content ("said Monday.", "told AP.") are looked at too.
    // "…, the mayor said as she left the hall.", "…, the agency reported when the market closed.": a clause of time
    // after any cue verb set off from a content before it says when, not what.
    // "a third said that of Cruz's campaign": what follows "that" is what was said, never a circumstance.
    const afterThat = after > cue.lastToken + 1 && tokens[after - 1].normal === 'that';
    // "told reporters about the flood": the topic after the addressee is what was told, not a circumstance.
    const toldTopic = after > cue.lastToken + 1 && syntax.classes[after - 1] === 'preposition';
    const sayingCircumstance =
      (SAY_OR_TELL.has(cue.base) &&
        !afterThat &&
        !toldTopic &&
        onlyCircumstance(syntax, after, content?.end ?? contentEnd, cue.base === 'tell')) ||
      (cue.kind === 'verb' &&
        opensWhenSaidClause(syntax, after, cue.base === 'tell') &&
        lastNonSpaceChar(text, sentence.start, attributionStart) === ',' &&
        !QUOTE_MARK.test(text.slice(sentence.start, attributionStart))) ||
      // "…, the agency reported last week.", "…, she wrote in a letter to donors.", "…, he said as he left.": a cue
      // verb followed only by when, where or how it spoke reports what comes before.
      (cue.kind === 'verb' && circumstanceOnlyTo(syntax, after, content?.end ?? contentEnd));
    // "Cook did not say when.": words follow the verb, so the clause before it is not its content.
    const circumstance =
      (content !== null &&
        !/[“”"]/.test(text.slice(content.start, content.end)) &&
        trailingCircumstance(syntax, after, content.end)) ||
      sayingCircumstance;
    // "a plan offered by the mayor", "praise from the union": an agent right after the cue is no content (a place
    // after a trailing attribution is a circumstance: "…, Garland explained from Winnipeg.").
    if (!circumstance && content && after === cue.lastToken + 1 && opensAgentPhrase(syntax, after)) return null;
    if (!circumstance && (content || (!breakAfter && cue.kind === 'verb'))) return content;
    // "He spoke in an interview.": a circumstance and nothing before the attribution is no claim; a comma or a
    // closing quote mark sets off what was said ("“…”,” Rubio said Sunday as the crowd roared.").
    if (circumstance && !/^[,”"]$/.test(lastNonSpaceChar(text, sentence.start, attributionStart) ?? '')) return null;
  }
  // "As Politico reported, the RNC agreed …": the clause after an "as" attribution opening the sentence is its content.
  const first = lastStartingAtOrBefore(tokens, attributionStart);
  if (breakAfter && after < tokens.length && cue.kind === 'verb' && opensWithAs(syntax, first)) {
    return trimContent(text, tokens[after].start, clauseEnd(syntax, after, sentence.end));
  }
  // "Rubio says, win or lose, he is staying in the race.", "He believes, for example, that …": an attribution that
  // opens its sentence and ends at a comma reports what follows it (sieve bound `opening-attribution`).
  if (
    breakAfter &&
    after < tokens.length &&
    cue.kind === 'verb' &&
    // "The staff objected, but I said, hey, …": a clause joined by "and"/"but" after a break opens as a sentence does.
    (opensSentenceAt(syntax, first) || opensCoordinatedClauseAt(syntax, first)) &&
    // The subject and the cue stand together ("Ms. Hale says,"), not a subject shared with an earlier verb.
    (mentionFollows || lastNonSpaceChar(text, mention.writtenEnd ?? mention.end, cue.start) === undefined) &&
    // "His ex-wife agreed, but also contended …": a second verb of the same subject, no content.
    !coordinatedAt(syntax, after + 1)
  ) {
    const from = afterInterruptingPhrase(syntax, after);
    return trimContent(text, tokens[from].start, clauseEnd(syntax, from, sentence.end));
  }
  // "…, he said, …": an attribution in the middle of its content takes the whole sentence.
  // "The vote, as the Gazette reported, was delayed" too.
  // "…, she and another reporter said": a break sets off the whole subject phrase the mention only ends.
  const subjectStart =
    cue.kind === 'verb' && !asBefore(syntax, first) && !setOffBefore(syntax, first)
      ? setOffSubjectStart(syntax, first)
      : -1;
  const opening = asBefore(syntax, first)
    ? tokens[first - 1].start
    : subjectStart >= 0
      ? tokens[subjectStart].start
      : attributionStart;
  if (
    breakAfter &&
    after < tokens.length &&
    !onlyCircumstanceToEnd(syntax, after, sentence.end) &&
    // "…, said Jane Roe, adding that …": a participle cue after the attribution goes on with another claim.
    !(opensParticipleClause(syntax, after) && cueStartsAt(sentenceCues, tokens[after].start)) &&
    opening > sentence.start &&
    lastNonSpaceChar(text, sentence.start, opening) === ',' &&
    sentence.end - sentence.start <= MAX_CONTENT_LENGTH
  ) {
    return trimContent(text, sentence.start, sentence.end);
  }
  // "…, sources said." / "…, said Jeffrey." / "…, according to X": the content is what comes before, up to a
  // break; "… more work than he expected." has none (sieve bound `set-off-attribution`).
  if (cue.kind === 'verb' && subjectStart < 0 && !setOffBefore(syntax, first)) return null;
  // "“Quiet,” he demanded, as Bush continued to interject.": a clause opened by "as" after an attribution of its
  // own says what went on meanwhile; the words before are that attribution's, not this cue's.
  if (asBefore(syntax, first) && attributionEndsBefore(syntax, sentenceCues, first - 1)) return null;
  // "In a speech last July, he said:": words that only say when or where the source spoke are no claim.
  if (cue.kind === 'verb' && circumstanceOnlyTo(syntax, 0, opening)) return null;
  return trimContent(text, wordStartAfter(text, Math.max(sentence.start, opening - MAX_CONTENT_LENGTH)), opening);
}

/**
 * Whether the attribution of a cue verb of the sentence (cues sorted by start) with a tense of its own ends right
 * before tokens[as], with no verb between ("he demanded, as …", "she said, with a smile, as …"; not "It does not
 * answer whether …, as police have said").
 */
function attributionEndsBefore(syntax: SentenceSyntax, cues: readonly Cue[], as: number): boolean {
  const k = lastStartingAtOrBefore(cues, syntax.tokens[as].start - 1);
  if (k < 0 || cues[k].kind !== 'verb' || !finiteVerbAt(syntax, cues[k].token)) return false;
  return noVerbBetween(syntax, cues[k].lastToken + 1, as);
}

/** Whether one of the sentence's cues (sorted by start) starts at this offset. */
function cueStartsAt(cues: readonly Cue[], start: number): boolean {
  const k = firstStartingAtOrAfter(cues, start);
  return k < cues.length && cues[k].start === start;
}

/** Longest time or place that may end a sentence after its attribution ("…, said Ann Lee, on Monday."), in characters. */
const MAX_TRAILING_CIRCUMSTANCE = 80;

/** "…, said Ann Lee, on Monday.": nothing but a short time or place follows the attribution to the sentence's end. */
const onlyCircumstanceToEnd = (syntax: SentenceSyntax, from: number, end: number): boolean =>
  end - syntax.tokens[from].start <= MAX_TRAILING_CIRCUMSTANCE && onlyCircumstance(syntax, from, end, false);

/** A quote mark, straight, curly or doubled ('' in some wires' copy). */
const QUOTE_MARK = /[“”"]|''/;

/** Cue verbs whose content is a clause: words after them with no verb are not what was said. */
const SAY_OR_TELL = new Set(['say', 'tell']);

/** Fewest words before a mid-sentence "according to" that make a content of their own. */
const MIN_WORDS_BEFORE_ACCORDING_TO = 4;

/**
 * Where a second attribution begins after tokens[from], or Infinity: "Graham called them “crazy” and said …"
 * (a coordinated cue verb), "…, citing her experience" (a participle cue after a comma), "… warned the
 * commanders and Russia responded …" (a second subject after "and", when the first content is a verb's: what
 * is "according to" someone runs on). The first content ends before it; the second is an attribution of its own.
 */
function nextAttributionStart(
  syntax: SentenceSyntax,
  from: number,
  sentenceCues: readonly Cue[],
  byVerb: boolean,
): number {
  const tokens = syntax.tokens;
  // Cues sorted by start: begin after tokens[from], stop where no content could reach (MAX_CONTENT_LENGTH).
  const reach = tokens[from].start + MAX_CONTENT_LENGTH;
  for (
    let k = firstStartingAtOrAfter(sentenceCues, tokens[from].end);
    k < sentenceCues.length && sentenceCues[k].start <= reach;
    k++
  ) {
    const cue = sentenceCues[k];
    // "… declined to renew the contract, according to an executive.": a trailing "according to" set off by a comma.
    if (cue.kind === 'according-to') {
      const at = trailingAccordingToStart(syntax, cue.token, cue.lastToken);
      if (at > from) return endWithClosingMarks(syntax, at - 1);
      continue;
    }
    if (cue.kind !== 'verb') continue;
    const first = lastStartingAtOrBefore(tokens, cue.start);
    if (first <= from) continue;
    if (coordinatedAt(syntax, first)) return endWithClosingMarks(syntax, first - 2);
    if (isParticiple(tokens[cue.token]) && commaBefore(syntax, first)) return endWithClosingMarks(syntax, first - 1);
    // "… another link to the chain, she noted.": a trailing attribution set off by a comma (bound `trailing-attribution`).
    const trailing = trailingAttributionStart(syntax, cue.token, cue.lastToken);
    if (trailing > from) return endWithClosingMarks(syntax, trailing - 1);
    // "… warned Russian commanders … and Russia responded they would not engage": a second source joined by "and".
    const subject = byVerb ? coordinatedSubjectStart(syntax, cue.token, from) : -1;
    if (subject >= 0) return endWithClosingMarks(syntax, subject - 2);
    // "… ate less - others say …", "…, while about 4 in 10 want …", "… before claiming that …".
    const second = byVerb ? secondSourceStart(syntax, cue.token, from) : -1;
    if (second >= 0) return endWithClosingMarks(syntax, second - 1);
    // "… a bill, which he called “a cartel”": a relative clause set off with a source of its own.
    const relative = byVerb ? relativeSourceStart(syntax, cue.token, from) : -1;
    if (relative >= 0) return endWithClosingMarks(syntax, relative - 1);
    // "Asked whether Putin wanted Trump to win, Clinton said she …": a second source after a comma, with a clause
    // of its own.
    const own = byVerb ? commaSubjectAttributionStart(syntax, cue.token, cue.lastToken, from) : -1;
    if (own >= 0) return endWithClosingMarks(syntax, own - 1);
  }
  return Infinity;
}

/** The first offset at or after `at` that starts a word (so a capped content does not begin mid-word). */
function wordStartAfter(text: string, at: number): number {
  if (at === 0 || /\s/.test(text[at - 1])) return at;
  let i = at;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}
