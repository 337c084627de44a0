/**
 * Frames that mark a claim as expected, apparent, reported or asked without naming who, asked by
 * the sourceless sieves (src/attribute/sourceless.ts): "Sanders is expected to win", "The field appeared poised
 * to narrow", "The firm has reportedly hired a lawyer", "Asked whether he would run, …". Each frame gives its cue's tokens and the tokens of its content
 * (the hedged clause, or the question). Token indexes are the sentence's.
 *
 * These read tokens and tags the way the scanners they replace did (the eval output stayed byte for byte the
 * same when they moved here).
 */
import type { Token } from '../segment/nlp.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import type { SentenceSyntax } from './types.js';
import { breaksBetween } from './phrases.js';
import { BE_FORMS } from '../lexicon/be-forms.js';
import {
  APPEARANCE_VERBS,
  BEFORE_UNNAMED_ASKER,
  HEDGE_CLAUSE_HEADS,
  HEDGE_CLAUSE_OPENERS,
  JUDGED_AS_PARTICIPLES,
  JUDGED_PARTICIPLES,
  QUESTION_OPENERS,
  REPORTED_ADVERBS,
  DEGREE_WORDS,
  REPUTED_AS,
  REPUTED_PARTICIPLES,
} from '../lexicon/frame-words.js';

/** A first and last token, both included. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A sourceless frame found at one token of a sentence. */
export interface SourcelessFrame {
  /** The token the frame was found at ("asked", "expected", "seems"). */
  at: number;
  /** The cue's tokens ("is expected", "was asked about") and its base form. */
  cue: TokenRange & { base: string };
  /** A question put ("speech") or a judgement ("belief"). */
  cueClass: 'speech' | 'belief';
  /** The content's tokens (before trimming its edges), or null when the frame has none. */
  content: TokenRange | null;
}

/**
 * "Sanders is expected to win", "are widely expected to", "is not expected to": a form of "to be", perhaps
 * an adverb or "not", then "expected to". Nobody named expects it. "She is expected to argue …" is left to
 * the cue verb after "to", whose subject speaks.
 */
function expectedCue(s: SentenceSyntax, i: number, verbs: Map<string, CueVerbEntry>): SourcelessFrame['cue'] | null {
  const tokens = s.tokens;
  if (tokens[i].normal !== 'expected' || tokens[i + 1]?.normal !== 'to' || verbs.has(tokens[i + 2]?.normal ?? ''))
    return null;
  const first = beFormBefore(s, i);
  return first < 0 ? null : { first, last: i, base: 'be expected' };
}

/**
 * The form of "to be" before the participle at tokens[i], across at most MAX_WORDS_BEFORE_JUDGED adverbs, "not" or
 * degree words and no break ("is widely expected", "was not seen as"); its index, or -1.
 */
function beFormBefore(s: SentenceSyntax, i: number): number {
  const tokens = s.tokens;
  let first = i - 1;
  while (
    first >= 0 &&
    !BE_FORMS.has(tokens[first].normal) &&
    (s.classes[first] === 'adverb' || s.classes[first] === 'negation' || DEGREE_WORDS.has(tokens[first].normal)) &&
    i - first <= MAX_WORDS_BEFORE_JUDGED &&
    !breaksBetween(tokens, first)
  )
    first--;
  return first >= 0 && BE_FORMS.has(tokens[first].normal) && !breaksBetween(tokens, first) ? first : -1;
}

/**
 * "The field appeared poised to narrow", "New Hampshire seems stable", "it seemed like a …": a verb of
 * appearance before "to", "like" or an adjective. "He appeared to suggest …" is left to the cue verb after
 * "to", whose subject speaks; "appeared on television" is no hedge.
 */
function appearanceCue(tokens: Token[], i: number, verbs: Map<string, CueVerbEntry>): SourcelessFrame['cue'] | null {
  if (!APPEARANCE_VERBS.has(tokens[i].normal) || breaksBetween(tokens, i)) return null;
  const next = tokens[i + 1];
  if (next.normal === 'to') {
    const verb = tokens[i + 2];
    if (!verb || verbs.has(verb.normal)) return null;
  } else if (next.normal !== 'like' && !next.tags.has('Adjective')) return null;
  return { first: i, last: i, base: tokens[i].normal.startsWith('seem') ? 'seem' : 'appear' };
}

/**
 * "The firm has reportedly hired a lawyer", "Lee reportedly considered a run": an adverb of report marks its
 * clause as what someone reported, and names nobody. "Lee reportedly said …" names its source: the sourceless
 * sieve drops a frame whose content holds a cue.
 */
