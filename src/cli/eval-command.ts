/**
 * `whosaid eval GOLD.jsonl`: score the extractor against hand-annotated documents (docs/eval.md).
 * Exit codes: 0 after printing, 2 for a missing or malformed gold file or bad options.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import { CAUSES, type Cause } from '../eval/errors.js';
import { MATCHING_RULE } from '../eval/report.js';
import { IGNORABLE_CLAIMS, PIECES_MODES, type IgnorableClaim, type PiecesMode } from '../eval/predictions.js';

export const EVAL_FORMATS = ['table', 'json'];

/** Causes as typed on the command line: "missed-quote" for "missed quote". */
const CAUSE_NAMES = CAUSES.map((c) => c.replace(/ /g, '-'));

export interface EvalCliOptions {
  format?: string;
  color?: boolean;
  errors?: number;
  cause?: Cause[];
  limit?: number;
  pieces?: PiecesMode;
  genderNames?: boolean;
  minQuoteWords?: number;
  ignoreClaims?: IgnorableClaim[];
}

function ignorableClaims(value: string): IgnorableClaim[] {
  const kinds = value.split(',').map((k) => k.trim());
  const wrong = kinds.find((k) => !(IGNORABLE_CLAIMS as readonly string[]).includes(k));
  if (wrong !== undefined) throw new InvalidArgumentError(`'${wrong}' is none of ${IGNORABLE_CLAIMS.join(', ')}`);
  return kinds as IgnorableClaim[];
}

/** A parser of whole-number option values of at least `min`; `expected` says what was wanted. */
function integerAtLeast(min: number, expected: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected ${expected}`);
    return n;
  };
}
const positiveInteger = integerAtLeast(0, 'a non-negative integer');
const wholeNumberFromOne = integerAtLeast(1, 'a whole number ≥ 1');

function causeList(value: string): Cause[] {
  return value.split(',').map((name) => {
    const index = CAUSE_NAMES.indexOf(name.trim());
    if (index === -1) throw new InvalidArgumentError(`unknown cause "${name}" (one of ${CAUSE_NAMES.join(', ')})`);
    return CAUSES[index];
  });
}

/** The `eval` subcommand; its action stores the exit code in `result`. */
export function evalCommand(io: Io, result: { code: number }): Command {
  const command = new Command('eval')
    .description('score whosaid against a gold file of annotated documents (JSON Lines, see docs/eval.md)')
    .argument('<gold>', 'gold file: one JSON document per line')
    .addOption(new Option('-f, --format <format>', 'output format: table (default) or json').choices(EVAL_FORMATS))
    .option('--errors <n>', 'list the first N errors of each cause (0: counts and breakdowns only)', positiveInteger)
    .option(
      '--cause <causes>',
      `with --errors, list only these causes, comma-separated: ${CAUSE_NAMES.join(', ')}`,
      causeList,
    )
    .option('--limit <n>', 'evaluate only the first N documents', positiveInteger)
    .addOption(
      new Option(
        '--pieces <mode>',
        'a quote interrupted by "she said": its pieces as one attribution (joined, default; PolNeAR) or one each (separate; Gender Gap Tracker)',
      ).choices([...PIECES_MODES]),
    )
    .option(
      '--ignore-claims <kinds>',
      `reported claims the gold does not annotate, left out of the attribution measure, comma-separated: ${IGNORABLE_CLAIMS.join(', ')} (the Gender Gap Tracker annotates none)`,
      ignorableClaims,
    )
    .option(
      '--min-quote-words <n>',
      'score predicted quotes of at least N words (default: 1 when the gold lists a quote under 3 words, as the Gender Gap Tracker does, else 3 as PolNeAR)',
      wholeNumberFromOne,
    )
    .option(
      '--gender-names',
      'extract with first-name lists for people the article gives no gender (as whosaid --gender-names)',
    )
    .option('--color', 'force colour in the table')
    .option('--no-color', 'no colour')
    .addHelpText(
      'after',
      `
Matching: ${MATCHING_RULE}.
Quotes: predicted quote and partial-quote claims of 3+ words, minus those lying mostly (>50%) on a gold
"neutral" span. Attributions: quote, partial-quote and reported claims, minus partial quotes inside a
reported claim of the same source and quotes on a neutral span outside every gold attribution; the pieces of
one quoted turn (quote claims sharing a cue) count as one attribution, or one each with --pieces separate.
A speaker/source is right when a mention of the predicted source overlaps the gold one, or the names share a
word (ignoring the/a/of/mr/mrs/ms and pronouns). Where the gold names a speaker without marking a mention
(quotes[].speakerName; for an attribution without source, the speakerName of a gold quote inside it), the
name must share a word with the predicted source's name or one of its mentions. Otherwise a null gold source
is right only for a claim without source. e2e counts a hit only when matched and the source is right.

Examples:
  $ whosaid eval gold.jsonl                      metrics table
  $ whosaid eval gold.jsonl --errors 20          ... plus the first 20 misses of each cause
  $ whosaid eval gold.jsonl --format json | jq .attributions.endToEnd.f1
  $ whosaid eval ggt-dev.jsonl --pieces separate  each piece of a quote is an attribution

Exit codes: 0 after printing; 2 missing or malformed gold file, or bad options.`,
    )
    .action(async (gold: string, _options: EvalCliOptions, self: Command) => {
      // The program's own --format/--color are parsed wherever they appear, so they may land on it.
      // The scorer is loaded only when the command runs: start-up of the default command stays small.
      const { evalAction } = await import('./eval-action.js');
      result.code = await evalAction(gold, self.optsWithGlobals<EvalCliOptions>(), io);
    });
  // Subcommands added with addCommand do not inherit these: without them commander would exit the process.
  command.exitOverride();
  command.configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return command;
}
