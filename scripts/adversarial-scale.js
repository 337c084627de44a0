#!/usr/bin/env node
/**
 * Seconds per MB of extract() on adversarial text, at growing sizes, to find super-linear stages.
 * Usage (after `npm run build`): node scripts/adversarial-scale.js [case|all] [sizes in MB, e.g. 1,2,4] [--limit seconds]
 * A size is skipped once the previous size of the same case took longer than --limit (default 300 s).
 */
import { readFileSync } from 'node:fs';
import { extract } from '../dist/pipeline.js';

const ARTICLE = readFileSync(new URL('../fixtures/syria-clashes.txt', import.meta.url), 'utf8');
const MB = 1 << 20;
const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The adversarial cases: each builds a text of `n` UTF-16 code units. */
const CASES = {
  'open-quotes': (n) => fill('“', n),
  'straight-quotes': (n) => fill('"', n),
  'alternating-quotes': (n) => fill('“‘', n),
  'quotes-between-words': (n) => fill('“Yes he said ', n),
  'long-sentence': (n) => fill('the army moved north and then back south again ', n),
  'no-punctuation-with-cues': (n) => fill('officials say the army moves north and nobody knows why ', n),
  'article-paragraphs': (n) => fill(`${ARTICLE}\n\n`, n),
  'article-one-line': (n) => fill(`${ARTICLE.replace(/\s*\n\s*/g, ' ')} `, n),
  'mixed-scripts-emoji': (n) => fill('Путин said “مرحبا 你好 👍🏽 e\u0301,” he said. ', n),
  'one-long-word': (n) => fill('a', n),
  // Numbers (issue 15): long digit runs, hyphens only, "and a half" repeated, chained magnitudes and bounds.
  'long-digit-run': (n) => fill('1234567890', n),
  hyphens: (n) => fill('-', n),
  'and-a-half': (n) => fill('two and a half and a half ', n),
  'number-chains': (n) => fill('$3-400-million-1/2/3 .5 minus 7 more than 5 and less than 6 and ', n),
};

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : 300;
const [which = 'all', sizeList = '1,2,4'] = args;
const sizes = sizeList.split(',').map(Number);
const names = which === 'all' ? Object.keys(CASES) : which.split(',');

for (const name of names) {
  let last = 0;
  for (const size of sizes) {
    if (last > limit) {
      console.log(`${name}\t${size} MB\tskipped (previous size took ${last.toFixed(1)} s > ${limit} s)`);
      continue;
    }
    const text = CASES[name](Math.round(size * MB));
    const started = process.hrtime.bigint();
    const result = extract(text);
    last = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `${name}\t${size} MB\t${last.toFixed(2)} s\t${(last / size).toFixed(2)} s/MB\t${result.claims.length} claims`,
    );
  }
}
