/**
 * --highlight: the article itself, coloured like `grep --color`: quotes green, source mentions bold
 * cyan, cues yellow, page furniture (headline, dateline, byline, credits, teasers, footers) dim, and quotes that
 * are names, titles or scare quotes magenta, with a line under the article naming each. Newlines are kept; every
 * other control character is shown escaped.
 */
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { summary } from './rows.js';
import { terminalSafe } from './terminal-text.js';
import { indexLines } from '../segment/lines.js';

/** What a stretch of text is, strongest first: a mention or cue inside a quote shows as the mention or cue. */
type Style = 'mention' | 'cue' | 'quote' | 'neutral' | 'furniture' | 'plain';
const STRENGTH: Record<Style, number> = { plain: 0, furniture: 1, neutral: 2, quote: 3, cue: 4, mention: 5 };

/** Article text safe for a terminal, line breaks kept (CRLF shown as a plain line break). */
export function articleSafe(text: string): string {
  return text
    .split('\n')
    .map((line, i, lines) => terminalSafe(i < lines.length - 1 && line.endsWith('\r') ? line.slice(0, -1) : line))
    .join('\n');
}

function styles(document: DocumentResult, length: number): Style[] {
  const out: Style[] = new Array(length).fill('plain');
  const paint = (start: number, end: number, style: Style) => {
    for (let i = Math.max(0, start); i < Math.min(end, length); i++)
      if (STRENGTH[style] > STRENGTH[out[i]]) out[i] = style;
  };
  for (const zone of document.zones ?? []) paint(zone.start, zone.end, 'furniture');
  for (const quote of document.neutralQuotes ?? []) paint(quote.start, quote.end, 'neutral');
  for (const claim of document.claims) {
    if (claim.kind === 'quote' || claim.kind === 'partial-quote') paint(claim.start, claim.end, 'quote');
    if (claim.cue) paint(claim.cue.start, claim.cue.end, 'cue');
  }
  for (const source of document.sources) for (const m of source.mentions) paint(m.start, m.end, 'mention');
  return out;
}

function highlightOne(document: DocumentResult, text: string, context: Pick<ReportContext, 'chalk'>): string {
  const { chalk } = context;
  const paint: Record<Style, (s: string) => string> = {
    plain: (s) => s,
    quote: chalk.green,
    cue: chalk.yellow,
    mention: chalk.bold.cyan,
    neutral: chalk.magenta,
    furniture: chalk.dim,
  };
  const map = styles(document, text.length);
  let out = '';
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && map[i] === map[start]) continue;
    // Colour each line separately so a line break never carries a colour into the next line.
    out += articleSafe(text.slice(start, i))
      .split('\n')
      .map((line) => (line === '' ? '' : paint[map[start]](line)))
      .join('\n');
    start = i;
  }
  return out.endsWith('\n') ? out : `${out}\n`;
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

/** Each article highlighted; with several, each under its path, followed by its summary. */
export function formatHighlight(documents: DocumentResult[], context: Pick<ReportContext, 'chalk' | 'texts'>): string {
  return documents
    .map((d, i) => {
      const text = context.texts?.[i] ?? '';
      const body = highlightOne(d, text, context);
      const heading = documents.length > 1 ? `${context.chalk.bold.underline(terminalSafe(d.path))}\n` : '';
      const furniture = furnitureLine(d, text);
      const why = furniture ? `${context.chalk.dim(furniture)}\n` : '';
      return `${heading}${body}${why}${context.chalk.dim(summary(d))}\n`;
    })
    .join('\n');
}
