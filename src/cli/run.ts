/**
 * The whosaid program: commander options -> actions. `run` never exits the process and never throws
 * for bad usage or bad input; it returns the exit code (0 ok, 1 findings or drift, 2 usage or input error).
 */
import { Command, CommanderError, Option } from 'commander';
import type { Io } from './io.js';
import { extractAction, FORMATS } from './extract-command.js';
import { checkCommand } from './check-command.js';
import { sourcesCommand } from './sources-command.js';
import { printConfigCommand } from './print-config-command.js';
import { ONLY_FILTERS } from '../report/only.js';
import { POLICY_RULES } from '../policy/rules.js';
import { evalCommand } from './eval-command.js';
import { reportCommand } from './report-command.js';
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
    .argument('[files...]', 'text files or directories; "-" or nothing reads stdin (a pipe, or typing until Ctrl-D)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS))
    .option(
      '-o, --output <format=path>',
      'also write the results in this format to this file (repeatable), e.g. sarif=whosaid.sarif',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--color', 'force colour in human formats')
    .option('--no-color', 'no colour')
    .option('--lenient', 'decode invalid UTF-8 with replacement characters instead of failing')
    .option('--ext <extensions>', 'extensions taken from directories and globs, comma-separated (default: .txt,.md)')
    .option('--no-ignore', 'read every file in directories and globs, ignoring .gitignore and .whosaidignore')
    .option('--stdin-filename <name>', 'the path to report for stdin', '-')
    .option('--fields <names>', 'columns for table/csv/tsv/markdown/html, comma-separated (see docs/formats.md)')
    .option('--only <claims>', `show only some claims, comma-separated: ${ONLY_FILTERS.join(', ')}`)
    .option('--width <columns>', 'table width (default: the terminal width, else $COLUMNS, else 120)')
    .option(
      '--highlight',
      'print the article itself with claims, sources, cues, numbers and hedges marked (coloured, or [claim] {source} <cue> *number* _hedge_ without colour)',
    )
    .option('--fail-on <rules>', `exit 1 when a claim breaks a rule: ${POLICY_RULES.join(', ')}`)
    .option('--warn-on <rules>', 'report claims that break these rules as warnings, without failing the run')
    .option('--max-warnings <n>', 'exit 1 only when there are more than n error findings')
    .option('--exit-zero', 'exit 0 even when there are findings')
    .option('-q, --quiet', 'no progress bar and no warnings on stderr')
    .option('-j, --jobs <n>', 'worker threads for many files (used from 8 files on; default: the CPU count)')
    .addOption(
      new Option(
        '--input <kind>',
        'what the inputs hold: text articles, or NDJSON records {"id","text"} one per line',
      ).choices(['text', 'ndjson']),
    )
    .option('--strict', 'with --input ndjson, stop at the first malformed line')
    .option('--gender-names', 'where an article gives a person no gender, use public-domain first-name lists')
    .option('--config <path>', 'read this config file instead of searching for whosaid.config.json')
    .option('--no-config', 'ignore config files')
    .addHelpText(
      'after',
      `
Examples:
  $ whosaid article.txt                        claim table of one article
  $ whosaid                                    paste an article, then Ctrl-D
  $ cat article.txt | whosaid --format json    JSON (contract version 1) from a pipe
  $ whosaid articles/                          every .txt/.md file under a directory
  $ whosaid 'articles/**/*.txt' -f ndjson      a glob, one JSON document per line
  $ whosaid -f csv --fields path,id,kind,source,text a.txt > claims.csv
  $ whosaid -f markdown --only quotes,reported a.txt >> "$GITHUB_STEP_SUMMARY"
  $ whosaid -f html a.txt > a.html             the article with claims highlighted
  $ whosaid --highlight a.txt | less           the article marked up: colours on a terminal, brackets in a pipe
  $ whosaid --fail-on unattributed-number,unresolved-speaker -f github articles/
  $ whosaid --fail-on anonymous-source -o sarif=whosaid.sarif -o markdown=summary.md articles/
  $ whosaid --jobs 2 articles/                 two worker threads (from 8 files on)
  $ whosaid --input ndjson -f ndjson < corpus.jsonl > claims.jsonl
  $ whosaid check fixtures/                    compare with golden X.claims.json files
  $ whosaid sources a.txt                      who is cited, how often
  $ whosaid report --group-by dir articles/    a corpus at a glance: who is quoted, by gender and kind
  $ whosaid print-config                       the settings in effect

Exit codes: 0 ok; 1 findings or drift; 2 usage, config, input or internal error.`,
    )
    .action(async (files: string[], options) => {
      result.code = await extractAction(files, options, io);
    });
  program.addCommand(evalCommand(io, result));
  program.addCommand(reportCommand(io, result));
  program.addCommand(checkCommand(io, result));
  program.addCommand(sourcesCommand(io, result));
  program.addCommand(printConfigCommand(io, result));
  // Subcommands too end through `run` (their --help and errors never exit the process).
  // One prefix for every error, commander's own included ("error: unknown option" -> "whosaid: unknown option").
  const output = {
    writeOut: (s: string) => io.out(s),
    writeErr: (s: string) => io.err(s),
    outputError: (s: string, write: (s: string) => void) => write(s.replace(/^error: /, 'whosaid: ')),
  };
  for (const command of [program, ...program.commands]) command.exitOverride().configureOutput(output);
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
