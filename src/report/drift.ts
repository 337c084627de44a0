/**
 * Drift between a golden document and a fresh extraction, as a list of real differences: claims
 * added (+), removed (-) and changed (~, field by field), then sources and diagnostics. Claims are
 * matched by what they are (kind, source, cue, normalised text), not by where they are, so an edit
 * earlier in an article does not make every later claim look removed and added; offsets only break
 * ties. When the only difference is that positions moved, one line says so. `path` and `id` are
 * ignored, so golden files do not depend on where they were checked from.
 */
import type { Claim, Diagnostic, DocumentResult, Source } from '../types.js';
import { describeNumber } from './rows.js';
import { shorten } from './terminal-text.js';

/** Longest value shown in a drift line. */
const EXCERPT = 70;

/** Largest (golden × actual) number of leftover claims compared by their words (the third matching pass). */
const SIMILARITY_BUDGET = 250_000;

/** Share of words two claim texts must have in common to be one claim whose text changed. */
const SIMILAR_WORDS = 0.5;

export type DriftChange = 'added' | 'removed' | 'changed' | 'moved' | 'reordered';

/** One difference, with the place it concerns (for annotations): the new article's, or the golden file's for a removal. */
export interface DriftEntry {
  change: DriftChange;
  subject: 'claim' | 'source' | 'diagnostic' | 'document';
  /** 1-based line and column, when the difference has a place. */
  line?: number;
  column?: number;
  /** The readable line, e.g. `+ c2 reported [237-362] James Jeffrey, cue "confirmed": “…”`. */
  text: string;
}

/** Claim text as compared: white space collapsed, case folded, curly quotes and dashes made plain. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function sourceName(claim: Claim, sources: Map<string, Source>): string {
  return claim.source === null ? '' : (sources.get(claim.source)?.name ?? claim.source);
}

function describeClaim(claim: Claim, sources: Map<string, Source>): string {
  const source = claim.source === null ? 'no source' : sourceName(claim, sources);
  const cue = claim.cue ? `, cue "${claim.cue.text}"` : '';
  return `${claim.id} ${claim.kind} [${claim.start}-${claim.end}] ${source}${cue}: “${shorten(claim.text, EXCERPT)}”`;
}

/** What a reader compares in a claim, field by field; positions are left out (they are compared apart). */
function claimFacts(claim: Claim, sources: Map<string, Source>): Record<string, string> {
  return {
    kind: claim.kind,
    source: claim.source === null ? '(none)' : sourceName(claim, sources),
    'source kind': claim.source === null ? '' : (sources.get(claim.source)?.kind ?? ''),
    text: claim.text,
    cue: claim.cue?.text ?? '(none)',
    mention: claim.sourceMention?.text ?? '(none)',
    numbers: claim.numbers.map(describeNumber).join('; ') || '(none)',
    hedges: claim.hedges.map((h) => h.text).join('; ') || '(none)',
    rule: claim.by ?? '(none)',
  };
}

/** Every offset of a claim, for "only positions moved". */
function claimPlaces(claim: Claim): string {
  const spans = [claim, claim.cue, claim.sourceMention, ...claim.numbers, ...claim.hedges];
  return spans.map((s) => (s === null ? '-' : `${s.start}-${s.end}`)).join(',');
}

/**
 * The two sides of a changed value, each short enough to read and never shown as equal: long values are
 * cut around their first difference.
 */
export function contrast(before: string, after: string): [string, string] {
  if (before.length <= EXCERPT && after.length <= EXCERPT) return [before, after];
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  const from = Math.max(0, same - 20);
  const cut = (value: string) => {
    const excerpt = shorten(value.slice(from), EXCERPT);
    return from > 0 ? `…${excerpt}` : excerpt;
  };
  return [cut(before), cut(after)];
}

