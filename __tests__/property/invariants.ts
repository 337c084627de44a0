/**
 * The invariants every extraction result must keep, whatever the input: spans in bounds and equal to
 * the text they point at, claims in text order, source ids that exist, line/column that match the offsets.
 * Returns the broken invariants as readable strings (empty when all hold), so a failing property shows them.
 */
import type { DocumentResult, Span } from '../../src/types.js';

/** Line and column of an offset, computed the slow obvious way ("\r\n", "\n", lone "\r" end a line). */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  // A "\r" right before the offset may be the first half of a "\r\n" that the offset splits.
  if (before.endsWith('\r') && text[offset] === '\n')
    return { line: lines.length - 1, column: lines[lines.length - 2].length + 2 };
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Whether to recompute line/column per claim (quadratic: only on small texts). */
const POSITION_CHECK_LIMIT = 20_000;

export function brokenInvariants(text: string, result: DocumentResult): string[] {
  const broken: string[] = [];
  const checkSpan = (where: string, span: Span | null | undefined) => {
    if (span === null || span === undefined) return;
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      broken.push(`${where}: [${start}, ${end}) out of bounds (length ${text.length})`);
    } else if (text.slice(start, end) !== span.text) {
      broken.push(
        `${where}: text ${JSON.stringify(span.text)} != slice ${JSON.stringify(text.slice(start, end))} at [${start}, ${end})`,
      );
    }
  };
  const sourceIds = new Set(result.sources.map((s) => s.id));
  result.sources.forEach((source, i) =>
    source.mentions.forEach((m, k) => checkSpan(`sources[${i}].mentions[${k}]`, m)),
  );
  result.claims.forEach((claim, i) => {
    const at = `claims[${i}] (${claim.id})`;
    checkSpan(at, claim);
    checkSpan(`${at}.sourceMention`, claim.sourceMention);
    checkSpan(`${at}.cue`, claim.cue);
    claim.numbers.forEach((n, k) => checkSpan(`${at}.numbers[${k}]`, n));
    claim.hedges.forEach((h, k) => checkSpan(`${at}.hedges[${k}]`, h));
    if (claim.id !== `c${i + 1}`) broken.push(`${at}: id should be c${i + 1}`);
    if (claim.source !== null && !sourceIds.has(claim.source))
      broken.push(`${at}: source ${claim.source} is not in sources`);
    if (i > 0 && result.claims[i - 1].start > claim.start)
      broken.push(`${at}: starts at ${claim.start}, before the previous claim (${result.claims[i - 1].start})`);
    if (text.length <= POSITION_CHECK_LIMIT) {
      const expected = position(text, claim.start);
      if (claim.line !== expected.line || claim.column !== expected.column)
        broken.push(`${at}: line:column ${claim.line}:${claim.column}, expected ${expected.line}:${expected.column}`);
    }
  });
  result.diagnostics.forEach((d, i) => {
    if (!Number.isInteger(d.start) || !Number.isInteger(d.end) || d.start < 0 || d.end < d.start || d.end > text.length)
      broken.push(`diagnostics[${i}]: [${d.start}, ${d.end}) out of bounds`);
  });
  return broken;
}

/** A JSON round trip of a result, as `--format json` writes and a consumer reads it. */
export function jsonRoundTrip(result: DocumentResult): unknown {
  return JSON.parse(JSON.stringify(result));
}
