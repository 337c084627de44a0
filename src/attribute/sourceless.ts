/**
 * Sourceless attributions: claims the text marks as expected, apparent or reported, or questions put, without
 * naming who expects, judges, reports or asks ("Sanders is expected to win", "The field appeared poised to
 * narrow", "The firm has reportedly hired a lawyer", "Asked whether he would run, …"). Other hedges
 * ("allegedly") stay hedges of unattributed claims. PolNeAR
 * annotates them as attributions with no source; whosaid makes them `reported` claims whose `source` is null.
 * The frames are found by the syntax layer (src/syntax/sourceless-frames.ts); this stage drops those inside a
 * quote, those that hold or restate a named attribution.
 */
import type { DocumentContext } from './context.js';
import type { Cue } from '../detect/cues.js';
import type { Sentence } from '../segment/sentences.js';
import { containing, longestLength, someStartingBetween } from '../segment/locate.js';
import { sourcelessFrames, type SourcelessFrame } from '../syntax/sourceless-frames.js';
import type { Attribution } from './attributions.js';
import { trimContent } from './content.js';

/** Share of a named attribution's content above which a hedged clause inside it only restates it. */
const RESTATED_SHARE = 0.6;

function toCue(text: string, sentence: Sentence, cue: SourcelessFrame['cue'], cueClass: Cue['cueClass']): Cue {
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
  const { text, sentences, syntax, topLevel, verbs } = document;
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
    const frames = sourcelessFrames(
      syntax[sentence.index],
      verbs,
      cueStarts.get(sentence.index) ?? [],
      cueEnds.get(sentence.index) ?? new Set<number>(),
    );
    // After a frame is taken, the frames found inside its cue are not looked at.
    let next = 0;
    for (const frame of frames) {
      if (frame.at < next || !frame.content) continue;
      const content = trimContent(text, tokens[frame.content.first].start, tokens[frame.content.last].end);
      // Words inside a quotation are the quoted speaker's.
      if (!content || containing(topLevel, tokens[frame.at].start) !== undefined) continue;
      if (overlapsAttributedCue(content.start, content.end)) continue;
      const cue = toCue(text, sentence, frame.cue, frame.cueClass);
      if (overlapsAttributedCue(cue.start, cue.end)) continue;
      if (restates(content)) continue;
      found.push({ cue, mention: null, content, quotes: [], by: 'sourceless', sourceless: true });
      next = frame.cue.last + 1;
    }
  }
  return found;
}
