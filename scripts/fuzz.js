#!/usr/bin/env node
/**
 * The long fuzz run: the properties of __tests__/property/extract.property.test.ts, 100,000 cases
 * (90% short random strings, 10% mutations of a real article). Needs `npm run build` first (npm run fuzz does it).
 * Usage: node scripts/fuzz.js [cases] [--seed n]   Prints the seed; a failure prints a replayable counterexample.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { extract } from '../dist/pipeline.js';

const ARTICLE = readFileSync(new URL('../fixtures/syria-clashes.txt', import.meta.url), 'utf8');
/** Quote marks, attribution words, and names that are also Object.prototype keys (a lookup trap in plain objects). */
const SOUP = [
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  'a',
  'b',
  'Z',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '.',
  ',',
  '!',
  ' said ',
  ' he said',
  ' Jeffrey',
  ' according to ',
  'The Times',
  ':',
  ' The constructor',
  ' __proto__',
  ' valueOf',
];

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : Date.now() % 2 ** 31;
const total = Number(args[0] ?? 100_000);

/** The broken invariants of one result (the same checks as __tests__/property/invariants.ts, without line:column). */
function broken(text, result) {
  const problems = [];
  const span = (where, s) => {
    if (!s) return;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > text.length)
      problems.push(`${where} out of bounds`);
    else if (text.slice(s.start, s.end) !== s.text) problems.push(`${where} text != slice`);
  };
  const ids = new Set(result.sources.map((s) => s.id));
  result.sources.forEach((s, i) => s.mentions.forEach((m, k) => span(`sources[${i}].mentions[${k}]`, m)));
  result.claims.forEach((c, i) => {
    span(`claims[${i}]`, c);
    span(`claims[${i}].sourceMention`, c.sourceMention);
    span(`claims[${i}].cue`, c.cue);
    c.numbers.forEach((n, k) => span(`claims[${i}].numbers[${k}]`, n));
    c.hedges.forEach((h, k) => span(`claims[${i}].hedges[${k}]`, h));
    if (c.source !== null && !ids.has(c.source)) problems.push(`claims[${i}].source missing`);
    if (i > 0 && result.claims[i - 1].start > c.start) problems.push(`claims[${i}] out of order`);
  });
  result.diagnostics.forEach((d, i) => {
    if (d.start < 0 || d.end < d.start || d.end > text.length) problems.push(`diagnostics[${i}] out of bounds`);
  });
  return problems;
}

function holds(text) {
  const first = extract(text, { path: 'fuzz.txt' });
  const problems = broken(text, first);
  if (!isDeepStrictEqual(extract(text, { path: 'fuzz.txt' }), first)) problems.push('not deterministic');
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(first)), first)) problems.push('JSON round trip differs');
  if (problems.length > 0) throw new Error(problems.join('; '));
}

function mutate(text, edits) {
  let out = text;
  for (const { kind, at, length } of edits) {
    const i = Math.min(out.length, Math.floor(at * out.length));
    const piece = out.slice(i, i + length);
    if (kind === 'delete') out = out.slice(0, i) + out.slice(i + length);
    else if (kind === 'duplicate') out = out.slice(0, i) + piece + out.slice(i);
    else out = out.slice(0, i) + out.slice(i + length, i + 2 * length) + piece + out.slice(i + 2 * length);
  }
  return out;
}

const mutation = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 40 }),
});
const runs = [
  ['unicode', fc.string({ unit: 'binary', maxLength: 300 }), holds, 0.35],
  ['graphemes', fc.string({ unit: 'grapheme', maxLength: 150 }), holds, 0.15],
  ['quote soup', fc.array(fc.constantFrom(...SOUP), { maxLength: 150 }).map((p) => p.join('')), holds, 0.4],
  [
    'article mutations',
    fc.array(mutation, { minLength: 1, maxLength: 12 }),
    (edits) => holds(mutate(ARTICLE, edits)),
    0.1,
  ],
];

console.log(`fuzz: ${total} cases, seed ${seed}`);
const started = Date.now();
let failed = false;
for (const [name, arbitrary, check, share] of runs) {
  const numRuns = Math.round(total * share);
  const t = Date.now();
  const details = fc.check(fc.property(arbitrary, check), { numRuns, seed });
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(
      `${name}: FAILED after ${details.numRuns} cases (${seconds} s): ${details.errorInstance?.message ?? details.error}`,
    );
    console.log(`  counterexample: ${JSON.stringify(details.counterexample)}`);
    console.log(`  replay: node scripts/fuzz.js ${total} --seed ${seed}`);
  } else console.log(`${name}: ${numRuns} cases passed (${seconds} s)`);
}
console.log(`fuzz: ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = failed ? 1 : 0;
