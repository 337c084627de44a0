// Does extraction time grow linearly? One document of N MB and one of 10×N MB, both news text
// (the fixtures, repeated as paragraphs), timed in one process. `npm run build` first.
// Usage: node scripts/scale.js [N MB, default 2]   (so 2 MB and 20 MB: a single 20 MB article)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/index.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, 'fixtures');
const article = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'))
  .join('\n\n');
const small = Number(process.argv[2] ?? 2);

/** A text of about `mb` MB made of whole copies of the fixtures. */
function textOf(mb) {
  const copies = Math.ceil((mb * 1024 * 1024) / article.length);
  return Array.from({ length: copies }, () => article).join('\n\n');
}

function timed(text) {
  const start = performance.now();
  const result = extract(text);
  return { seconds: (performance.now() - start) / 1000, claims: result.claims.length };
}

extract(article); // warm up
const a = textOf(small);
const b = textOf(small * 10);
const first = timed(a);
const second = timed(b);
const mb = (text) => (text.length / 1024 / 1024).toFixed(1);
console.log(`${mb(a)} MB in one document   ${first.seconds.toFixed(1)} s  ${first.claims} claims`);
console.log(`${mb(b)} MB in one document  ${second.seconds.toFixed(1)} s  ${second.claims} claims`);
console.log(`10x the input took ${(second.seconds / first.seconds).toFixed(2)}x the time`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
