/** The findings section printed after the claim table: one `path:line:col  rule  message` per finding. */
import type { Finding } from '../policy/findings.js';
import type { ReportContext } from './context.js';
import { shorten, terminalSafe } from './terminal-text.js';

/** Longest claim excerpt quoted in a finding line. */
const EXCERPT = 60;

export function formatFindingsText(findings: readonly Finding[], context: Pick<ReportContext, 'chalk'>): string {
  const { chalk } = context;
  if (findings.length === 0) return `${chalk.green('No findings.')}\n`;
  const lines = findings.map(
    (f) =>
      `${terminalSafe(f.path)}:${f.line}:${f.column}  ${chalk.yellow(f.rule)}  ${terminalSafe(f.message)}  ${chalk.dim(`“${terminalSafe(shorten(f.text, EXCERPT))}”`)}`,
  );
  return `${chalk.bold(`Findings (${findings.length}):`)}\n${lines.join('\n')}\n`;
}