function reportedCue(tokens: Token[], i: number): SourcelessFrame['cue'] | null {
  if (!REPORTED_ADVERBS.has(tokens[i].normal)) return null;
  return { first: i, last: i, base: 'report' };
}

/** Participles of report that, passive and without an agent, name nobody ("was said to", "it was reported that"). */
const PASSIVE_REPORT_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['said', 'say'],
  ['reported', 'report'],
]);

/**
 * "Priebus was said to be “furious”", "He is reported to have left", "It was widely reported that Trump paid …": a
 * form of "to be" (adverbs may stand between), a participle of report, then "to" and a verb, or — after an
 * expletive "it" — "that". Nobody named reports it (sieve `sourceless`, base `say` or `report`).
 */
function passiveReportCue(s: SentenceSyntax, i: number): SourcelessFrame['cue'] | null {
  const tokens = s.tokens;
  const base = PASSIVE_REPORT_PARTICIPLES.get(tokens[i].normal);
  if (!base || breaksBetween(tokens, i) || i + 2 >= tokens.length) return null;
  const first = beFormBefore(s, i);
  if (first < 1 || breaksBetween(tokens, first - 1)) return null;
  const next = tokens[i + 1].normal;
  const infinitive = next === 'to' && (s.classes[i + 2] === 'verb' || s.classes[i + 2] === 'auxiliary');
  const expletive = next === 'that' && tokens[first - 1].normal === 'it';
  return infinitive || expletive ? { first, last: i, base } : null;
}

/** How many adverbs (and "not") may stand between a form of "to be" and a participle of judgement. */
const MAX_WORDS_BEFORE_JUDGED = 2;

/**
 * "Rubio is seen as the candidate …", "The union is widely regarded as …", "Pigs are considered unclean", "has
 * long been considered a contender": a form of "to be" (adverbs or "not" may stand between), then a participle
 * of judgement with no agent ("was seen by some as" names who judges) and its judgement after it: "as" for
 * "seen", "viewed", "regarded", "perceived" ("was seen leaving" is sight); for "considered" and "deemed" also
 * an adjective or a noun phrase ("must be considered for debate" is no judgement). Nobody named judges.
 */
function judgedCue(s: SentenceSyntax, i: number): SourcelessFrame['cue'] | null {
  const tokens = s.tokens;
  const word = tokens[i].normal;
  const reputed = REPUTED_PARTICIPLES.has(word);
  const as = JUDGED_AS_PARTICIPLES.has(word) || reputed;
  if ((!as && !JUDGED_PARTICIPLES.has(word)) || breaksBetween(tokens, i) || i + 1 >= tokens.length) return null;
  const next = s.classes[i + 1];
  const judgement = reputed
    ? REPUTED_AS.has(tokens[i + 1].normal)
    : tokens[i + 1].normal === 'as' ||
      (!as && (next === 'adjective' || next === 'determiner' || next === 'noun' || next === 'number'));
  if (!judgement) return null;
  let first = beFormBefore(s, i);
  if (first < 0) return null;
  // "loath to be seen as", "risk being seen as": a judgement wished for or feared is no claim.
  if (tokens[first].normal === 'being' || (tokens[first].normal === 'be' && tokens[first - 1]?.normal === 'to'))
    return null;
  // "has long been considered": the auxiliary and adverbs before "been" join the cue.
  while (
    first > 0 &&
    tokens[first].normal === 'been' &&
    !breaksBetween(tokens, first - 1) &&
    (s.classes[first - 1] === 'adverb' || s.classes[first - 1] === 'auxiliary')
  )
    first--;
  const base = JUDGED_AS_PARTICIPLES.get(word) ?? REPUTED_PARTICIPLES.get(word) ?? JUDGED_PARTICIPLES.get(word) ?? word;
  return { first, last: as ? i + 1 : i, base };
}

/**
 * The first token of the clause holding tokens[at]: after a break, a clause opener or a cue ("Smith said
 * Sanders is expected to win"), at a "what"/"who".
 */
function clauseStart(tokens: Token[], at: number, cueEnds: ReadonlySet<number>): number {
  let k = at;
  while (
    k > 0 &&
    !breaksBetween(tokens, k - 1) &&
    !HEDGE_CLAUSE_OPENERS.has(tokens[k - 1].normal) &&
    !cueEnds.has(k - 1) &&
    !HEDGE_CLAUSE_HEADS.has(tokens[k].normal)
  )
    k--;
  return k;
}

/** The last token of the clause that goes on after tokens[at]: before the next break, or the sentence's last token. */
function clauseLast(tokens: Token[], at: number): number {
  let k = at;
  while (k + 1 < tokens.length && !breaksBetween(tokens, k)) k++;
  return k;
}

