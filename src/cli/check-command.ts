/**
 * `whosaid check [dir|files…]`: compare each X.txt with the golden X.claims.json beside it and print
 * the drift. Exit 1 on any drift (and on a missing golden file with --require-golden; without it such
 * files are listed, not failing), 0 when all match, 2 on bad input.
 * `--update` rewrites golden files atomically (temp file in the same directory, then rename).
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { ClaimsFile, DocumentResult } from '../types.js';
import type { Io } from './io.js';
import type { CliOptions, Settings } from '../config/settings.js';
import { extract } from '../pipeline.js';
import { describeError, readInput } from '../read/inputs.js';
import { formatJson } from '../report/json.js';
import { driftEntries, onlyPositionsMoved, type DriftEntry } from '../report/drift.js';
import {
  ANNOTATIONS_SHOWN,
  capByLevel,
  cappedNotice,
  describeRest,
  sortAnnotations,
  workflowCommand,
  type Annotation,
} from '../report/github.js';
import { markdownCell } from '../report/markdown.js';
import { ALL_CLAIM_REPORT_FLAGS, appendStepSummary, refusedClaimFlag } from './outputs.js';
import { expandAll, internalErrorLine, readOptionsOf, settingsOrExit } from './extract-command.js';
import { terminalSafe } from '../report/terminal-text.js';

/** The golden file of an article: same directory, same stem, ".claims.json". */
export function goldenPathOf(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.claims.json`);
}

/**
 * The golden content of an article: `formatJson` of its document with path (and so id) set to the
 * article's file name, i.e. what `whosaid --format json X.txt` prints when run from X.txt's directory.
 */
export function goldenDocument(
  text: string,
  file: string,
  settings: Pick<Settings, 'cueVerbs' | 'aliases'>,
): DocumentResult {
  return extract(text, { path: path.basename(file), cueVerbs: settings.cueVerbs, aliases: settings.aliases });
}

/** Write a file so that readers see the old or the new content, never half of it. */
export async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

/** What became of one article. `moved`: drift where only positions moved. */
type Status = 'match' | 'drift' | 'moved' | 'missing' | 'error' | 'updated';

/** One article's result, as the formats print it. */
export interface CheckedFile {
  path: string;
  golden: string;
  status: Status;
  changes: DriftEntry[];
  /** Why the file could not be checked (status `error`). */
  error?: string;
}

/** The formats `check` prints; a config's default format that is not one of them is ignored. */
const CHECK_FORMATS = ['table', 'json', 'github'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

interface CheckRun {
  settings: Settings;
  update: boolean;
  io: Io;
}

async function checkOne(file: string, { settings, update, io }: CheckRun): Promise<CheckedFile> {
  const goldenFile = goldenPathOf(file);
  const checked = (status: Status, more: Partial<CheckedFile> = {}): CheckedFile => ({
    path: file,
    golden: goldenFile,
    status,
    changes: [],
    ...more,
  });
  const failure = (shownPath: string, error: string, line = `whosaid: ${terminalSafe(shownPath)}: ${error}\n`) => {
    io.err(line);
    return checked('error', { error });
  };
  const input = await readInput(file, readOptionsOf(settings, io));
  if ('error' in input) return failure(file, input.error);
  let actual: DocumentResult;
  try {
    actual = goldenDocument(input.text, file, settings);
  } catch (error) {
    // One article that hits a bug is an error for that file; the others are still checked.
    return failure(file, `internal error: ${(error as Error).message}`, internalErrorLine(file, error));
  }
  const fresh = formatJson([actual]);
  let stored: string | undefined;
  try {
    stored = await readFile(path.resolve(io.cwd, goldenFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return failure(goldenFile, (error as Error).message);
  }
  if (update) {
    if (stored === fresh) return checked('match');
    try {
      await writeAtomically(path.resolve(io.cwd, goldenFile), fresh);
    } catch (error) {
      // One golden file that cannot be written is an error for that article; the others are still written.
      return failure(goldenFile, `cannot write: ${describeError(error)}`);
    }
    io.out(`${stored === undefined ? 'created' : 'updated'} ${goldenFile}\n`);
    return checked('updated');
  }
  if (stored === undefined) return checked('missing');
  let golden: DocumentResult;
  try {
    const parsed = JSON.parse(stored) as ClaimsFile;
    if (parsed?.version !== 1 || !Array.isArray(parsed.documents) || parsed.documents.length !== 1)
      throw new Error('expected {"version":1,"documents":[one document]}');
    golden = parsed.documents[0];
  } catch (error) {
    return failure(goldenFile, `invalid golden file: ${(error as Error).message}`);
  }
  const changes = driftEntries(golden, actual);
  if (changes.length === 0) return checked('match');
  return checked(onlyPositionsMoved(changes) ? 'moved' : 'drift', { changes });
}

/** The counts of a run, for the closing line and the JSON. */
function tally(files: readonly CheckedFile[]) {
  const count = (...statuses: Status[]) => files.filter((f) => statuses.includes(f.status)).length;
  return {
    checked: files.length,
    drifted: count('drift', 'moved'),
    positionsOnly: count('moved'),
    withoutGolden: count('missing'),
    unreadable: count('error'),
  };
}

function closingLine(files: readonly CheckedFile[], requireGolden: boolean): string {
  const t = tally(files);
  const parts = [
    `${t.checked} checked`,
    `${t.drifted} drifted${t.positionsOnly ? ` (${t.positionsOnly} positions only)` : ''}`,
  ];
  if (t.withoutGolden > 0)
    parts.push(
      `${t.withoutGolden} without a golden file${requireGolden ? '' : ' (not failing; --require-golden fails on them)'}`,
    );
  if (t.unreadable > 0) parts.push(`${t.unreadable} unreadable`);
  return `${parts.join(', ')}\n`;
}

function formatText(files: readonly CheckedFile[], requireGolden: boolean): string {
  const lines: string[] = [];
  for (const f of files) {
    if (f.status === 'match') lines.push(`✓ ${f.path}`);
    else if (f.status === 'missing')
      lines.push(
        requireGolden
          ? `✗ ${f.path}: missing golden file ${f.golden} (run whosaid check --update to create it)`
          : `? ${f.path}: no golden file ${f.golden}, not compared`,
      );
    else if (f.status === 'drift' || f.status === 'moved')
      lines.push(`✗ ${f.path} (golden ${f.golden}):`, ...f.changes.map((c) => `    ${terminalSafe(c.text)}`));
  }
  return lines.map((l) => `${l}\n`).join('') + closingLine(files, requireGolden);
}

function formatCheckJson(files: readonly CheckedFile[]): string {
  return `${JSON.stringify({ version: 1, files, ...tally(files) }, null, 2)}\n`;
}

const CHANGE_TITLES: Record<DriftEntry['change'], string> = {
  added: 'claim added',
  removed: 'claim removed',
  changed: 'claim changed',
  moved: 'positions moved',
  reordered: 'golden file differs',
};

/** One annotation per difference (drift fails the run: errors), one per file without a golden file. */
function checkAnnotations(files: readonly CheckedFile[], requireGolden: boolean): Annotation[] {
  const annotations: Annotation[] = [];
  for (const f of files) {
    if (f.status === 'missing')
      annotations.push({
        level: requireGolden ? 'error' : 'warning',
        file: f.path,
        title: 'whosaid check: no golden file',
        message: `no golden file ${f.golden} (whosaid check --update creates it)`,
      });
    for (const change of f.changes) {
      const what =
        change.subject === 'source' || change.subject === 'diagnostic'
          ? `${change.subject} ${change.change}`
          : change.subject === 'document' && change.change === 'changed'
            ? 'document changed'
            : CHANGE_TITLES[change.change];
      annotations.push({
        level: 'error',
        file: f.path,
        line: change.line,
        column: change.column,
        title: `whosaid check: ${what}`,
        message: `${change.text} (golden ${f.golden}${change.change === 'removed' ? `, line ${change.line ?? '?'} of the golden article` : ''})`,
      });
    }
  }
  return sortAnnotations(annotations);
}

/** The step summary of a check run: a line per file, then the differences GitHub did not show. */
function checkSummary(files: readonly CheckedFile[], rest: readonly Annotation[], requireGolden: boolean): string {
  const lines = ['## whosaid check', '', '| file | golden file | status | differences |', '| --- | --- | --- | --: |'];
  for (const f of files)
    lines.push(`| ${markdownCell(f.path)} | ${markdownCell(f.golden)} | ${f.status} | ${f.changes.length} |`);
  lines.push('', closingLine(files, requireGolden).trim());
  if (rest.length > 0)
    lines.push(
      '',
      `GitHub shows ${ANNOTATIONS_SHOWN} annotations of each type per step; these ${describeRest(rest.map((a) => a.level))} are listed here only:`,
      '',
      '| where | level | what |',
      '| --- | --- | --- |',
      ...rest.map(
        (a) =>
          `| ${markdownCell(a.file ?? '')}${a.line ? `:${a.line}` : ''} | ${a.level} | ${markdownCell(a.message)} |`,
      ),
    );
  return `${lines.join('\n')}\n`;
}

export async function checkAction(
  paths: string[],
  options: CliOptions & { update?: boolean; requireGolden?: boolean },
  io: Io,
): Promise<number> {
  const settings = await settingsOrExit(options, io);
  if (typeof settings === 'number') return settings;
  if (paths.includes('-')) {
    io.err('whosaid: check: reads files only, not standard input\n');
    return 2;
  }
  // The golden files hold whole claim lists: the flags that shape or judge claim tables do not apply.
  const refused = refusedClaimFlag(options, ALL_CLAIM_REPORT_FLAGS);
  if (refused !== null) {
    io.err(`whosaid: check: ${refused}\n`);
    return 2;
  }
  if (options.format !== undefined && !(CHECK_FORMATS as readonly string[]).includes(options.format)) {
    io.err(`whosaid: check: --format must be ${CHECK_FORMATS.join(', ')}, not '${terminalSafe(options.format)}'\n`);
    return 2;
  }
  // A config's default format for claim tables (csv, html…) does not apply to check: the text report is used.
  const format: CheckFormat = (CHECK_FORMATS as readonly string[]).includes(settings.format)
    ? (settings.format as CheckFormat)
    : 'table';
  const requireGolden = Boolean(options.requireGolden);
  const { paths: files, failed } = await expandAll(paths.length === 0 ? ['.'] : paths, readOptionsOf(settings, io), io);
  const run: CheckRun = { settings, update: Boolean(options.update), io };
  const results: CheckedFile[] = [];
  for (const file of files) results.push(await checkOne(file, run));
  const t = tally(results);
  let outputFailed = false;
  if (options.update) {
    io.out(`${files.length} checked, ${results.filter((r) => r.status === 'updated').length} golden files written\n`);
  } else if (format === 'json') {
    io.out(formatCheckJson(results));
  } else if (format === 'github') {
    const annotations = checkAnnotations(results, requireGolden);
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    const { shown, rest } =
      summaryFile === undefined || summaryFile === ''
        ? { shown: annotations, rest: [] }
        : capByLevel(annotations, (a) => a.level, ANNOTATIONS_SHOWN);
    io.out(shown.map(workflowCommand).join('') + (rest.length > 0 ? cappedNotice(rest.map((a) => a.level)) : ''));
    io.out(closingLine(results, requireGolden));
    if (summaryFile) outputFailed = !appendStepSummary(summaryFile, checkSummary(results, rest, requireGolden), io);
  } else {
    io.out(formatText(results, requireGolden));
  }
  if (failed || t.unreadable > 0 || outputFailed) return 2;
  return t.drifted > 0 || (requireGolden && t.withoutGolden > 0) ? 1 : 0;
}

/** The `check` subcommand; global options (config, ext, format, lenient) come through optsWithGlobals. */
export function checkCommand(io: Io, result: { code: number }): Command {
  return new Command('check')
    .description('compare each X.txt with its golden X.claims.json; exit 1 on drift')
    .argument('[paths...]', 'articles or directories (default: the current directory)')
    .option('--update', 'write the golden files from the current extraction (atomically)')
    .option('--require-golden', 'an article without a golden file fails the run (default: listed, not failing)')
    .addHelpText(
      'after',
      `
Claims are matched by what they are (kind, source, cue, text), so an edit that only moves positions is one
line. --format table (default), json, or github (annotations per file and line).

Examples:
  $ whosaid check fixtures/             exit 1 and show a diff when any fixture drifted
  $ whosaid check --update fixtures/    accept the current output as the new golden files
  $ whosaid check -f github --require-golden articles/   in CI: annotations, and every article needs a golden file`,
    )
    .action(async (paths: string[], _options, command: Command) => {
      result.code = await checkAction(paths, command.optsWithGlobals(), io);
    });
}
