#!/usr/bin/env node
/**
 * Scores a build of the number detector against the numbers suite (__tests__/detect/numbers/suite-rows.ts).
 * Usage: node scripts/number-suite-score.js [dist directory, default ./dist] [--show N]
 * A row counts as right for a field when the numbers found in the sentence agree with the expected ones on it
 * (same count, same order): value; bounds (bound, low, high); change; kind; and "all" (every field and the span).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args.splice(showAt, 2)[1]) : 0;
const dist = resolve(args[0] ?? 'dist');
const rowsPath = new URL('../__tests__/detect/numbers/suite-rows.ts', import.meta.url);
const js = ts.transpileModule(readFileSync(rowsPath, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const { SUITE_ROWS } = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
const { detectNumbers } = await import(pathToFileURL(`${dist}/detect/numbers/index.js`).href);

const FIELDS = {
  value: (n) => n.value,
  bounds: (n) => [n.bound, n.low ?? null, n.high ?? null],
  change: (n) => n.change ?? null,
  kind: (n) => n.kind,
  all: (n) => [
    n.text,
    n.value,
    n.kind,
    n.bound,
    n.low ?? null,
    n.high ?? null,
    n.approximate,
    n.unit ?? null,
    n.change ?? null,
    n.ratio ? [n.ratio.numerator, n.ratio.denominator] : null,
  ],
};
const right = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, 0]));
const misses = [];
for (const [sentence, expected] of SUITE_ROWS) {
  const found = detectNumbers(sentence);
  for (const [field, get] of Object.entries(FIELDS)) {
    const same = JSON.stringify(found.map(get)) === JSON.stringify(expected.map(get));
    if (same) right[field] += 1;
    else if (field === 'all')
      misses.push(`${sentence}\n    got: ${found.map((n) => `${n.text}=${n.value} ${n.kind}`).join('; ') || '(none)'}`);
  }
}
const total = SUITE_ROWS.length;
console.log(`${dist}: ${total} rows`);
for (const field of Object.keys(FIELDS))
  console.log(`  ${field.padEnd(7)} ${right[field]}/${total} = ${(right[field] / total).toFixed(3)}`);
for (const m of misses.slice(0, show)) console.log(`  miss: ${m}`);