/**
 * The content of a hedge: its whole clause, subject included ("Sanders is expected to win"); after the cue
 * when the subject is an expletive "it" ("It seems pretty likely they will").
 */
function hedgedClause(tokens: Token[], cue: TokenRange, cueEnds: ReadonlySet<number>): TokenRange | null {
  const first = clauseStart(tokens, cue.first, cueEnds);
  const last = clauseLast(tokens, cue.last);
  if (first === cue.first - 1 && tokens[first].normal === 'it') {
    const after = tokens[cue.last + 1]?.normal === 'that' ? cue.last + 2 : cue.last + 1;
    return after <= last ? { first: after, last } : null;
  }
  return { first, last };
}

/**
 * "Asked whether he would run, Smith said …", "Pence was asked about the comment", "Clinton has been asked to
 * release the transcripts" (a request, after a form of "to be" only): a participle or passive
 * "asked" before the question; the asker is unnamed. The content is the question, up to the comma before the
 * sentence's next cue (the answer's attribution, at token `laterCue`) or to its first break.
 */
function askedQuestion(tokens: Token[], i: number, laterCue: number): SourcelessFrame | null {
  if (tokens[i].normal !== 'asked') return null;
  const opener = questionOpener(tokens, i);
  if (opener < 0) return null;
  const before = tokens[i - 1];
  if (before && !BEFORE_UNNAMED_ASKER.has(before.normal) && !breaksBetween(tokens, i - 1)) return null;
  const first = before && BE_FORMS.has(before.normal) ? i - 1 : i;
  const about = tokens[opener].normal === 'about';
  const last = about && opener === i + 1 ? opener : i;
  const from = about ? opener + 1 : opener;
  if (from >= tokens.length) return null;
  let end = clauseLast(tokens, from);
  for (let k = end; k < laterCue - 1; k++) if (breaksBetween(tokens, k)) end = k;
  return { at: i, cue: { first, last, base: 'ask' }, cueClass: 'speech', content: { first: from, last: end } };
}

/** How many tokens of circumstance may stand between "asked" and its question ("Asked on Monday whether …"). */
const MAX_TOKENS_BEFORE_QUESTION = 4;

/** The index of the word that opens the question after tokens[asked], across circumstance, or -1. */
function questionOpener(tokens: Token[], asked: number): number {
  for (let k = asked + 1; k < Math.min(tokens.length, asked + 2 + MAX_TOKENS_BEFORE_QUESTION); k++) {
    if (breaksBetween(tokens, k - 1) || tokens[k].normal === 'by') return -1;
    if (
      QUESTION_OPENERS.has(tokens[k].normal) ||
      (k === asked + 1 && tokens[k].normal === 'to' && BE_FORMS.has(tokens[asked - 1]?.normal ?? ''))
    )
      return k;
  }
  return -1;
}

/**
 * The sourceless frames of a sentence, in token order: a question asked of someone unnamed, a report by nobody
 * named ("reportedly"), else a hedge ("is expected to", "seems"). `cueStarts` (sorted) and `cueEnds` are the first and last tokens of the sentence's
 * cues: a question runs to the comma before the next cue; a hedged clause starts after a cue.
 */
export function sourcelessFrames(
  s: SentenceSyntax,
  verbs: Map<string, CueVerbEntry>,
  cueStarts: readonly number[],
  cueEnds: ReadonlySet<number>,
): SourcelessFrame[] {
  const tokens = s.tokens;
  const frames: SourcelessFrame[] = [];
  // The sentence's next cue after tokens[i + 1], followed as i grows (the answer's attribution after "Asked …").
  let later = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (later < cueStarts.length && cueStarts[later] <= i + 1) later++;
    const asked = askedQuestion(
      tokens,
      i,
      later < cueStarts.length ? Math.min(tokens.length, cueStarts[later]) : tokens.length,
    );
    if (asked) {
      frames.push(asked);
      continue;
    }
    const reported = reportedCue(tokens, i);
    if (reported) {
      frames.push({ at: i, cue: reported, cueClass: 'speech', content: hedgedClause(tokens, reported, cueEnds) });
      continue;
    }
    const passive = passiveReportCue(s, i);
    if (passive) {
      frames.push({ at: i, cue: passive, cueClass: 'speech', content: hedgedClause(tokens, passive, cueEnds) });
      continue;
    }
    const hedge = expectedCue(s, i, verbs) ?? appearanceCue(tokens, i, verbs) ?? judgedCue(s, i);
    if (hedge) frames.push({ at: i, cue: hedge, cueClass: 'belief', content: hedgedClause(tokens, hedge, cueEnds) });
  }
  return frames;
}
