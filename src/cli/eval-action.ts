/**
 * What `whosaid eval` does once its options are parsed: read the gold file, score, print. Loaded by
 * eval-command.ts only when the command runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Io } from './io.js';
import { chalkFor, decideColor } from './color.js';
import { terminalSafe } from '../report/terminal-text.js';
import { describeError } from '../read/inputs.js';
import { GoldFormatError, parseGold } from '../eval/gold.js';
import { evaluate } from '../eval/evaluate.js';
import { CAUSES, firstByCause } from '../eval/errors.js';
import { formatErrors, formatEvalJson, formatEvalTable } from '../eval/report.js';
import { EVAL_FORMATS, type EvalCliOptions } from './eval-command.js';
import { ALL_CLAIM_REPORT_FLAGS, refusedClaimFlag, type ClaimReportFlag } from './outputs.js';

/** Read, score and print; returns the exit code. */
export async function evalAction(
  goldPath: string,
  options: EvalCliOptions & Partial<Record<ClaimReportFlag, unknown>>,
  io: Io,
): Promise<number> {
  if (options.format !== undefined && !EVAL_FORMATS.includes(options.format)) {
    io.err(`whosaid: eval: --format must be one of ${EVAL_FORMATS.join(', ')}\n`);
    return 2;
  }
  // Eval scores whole claim lists: the flags that shape or judge claim tables do not apply.
  const refused = refusedClaimFlag(options, ALL_CLAIM_REPORT_FLAGS);
  if (refused !== null) {
    io.err(`whosaid: eval: ${refused}\n`);
    return 2;
  }
  let content: string;
  try {
    content = await readFile(path.resolve(io.cwd, goldPath), 'utf8');
  } catch (error) {
    io.err(`whosaid: ${terminalSafe(goldPath)}: ${describeError(error)}\n`);
    return 2;
  }
  let documents;
  try {
    documents = parseGold(content, options.limit ?? Infinity);
  } catch (error) {
    if (!(error instanceof GoldFormatError)) throw error;
    io.err(`whosaid: ${terminalSafe(goldPath)}:${error.line}: ${terminalSafe(error.reason)}\n`);
    return 2;
  }
  // Progress only where a person watches: a terminal, outside CI.
  const showProgress = io.stderrIsTTY && !io.env.CI;
  const evaluation = evaluate(
    documents,
    showProgress ? (done, total) => io.err(`\rscoring ${done}/${total}`) : undefined,
    {
      pieces: options.pieces,
      genderNames: options.genderNames,
      minQuoteWords: options.minQuoteWords,
      ignoreClaims: options.ignoreClaims,
    },
  );
  if (showProgress) io.err('\r\x1b[K');
  const causes = options.cause ?? CAUSES;
  const choices = {
    pieces: options.pieces,
    minQuoteWords: evaluation.minQuoteWords,
    ignoreClaims: options.ignoreClaims,
  };
  if (options.format === 'json') {
    const listed =
      options.errors === undefined
        ? undefined
        : [...firstByCause(evaluation.errors, options.errors, causes).values()].flat();
    io.out(formatEvalJson(evaluation.metrics, evaluation.errors, listed, choices));
    return 0;
  }
  const chalk = chalkFor(decideColor(options.color, io.env, io.stdoutIsTTY));
  io.out(formatEvalTable(evaluation.metrics, evaluation.errors, chalk, choices));
  if (options.errors !== undefined) io.out(formatErrors(evaluation.errors, options.errors, chalk, causes));
  return 0;
}
