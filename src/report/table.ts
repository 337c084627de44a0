/** The claim table for people at a terminal: cli-table3 cells, coloured with the context's chalk. */
import Table from 'cli-table3';
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { claimRows, summary } from './rows.js';
import { shorten, terminalSafe } from './terminal-text.js';

/** Longest claim text shown in a cell before it is shortened, in characters per table width. */
const CLAIM_TEXT_LINES = 4;

function documentTable(document: DocumentResult, context: ReportContext): string {
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
  const kindColour = { quote: chalk.green, 'partial-quote': chalk.cyan, reported: chalk.blue, unattributed: chalk.yellow } as Record<string, (s: string) => string>;
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

/** One table per document; with several documents, each under a heading with its path. */
export function formatTable(documents: DocumentResult[], context: ReportContext): string {
  if (documents.length === 1) return documentTable(documents[0], context);
  return documents.map((d) => `${context.chalk.bold.underline(terminalSafe(d.path))}\n${documentTable(d, context)}`).join('\n');
}
