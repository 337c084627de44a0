/**
 * Text with overlapping spans -> escaped HTML with properly nested elements. Nested spans nest;
 * a span that crosses another is closed and reopened around it, so every element stays well formed
 * and each span's text is still covered exactly once.
 */
import { escapeHtml } from './html-escape.js';

export interface MarkupSpan {
  start: number;
  end: number;
  /** Opening tag; `first` is false for the fragments reopened after a crossing span closed. */
  open(first: boolean): string;
  close: string;
}

/** Wrap each span of `text` in its element; all text is HTML-escaped. */
export function markup(text: string, spans: readonly MarkupSpan[]): string {
  // Outer spans first at the same start, so that they open first and close last.
  const sorted = spans
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const boundaries = [...new Set([0, text.length, ...sorted.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const stack: MarkupSpan[] = [];
  let next = 0;
  let out = '';
  for (let b = 0; b < boundaries.length; b++) {
    const at = boundaries[b];
    // Close every span ending here; spans above one that ends are closed and reopened after it.
    const lowest = stack.findIndex((s) => s.end <= at);
    if (lowest >= 0) {
      const above = stack.splice(lowest);
      for (let i = above.length - 1; i >= 0; i--) out += above[i].close;
      for (const span of above) {
        if (span.end > at) {
          out += span.open(false);
          stack.push(span);
        }
      }
    }
    while (next < sorted.length && sorted[next].start === at) {
      out += sorted[next].open(true);
      stack.push(sorted[next]);
      next++;
    }
    if (b + 1 < boundaries.length) out += escapeHtml(text.slice(at, boundaries[b + 1]));
  }
  return out;
}
