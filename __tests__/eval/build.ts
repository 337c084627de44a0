/** Hand-built claims, sources and gold documents for the eval unit tests. */
import type { Claim, ClaimKind, DocumentResult, Source, Span } from '../../src/types.js';
import type { GoldDocument } from '../../src/eval/gold.js';

/** The span of the `n`-th occurrence of `needle` in `text`. */
export function at(text: string, needle: string, n = 0): Span {
  let start = -1;
  for (let i = 0; i <= n; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`"${needle}" #${n} not in text`);
  }
  return { text: needle, start, end: start + needle.length };
}

/** A claim on `span`, attributed to `source` at `mention` with `cue`. */
export function claim(id: string, kind: ClaimKind, span: Span, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    kind,
    text: span.text,
    start: span.start,
    end: span.end,
    line: 1,
    column: span.start + 1,
    source: null,
    sourceMention: null,
    cue: null,
    numbers: [],
    hedges: [],
    by: null,
    ...extra,
  };
}

export function source(id: string, name: string, mentions: Span[]): Source {
  return { id, name, kind: 'person', mentions };
}

export function result(id: string, claims: Claim[], sources: Source[] = []): DocumentResult {
  return { id, path: '', claims, sources, diagnostics: [] };
}

export function gold(id: string, text: string, parts: Partial<GoldDocument> = {}): GoldDocument {
  return { id, source: 'test', text, attributions: [], quotes: [], neutral: [], ...parts };
}
