/**
 * The findings section printed after the claim table: one `path:line:col  severity  rule  message  “excerpt”` per
 * finding, fitted to the table's width: the excerpt is shortened to what is left of the line, and a finding that
 * still does not fit wraps, its further lines indented.
 */
import type { Finding } from '../policy/findings.js';
import type { ReportContext } from './context.js';
import { displayWidth, wrapCell, type Segment } from './grid.js';
import { shorten, terminalSafe } from './terminal-text.js';

/** Longest claim excerpt quoted in a finding line. */
const EXCERPT = 60;
/** Shortest excerpt worth keeping on the finding's first line; with less room left, the finding wraps. */
const MIN_EXCERPT = 20;
/** Indent of a finding's wrapped lines. */
const INDENT = '    ';
/** The severities padded to one width, so the rules line up. */
const SEVERITY_WIDTH = 'warning'.length;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Segments as one line when they fit in `width` (spacing kept), else wrapped at spaces. */
function fit(segments: readonly Segment[], width: number): string[] {
  if (displayWidth(segments.map((s) => s.text).join('')) <= width)
    return [segments.map((s) => (s.style ? s.style(s.text) : s.text)).join('')];
  return wrapCell(segments, Math.max(1, width)).map((l) => l.text);
}

/** The claim text quoted, shortened to at most `room` display columns (quotation marks included). */
function excerptOf(text: string, room: number): string {
  let excerpt = shorten(text, Math.max(1, Math.min(EXCERPT, room - 2)));
  // shorten counts code units: cut again while wide characters make it wider than the room.
  while (displayWidth(excerpt) > room - 2 && excerpt.length > 1) excerpt = shorten(text, excerpt.length - 1);
  return `“${excerpt}”`;
}

/**
 * One finding as lines of at most `width` display columns: on one line when it fits with an excerpt of at least
 * MIN_EXCERPT columns; else the place, severity and rule on the first line and the message and excerpt indented
 * below.
 */
export function findingLines(finding: Finding, width: number, chalk: ReportContext['chalk']): string[] {
  const head: Segment[] = [
    { text: `${terminalSafe(finding.path)}:${finding.line}:${finding.column}  ` },
    {
      text: finding.severity.padEnd(SEVERITY_WIDTH),
      style: finding.severity === 'error' ? chalk.red : chalk.yellow,
    },
    { text: `  ${finding.rule}` },
  ];
  const message = terminalSafe(finding.message);
  const text = terminalSafe(finding.text);
  const oneLine = [...head, { text: `  ${message}` }];
  const room = width - displayWidth(oneLine.map((s) => s.text).join('')) - 2;
  if (room >= Math.min(MIN_EXCERPT, displayWidth(text) + 2))
    return fit([...oneLine, { text: '  ' }, { text: excerptOf(text, room), style: chalk.dim }], width);
  const inner = width - INDENT.length;
  const left = inner - displayWidth(message) - 2;
  const excerpt = excerptOf(text, left >= MIN_EXCERPT ? left : inner);
  const body = fit([{ text: message }, { text: '  ' }, { text: excerpt, style: chalk.dim }], inner);
  // A head too long for one line wraps at the indent too: only a finding's first line starts at the margin.
  const [first, ...rest] = fit(head, width).length === 1 ? fit(head, width) : fit(head, inner);
  return [first, ...[...rest, ...body].map((l) => INDENT + l)];
}

/** The section: a heading with the counts by severity, then each finding; `width` is the table's. */
export function formatFindingsText(
  findings: readonly Finding[],
  context: Pick<ReportContext, 'chalk' | 'width'>,
): string {
  const { chalk } = context;
  if (findings.length === 0) return `${chalk.green('No findings.')}\n`;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const counts = [
    errors > 0 ? plural(errors, 'error') : '',
    errors < findings.length ? plural(findings.length - errors, 'warning') : '',
  ].filter((c) => c !== '');
  const heading = wrapCell(`Findings (${findings.length}): ${counts.join(', ')}`, context.width)
    .map((l) => chalk.bold(l.text))
    .join('\n');
  const lines = findings.flatMap((f) => findingLines(f, context.width, chalk));
  return `${heading}\n${lines.join('\n')}\n`;
}
