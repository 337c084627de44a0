/** The default command: read inputs, extract each, apply policies, report in the chosen format. */
import type { DocumentResult, ExtractOptions } from '../types.js';
import { TERMINAL_HINT, type Io } from './io.js';
import { extract } from '../pipeline.js';
import { expand, type ReadOptions } from '../read/inputs.js';
import { formatNdjsonLine } from '../report/json.js';
import { onlyClaims } from '../report/only.js';
import { errorCount, findingsOf, type Finding } from '../policy/findings.js';
import { ConfigError } from '../config/schema.js';
import { extractOptionsOf, resolveSettings, UsageError, type CliOptions, type Settings } from '../config/settings.js';
import { reportCollected } from './report-collected.js';
import { startProgress, type Progress } from './progress.js';
import { extractNdjson } from './ndjson-input.js';
import { documentsInOrder, jobsOf, type PoolLike } from './parallel-inputs.js';
import { terminalSafe } from '../report/terminal-text.js';

export { FORMATS } from '../report/index.js';

/** What the default command runs besides its flags; injectable so tests can make one document fail. */
export interface ExtractDependencies {
  extract: typeof extract;
  /** Starts the worker pool (`--jobs`); the real pool when absent. */
  startPool?: (workers: number) => Promise<PoolLike>;
}

/** The stderr line for a document whose extraction threw: path and message, no stack. */
export function internalErrorLine(path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `whosaid: ${terminalSafe(path)}: internal error: ${terminalSafe(message)}\n`;
}

/** How a run reads and extracts its files (see extractedDocuments). */
export interface ExtractRun {
  stdinFilename: string;
  readOptions: ReadOptions;
  extractOptions: ExtractOptions;
  jobs: number;
  io: Io;
  progress: Progress;
  /** Set when an input could not be read or its extraction threw. */
  status: { failed: boolean };
  extractOne?: typeof extract;
  startPool?: (workers: number) => Promise<PoolLike>;
}

/**
 * Each readable input's document, in input order (extracted in workers with --jobs). An input that cannot be
 * read, or whose extraction throws, gets its error line on stderr and a progress tick, sets `status.failed`,
 * and is skipped: a bug hit by one document must not cost the user the others.
 */
export async function* extractedDocuments(
  paths: string[],
  run: ExtractRun,
): AsyncGenerator<{ shownPath: string; text: string; document: DocumentResult }> {
  const { io, progress, status, extractOptions } = run;
  const extractOne = run.extractOne ?? extract;
  const ordered = documentsInOrder(paths, run.readOptions, run.stdinFilename, extractOptions, run.jobs, run.startPool);
  for await (const { file, input, extracted, failure } of ordered) {
    const shownPath = file === '-' ? run.stdinFilename : file;
    if ('error' in input) {
      io.err(`whosaid: ${terminalSafe(shownPath)}: ${input.error}\n`);
      status.failed = true;
      progress.tick(0);
      continue;
    }
    let document: DocumentResult;
    try {
      if (failure !== undefined) throw new Error(failure);
      document = extracted ?? extractOne(input.text, { path: shownPath, ...extractOptions });
    } catch (error) {
      io.err(internalErrorLine(shownPath, error));
      status.failed = true;
      progress.tick(0);
      continue;
    }
    yield { shownPath, text: input.text, document };
  }
}

/**
 * github and sarif hold policy findings only: without a policy, stdout or an --output file in one of them would
 * be empty. Said once per place, on stderr (not with --quiet).
 */
function warnFindingsOnly(format: string, settings: Settings, io: Io): void {
  if (settings.failOn !== undefined || settings.quiet) return;
  const findingsOnly = (f: string) => f === 'github' || f === 'sarif';
  if (findingsOnly(format))
    io.err(`whosaid: warning: --format ${format} prints policy findings only; add --fail-on <rules>\n`);
  for (const target of settings.outputs.filter((t) => findingsOnly(t.format)))
    io.err(
      `whosaid: warning: --output ${target.format}=${terminalSafe(target.path)} holds policy findings only; add --fail-on <rules>\n`,
    );
}

/** Exit codes (see docs/formats.md). */
const OK = 0;
const FINDINGS = 1;
const ERROR = 2;

/** Settings from flags and config, or the exit code after the error was printed. */
export async function settingsOrExit(options: CliOptions, io: Io): Promise<Settings | number> {
  try {
    return await resolveSettings(options, io.cwd);
  } catch (error) {
    if (error instanceof ConfigError) io.err(`whosaid: config: ${error.message}\n`);
    else if (error instanceof UsageError) io.err(`whosaid: ${error.message}\n`);
    else throw error;
    return ERROR;
  }
}

