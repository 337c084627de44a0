/**
 * `whosaid report [inputs…]`: a corpus at a glance — claims and sources by kind, people quoted by gender, anonymous
 * and missing sources, unattributed numbers, the most quoted — per group and overall (docs/report.md).
 */
import { Command } from 'commander';
import type { Io } from './io.js';

export const CORPUS_FORMATS = ['table', 'json', 'csv', 'markdown', 'html'];

/** The `report` subcommand; its action (loaded when it runs) stores the exit code in `result`. */
export function reportCommand(io: Io, result: { code: number }): Command {
  const command = new Command('report')
    .description('a corpus at a glance: who is quoted, by gender and kind, per group (outlet, section, directory…)')
    .argument('[inputs...]', 'files, directories, globs, or NDJSON files with --input ndjson; "-" for stdin')
    .option(
      '--group-by <field>',
      'group documents by an NDJSON record field (outlet, date, section, …) or by "dir", the directory of each file',
    )
    .option('--gender-names', 'where an article gives a person no gender, use public-domain first-name lists')
    .addHelpText(
      'after',
      `
Formats (-f): table (default), json, csv, markdown, html (a self-contained dashboard with inline SVG charts).
Inputs are read as by the default command (--ext, --lenient, --jobs, --input ndjson, --quiet); NDJSON records
may carry metadata beside "id" and "text", e.g. {"id":"a1","outlet":"CBC","date":"2018-12-01","text":"…"}.

Figures, per group and for all documents: documents; claims by kind; sources by kind; people quoted (person
sources with an attributed claim, once per document) by gender as the articles refer to them, and the share of
women among those whose gender is known; the share of attributed claims resting on anonymous sources and with no
source; numbers in claims with no source; the most quoted people and organizations, merged across documents by name.

Examples:
  $ whosaid report articles/                                 the whole corpus
  $ whosaid report --group-by dir 'news/**/*.txt'            one group per directory
  $ whosaid report --input ndjson --group-by outlet corpus.jsonl -f html > report.html
  $ whosaid report --input ndjson --group-by section -f markdown corpus.jsonl >> "$GITHUB_STEP_SUMMARY"

Exit codes: 0 ok; 2 usage error, or an input that could not be read (the others are still counted).`,
    )
    .action(async (inputs: string[], _options, self: Command) => {
      const { reportAction } = await import('./report-action.js');
      result.code = await reportAction(inputs, self.optsWithGlobals(), io);
    });
  command.exitOverride();
  command.configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return command;
}
