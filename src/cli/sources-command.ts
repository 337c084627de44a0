/** `whosaid sources FILE…`: the sources of each document (name, kind, title, gender, mentions, claims) in a chosen format. */
import { Command } from 'commander';
import type { DocumentResult, ExtractOptions } from '../types.js';
import type { Io } from './io.js';
import type { CliOptions, Settings } from '../config/settings.js';
import { extract } from '../pipeline.js';
import { readInput } from '../read/inputs.js';
import { ndjsonRecords, recordErrorLine } from './ndjson-input.js';
import {
  formatSourcesCsv,
  formatSourcesJson,
  formatSourcesMarkdown,
  formatSourcesNdjson,
  formatSourcesTable,
  formatSourcesTsv,
  SOURCE_FORMATS,
  type SourceFormat,
} from '../report/sources.js';
import { chalkFor, decideColor } from './color.js';
import { expandAll, internalErrorLine, readOptionsOf, settingsOrExit, type ScaleOptions } from './extract-command.js';
import { terminalSafe } from '../report/terminal-text.js';
import { didYouMean } from '../report/did-you-mean.js';
import { ALL_CLAIM_REPORT_FLAGS, refusedClaimFlag } from './outputs.js';

const isSourceFormat = (format: string): format is SourceFormat =>
  (SOURCE_FORMATS as readonly string[]).includes(format);

/**
 * The format of a sources run: a --format flag must name a sources format; a config file's default format that
 * does not apply here (github, html: claim reports) is ignored for the table.
 */
function sourcesFormat(flag: string | undefined, configured: string): SourceFormat | { error: string } {
  if (flag === undefined) return isSourceFormat(configured) ? configured : 'table';
  if (isSourceFormat(flag)) return flag;
  return {
    error: `sources: --format: '${flag}' does not apply to sources${didYouMean(flag, SOURCE_FORMATS)}; valid formats: ${SOURCE_FORMATS.join(', ')}`,
  };
}

/** Files, directories and globs, each one document. */
async function fileDocuments(
  inputs: string[],
  settings: Settings,
  extractOptions: ExtractOptions,
  io: Io,
): Promise<{ documents: DocumentResult[]; failed: boolean }> {
  const readOptions = readOptionsOf(settings, io);
  const { paths, failed: expandFailed } = await expandAll(inputs, readOptions, io);
  let failed = expandFailed;
  const documents: DocumentResult[] = [];
  for (const file of paths) {
    const input = await readInput(file, readOptions);
    const shownPath = file === '-' ? settings.stdinFilename : file;
    if ('error' in input) {
      io.err(`whosaid: ${terminalSafe(shownPath)}: ${input.error}\n`);
      failed = true;
      continue;
    }
    try {
      documents.push(extract(input.text, { path: shownPath, ...extractOptions }));
    } catch (error) {
      // One document that hits a bug is reported; the others are still listed.
      io.err(internalErrorLine(shownPath, error));
      failed = true;
    }
  }
  return { documents, failed };
}

/** `--input ndjson`: each record one document named by its id (as the default command reads them). */
async function recordDocuments(
  inputs: string[],
  settings: Settings,
  strict: boolean,
  extractOptions: ExtractOptions,
  io: Io,
): Promise<{ documents: DocumentResult[]; failed: boolean }> {
  const documents: DocumentResult[] = [];
  const status = { failed: false };
  for await (const input of ndjsonRecords(inputs, settings, strict, io, status)) {
    try {
      documents.push(extract(input.record.text, { ...extractOptions, id: input.record.id, path: input.shownPath }));
    } catch (error) {
      io.err(recordErrorLine(input, error));
      status.failed = true;
      if (strict) break;
    }
  }
  return { documents, failed: status.failed };
}

export async function sourcesAction(
  files: string[],
  options: CliOptions & Pick<ScaleOptions, 'genderNames' | 'input' | 'strict'>,
  io: Io,
): Promise<number> {
  // The claim formats are checked by the settings; sources has its own list, checked here.
  const settings = await settingsOrExit({ ...options, format: undefined }, io);
  if (typeof settings === 'number') return settings;
  // The reading flags apply; the flags that shape or judge claim tables do not.
  const refused = refusedClaimFlag(options, ALL_CLAIM_REPORT_FLAGS);
  if (refused !== null) {
    io.err(`whosaid: sources: ${refused}\n`);
    return 2;
  }
  const format = sourcesFormat(options.format, settings.format);
  if (typeof format !== 'string') {
    io.err(`whosaid: ${format.error}\n`);
    return 2;
  }
  const extractOptions: ExtractOptions = {
    cueVerbs: settings.cueVerbs,
    aliases: settings.aliases,
    ...(options.genderNames ? { genderNames: true } : {}),
  };
  const inputs = files.length === 0 ? ['-'] : files;
  const { documents, failed } =
    options.input === 'ndjson'
      ? await recordDocuments(inputs, settings, Boolean(options.strict), extractOptions, io)
      : await fileDocuments(inputs, settings, extractOptions, io);
  const chalk = chalkFor(format === 'table' && decideColor(settings.color, io.env, io.stdoutIsTTY));
  const writers: Record<SourceFormat, (documents: DocumentResult[]) => string> = {
    table: (d) => formatSourcesTable(d, { chalk }),
    json: formatSourcesJson,
    ndjson: formatSourcesNdjson,
    csv: formatSourcesCsv,
    tsv: formatSourcesTsv,
    markdown: formatSourcesMarkdown,
  };
  if (format === 'json' || documents.length > 0) io.out(writers[format](documents));
  return failed ? 2 : 0;
}

export function sourcesCommand(io: Io, result: { code: number }): Command {
  return new Command('sources')
    .description('list the sources of each document: name, kind, title, gender (persons), mentions, claims')
    .argument('[files...]', 'articles, directories or globs; "-" for stdin')
    .option('-f, --format <format>', `output format: ${SOURCE_FORMATS.join(', ')} (default: table)`)
    .addHelpText(
      'after',
      `
Examples:
  $ whosaid sources article.txt
  $ whosaid sources --format json 'articles/**/*.txt'
  $ whosaid sources --format csv articles/ > sources.csv
  $ whosaid sources --input ndjson -f csv corpus.jsonl    one row per source of each record`,
    )
    .action(async (files: string[], _options, command: Command) => {
      result.code = await sourcesAction(files, command.optsWithGlobals(), io);
    });
}
