/**
 * Rows: one flat record per claim, shared by the table, CSV, Markdown and HTML reporters.
 * Values are plain strings; escaping for each medium happens in the reporter that writes them.
 */
import type { Claim, ClaimKind, DocumentResult, NumberValue, Source, SourceKind } from '../types.js';

export interface ClaimRow {
  id: string;
  kind: string;
  source: string;
  sourceKind: string;
  cue: string;
  text: string;
  numbers: string;
  hedges: string;
  line: number;
  column: number;
  start: number;
  end: number;
  /** Weakest backing: hedged and attributed to no one. */
  weak: boolean;
}

/** Column names for --fields, in default order. */
export const ROW_FIELDS = [
  'id',
  'kind',
  'source',
  'sourceKind',
  'cue',
  'text',
  'numbers',
  'hedges',
  'line',
  'column',
  'start',
  'end',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/**
 * A number as a reader says it: "≤200 attackers", "~12 times", "2014–2017", "↑4.1%" (a change),
 * "21st century" (an ordinal, never a bare count), "1 in 4 voters" (a ratio), "Sept. 11" (a date, as written).
 */
export function describeNumber(n: NumberValue): string {
  if (n.kind === 'date') return n.text;
  const arrow = n.change === 'up' ? '↑' : n.change === 'down' ? '↓' : '';
  const prefix = n.bound === 'upper' ? '≤' : n.bound === 'lower' ? '≥' : n.approximate ? '~' : '';
  let value =
    n.kind === 'range' && n.low !== undefined && n.high !== undefined ? `${n.low}–${n.high}` : String(n.value);
  if (n.ratio) value = `${n.ratio.numerator} in ${n.ratio.denominator}`;
  if (n.kind === 'ordinal') value = `${n.value}${ordinalSuffix(n.value)}`;
  const unit = n.unit === 'percent' ? '%' : n.unit ? ` ${n.unit}` : '';
  return `${arrow}${prefix}${value}${unit}`;
}

/** English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
function ordinalSuffix(v: number): string {
  const lastTwo = Math.abs(v) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Math.abs(v) % 10] ?? 'th';
}

function sourceOf(claim: Claim, sources: Map<string, Source>): Source | undefined {
  return claim.source === null ? undefined : sources.get(claim.source);
}

/** The rows of one document. */
export function claimRows(document: DocumentResult): ClaimRow[] {
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  return document.claims.map((claim) => {
    const source = sourceOf(claim, sources);
    return {
      id: claim.id,
      kind: claim.kind,
      source: source?.name ?? '',
      sourceKind: source?.kind ?? '',
      cue: claim.cue?.text ?? '',
      text: claim.text,
      numbers: claim.numbers.map(describeNumber).join('; '),
      hedges: claim.hedges.map((h) => h.text).join('; '),
      line: claim.line,
      column: claim.column,
      start: claim.start,
      end: claim.end,
      weak: claim.source === null && claim.hedges.length > 0,
    };
  });
}

/** Claim kinds and source kinds in the order every summary (a document's line, the corpus report) lists them. */
export const CLAIM_KINDS: readonly ClaimKind[] = ['quote', 'partial-quote', 'reported', 'unattributed'];
export const SOURCE_KINDS: readonly SourceKind[] = ['person', 'organization', 'media', 'group', 'anonymous', 'unknown'];

/** "1 claim", "2 claims". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "3 quote, 1 reported" in the fixed kind order (kinds with no item left out), or "none". */
function countByKind(values: readonly string[], order: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const known = order.filter((k) => counts.has(k));
  const others = [...counts.keys()].filter((k) => !order.includes(k)).sort();
  return [...known, ...others].map((k) => `${counts.get(k)} ${k}`).join(', ') || 'none';
}

/** One line that sums up a document: claims by kind, sources by kind, unattributed numbers. */
export function summary(document: DocumentResult): string {
  const unattributedNumbers = document.claims
    .filter((c) => c.source === null)
    .reduce((n, c) => n + c.numbers.length, 0);
  const claims = countByKind(
    document.claims.map((c) => c.kind),
    CLAIM_KINDS,
  );
  const sources = countByKind(
    document.sources.map((s) => s.kind),
    SOURCE_KINDS,
  );
  return `${plural(document.claims.length, 'claim')} (${claims}); ${plural(document.sources.length, 'source')} (${sources}); ${plural(unattributedNumbers, 'unattributed number')}`;
}

/** The heading of a document: its path, and its record id when it has one of its own (a record of an NDJSON input). */
export function documentHeading(document: DocumentResult): string {
  if (document.path === '') return document.id;
  return document.id !== document.path ? `${document.path} › ${document.id}` : document.path;
}