function words(text: string): Set<string> {
  return new Set(
    normaliseText(text)
      .split(/[^\p{L}\p{N}']+/u)
      .filter((w) => w !== ''),
  );
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pair claims in three passes: same identity, same text, then same kind with most words in common. */
function pairClaims(
  golden: Claim[],
  actual: Claim[],
  goldenSources: Map<string, Source>,
  actualSources: Map<string, Source>,
) {
  const pairs: [Claim, Claim][] = [];
  const leftGolden = new Set(golden);
  const leftActual = new Set(actual);
  const pass = (keyOf: (c: Claim, sources: Map<string, Source>) => string) => {
    const waiting = new Map<string, Claim[]>();
    for (const a of actual) {
      if (!leftActual.has(a)) continue;
      const key = keyOf(a, actualSources);
      const list = waiting.get(key);
      if (list) list.push(a);
      else waiting.set(key, [a]);
    }
    // Both sides in text order: the k-th golden claim with a key meets the k-th new one (offsets break ties).
    for (const g of golden) {
      if (!leftGolden.has(g)) continue;
      const a = waiting.get(keyOf(g, goldenSources))?.shift();
      if (a === undefined) continue;
      pairs.push([g, a]);
      leftGolden.delete(g);
      leftActual.delete(a);
    }
  };
  pass((c, sources) =>
    [c.kind, sourceName(c, sources), normaliseText(c.cue?.text ?? ''), normaliseText(c.text)].join('\u0000'),
  );
  pass((c) => normaliseText(c.text));
  if (leftGolden.size * leftActual.size <= SIMILARITY_BUDGET) {
    const actualWords = new Map([...leftActual].map((a) => [a, words(a.text)]));
    for (const g of [...leftGolden]) {
      const gWords = words(g.text);
      let best: Claim | undefined;
      let bestScore = SIMILAR_WORDS;
      for (const a of leftActual) {
        if (a.kind !== g.kind) continue;
        const score = similarity(gWords, actualWords.get(a) ?? new Set());
        if (score >= bestScore && (best === undefined || score > bestScore)) {
          best = a;
          bestScore = score;
        }
      }
      if (best === undefined) continue;
      pairs.push([g, best]);
      leftGolden.delete(g);
      leftActual.delete(best);
    }
  }
  return { pairs, removed: [...leftGolden], added: [...leftActual] };
}

interface Moves {
  claims: number;
  mentions: number;
  diagnostics: number;
}

function claimDrift(golden: DocumentResult, actual: DocumentResult, moves: Moves): DriftEntry[] {
  const goldenSources = new Map(golden.sources.map((s) => [s.id, s]));
  const actualSources = new Map(actual.sources.map((s) => [s.id, s]));
  const { pairs, removed, added } = pairClaims(golden.claims, actual.claims, goldenSources, actualSources);
  const entries: DriftEntry[] = [];
  for (const [g, a] of pairs) {
    const before = claimFacts(g, goldenSources);
    const after = claimFacts(a, actualSources);
    const changes = Object.keys(before)
      .filter((f) => before[f] !== after[f])
      .map((f) => {
        const [b, n] = contrast(before[f], after[f]);
        return `${f}: ${JSON.stringify(b)} → ${JSON.stringify(n)}`;
      });
    if (changes.length > 0) {
      const id = g.id === a.id ? a.id : `${g.id}→${a.id}`;
      entries.push({
        change: 'changed',
        subject: 'claim',
        line: a.line,
        column: a.column,
        text: `~ ${id} [${a.start}-${a.end}] ${changes.join('; ')}`,
      });
    } else if (claimPlaces(g) !== claimPlaces(a)) {
      moves.claims++;
    }
  }
  for (const g of removed)
    entries.push({
      change: 'removed',
      subject: 'claim',
      line: g.line,
      column: g.column,
      text: `- ${describeClaim(g, goldenSources)}`,
    });
  for (const a of added)
    entries.push({
      change: 'added',
      subject: 'claim',
      line: a.line,
      column: a.column,
      text: `+ ${describeClaim(a, actualSources)}`,
    });
  return entries;
}

function sourceDrift(golden: DocumentResult, actual: DocumentResult, moves: Moves): DriftEntry[] {
  const describe = (s: Source) =>
    `${s.kind}, ${s.mentions.length} mention${s.mentions.length === 1 ? '' : 's'}${s.title ? `, title ${s.title}` : ''}`;
  const mentionTexts = (s: Source) => JSON.stringify(s.mentions.map((m) => m.text));
  const before = new Map(golden.sources.map((s) => [s.name, s]));
  const after = new Map(actual.sources.map((s) => [s.name, s]));
  const entries: DriftEntry[] = [];
  const at = (s: Source, text: string, change: DriftChange): DriftEntry => ({
    change,
    subject: 'source',
    text,
    ...lineOfMention(change === 'removed' ? golden : actual, s),
  });
  for (const [name, s] of before) {
    const a = after.get(name);
    if (a === undefined) entries.push(at(s, `- source "${name}" (${describe(s)})`, 'removed'));
    else if (describe(a) !== describe(s) || mentionTexts(a) !== mentionTexts(s))
      entries.push(at(a, `~ source "${name}": ${describe(s)}${mentionChange(s, a)} → ${describe(a)}`, 'changed'));
    else if (JSON.stringify(a.mentions) !== JSON.stringify(s.mentions)) moves.mentions += a.mentions.length;
  }
  for (const [name, a] of after)
    if (!before.has(name)) entries.push(at(a, `+ source "${name}" (${describe(a)})`, 'added'));
  return entries;
}

/** When the mention count is the same but what they say differs, name the first mention that differs. */
function mentionChange(before: Source, after: Source): string {
  if (before.mentions.length !== after.mentions.length) return '';
  const i = before.mentions.findIndex((m, k) => m.text !== after.mentions[k].text);
  return i < 0 ? '' : ` (mention ${i + 1} "${before.mentions[i].text}" → "${after.mentions[i].text}")`;
}

/** The line of a source's first mention: claims carry line numbers, mentions do not, so the first claim ending after it. */
function lineOfMention(document: DocumentResult, source: Source): { line?: number } {
  if (source.mentions.length === 0) return {};
  const start = source.mentions[0].start;
  const claim = document.claims.find((c) => c.end >= start);
  return claim ? { line: claim.line } : {};
}

function diagnosticDrift(golden: DocumentResult, actual: DocumentResult, moves: Moves): DriftEntry[] {
  const key = (d: Diagnostic) => `${d.code}\u0000${d.message}`;
  const waiting = new Map<string, Diagnostic[]>();
  for (const d of actual.diagnostics) waiting.set(key(d), [...(waiting.get(key(d)) ?? []), d]);
  const entries: DriftEntry[] = [];
  for (const g of golden.diagnostics) {
    const a = waiting.get(key(g))?.shift();
    if (a === undefined)
      entries.push({
        change: 'removed',
        subject: 'diagnostic',
        line: g.line,
        column: g.column,
        text: `- diagnostic ${g.code} at ${g.line}:${g.column}`,
      });
    else if (a.start !== g.start || a.end !== g.end) moves.diagnostics++;
  }
  for (const list of waiting.values())
    for (const a of list)
      entries.push({
        change: 'added',
        subject: 'diagnostic',
        line: a.line,
        column: a.column,
        text: `+ diagnostic ${a.code} at ${a.line}:${a.column}`,
      });
  return entries;
}

/** Without path and id, for comparison. */
function comparable(document: DocumentResult): string {
  const { path: _path, id: _id, ...rest } = document;
  return JSON.stringify(rest);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The differences, in this order: claims (by place), sources, diagnostics, then one line for moved positions. */
export function driftEntries(golden: DocumentResult, actual: DocumentResult): DriftEntry[] {
  if (comparable(golden) === comparable(actual)) return [];
  const moves: Moves = { claims: 0, mentions: 0, diagnostics: 0 };
  const claims = claimDrift(golden, actual, moves).sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const entries = [...claims, ...sourceDrift(golden, actual, moves), ...diagnosticDrift(golden, actual, moves)];
  const moved = [
    moves.claims > 0 ? plural(moves.claims, 'claim') : '',
    moves.mentions > 0 ? plural(moves.mentions, 'source mention') : '',
    moves.diagnostics > 0 ? plural(moves.diagnostics, 'diagnostic') : '',
  ].filter((m) => m !== '');
  if (moved.length > 0) {
    const rest = entries.length === 0 ? 'only positions moved, the claims are the same' : 'otherwise the same';
    entries.push({ change: 'moved', subject: 'document', text: `= positions moved for ${moved.join(', ')} (${rest})` });
  }
  // Same facts, different file: claims in another order, ids renumbered.
  if (entries.length === 0)
    entries.push({
      change: 'reordered',
      subject: 'document',
      text: '~ same claims and sources, but the order, ids or another field differs',
    });
  return entries;
}

/** The drift lines (empty when the documents agree, path and id aside). */
export function documentDrift(golden: DocumentResult, actual: DocumentResult): string[] {
  return driftEntries(golden, actual).map((e) => e.text);
}

/** Whether every difference is a moved position (the article was edited, no claim changed). */
export function onlyPositionsMoved(entries: readonly DriftEntry[]): boolean {
  return entries.length > 0 && entries.every((e) => e.change === 'moved');
}
