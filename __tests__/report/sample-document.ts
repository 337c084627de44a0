/** A hand-built document for reporter tests: exact spans, a hostile article, every claim kind. */
import type { Claim, DocumentResult, NumberValue, Source } from '../../src/types.js';

export const SAMPLE_TEXT =
  'Mayor Ann Lee said: "<script>alert(1)</script> is =SUM(A1) | fine."\n' +
  'Officials said 200 people left.\n' +
  '-5 degrees, it reportedly said.\n';

function span(text: string, from = 0) {
  const start = SAMPLE_TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`not in sample: ${text}`);
  return { text, start, end: start + text.length };
}

function position(offset: number) {
  const before = SAMPLE_TEXT.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

const two: NumberValue = { ...span('200'), value: 200, unit: 'people', approximate: false, bound: null, kind: 'count' };

function claim(id: string, kind: Claim['kind'], text: string, rest: Partial<Claim>): Claim {
  const s = span(text);
  return {
    id,
    kind,
    ...s,
    ...position(s.start),
    source: null,
    sourceMention: null,
    cue: null,
    numbers: [],
    hedges: [],
    by: null,
    ...rest,
  };
}

export const SAMPLE_SOURCES: Source[] = [
  { id: 's1', name: 'Ann Lee', kind: 'person', title: 'Mayor', mentions: [span('Mayor Ann Lee')] },
  { id: 's2', name: 'Officials', kind: 'anonymous', mentions: [span('Officials')] },
];

export const SAMPLE_CLAIMS: Claim[] = [
  claim('c1', 'quote', '<script>alert(1)</script> is =SUM(A1) | fine.', {
    source: 's1',
    sourceMention: span('Mayor Ann Lee'),
    cue: span('said'),
    by: 'colon',
  }),
  claim('c2', 'reported', '200 people left', {
    source: 's2',
    sourceMention: span('Officials'),
    cue: span('said', 60),
    numbers: [two],
    by: 'said-that',
  }),
  claim('c3', 'unattributed', '-5 degrees', { hedges: [{ ...span('reportedly'), lemma: 'reportedly' }] }),
];

export function sampleDocument(): DocumentResult {
  return structuredClone({
    id: 'sample.txt',
    path: 'sample.txt',
    sources: SAMPLE_SOURCES,
    claims: SAMPLE_CLAIMS,
    diagnostics: [],
  });
}
