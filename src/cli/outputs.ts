/**
 * Several outputs from one run: `--output <format>=<path>` (repeatable) writes the run in another format to
 * a file while stdout keeps its own format. Each file is written on its own: one that cannot be written is
 * reported (`whosaid: --output …: cannot write …`) and the others are still written; the run then exits 2.
 * Also the GitHub step summary ($GITHUB_STEP_SUMMARY), appended to in the same way.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentResult } from '../types.js';
import { documentKey, findingsByDocument, type Finding } from '../policy/findings.js';
import type { Io } from './io.js';
import { FORMATS, REPORTERS, type Format } from '../report/index.js';
import { formatNdjsonLine } from '../report/json.js';
import type { ReportField } from '../report/fields.js';
import { didYouMean } from '../report/did-you-mean.js';
import { describeError } from '../read/inputs.js';
import { chalkFor } from './color.js';
import { terminalSafe } from '../report/terminal-text.js';

/**
 * Why a subcommand refuses `--output` (a global flag, so commander hands it to every command): it writes the
 * claim formats of the default command, and a file asked for must never be silently not written.
 */
export const OUTPUT_ONLY_FOR_CLAIMS = '--output writes claim reports of the default command; use --format and redirect';

/**
 * The global flags that shape or judge the claim reports of the default command; commander hands them to every
 * subcommand too. A subcommand that cannot honour one refuses it (a usage error) rather than ignore it.
 */
const CLAIM_REPORT_FLAGS = {
  output: '--output',
  fields: '--fields',
  only: '--only',
  width: '--width',
  highlight: '--highlight',
  failOn: '--fail-on',
  warnOn: '--warn-on',
  maxWarnings: '--max-warnings',
  exitZero: '--exit-zero',
} as const;

export type ClaimReportFlag = keyof typeof CLAIM_REPORT_FLAGS;

/** Every claim-report flag: the ones a subcommand that reports no claims refuses. */
export const ALL_CLAIM_REPORT_FLAGS = Object.keys(CLAIM_REPORT_FLAGS) as ClaimReportFlag[];

/**
 * The usage error for the first of `flags` given on the command line (flags, not config-file defaults, which
 * rightly apply to the default command only), or null when none was given.
 */
export function refusedClaimFlag(
  options: Partial<Record<ClaimReportFlag, unknown>>,
  flags: readonly ClaimReportFlag[],
): string | null {
  const given = flags.find((flag) => {
    const value = options[flag];
    return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
  });
  if (given === undefined) return null;
  if (given === 'output') return OUTPUT_ONLY_FOR_CLAIMS;
  return `${CLAIM_REPORT_FLAGS[given]} applies to claim reports of the default command only`;
}

/** One `--output` pair. */
export interface OutputTarget {
  format: Format;
  path: string;
}

/** Parse `--output` values ("sarif=whosaid.sarif"); throws an Error whose message says what is wrong. */
export function parseOutputs(values: readonly string[]): OutputTarget[] {
  const targets: OutputTarget[] = [];
  for (const value of values) {
    const equals = value.indexOf('=');
    if (equals < 0) throw new Error(`expected <format>=<path>, e.g. sarif=whosaid.sarif, got '${value}'`);
    const format = value.slice(0, equals).trim();
    const file = value.slice(equals + 1);
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new Error(
        `unknown format '${format}' in '${value}'${didYouMean(format, FORMATS)}; valid formats: ${FORMATS.join(', ')}`,
      );
    }
    if (file === '') throw new Error(`no path after '=' in '${value}'`);
    if (file === '-') throw new Error(`'${value}': stdout takes --format; --output writes files`);
    const twice = targets.find((t) => path.resolve(t.path) === path.resolve(file));
    if (twice !== undefined) throw new Error(`'${file}' is named twice (${twice.format} and ${format})`);
    targets.push({ format: format as Format, path: file });
  }
  return targets;
}

/** The whole run in one format, as a file gets it: no colour, findings when policies ran. */
export function renderOutput(
  format: Format,
  documents: DocumentResult[],
  texts: string[],
  findings: readonly Finding[] | undefined,
  fields: readonly ReportField[] | undefined,
): string {
  if (format === 'ndjson') {
    const byDocument = findings === undefined ? undefined : findingsByDocument(findings);
    return documents
      .map((d) => formatNdjsonLine(d, byDocument && (byDocument.get(documentKey(d.path, d.id)) ?? [])))
      .join('');
  }
  return REPORTERS[format](documents, { chalk: chalkFor(false), width: 120, fields, findings, texts });
}

/** Write each target; returns false when one could not be written (each failure already on stderr). */
export function writeOutputs(targets: readonly OutputTarget[], render: (format: Format) => string, io: Io): boolean {
  let ok = true;
  for (const target of targets) {
    try {
      writeFileSync(path.resolve(io.cwd, target.path), render(target.format));
    } catch (error) {
      io.err(
        `whosaid: --output ${target.format}=${terminalSafe(target.path)}: cannot write ${terminalSafe(target.path)}: ${describeError(error)}\n`,
      );
      ok = false;
    }
  }
  return ok;
}

/** Append markdown to the GitHub step summary file; false (and a line on stderr) when it cannot be written. */
export function appendStepSummary(file: string, markdown: string, io: Io): boolean {
  try {
    appendFileSync(path.resolve(io.cwd, file), markdown);
    return true;
  } catch (error) {
    io.err(`whosaid: GITHUB_STEP_SUMMARY: cannot write ${terminalSafe(file)}: ${describeError(error)}\n`);
    return false;
  }
}
