/** Writing the collected documents of a run in a non-streaming format: one place for both input kinds. */
import type { DocumentResult } from '../types.js';
import type { Io } from './io.js';
import type { Finding } from '../policy/findings.js';
import type { Settings } from '../config/settings.js';
import { HUMAN_FORMATS, REPORTERS, type Format } from '../report/index.js';
import { ANNOTATIONS_SHOWN, formatStepSummary } from '../report/github.js';
import { chalkFor, decideColor } from './color.js';
import { appendStepSummary, renderOutput, writeOutputs } from './outputs.js';

/** Columns for tables: --width, else the terminal's width, else $COLUMNS (as `ls` and `git` honour it), else 120. */
export function tableWidth(settings: Pick<Settings, 'width'>, io: Pick<Io, 'columns' | 'env'>): number {
  const fromEnv = /^[1-9]\d{0,4}$/.test(io.env.COLUMNS ?? '') ? Number(io.env.COLUMNS) : undefined;
  return settings.width ?? io.columns ?? fromEnv ?? 120;
}

/**
 * Print the documents (with their texts, for html/highlight) in `format`; nothing for ndjson, which streamed.
 * Then write the `--output` files and, for `--format github` under GitHub Actions, the step summary.
 * Returns true when one of those files could not be written (already reported on stderr).
 */
export function reportCollected(
  documents: DocumentResult[],
  texts: string[],
  findings: Finding[],
  format: Format | 'highlight',
  settings: Settings,
  io: Io,
): boolean {
  const policyFindings = settings.failOn === undefined ? undefined : findings;
  // Under GitHub Actions the step summary lists what the annotation cap leaves out.
  const summaryFile = format === 'github' ? io.env.GITHUB_STEP_SUMMARY || undefined : undefined;
  const emptyRun = documents.length === 0 && format !== 'json' && format !== 'sarif';
  if (format !== 'ndjson' && !emptyRun) {
    const color = HUMAN_FORMATS.has(format) && decideColor(settings.color, io.env, io.stdoutIsTTY);
    io.out(
      REPORTERS[format](documents, {
        chalk: chalkFor(color),
        width: tableWidth(settings, io),
        fields: settings.fields,
        findings: policyFindings,
        texts,
        annotationCap: summaryFile === undefined ? undefined : ANNOTATIONS_SHOWN,
      }),
    );
  }
  let written = writeOutputs(
    settings.outputs,
    (target) => renderOutput(target, documents, texts, policyFindings, settings.fields),
    io,
  );
  if (summaryFile !== undefined)
    written = appendStepSummary(summaryFile, formatStepSummary(documents, policyFindings), io) && written;
  return !written;
}
