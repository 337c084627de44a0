/**
 * The whosaid program: commander options -> actions. `run` never exits the process and never throws
 * for bad usage or bad input; it returns the exit code (0 ok, 1 findings or drift, 2 usage or input error).
 */
import { Command, CommanderError, Option } from 'commander';
import type { Io } from './io.js';
import { extractAction, FORMATS } from './extract-command.js';
import { evalCommand } from './eval-command.js';
import { VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Build the commander program; actions store their exit code in `result`. */
export function buildProgram(io: Io, result: { code: number }): Command {
  const program = new Command('whosaid');
  program
    .description('Who said what, on whose authority, with which numbers: a claim table for English news text.')
    .version(VERSION, '-V, --version')
    .argument('[files...]', 'text files or directories; "-" or nothing with a pipe reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS))
    .option('--color', 'force colour in human formats')
    .option('--no-color', 'no colour')
    .option('--lenient', 'decode invalid UTF-8 with replacement characters instead of failing')
    .option('--ext <extensions>', 'extensions taken from directories, comma-separated', '.txt,.md')
    .option('--stdin-filename <name>', 'the path to report for stdin', '-')
    .addHelpText('after', `
Examples:
  $ whosaid article.txt                     claim table of one article
  $ cat article.txt | whosaid --format json JSON (contract version 1) from a pipe
  $ whosaid articles/                       every .txt/.md file under a directory

Exit codes: 0 ok; 1 findings or drift; 2 usage, input or internal error.`)
    .action(async (files: string[], options) => {
      result.code = await extractAction(files, options, io);
    });
  program.addCommand(evalCommand(io, result));
  program.exitOverride();
  program.configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return program;
}

/** Run the CLI with the given arguments (without "node" and the script). */
export async function run(argv: string[], io: Io): Promise<number> {
  const result = { code: EXIT_OK };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    throw error;
  }
  return result.code;
}
