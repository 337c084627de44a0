/**
 * Sourceless attributions: claims the text marks as expected or apparent, or questions put, without
 * naming who expects, judges or asks ("Sanders is expected to win", "The field appeared poised to narrow",
 * "Asked whether he would run, …"). Hedges such as "reportedly" stay hedges of unattributed claims. PolNeAR annotates them as attributions with
 * no source; whosaid makes them `reported` claims whose `source` is null. Each is an ordered small rule.
 */
import type { DocumentContext } from './context.js';
import type { Cue } from '../detect/cues.js';
import type { Sentence, Token } from '../segment/sentences.js';
import type { CueVerbEntry } from '../lexicon/cue-verbs.js';
import { breaksBetween } from '../syntax/phrases.js';
import { containing, longestLength, someStartingBetween } from '../segment/locate.js';
import { BE_FORMS } from '../lexicon/be-forms.js';
import type { Attribution } from './attributions.js';
import { trimContent } from './content.js';

/** Words that open the clause a hedge belongs to; the content starts after them ("as the field appeared …"). */
const CLAUSE_OPENERS = new Set([
  'that',
  'as',
  'while',
  'because',
  'since',
  'although',
  'though',
  'when',
  'where',
  'whereas',
  'if',
  'but',
  'and',
  'so',
  'after',
  'before',
  'until',
  'unless',
  'with',
  'once',
  'or',
]);
/** Words that open a clause and belong to it ("for what appears to be …"). */
const CLAUSE_HEADS = new Set(['what', 'who', 'which']);

/** Share of a named attribution's content above which a hedged clause inside it only restates it. */
const RESTATED_SHARE = 0.6;
/** What follows "asked" when the question, not the asker, is given: "Asked whether …", "was asked about …". */
const QUESTION_OPENERS = new Set([
  'whether',
  'if',
  'what',
  'who',
  'whom',
  'how',
  'why',
  'when',
  'where',
  'which',
  'about',
]);
/** Words before a participle "asked" that leave the asker unnamed ("when asked", "after being asked", "was asked"). */
const BEFORE_UNNAMED_ASKER = new Set(['when', 'after', 'before', 'being', 'once', 'if', 'until', ...BE_FORMS]);

/** A hedge cue found in a sentence: its token range and base form. */
interface HedgeCue {
  first: number;
  last: number;
  base: string;
}

/**
 * "Sanders is expected to win", "are widely expected to", "is not expected to": a form of "to be", perhaps
 * an adverb or "not", then "expected to". Nobody named expects it. "She is expected to argue …" is left to
 * the cue verb after "to", whose subject speaks.
 */
function expectedCue(tokens: Token[], i: number, verbs: Map<string, CueVerbEntry>): HedgeCue | null {
  if (tokens[i].normal !== 'expected' || tokens[i + 1]?.normal !== 'to' || verbs.has(tokens[i + 2]?.normal ?? ''))
    return null;
  let first = i - 1;
  while (
    first >= 0 &&
    !BE_FORMS.has(tokens[first].normal) &&
    (tokens[first].tags.has('Adverb') || tokens[first].normal === 'not') &&
    i - first <= 2
  )
    first--;
  if (first < 0 || !BE_FORMS.has(tokens[first].normal)) return null;
  return { first, last: i, base: 'be expected' };
}

/** Verbs of appearance: "seems", "appeared". */
const APPEARANCE = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * "The field appeared poised to narrow", "New Hampshire seems stable", "it seemed like a …": a verb of
 * appearance before "to", "like" or an adjective. "He appeared to suggest …" is left to the cue verb after
 * "to", whose subject speaks; "appeared on television" is no hedge.
 */
