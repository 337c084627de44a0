/**
 * Markdown: a heading and a table per document, for a review comment or $GITHUB_STEP_SUMMARY.
 * Cells are escaped so article text cannot end a cell, start a new row or inject HTML, nor act on a
 * terminal (Markdown is often read with `cat` or `less -R`): control characters are shown as `\x1b`.
 */
import type { DocumentResult } from '../types.js';
import type { Finding } from '../policy/findings.js';
import type { ReportContext } from './context.js';
import { cell, defaultFields, NUMBER_FIELDS, READING_FIELDS, type ReportField } from './fields.js';
import { claimRows, documentHeading, summary } from './rows.js';
import { terminalSafe } from './terminal-text.js';

/**
 * One table cell: pipes and backslashes escaped, line breaks as <br>, HTML characters as entities, and
 * the remaining control and bidi characters shown escaped (`\x1b`, `\u202e`) as in the claim table.
 */
export function markdownCell(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>');
  // After the line breaks became <br>: what is left would reach a terminal raw.
  return terminalSafe(escaped);
}

function documentMarkdown(document: DocumentResult, fields: readonly ReportField[]): string {
  const lines = [`## ${markdownCell(documentHeading(document))}`, '', summary(document), ''];
  if (document.claims.length === 0) return `${lines.join('\n')}_No claims._\n`;
  lines.push(`| ${fields.join(' | ')} |`);
  lines.push(`| ${fields.map((f) => (NUMBER_FIELDS.has(f) ? '--:' : '---')).join(' | ')} |`);
  for (const row of claimRows(document)) {
    lines.push(`| ${fields.map((f) => markdownCell(String(cell(row, f, document)))).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

function findingsMarkdown(findings: readonly Finding[]): string {
  if (findings.length === 0) return '## Findings\n\nNone.\n';
  const rows = findings.map(
    (f) => `| ${markdownCell(f.path)}:${f.line}:${f.column} | ${f.severity} | ${f.rule} | ${markdownCell(f.message)} |`,
  );
  return `## Findings\n\n| where | severity | rule | message |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

/** A table per document, then the findings when policies ran. */
export function formatMarkdown(
  documents: DocumentResult[],
  context: Pick<ReportContext, 'fields' | 'findings'>,
): string {
  const fields = context.fields ?? defaultFields(documents, READING_FIELDS);
  const parts = documents.map((d) => documentMarkdown(d, fields));
  if (context.findings !== undefined) parts.push(findingsMarkdown(context.findings));
  return parts.join('\n');
}
