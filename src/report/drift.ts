/**
 * Drift between a golden document and a fresh extraction, as a list of real differences: claims
 * added (+), removed (-) and changed (~, field by field), then sources (gender included), diagnostics and the
 * document's own fields (zones, neutral quotes, dateline, byline), each change named by its field. Claims are
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

/** How many of each thing only moved, by what it is called in the `=` line ("claim", "source mention", "zone"…). */
type Moves = Map<string, number>;

function moved(moves: Moves, what: string, count = 1): void {
  if (count > 0) moves.set(what, (moves.get(what) ?? 0) + count);
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
      moved(moves, 'claim');
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
    else if (JSON.stringify(a.mentions) !== JSON.stringify(s.mentions))
      moved(moves, 'source mention', a.mentions.length);
  }
  for (const [name, s] of before) {
    const a = after.get(name);
    const fields = a === undefined ? [] : sourceFieldChanges(s, a, moves);
    if (a !== undefined && fields.length > 0)
      entries.push(at(a, `~ source "${name}": ${fields.join('; ')}`, 'changed'));
  }
  for (const [name, a] of after)
    if (!before.has(name)) entries.push(at(a, `+ source "${name}" (${describe(a)})`, 'added'));
  return entries;
}

/** Fields of a source the describe line leaves out, compared by name (so a field added later is shown too). */
const SOURCE_FIELDS_SHOWN = new Set(['id', 'name', 'kind', 'title', 'mentions', 'genderEvidence']);

/** A value as a drift line shows it: JSON, or "none" when absent. */
function shown(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}

/**
 * What else changed in a source: `gender null → "female"`, `gender evidence none → pronoun "she" (female)`;
 * evidence words that only moved are counted as moved.
 */
function sourceFieldChanges(before: Source, after: Source, moves: Moves): string[] {
  const changes: string[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (SOURCE_FIELDS_SHOWN.has(key)) continue;
    const b = shown((before as unknown as Record<string, unknown>)[key]);
    const a = shown((after as unknown as Record<string, unknown>)[key]);
    if (b !== a) changes.push(`${key} ${contrast(b, a).join(' → ')}`);
  }
  const evidence = (s: Source) =>
    (s.genderEvidence ?? []).map((e) => `${e.kind} "${e.text}" (${e.gender})`).join(', ') || 'none';
  if (evidence(before) !== evidence(after))
    changes.push(`gender evidence ${contrast(evidence(before), evidence(after)).join(' → ')}`);
  else if (JSON.stringify(before.genderEvidence) !== JSON.stringify(after.genderEvidence))
    moved(moves, 'gender evidence word', after.genderEvidence?.length ?? 0);
  return changes;
}

/** The document's own fields besides its sources, claims and diagnostics (furniture, neutral quotes…). */
const DOCUMENT_FIELDS_SHOWN = new Set(['id', 'path', 'sources', 'claims', 'diagnostics']);

/** One span of a list as compared, position aside: its kind and text, and the two as one key. */
interface SpanFact {
  kind: string;
  text: string;
  key: string;
}

/** What a list of spans holds, position aside; null when the value is not a list. */
function spanFacts(value: unknown): SpanFact[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((v: { kind?: string; text?: string }) => {
    const kind = v.kind ?? '';
    const text = JSON.stringify(v.text ?? '');
    return { kind, text, key: `${kind} ${text}`.trim() };
  });
}