function appearanceCue(tokens: Token[], i: number, verbs: Map<string, CueVerbEntry>): HedgeCue | null {
  if (!APPEARANCE.has(tokens[i].normal) || breaksBetween(tokens, i)) return null;
  const next = tokens[i + 1];
  if (next.normal === 'to') {
    const verb = tokens[i + 2];
    if (!verb || verbs.has(verb.normal)) return null;
  } else if (next.normal !== 'like' && !next.tags.has('Adjective')) return null;
  return { first: i, last: i, base: tokens[i].normal.startsWith('seem') ? 'seem' : 'appear' };
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
    !CLAUSE_OPENERS.has(tokens[k - 1].normal) &&
    !cueEnds.has(k - 1) &&
    !CLAUSE_HEADS.has(tokens[k].normal)
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
function hedgedClause(
  text: string,
  tokens: Token[],
  cue: HedgeCue,
  cueEnds: ReadonlySet<number>,
): { start: number; end: number } | null {
  const first = clauseStart(tokens, cue.first, cueEnds);
  const last = clauseLast(tokens, cue.last);
  if (first === cue.first - 1 && tokens[first].normal === 'it') {
    const after = tokens[cue.last + 1]?.normal === 'that' ? cue.last + 2 : cue.last + 1;
    return after <= last ? trimContent(text, tokens[after].start, tokens[last].end) : null;
  }
  return trimContent(text, tokens[first].start, tokens[last].end);
}

/**
 * "Asked whether he would run, Smith said …", "Pence was asked about the comment", "Clinton has been asked to
 * release the transcripts" (a request, after a form of "to be" only): a participle or passive
 * "asked" before the question; the asker is unnamed. The content is the question, up to the comma before the
 * sentence's next cue (the answer's attribution) or to its first break.
 */
function askedQuestion(
  text: string,
  tokens: Token[],
  i: number,
  laterCue: number,
): { cue: HedgeCue; content: { start: number; end: number } } | null {
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
  const content = trimContent(text, tokens[from].start, tokens[end].end);
  return content ? { cue: { first, last, base: 'ask' }, content } : null;
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

function toCue(text: string, sentence: Sentence, cue: HedgeCue, cueClass: Cue['cueClass']): Cue {
  const start = sentence.tokens[cue.first].start;
  const end = sentence.tokens[cue.last].end;
  return {
    start,
    end,
    text: text.slice(start, end),
    sentence: sentence.index,
    token: cue.first,
    lastToken: cue.last,
    kind: 'sourceless',
    cueClass,
    base: cue.base,
  };
}

/**
 * The sourceless attributions of a text. A candidate is dropped when its content holds the cue of an
 * attribution already found ("Trump reportedly said …" names its source) or its cue lies inside a quote.
 */
export function sourcelessAttributions(
  document: DocumentContext,
  attributions: Attribution[],
  cues: Cue[],
): Attribution[] {
  const { text, sentences, topLevel, verbs } = document;
  const attributedCues = attributions.map((a) => a.cue).sort((a, b) => a.start - b.start);
  const contents = attributions.flatMap((a) => (a.content ? [a.content] : [])).sort((a, b) => a.start - b.start);
  const found: Attribution[] = [];
  const cueStarts = new Map<number, number[]>();
  const cueEnds = new Map<number, Set<number>>();
  for (const cue of cues) {
    const starts = cueStarts.get(cue.sentence);
    if (starts) starts.push(cue.token);
    else cueStarts.set(cue.sentence, [cue.token]);
    cueEnds.set(cue.sentence, (cueEnds.get(cue.sentence) ?? new Set()).add(cue.lastToken));
  }
  for (const starts of cueStarts.values()) starts.sort((a, b) => a - b);
  const longestCue = longestLength(attributedCues);
  /** Whether a named attribution's cue overlaps [start, end). */
  const overlapsAttributedCue = (start: number, end: number): boolean =>
    someStartingBetween(attributedCues, start - longestCue, end - 1, (c) => start < c.end);
  const longestContent = longestLength(contents);
  /** Whether a named content holds [start, end) and is not much longer. */
  const restates = (content: { start: number; end: number }): boolean =>
    someStartingBetween(
      contents,
      content.end - longestContent,
      content.start,
      (c) => content.end <= c.end && content.end - content.start >= RESTATED_SHARE * (c.end - c.start),
    );
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const starts = cueStarts.get(sentence.index) ?? [];
    const ends = cueEnds.get(sentence.index) ?? new Set<number>();
    // The sentence's next cue after tokens[i + 1], followed as i grows (the answer's attribution after "Asked …").
    let later = 0;
    for (let i = 0; i < tokens.length; i++) {
      while (later < starts.length && starts[later] <= i + 1) later++;
      let made: { cue: HedgeCue; content: { start: number; end: number } | null; cueClass: Cue['cueClass'] } | null =
        null;
      const asked = askedQuestion(
        text,
        tokens,
        i,
        later < starts.length ? Math.min(tokens.length, starts[later]) : tokens.length,
      );
      if (asked) made = { ...asked, cueClass: 'speech' };
      else {
        const hedge = expectedCue(tokens, i, verbs) ?? appearanceCue(tokens, i, verbs);
        if (hedge) made = { cue: hedge, content: hedgedClause(text, tokens, hedge, ends), cueClass: 'belief' };
      }
      // Words inside a quotation are the quoted speaker's.
      if (!made || !made.content || containing(topLevel, tokens[i].start) !== undefined) continue;
      const { content } = made;
      if (overlapsAttributedCue(content.start, content.end)) continue;
      const cue = toCue(text, sentence, made.cue, made.cueClass);
      if (overlapsAttributedCue(cue.start, cue.end)) continue;
      if (restates(content)) continue;
      found.push({ cue, mention: null, content, quotes: [], by: 'sourceless', sourceless: true });
      i = made.cue.last;
    }
  }
  return found;
}
