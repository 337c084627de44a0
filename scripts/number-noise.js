#!/usr/bin/env node
/**
 * Measures, without gold, how many numbers per 100 claims are ordinals, identifiers or dates that the table shows
 * as plain counts (issue 15). Context heuristics of its own (not the detector's) put each number in a category;
 * "shown as a count" is decided on the table text of the given build's describeNumber.
 * Usage: node bin/whosaid.js --input ndjson -q -f json gold.jsonl > out.json
 *        node scripts/number-noise.js gold.jsonl out.json [dist directory, default ./dist] [--show N] [--by-kind]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args.splice(showAt, 2)[1]) : 0;
const byKindAt = args.indexOf('--by-kind');
const byKind = byKindAt >= 0 && args.splice(byKindAt, 1).length > 0;
const [gold, out, dist = 'dist'] = args;
const { describeNumber } = await import(pathToFileURL(resolve(dist, 'report/rows.js')).href);
const texts = new Map(
  readFileSync(gold, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const d = JSON.parse(l);
      return [d.id, d.text];
    }),
);
const json = JSON.parse(readFileSync(out, 'utf8'));
const MONTH =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
const ORD =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|hundredth|thousandth|\w+-(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))$/i;
function classify(text, n) {
  const before = text.slice(Math.max(0, n.start - 40), n.start);
  const after = text.slice(n.end, n.end + 30);
  const prevWord = (before.match(/([A-Za-z&.'’-]+)\s*$/) || [])[1] ?? '';
  const nextWord = (after.match(/^\s*([A-Za-z.]+)/) || [])[1] ?? '';
  const glued =
    /[A-Za-z][-]?$/.test(before) || (/^[A-Za-z]/.test(after) && !/^(st|nd|rd|th|s|%|bn|m|k)\b/i.test(after));
  if (/\d(st|nd|rd|th)\b/i.test(n.text + after.slice(0, 2))) return 'ordinal';
  if (n.value >= 1 && n.text.split(/\s+/).some((w) => ORD.test(w))) return 'ordinal';
  if (n.text.split(/\s+/).some((w) => MONTH.test(w)) || MONTH.test(prevWord) || MONTH.test(nextWord)) return 'date';
  if (/^\d{4}$/.test(n.text) && /^(in|since|by|until|of|from|the|during|before|after|early|late|mid)$/i.test(prevWord))
    return 'date';
  if (/^\d{4}[-–]\d{2,4}$/.test(n.text) || /^from \d{4}/i.test(n.text)) return 'date';
  if (glued) return 'identifier';
  if (
    /^\d/.test(n.text) &&
    prevWord &&
    !prevWord.endsWith('.') &&
    /^[A-Z]/.test(prevWord) &&
    !/(^|[.!?"“”:;—(‘’])\s*$/.test(before.replace(/([A-Za-z&.'’-]+)\s*$/, '')) &&
    !MONTH.test(prevWord) &&
    !/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(prevWord)
  )
    return 'identifier';
  if (/^\d/.test(n.text) && /^[a-z]+[A-Z]/.test(prevWord)) return 'identifier';
  return 'quantity';
}
const yearRange = (n) =>
  n.kind === 'range' && n.low >= 1800 && n.high <= 2100 && Number.isInteger(n.low) && Number.isInteger(n.high);
// --by-kind: judge the detector alone (a number "counts" unless its kind is ordinal, date or year), not the table.
const shownAsCount = (n) =>
  byKind ? !['ordinal', 'date', 'year'].includes(n.kind) && !yearRange(n) : shownInTableAsCount(n);
const shownInTableAsCount = (n) =>
  n.kind !== 'year' &&
  !yearRange(n) &&
  /^[~≥≤↑↓]*-?\d[\d.,]*(–-?\d[\d.,]*)?(\s|%|$)/.test(describeNumber(n)) &&
  !/^[~≥≤]*\d+(st|nd|rd|th)\b/.test(describeNumber(n));
let claims = 0,
  numbers = 0;
const bad = { ordinal: [], identifier: [], date: [] };
for (const doc of json.documents) {
  const text = texts.get(doc.id);
  if (!text) throw new Error(`no text for ${doc.id}`);
  for (const c of doc.claims) {
    claims++;
    for (const n of c.numbers) {
      numbers++;
      const cat = classify(text, n);
      if (cat !== 'quantity' && shownAsCount(n))
        bad[cat].push(
          `${JSON.stringify(text.slice(Math.max(0, n.start - 30), n.end + 20).replace(/\s+/g, ' '))} → ${describeNumber(n)} [${n.kind}]`,
        );
    }
  }
}
const per100 = (k) => ((100 * k) / claims).toFixed(2);
const total = bad.ordinal.length + bad.identifier.length + bad.date.length;
console.log(
  `claims ${claims}, numbers ${numbers} (${per100(numbers)}/100 claims); shown as counts: ordinals ${bad.ordinal.length} (${per100(bad.ordinal.length)}), identifiers ${bad.identifier.length} (${per100(bad.identifier.length)}), dates ${bad.date.length} (${per100(bad.date.length)}); total ${total} = ${per100(total)} per 100 claims`,
);
for (const k of Object.keys(bad)) for (const s of bad[k].slice(0, show)) console.log(`  ${k}: ${s}`);
