/**
 * --highlight: the article itself, coloured like `grep --color`: quotes green, source mentions bold
 * cyan, cues yellow. Newlines are kept; every other control character is shown escaped.
 */
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { summary } from './rows.js';
import { terminalSafe } from './terminal-text.js';

/** What a stretch of text is, strongest first: a mention or cue inside a quote shows as the mention or cue. */
type Style = 'mention' | 'cue' | 'quote' | 'plain';
const STRENGTH: Record<Style, number> = { plain: 0, quote: 1, cue: 2, mention: 3 };

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

/** Each article highlighted; with several, each under its path, followed by its summary. */
export function formatHighlight(documents: DocumentResult[], context: Pick<ReportContext, 'chalk' | 'texts'>): string {
  return documents
    .map((d, i) => {
      const body = highlightOne(d, context.texts?.[i] ?? '', context);
      const heading = documents.length > 1 ? `${context.chalk.bold.underline(terminalSafe(d.path))}\n` : '';
      return `${heading}${body}${context.chalk.dim(summary(d))}\n`;
    })
    .join('\n');
}
