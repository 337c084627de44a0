/** Checks that hold on every extraction result: spans match the text, are in bounds, claims are sorted. */
import { expect } from '@jest/globals';
import type { DocumentResult, Span } from '../src/types.js';

/** Every span of a document, with a label saying where it came from. */
export function allSpans(document: DocumentResult): [string, Span][] {
  const spans: [string, Span][] = [];
  for (const source of document.sources) for (const m of source.mentions) spans.push([`${source.id} mention`, m]);
  for (const claim of document.claims) {
    spans.push([claim.id, claim]);
    if (claim.sourceMention) spans.push([`${claim.id} sourceMention`, claim.sourceMention]);
    if (claim.cue) spans.push([`${claim.id} cue`, claim.cue]);
    for (const n of claim.numbers) spans.push([`${claim.id} number`, n]);
    for (const h of claim.hedges) spans.push([`${claim.id} hedge`, h]);
  }
  return spans;
}

export function expectValidDocument(text: string, document: DocumentResult): void {
  for (const [label, span] of allSpans(document)) {
    expect({ label, text: text.slice(span.start, span.end) }).toEqual({ label, text: span.text });
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.start).toBeLessThan(span.end);
  }
  const starts = document.claims.map((c) => c.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  const ids = new Set(document.sources.map((s) => s.id));
  for (const claim of document.claims) if (claim.source !== null) expect(ids.has(claim.source)).toBe(true);
}
