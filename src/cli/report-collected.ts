/** Writing the collected documents of a run in a non-streaming format: one place for both input kinds. */
import type { DocumentResult } from '../types.js';
import type { Io } from './io.js';
import type { Finding } from '../policy/findings.js';
import type { Settings } from '../config/settings.js';
import { HUMAN_FORMATS, REPORTERS, type Format } from '../report/index.js';
import { chalkFor, decideColor } from './color.js';

/** Columns for tables: --width, else the terminal's width, else $COLUMNS (as `ls` and `git` honour it), else 120. */
export function tableWidth(settings: Pick<Settings, 'width'>, io: Pick<Io, 'columns' | 'env'>): number {
  const fromEnv = /^[1-9]\d{0,4}$/.test(io.env.COLUMNS ?? '') ? Number(io.env.COLUMNS) : undefined;
  return settings.width ?? io.columns ?? fromEnv ?? 120;
}

/** Print the documents (with their texts, for html/highlight) in `format`; nothing for ndjson, which streamed. */
export function reportCollected(
  documents: DocumentResult[],
  texts: string[],
  findings: Finding[],
  format: Format | 'highlight',
  settings: Settings,
  io: Io,
): void {
  if (format === 'ndjson' || (documents.length === 0 && format !== 'json')) return;
  const color = HUMAN_FORMATS.has(format) && decideColor(settings.color, io.env, io.stdoutIsTTY);
  io.out(
    REPORTERS[format](documents, {
      chalk: chalkFor(color),
      width: tableWidth(settings, io),
      fields: settings.fields,
      findings: settings.failOn === undefined ? undefined : findings,
      texts,
    }),
  );
}