/** The ReadOptions of a run; reading a terminal first says how to end the text (unless --quiet). */
export function readOptionsOf(settings: Settings, io: Io): ReadOptions {
  const readStdin = async () => {
    if (io.stdinIsTTY && !settings.quiet) io.err(TERMINAL_HINT);
    return io.readStdin();
  };
  return { extensions: settings.ext, lenient: settings.lenient, cwd: io.cwd, readStdin, ignore: settings.ignore };
}

/** Expand every argument; an argument that names no file is an error on stderr. */
export async function expandAll(
  args: string[],
  readOptions: ReadOptions,
  io: Io,
): Promise<{ paths: string[]; failed: boolean }> {
  const paths: string[] = [];
  let failed = false;
  for (const arg of args) {
    const expanded = await expand(arg, readOptions);
    if (expanded.length === 0) {
      io.err(`whosaid: ${terminalSafe(arg)}: no files match (extensions ${readOptions.extensions.join(', ')})\n`);
      failed = true;
    }
    paths.push(...expanded);
  }
  return { paths, failed: failed || paths.length === 0 };
}

/** The exit code for a run that read its inputs: error findings fail it unless allowed (warnings never do). */
function exitCode(inputFailed: boolean, findings: number, settings: Settings): number {
  if (inputFailed) return ERROR;
  if (settings.failOn !== undefined && !settings.exitZero && findings > settings.maxWarnings) return FINDINGS;
  return OK;
}

/** Flags of the default command that only it has (scale: --jobs, --input, --strict). */
export interface ScaleOptions {
  jobs?: string;
  input?: string;
  strict?: boolean;
  /** First-name lists where an article gives a person no gender (docs/formats.md, "gender"). */
  genderNames?: boolean;
}

/** The default command; one document that throws is reported and skipped, and the run exits 2. */
export async function extractAction(
  files: string[],
  options: CliOptions & ScaleOptions,
  io: Io,
  deps: ExtractDependencies = { extract },
): Promise<number> {
  const settings = await settingsOrExit(options, io);
  if (typeof settings === 'number') return settings;
  const jobs = jobsOf(options.jobs);
  if (typeof jobs === 'string') {
    io.err(`whosaid: ${jobs}\n`);
    return ERROR;
  }
  const readOptions = readOptionsOf(settings, io);
  if (options.input === 'ndjson') {
    if (options.jobs !== undefined && !settings.quiet) {
      io.err('whosaid: warning: --jobs is not used with --input ndjson; records are extracted one by one, in order\n');
    }
    warnFindingsOnly(settings.highlight ? 'highlight' : settings.format, settings, io);
    // NDJSON names files as they are: records are not filtered by extension.
    const ndjson = await extractNdjson(
      files.length === 0 ? ['-'] : files,
      settings,
      Boolean(options.strict),
      io,
      deps.extract,
      Boolean(options.genderNames),
    );
    return exitCode(ndjson.failed, ndjson.findings, settings);
  }
  const { paths, failed: expandFailed } = await expandAll(files.length === 0 ? ['-'] : files, readOptions, io);
  const format = settings.highlight ? 'highlight' : settings.format;
  warnFindingsOnly(format, settings, io);
  const documents: DocumentResult[] = [];
  const texts: string[] = [];
  const findings: Finding[] = [];
  const progress = await startProgress(io, settings.quiet, paths.length);
  const status = { failed: expandFailed };
  const run: ExtractRun = {
    stdinFilename: settings.stdinFilename,
    readOptions,
    extractOptions: extractOptionsOf(settings, options.genderNames),
    jobs,
    io,
    progress,
    status,
    extractOne: deps.extract,
    startPool: deps.startPool,
  };
  for await (const { text, document: full } of extractedDocuments(paths, run)) {
    // Policies judge every claim; --only narrows what is shown.
    const found = settings.failOn === undefined ? [] : findingsOf(full, settings.failOn, settings.warnOn);
    findings.push(...found);
    const document = onlyClaims(full, settings.only);
    progress.tick(document.claims.length);
    // NDJSON streams: each document goes out as soon as it is done.
    if (format === 'ndjson') {
      io.out(formatNdjsonLine(document, settings.failOn === undefined ? undefined : found));
      // Streaming: wait for a slow reader instead of buffering every document.
      await io.drained?.();
    }
    // Kept for the reporter, and for --output files even when stdout streams.
    if (format !== 'ndjson' || settings.outputs.length > 0) {
      documents.push(document);
      texts.push(text);
    }
  }
  progress.stop();
  if (reportCollected(documents, texts, findings, format, settings, io)) status.failed = true;
  return exitCode(status.failed, errorCount(findings), settings);
}
