/**
 * --highlight: the article itself, marked like `grep --color`. With colour: quotes green, reported content blue,
 * claims with no source red, source mentions bold cyan, cues yellow, hedges magenta, numbers bold underlined,
 * page furniture (headline, dateline, byline, credits, teasers, footers) dim, quotes that are names, titles or
 * scare quotes grey. Without colour (a pipe, `less`, NO_COLOR, --no-color) the same marks are brackets put into
 * the text: `[claim]`, `[?claim with no source]`, `{source}`, `<cue>`, `*number*`, `_hedge_`. A legend line and a
 * line naming the furniture and neutral quotes follow the article, and with --fail-on the findings as under the
 * table. Newlines are kept; every other control character is shown escaped.
 */
import type { ChalkInstance } from 'chalk';
import type { ClaimKind, DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { documentHeading, summary } from './rows.js';
import { terminalSafe } from './terminal-text.js';
import { indexLines } from '../segment/lines.js';
import { formatFindingsText } from './findings-text.js';

/** The narrowest width the findings are fitted to (as the table's). */
const MIN_FINDINGS_WIDTH = 20;

/** What a stretch of text is besides its claim; several can hold at once (a number inside a hedge's clause). */
const MENTION = 1;
const CUE = 2;
const NUMBER = 4;
const HEDGE = 8;
const NEUTRAL = 16;
const FURNITURE = 32;

/** The plain-text marks: what opens and closes each kind of span when there is no colour. */
export const PLAIN_MARKS = {
  claim: ['[', ']'],
  unattributed: ['[?', ']'],
  mention: ['{', '}'],
  cue: ['<', '>'],
  number: ['*', '*'],
  hedge: ['_', '_'],
} as const;
type MarkName = keyof typeof PLAIN_MARKS;

/** Article text safe for a terminal, line breaks kept (CRLF shown as a plain line break). */
export function articleSafe(text: string): string {
  return text
    .split('\n')
    .map((line, i, lines) => terminalSafe(i < lines.length - 1 && line.endsWith('\r') ? line.slice(0, -1) : line))
    .join('\n');
}

/** Each character's claim kind (the first claim over it) and flags; linear in the total length of the spans. */
function layers(document: DocumentResult, length: number): { kinds: (ClaimKind | null)[]; flags: Uint8Array } {
  const kinds: (ClaimKind | null)[] = new Array(length).fill(null);
  const flags = new Uint8Array(length);
  const flag = (start: number, end: number, bit: number) => {
    for (let i = Math.max(0, start); i < Math.min(end, length); i++) flags[i] |= bit;
  };
  for (const zone of document.zones ?? []) flag(zone.start, zone.end, FURNITURE);
  for (const quote of document.neutralQuotes ?? []) flag(quote.start, quote.end, NEUTRAL);
  for (const claim of document.claims) {
    for (let i = Math.max(0, claim.start); i < Math.min(claim.end, length); i++) kinds[i] ??= claim.kind;
    if (claim.cue) flag(claim.cue.start, claim.cue.end, CUE);
    for (const n of claim.numbers) flag(n.start, n.end, NUMBER);
    for (const h of claim.hedges) flag(h.start, h.end, HEDGE);
  }
  for (const source of document.sources) for (const m of source.mentions) flag(m.start, m.end, MENTION);
  return { kinds, flags };
}

/** The colour of a run: the strongest of mention, cue, hedge, claim, neutral quote, furniture; numbers also underlined. */
function colourOf(chalk: ChalkInstance, kind: ClaimKind | null, flags: number): ((s: string) => string) | undefined {
  let style: ChalkInstance | undefined;
  if (flags & MENTION) style = chalk.bold.cyan;
  else if (flags & CUE) style = chalk.yellow;
  else if (flags & HEDGE) style = chalk.magenta;
  else if (kind === 'quote' || kind === 'partial-quote') style = chalk.green;
  else if (kind === 'reported') style = chalk.blue;
  else if (kind === 'unattributed') style = chalk.red;
  else if (flags & NEUTRAL) style = chalk.gray;
  else if (flags & FURNITURE) style = chalk.dim;
  if (flags & NUMBER) style = (style ?? chalk).bold.underline;
  return style;
}

function colourArticle(document: DocumentResult, text: string, chalk: ChalkInstance): string {
  const { kinds, flags } = layers(document, text.length);
  let out = '';
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && kinds[i] === kinds[start] && flags[i] === flags[start]) continue;
    const paint = colourOf(chalk, kinds[start], flags[start]);
    // Colour each line separately so a line break never carries a colour into the next line.
    out += articleSafe(text.slice(start, i))
      .split('\n')
      .map((line) => (line === '' || paint === undefined ? line : paint(line)))
      .join('\n');
    start = i;
  }
  return out;
}

/** A span to bracket in plain text. */
interface Marked {
  start: number;
  end: number;
  mark: MarkName;
}

/** Outer marks first when two spans start together: a claim holds its numbers and hedges. */
const NESTING: Record<MarkName, number> = { claim: 0, unattributed: 0, mention: 1, cue: 1, hedge: 2, number: 3 };

