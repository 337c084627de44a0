/**
 * What `whosaid report` does once its options are parsed: read and extract each input as the default command
 * does (same input expansion, worker pool, NDJSON reader and progress bar), fold each document into the
 * corpus counts as soon as it is extracted (only the counts are kept: bounded memory), then print.
 */
import path from 'node:path';
import type { DocumentResult, ExtractOptions } from '../types.js';
import type { Io } from './io.js';
import { extractOptionsOf, type CliOptions, type Settings } from '../config/settings.js';
import { extract } from '../pipeline.js';
import { expandAll, extractedDocuments, readOptionsOf, settingsOrExit, type ScaleOptions } from './extract-command.js';
import { DOCUMENTS_AHEAD_PER_WORKER, jobsOf, startExtractPool } from './parallel-inputs.js';
import { startProgress } from './progress.js';
import { chalkFor, decideColor } from './color.js';
import { terminalSafe } from '../report/terminal-text.js';
import { CorpusAggregate, type CorpusSummary } from '../report/corpus/aggregate.js';
import {
  formatCorpusCsv,
  formatCorpusJson,
  formatCorpusMarkdown,
  formatCorpusTable,
} from '../report/corpus/formats.js';
import { formatCorpusHtml } from '../report/corpus/html.js';
import { CORPUS_FORMATS } from './report-command.js';
import { ALL_CLAIM_REPORT_FLAGS, refusedClaimFlag } from './outputs.js';
import { ndjsonRecords, recordErrorLine, type InputRecord } from './ndjson-input.js';

export interface ReportCliOptions extends CliOptions, ScaleOptions {
  groupBy?: string;
}

const ERROR = 2;

/** The group of a file by directory: its directory as given, "." for a file in the working directory. */
function directoryOf(file: string): string {
  return path.dirname(file);
}

/** Files, directories and globs: read (and extract, with --jobs, in workers) in order; count each document. */
async function reportFiles(
  inputs: string[],
  settings: Settings,
  options: ReportCliOptions,
  extractOptions: ExtractOptions,
  jobs: number,
  aggregate: CorpusAggregate,
  io: Io,
): Promise<boolean> {
  const readOptions = readOptionsOf(settings, io);
  const { paths, failed: expandFailed } = await expandAll(inputs, readOptions, io);
  const status = { failed: expandFailed };
  const progress = await startProgress(io, settings.quiet, paths.length);
  const run = { stdinFilename: settings.stdinFilename, readOptions, extractOptions, jobs, io, progress, status };
  for await (const { shownPath, document } of extractedDocuments(paths, run)) {
    aggregate.add(document, options.groupBy === 'dir' ? directoryOf(shownPath) : undefined);
    progress.tick(document.claims.length);
  }
  progress.stop();
  return status.failed;
}

/**
 * NDJSON records, streamed: each record's metadata field names its group. With an explicit `--jobs N` (N > 1)
 * records are extracted in N workers, at most N × DOCUMENTS_AHEAD_PER_WORKER at a time (the count of a
 * corpus does not depend on the order documents are added in); otherwise in this thread, one at a time.
 */
async function reportNdjson(
  inputs: string[],
  settings: Settings,
  options: ReportCliOptions,
  extractOptions: ExtractOptions,
  jobs: number,
  aggregate: CorpusAggregate,
  io: Io,
): Promise<boolean> {
  const status = { failed: false };
  const pool = options.jobs !== undefined && jobs > 1 ? await startExtractPool(jobs) : null;
  const window = jobs * DOCUMENTS_AHEAD_PER_WORKER;
  const inFlight: Promise<void>[] = [];
  const count = ({ record, shownPath }: InputRecord, document: DocumentResult) => {
    const group =
      options.groupBy === 'dir' ? directoryOf(shownPath) : options.groupBy && record.fields?.[options.groupBy];
    aggregate.add(document, group || undefined);
  };
  const internalError = (input: InputRecord, error: unknown) => {
    io.err(recordErrorLine(input, error));
    status.failed = true;
  };
  try {
    for await (const input of ndjsonRecords(inputs, settings, Boolean(options.strict), io, status)) {
      const { record, shownPath } = input;
      const recordOptions = { ...extractOptions, id: record.id };
      if (pool === null) {
        try {
          count(input, extract(record.text, { ...recordOptions, path: shownPath }));
        } catch (error) {
          internalError(input, error);
        }
        continue;
      }
      inFlight.push(
        pool.run({ text: record.text, path: shownPath, options: recordOptions }).then(
          (document) => count(input, document),
          (error: unknown) => internalError(input, error),
        ),
      );
      // Bounded memory: wait for the oldest record before reading more than the window.
      if (inFlight.length >= window) await inFlight.shift();
    }
  } finally {
    await Promise.all(inFlight);
    await pool?.close();
  }
  return status.failed;
}

/** The summary in the chosen format. */
function formatted(summary: CorpusSummary, format: string, settings: Settings, io: Io): string {
  switch (format) {
    case 'json':
      return formatCorpusJson(summary);
    case 'csv':
      return formatCorpusCsv(summary);
    case 'markdown':
      return formatCorpusMarkdown(summary);
    case 'html':
      return formatCorpusHtml(summary);
    default:
      return formatCorpusTable(summary, chalkFor(decideColor(settings.color, io.env, io.stdoutIsTTY)));
  }
}

/** Read, extract, count and print; returns the exit code. */
export async function reportAction(inputs: string[], options: ReportCliOptions, io: Io): Promise<number> {
  const settings = await settingsOrExit(options, io);
  if (typeof settings === 'number') return settings;
  // The default command's format (from flags or config) applies only when report has it.
  const format = options.format ?? (CORPUS_FORMATS.includes(settings.format) ? settings.format : 'table');
  if (!CORPUS_FORMATS.includes(format)) {
    io.err(`whosaid: report: --format must be one of ${CORPUS_FORMATS.join(', ')}, not '${terminalSafe(format)}'\n`);
    return ERROR;
  }
  // --quiet and the reading flags apply; the flags that shape or judge claim tables do not.
  const refused = refusedClaimFlag(options, ALL_CLAIM_REPORT_FLAGS);
  if (refused !== null) {
    io.err(`whosaid: report: ${refused}\n`);
    return ERROR;
  }
  if (options.groupBy !== undefined && options.groupBy.trim() === '') {
    io.err('whosaid: report: --group-by needs a field name or "dir"\n');
    return ERROR;
  }
  const jobs = jobsOf(options.jobs);
  if (typeof jobs === 'string') {
    io.err(`whosaid: ${jobs}\n`);
    return ERROR;
  }
  const extractOptions = extractOptionsOf(settings, options.genderNames);
  if (options.groupBy !== undefined && options.groupBy !== 'dir' && options.input !== 'ndjson' && !settings.quiet)
    io.err(
      `whosaid: warning: --group-by ${terminalSafe(options.groupBy)} reads a field of NDJSON records (--input ndjson); files have none, use --group-by dir\n`,
    );
  const aggregate = new CorpusAggregate(options.groupBy ?? null);
  const files = inputs.length === 0 ? ['-'] : inputs;
  const failed =
    options.input === 'ndjson'
      ? await reportNdjson(files, settings, options, extractOptions, jobs, aggregate, io)
      : await reportFiles(files, settings, options, extractOptions, jobs, aggregate, io);
  const summary = aggregate.summary();
  // Nothing could be read: the errors said why; an empty report would only hide them.
  if (failed && summary.overall.documents === 0) return ERROR;
  io.out(formatted(summary, format, settings, io));
  return failed ? ERROR : 0;
}
