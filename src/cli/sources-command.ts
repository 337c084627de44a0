/** `whosaid sources FILE…`: the sources of each document (name, kind, mentions, claims); table or JSON. */
import { Command } from 'commander';
import type { DocumentResult } from '../types.js';
import type { Io } from './io.js';
import type { CliOptions } from '../config/settings.js';
import { extract } from '../pipeline.js';
import { readInput } from '../read/inputs.js';
import { formatSourcesJson, formatSourcesTable } from '../report/sources.js';
import { chalkFor, decideColor } from './color.js';
import { expandAll, internalErrorLine, readOptionsOf, settingsOrExit } from './extract-command.js';
import { terminalSafe } from '../report/terminal-text.js';

export async function sourcesAction(files: string[], options: CliOptions, io: Io): Promise<number> {
  const settings = await settingsOrExit(options, io);
  if (typeof settings === 'number') return settings;
  if (settings.format !== 'table' && settings.format !== 'json') {
    io.err(`whosaid: sources: --format must be table or json, not '${settings.format}'\n`);
    return 2;
  }
  const readOptions = readOptionsOf(settings, io);
  const { paths, failed: expandFailed } = await expandAll(files.length === 0 ? ['-'] : files, readOptions, io);
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
      documents.push(extract(input.text, { path: shownPath, cueVerbs: settings.cueVerbs, aliases: settings.aliases }));
    } catch (error) {
      // One document that hits a bug is reported; the others are still listed.
      io.err(internalErrorLine(shownPath, error));
      failed = true;
    }
  }
  if (settings.format === 'json') io.out(formatSourcesJson(documents));
  else if (documents.length > 0)
    io.out(formatSourcesTable(documents, { chalk: chalkFor(decideColor(settings.color, io.env, io.stdoutIsTTY)) }));
  return failed ? 2 : 0;
}

export function sourcesCommand(io: Io, result: { code: number }): Command {
  return new Command('sources')
    .description('list the sources of each document: name, kind, mentions, claims')
    .argument('[files...]', 'articles, directories or globs; "-" for stdin')
    .addHelpText(
      'after',
      `
Examples:
  $ whosaid sources article.txt
  $ whosaid sources --format json 'articles/**/*.txt'`,
    )
    .action(async (files: string[], _options, command: Command) => {
      result.code = await sourcesAction(files, command.optsWithGlobals(), io);
    });
}