function markedSpans(document: DocumentResult, length: number): Marked[] {
  const spans: Marked[] = [];
  const add = (start: number, end: number, mark: MarkName) => {
    const s = Math.max(0, start);
    const e = Math.min(end, length);
    if (e > s) spans.push({ start: s, end: e, mark });
  };
  for (const claim of document.claims) {
    add(claim.start, claim.end, claim.source === null ? 'unattributed' : 'claim');
    if (claim.cue) add(claim.cue.start, claim.cue.end, 'cue');
    for (const n of claim.numbers) add(n.start, n.end, 'number');
    for (const h of claim.hedges) add(h.start, h.end, 'hedge');
  }
  for (const source of document.sources) for (const m of source.mentions) add(m.start, m.end, 'mention');
  // Longer spans open first; equal ones by nesting depth. The same span given twice (a cue shared by two
  // claims) is marked once.
  spans.sort((a, b) => a.start - b.start || b.end - a.end || NESTING[a.mark] - NESTING[b.mark]);
  return spans.filter(
    (s, i) => i === 0 || s.start !== spans[i - 1].start || s.end !== spans[i - 1].end || s.mark !== spans[i - 1].mark,
  );
}

/**
 * The article with its marks as brackets. Spans nest as they open: a span closes before the spans opened before
 * it, so `[… *200* …]` reads as a number inside a claim (crossing spans close where they end, in that order).
 */
export function plainArticle(document: DocumentResult, text: string): string {
  const spans = markedSpans(document, text.length);
  const closing = [...spans].sort((a, b) => a.end - b.end || b.start - a.start || NESTING[b.mark] - NESTING[a.mark]);
  let out = '';
  let at = 0;
  let open = 0;
  let close = 0;
  while (open < spans.length || close < closing.length) {
    // At one offset, spans that end close before spans that start open: "[a] [b]", never "[a[ ]b]".
    const closeAt = close < closing.length ? closing[close].end : Infinity;
    const openAt = open < spans.length ? spans[open].start : Infinity;
    const next = Math.min(closeAt, openAt);
    out += text.slice(at, next);
    at = next;
    if (closeAt <= openAt) out += PLAIN_MARKS[closing[close++].mark][1];
    else out += PLAIN_MARKS[spans[open++].mark][0];
  }
  return articleSafe(out + text.slice(at));
}

/** The key to the marks, once under the output: coloured words with colour, the brackets without. */
export function legend(chalk: ChalkInstance): string {
  if (chalk.level === 0) {
    const m = PLAIN_MARKS;
    const show = (name: MarkName, what: string) => `${m[name][0]}${what}${m[name][1]}`;
    return `marks: ${show('claim', 'claim')} ${show('unattributed', 'claim with no source')} ${show('mention', 'source')} ${show('cue', 'cue')} ${show('number', 'number')} ${show('hedge', 'hedge')}`;
  }
  const parts = [
    chalk.green('quote'),
    chalk.blue('reported'),
    chalk.red('no source'),
    chalk.bold.cyan('source'),
    chalk.yellow('cue'),
    chalk.bold.underline('number'),
    chalk.magenta('hedge'),
    chalk.gray('neutral quote'),
    chalk.dim('furniture'),
  ];
  return `${chalk.dim('colours:')} ${parts.join(' ')}`;
}

/**
 * Why parts of the article gave no claim: "furniture: headline (line 1), dateline (line 5) · neutral quotes:
 * “Ghostline” (name, line 3)"; empty when the article has neither.
 */
function furnitureLine(document: DocumentResult, text: string): string {
  const lines = indexLines(text);
  const at = (offset: number) => `line ${lines.position(offset).line}`;
  const parts: string[] = [];
  const zones = document.zones ?? [];
  if (zones.length > 0) parts.push(`furniture: ${zones.map((z) => `${z.kind} (${at(z.start)})`).join(', ')}`);
  const neutral = document.neutralQuotes ?? [];
  if (neutral.length > 0)
    parts.push(
      `neutral quotes: ${neutral.map((q) => `“${terminalSafe(q.text)}” (${q.kind}, ${at(q.start)})`).join(', ')}`,
    );
  return parts.join(' · ');
}

/** Each article marked; with several, each under its path (› record id); each followed by its summary; the legend last. */
export function formatHighlight(
  documents: DocumentResult[],
  context: Pick<ReportContext, 'chalk' | 'texts' | 'findings'> & Partial<Pick<ReportContext, 'width'>>,
): string {
  const { chalk } = context;
  // As the table: a heading with the path (and the record id of an NDJSON record) when there are several.
  const headed = documents.length > 1 || documents.some((d) => d.id !== d.path);
  const articles = documents.map((d, i) => {
    const text = context.texts?.[i] ?? '';
    const marked = chalk.level === 0 ? plainArticle(d, text) : colourArticle(d, text, chalk);
    const body = marked.endsWith('\n') ? marked : `${marked}\n`;
    const heading = headed ? `${chalk.bold.underline(terminalSafe(documentHeading(d)))}\n` : '';
    const furniture = furnitureLine(d, text);
    const why = furniture ? `${chalk.dim(furniture)}\n` : '';
    return `${heading}${body}${why}${chalk.dim(summary(d))}\n`;
  });
  const marked = `${articles.join('\n')}${legend(chalk)}\n`;
  // With --fail-on, the findings follow as under the table (the exit code alone would not say which claims).
  if (context.findings === undefined) return marked;
  return `${marked}\n${formatFindingsText(context.findings, { chalk, width: Math.max(MIN_FINDINGS_WIDTH, context.width ?? 120) })}`;
}
