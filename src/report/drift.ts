/**
 * Drift between a golden document and a fresh extraction, as a readable list: claims added (+),
 * removed (-) and changed (~), matched by span; then sources and diagnostics. `path` and `id` are
 * ignored, so golden files do not depend on where they were checked from.
 */
import type { Claim, DocumentResult, Source } from '../types.js';
import { describeNumber } from './rows.js';
import { shorten } from './terminal-text.js';

/** Longest claim text shown in a drift line. */
const EXCERPT = 70;

function describeClaim(claim: Claim, sources: Map<string, Source>): string {
  const source = claim.source === null ? 'no source' : (sources.get(claim.source)?.name ?? claim.source);
  const cue = claim.cue ? `, cue "${claim.cue.text}"` : '';
  return `${claim.id} ${claim.kind} [${claim.start}-${claim.end}] ${source}${cue}: “${shorten(claim.text, EXCERPT)}”`;
}

/** What a reader compares in a claim, field by field. */
function claimFacts(claim: Claim, sources: Map<string, Source>): Record<string, string> {
  return {
    kind: claim.kind,
    source: claim.source === null ? '(none)' : (sources.get(claim.source)?.name ?? claim.source),
    'source kind': claim.source === null ? '' : (sources.get(claim.source)?.kind ?? ''),
    text: claim.text,
    cue: claim.cue ? `${claim.cue.text} [${claim.cue.start}-${claim.cue.end}]` : '(none)',
    mention: claim.sourceMention
      ? `${claim.sourceMention.text} [${claim.sourceMention.start}-${claim.sourceMention.end}]`
      : '(none)',
    numbers: claim.numbers.map(describeNumber).join('; ') || '(none)',
    hedges: claim.hedges.map((h) => h.text).join('; ') || '(none)',
    rule: claim.by ?? '(none)',
  };
}

function claimDrift(golden: DocumentResult, actual: DocumentResult): string[] {
  const goldenSources = new Map(golden.sources.map((s) => [s.id, s]));
  const actualSources = new Map(actual.sources.map((s) => [s.id, s]));
  const key = (c: Claim) => `${c.start}:${c.end}:${c.kind}`;
  const spanKey = (c: Claim) => `${c.start}:${c.end}`;
  const lines: string[] = [];
  const unmatched = new Map<string, Claim[]>();
  for (const c of actual.claims) unmatched.set(spanKey(c), [...(unmatched.get(spanKey(c)) ?? []), c]);
  const take = (c: Claim): Claim | undefined => {
    const list = unmatched.get(spanKey(c));
    if (!list || list.length === 0) return undefined;
    // Prefer the same kind at the same span; otherwise any claim there (reported as a change).
    const index = Math.max(
      0,
      list.findIndex((a) => key(a) === key(c)),
    );
    return list.splice(index, 1)[0];
  };
  for (const g of golden.claims) {
    const a = take(g);
    if (a === undefined) {
      lines.push(`- ${describeClaim(g, goldenSources)}`);
      continue;
    }
    const before = claimFacts(g, goldenSources);
    const after = claimFacts(a, actualSources);
    const changes = Object.keys(before)
      .filter((f) => before[f] !== after[f])
      .map(
        (f) => `${f}: ${JSON.stringify(shorten(before[f], EXCERPT))} → ${JSON.stringify(shorten(after[f], EXCERPT))}`,
      );
    if (changes.length > 0) lines.push(`~ ${g.id} [${g.start}-${g.end}] ${changes.join('; ')}`);
  }
  for (const list of unmatched.values()) for (const a of list) lines.push(`+ ${describeClaim(a, actualSources)}`);
  return lines;
}

function sourceDrift(golden: DocumentResult, actual: DocumentResult): string[] {
  const describe = (s: Source) =>
    `${s.kind}, ${s.mentions.length} mention${s.mentions.length === 1 ? '' : 's'}${s.title ? `, title ${s.title}` : ''}`;
  const before = new Map(golden.sources.map((s) => [s.name, s]));
  const after = new Map(actual.sources.map((s) => [s.name, s]));
  const lines: string[] = [];
  for (const [name, s] of before) {
    const a = after.get(name);
    if (a === undefined) lines.push(`- source "${name}" (${describe(s)})`);
    else if (describe(a) !== describe(s) || JSON.stringify(a.mentions) !== JSON.stringify(s.mentions))
      lines.push(`~ source "${name}": ${describe(s)} → ${describe(a)}`);
  }
  for (const [name, a] of after) if (!before.has(name)) lines.push(`+ source "${name}" (${describe(a)})`);
  return lines;
}

function diagnosticDrift(golden: DocumentResult, actual: DocumentResult): string[] {
  const text = (d: DocumentResult['diagnostics'][number]) => `${d.code} at ${d.line}:${d.column}`;
  const before = golden.diagnostics.map(text);
  const after = actual.diagnostics.map(text);
  return [
    ...before.filter((d) => !after.includes(d)).map((d) => `- diagnostic ${d}`),
    ...after.filter((d) => !before.includes(d)).map((d) => `+ diagnostic ${d}`),
  ];
}

/** Without path and id, for comparison. */
function comparable(document: DocumentResult): string {
  const { path: _path, id: _id, ...rest } = document;
  return JSON.stringify(rest);
}

/** The drift lines (empty when the documents agree, path and id aside). */
export function documentDrift(golden: DocumentResult, actual: DocumentResult): string[] {
  if (comparable(golden) === comparable(actual)) return [];
  const lines = [...claimDrift(golden, actual), ...sourceDrift(golden, actual), ...diagnosticDrift(golden, actual)];
  // Claims in a different order or ids renumbered: same facts, different file.
  return lines.length > 0 ? lines : ['~ same claims and sources, but the order, ids or another field differs'];
}
