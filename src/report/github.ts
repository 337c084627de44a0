/**
 * GitHub Actions workflow commands: one `::warning` annotation per policy finding. Data escapes
 * %, CR and LF; properties also escape ":" and "," (which would otherwise end the property).
 */
import type { Finding } from '../policy/findings.js';
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';

/** Escape the message part of a workflow command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value (file, title) of a workflow command. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(finding: Finding): string {
  const properties = [
    `file=${escapeProperty(finding.path)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(`whosaid ${finding.rule}`)}`,
  ].join(',');
  return `::warning ${properties}::${escapeData(`${finding.message} (${finding.claim})`)}\n`;
}

/** Annotations for the findings (none without --fail-on), sorted by file and line. */
export function formatGithub(_documents: DocumentResult[], context: Pick<ReportContext, 'findings'>): string {
  const findings = [...(context.findings ?? [])].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start,
  );
  return findings.map(annotation).join('');
}
