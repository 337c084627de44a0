/** The claim table for people at a terminal: cli-table3 cells, coloured with the context's chalk. */
import Table from 'cli-table3';
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { cell, type ReportField } from './fields.js';
import { formatFindingsText } from './findings-text.js';
import { claimRows, summary } from './rows.js';
import { shorten, terminalSafe } from './terminal-text.js';

/** Longest claim text shown in a cell before it is shortened, in characters per table width. */
const CLAIM_TEXT_LINES = 4;

/** Widths of the short columns of a --fields table; the other columns share what is left. */
const FIXED_WIDTHS: Partial<Record<ReportField, number>> = {
  id: 6,
  kind: 15,
  sourceKind: 14,
  cue: 16,
  line: 7,
  column: 8,
  start: 8,
  end: 8,
};

/** A table of the columns chosen with --fields. */
function fieldsTable(document: DocumentResult, fields: readonly ReportField[], context: ReportContext): string {
  const { chalk } = context;
  const width = Math.max(60, context.width);
  const fixed = fields.reduce((sum, f) => sum + (FIXED_WIDTHS[f] ?? 0), 0);
  const flexible = fields.filter((f) => FIXED_WIDTHS[f] === undefined).length;
  const textWidth = Math.max(12, Math.floor((width - fixed - fields.length - 1) / Math.max(1, flexible)));
  const table = new Table({
    head: fields.map((f) => chalk.bold(f)),
    colWidths: fields.map((f) => FIXED_WIDTHS[f] ?? textWidth),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const row of claimRows(document)) {
    table.push(
      fields.map((f) => terminalSafe(shorten(String(cell(row, f, document)), (textWidth - 2) * CLAIM_TEXT_LINES))),
    );
  }
  return `${table.toString()}\n${chalk.dim(summary(document))}\n`;
}

function documentTable(document: DocumentResult, context: ReportContext): string {
  if (context.fields) return fieldsTable(document, context.fields, context);
  const { chalk } = context;
  const width = Math.max(60, context.width);
  // Fixed columns: #, kind, source, cue, numbers, line; the claim text takes what is left.
  const fixed = [5, 11, 24, 14, 18, 6];
  const textWidth = Math.max(20, width - fixed.reduce((a, b) => a + b, 0) - 8);
  const table = new Table({
    head: ['#', 'kind', 'source', 'cue', 'claim', 'numbers', 'line'].map((h) => chalk.bold(h)),
    colWidths: [fixed[0], fixed[1], fixed[2], fixed[3], textWidth, fixed[4], fixed[5]],
    wordWrap: true,
    wrapOnWordBoundary: true,
    // cli-table3 colours headers and borders even when piped: colour comes only from our chalk.
    style: { head: [], border: [] },
  });
  const kindColour = {
    quote: chalk.green,
    'partial-quote': chalk.cyan,
    reported: chalk.blue,
    unattributed: chalk.yellow,
  } as Record<string, (s: string) => string>;
  for (const row of claimRows(document)) {
    const source = row.source ? `${terminalSafe(row.source)} (${row.sourceKind})` : chalk.dim('—');
    const hedge = row.hedges ? chalk.magenta(` [hedged: ${terminalSafe(row.hedges)}]`) : '';
    const weak = row.weak ? chalk.red('⚠ ') : '';
    table.push([
      row.id.slice(1),
      (kindColour[row.kind] ?? ((s: string) => s))(row.kind),
      source,
      terminalSafe(row.cue),
      weak + terminalSafe(shorten(row.text, (textWidth - 2) * CLAIM_TEXT_LINES)) + hedge,
      terminalSafe(row.numbers),
      String(row.line),
    ]);
  }
  return `${table.toString()}\n${chalk.dim(summary(document))}\n`;
}

/** One table per document; with several documents, each under a heading with its path; then the findings. */
export function formatTable(documents: DocumentResult[], context: ReportContext): string {
  const tables =
    documents.length === 1
      ? documentTable(documents[0], context)
      : documents
          .map((d) => `${context.chalk.bold.underline(terminalSafe(d.path))}\n${documentTable(d, context)}`)
          .join('\n');
  return context.findings === undefined ? tables : `${tables}\n${formatFindingsText(context.findings, context)}`;
}