/** An object without its offsets, as a drift line shows it: `"By Ann Lee" (name "Ann Lee")`. */
function objectFacts(value: unknown): string {
  if (value === undefined || value === null || typeof value !== 'object') return shown(value);
  const { start: _start, end: _end, text, ...rest } = value as Record<string, unknown>;
  const details = Object.entries(rest).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  return `${JSON.stringify(text)}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** Items of `a` that `b` lacks, as a multiset. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n === 0) return true;
    left.set(x, n - 1);
    return false;
  });
}

const FIELD_NAMES: Record<string, string> = { zones: 'zone', neutralQuotes: 'neutral quote' };

/**
 * Changes in the document's other fields: `~ zones: 1 → 2 (+ dateline "WASHINGTON (Reuters) -")`,
 * `~ byline: none → "By Ann Lee" (name "Ann Lee")`; lists and objects that only moved are counted as moved.
 */
function documentFieldDrift(golden: DocumentResult, actual: DocumentResult, moves: Moves): DriftEntry[] {
  const g = golden as unknown as Record<string, unknown>;
  const a = actual as unknown as Record<string, unknown>;
  const entries: DriftEntry[] = [];
  const keys = [...new Set([...Object.keys(g), ...Object.keys(a)])].filter((k) => !DOCUMENT_FIELDS_SHOWN.has(k));
  for (const key of keys) {
    if (JSON.stringify(g[key]) === JSON.stringify(a[key])) continue;
    const before = spanFacts(g[key] ?? []);
    const after = spanFacts(a[key] ?? []);
    let text: string;
    if (before !== null && after !== null) {
      const removed = without(
        before.map((f) => f.key),
        after.map((f) => f.key),
      );
      const added = without(
        after.map((f) => f.key),
        before.map((f) => f.key),
      );
      if (removed.length === 0 && added.length === 0) {
        const shifted = after.filter(
          (f, i) => JSON.stringify((a[key] as unknown[])[i]) !== JSON.stringify((g[key] as unknown[])[i]),
        );
        moved(moves, FIELD_NAMES[key] ?? key, shifted.length);
        continue;
      }
      const gone = before.find((f) => f.key === removed[0]);
      const come = after.find((f) => f.key === added[0]);
      if (removed.length === 1 && added.length === 1 && gone !== undefined && come?.kind === gone.kind) {
        // One span whose words changed: `~ zones: headline "…in Syria" → "…in northern Syria"`.
        text = `~ ${key}: ${`${gone.kind} `.trimStart()}${contrast(gone.text, come.text).join(' → ')}`;
      } else {
        const list = [...removed.map((x) => `- ${x}`), ...added.map((x) => `+ ${x}`)].join('; ');
        text = `~ ${key}: ${before.length} → ${after.length} (${shorten(list, EXCERPT * 2)})`;
      }
    } else {
      const [b, n] = [objectFacts(g[key]), objectFacts(a[key])];
      if (b === n) {
        moved(moves, key);
        continue;
      }
      text = `~ ${key}: ${contrast(b, n).join(' → ')}`;
    }
    entries.push({ change: 'changed', subject: 'document', text });
  }
  return entries;
}

/** The first place two JSON values differ, as `claims[2].id: "c3" → "c4"`; null when they are equal. */
export function firstDifference(before: unknown, after: unknown, path = ''): string | null {
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  const bothObjects =
    !bothArrays &&
    typeof before === 'object' &&
    typeof after === 'object' &&
    before !== null &&
    after !== null &&
    !Array.isArray(before) &&
    !Array.isArray(after);
  if (bothArrays) {
    const [b, a] = [before as unknown[], after as unknown[]];
    for (let i = 0; i < Math.min(b.length, a.length); i++) {
      const inner = firstDifference(b[i], a[i], `${path}[${i}]`);
      if (inner !== null) return inner;
    }
    return `${path}: ${plural(b.length, 'item')} → ${plural(a.length, 'item')}`;
  }
  if (bothObjects) {
    const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const inner = firstDifference(b[key], a[key], path === '' ? key : `${path}.${key}`);
      if (inner !== null) return inner;
    }
    return null;
  }
  return `${path}: ${contrast(shown(before), shown(after)).join(' → ')}`;
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
    else if (a.start !== g.start || a.end !== g.end) moved(moves, 'diagnostic');
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
  const moves: Moves = new Map();
  const claims = claimDrift(golden, actual, moves).sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const entries = [
    ...claims,
    ...sourceDrift(golden, actual, moves),
    ...diagnosticDrift(golden, actual, moves),
    ...documentFieldDrift(golden, actual, moves),
  ];
  if (moves.size > 0) {
    const rest = entries.length === 0 ? 'only positions moved, the claims are the same' : 'otherwise the same';
    const what = [...moves].map(([name, n]) => plural(n, name)).join(', ');
    entries.push({ change: 'moved', subject: 'document', text: `= positions moved for ${what} (${rest})` });
  }
  // Same facts, different file (claims in another order, ids renumbered, a field not compared above): say where.
  if (entries.length === 0) {
    const where = firstDifference(JSON.parse(comparable(golden)), JSON.parse(comparable(actual)));
    entries.push({
      change: 'reordered',
      subject: 'document',
      text: `~ same claims and sources, but the file differs at ${where ?? 'an unknown place'}`,
    });
  }
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
