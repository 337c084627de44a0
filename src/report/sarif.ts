/**
 * SARIF 2.1.0 (`--format sarif`): one run whose driver describes every policy rule, and one result per
 * finding with its rule, level (error or warning, as the rule's severity), message and physical location
 * (uri, 1-based line and column, end line and end column one past the claim). Columns count UTF-16 code
 * units (`columnKind`), as whosaid's offsets do. What GitHub code scanning (`upload-sarif`) and reviewdog read.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../policy/findings.js';
import { POLICY_RULES, RULE_DESCRIPTIONS, type PolicyRule } from '../policy/rules.js';
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { VERSION } from '../cli/version.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Where the region of a finding ends: the line and the column one past its last character. */
export function regionEnd(finding: Pick<Finding, 'text' | 'line' | 'column'>): { endLine: number; endColumn: number } {
  const breaks = [...finding.text.matchAll(/\r\n|\r|\n/g)];
  if (breaks.length === 0) return { endLine: finding.line, endColumn: finding.column + finding.text.length };
  const last = breaks[breaks.length - 1];
  const tail = finding.text.length - ((last.index ?? 0) + last[0].length);
  return { endLine: finding.line + breaks.length, endColumn: tail + 1 };
}

/**
 * The artifact URI of a path as given: relative paths stay relative (forward slashes, "./" dropped, each
 * segment percent-encoded) so code scanning resolves them from the repository root; absolute paths become file: URIs.
 */
export function artifactUri(filePath: string): string {
  const isWindowsAbsolute = /^[A-Za-z]:[\\/]/.test(filePath);
  if (filePath.startsWith('/') || isWindowsAbsolute) return pathToFileURL(filePath).href;
  const segments = filePath.replace(/\\/g, '/').split('/');
  while (segments.length > 1 && segments[0] === '.') segments.shift();
  return segments.map((s) => encodeURIComponent(s)).join('/');
}

function ruleDescriptor(rule: PolicyRule): ReportingDescriptor {
  return {
    id: rule,
    name: rule.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: RULE_DESCRIPTIONS[rule] },
    fullDescription: { text: `whosaid policy rule ${rule}: ${RULE_DESCRIPTIONS[rule]}.` },
    help: {
      text: `Found by whosaid --fail-on ${rule} (an error) or --warn-on ${rule} (a warning); see docs/formats.md.`,
    },
    defaultConfiguration: { level: 'error' },
  };
}

function result(finding: Finding): Result {
  return {
    ruleId: finding.rule,
    ruleIndex: POLICY_RULES.indexOf(finding.rule),
    level: finding.severity === 'warning' ? 'warning' : 'error',
    message: { text: `${finding.message} (${finding.claim})` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(finding.path) },
          region: { startLine: finding.line, startColumn: finding.column, ...regionEnd(finding) },
        },
      },
    ],
    properties: { claim: finding.claim, document: finding.document },
  };
}

/** The SARIF log of a run (no results without policies). */
export function sarifLog(findings: readonly Finding[]): Log {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'whosaid',
            semanticVersion: VERSION,
            rules: POLICY_RULES.map(ruleDescriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map(result),
      },
    ],
  };
}

export function formatSarif(_documents: DocumentResult[], context: Pick<ReportContext, 'findings'>): string {
  return `${JSON.stringify(sarifLog(context.findings ?? []), null, 2)}\n`;
}
