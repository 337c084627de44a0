/**
 * SentenceSyntax written in a readable bracket notation, for tests and for reading: `[chunk]`, `[[subject]]`,
 * `(verb group)`, `{kind … }` for a clause below the top (kinds: rel, red, part, inf, adv, comp, coord, quote),
 * `<t …>` `<p …>` `<m …>` `<s …>` for circumstances of time, place, manner and source, `|` inside a chunk where
 * its appositive or parenthesis begins (the chunk as written runs to the closing bracket), `&` opening a chunk
 * coordinated with the one before. Punctuation and quote marks stay as written.
 */
import type { ClauseKind, SentenceSyntax } from './types.js';

const KIND: Record<ClauseKind, string> = {
  main: 'main',
  quote: 'quote',
  relative: 'rel',
  'reduced-relative': 'red',
  participial: 'part',
  infinitival: 'inf',
  adverbial: 'adv',
  complement: 'comp',
  coordinated: 'coord',
};

interface Mark {
  first: number;
  last: number;
  open: string;
  close: string;
}

/** The bracket notation of a sentence's syntax. */
export function renderSyntax(s: SentenceSyntax): string {
  const n = s.tokens.length;
  const marks: Mark[] = [];
  const bars: boolean[] = new Array<boolean>(n).fill(false);
  for (const c of s.clauses)
    if (c.parent >= 0) marks.push({ first: c.first, last: c.last, open: `{${KIND[c.kind]} `, close: '}' });
  for (const c of s.circumstances) marks.push({ first: c.first, last: c.last, open: `<${c.kind[0]} `, close: '>' });
  const subjects = new Set(s.clauses.map((c) => c.subject).filter((c) => c >= 0));
  s.chunks.forEach((chunk, k) => {
    const subject = subjects.has(k);
    const open = (subject ? '[[' : '[') + (chunk.coordinatedWith >= 0 ? '&' : '');
    marks.push({ first: chunk.first, last: chunk.writtenLast, open, close: subject ? ']]' : ']' });
    if (chunk.writtenLast > chunk.last) bars[chunk.last] = true;
  });
  for (const g of s.verbs) marks.push({ first: g.first, last: g.last, open: '(', close: ')' });
  // Outer marks open first and close last; of two with the same extent, the one listed first is outer.
  const order = marks.map((m, k) => ({ ...m, k }));
  const opens = [...order].sort((a, b) => a.first - b.first || b.last - a.last || a.k - b.k);
  const closes = [...order].sort((a, b) => a.last - b.last || b.first - a.first || b.k - a.k);
  let out = '';
  let o = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const t = s.tokens[i];
    // Text between tokens that neither token's punctuation holds (after a contraction: "didn't say").
    const before = s.tokens[i - 1];
    if (before && before.end + before.post.length < t.start - t.pre.length) out += ' ';
    out += t.pre;
    while (o < opens.length && opens[o].first === i) out += opens[o++].open;
    out += t.text;
    while (c < closes.length && closes[c].last === i) out += closes[c++].close;
    if (bars[i]) out += '|';
    out += t.post;
  }
  return out.trim();
}
