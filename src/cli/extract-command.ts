/** The default command: read inputs, extract each, report in the chosen format. */
import type { DocumentResult } from '../types.js';
import type { Io } from './io.js';
import { extract } from '../pipeline.js';
import { expand, readInput, type ReadOptions } from '../read/inputs.js';
import { formatJson, formatNdjsonLine } from '../report/json.js';
import { formatTable } from '../report/table.js';
import { chalkFor, decideColor } from './color.js';

export const FORMATS = ['table', 'json', 'ndjson'];

export interface ExtractCliOptions {
  format?: string;
  color?: boolean;
  lenient?: boolean;
  ext: string;
  stdinFilename: string;
}

/** Human formats get colour and a width; machine formats never do. */
function report(documents: DocumentResult[], format: string, options: ExtractCliOptions, io: Io): string {
  switch (format) {
    case 'json':
      return formatJson(documents);
    case 'ndjson':
      return documents.map(formatNdjsonLine).join('');
    default: {
      const color = decideColor(options.color, io.env, io.stdoutIsTTY);
      return formatTable(documents, { chalk: chalkFor(color), width: io.columns ?? 120 });
    }
  }
}

export async function extractAction(files: string[], options: ExtractCliOptions, io: Io): Promise<number> {
  const readOptions: ReadOptions = {
    extensions: options.ext.split(',').map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()),
    lenient: Boolean(options.lenient),
    cwd: io.cwd,
    readStdin: io.readStdin,
  };
  const args = files.length === 0 ? ['-'] : files;
  const paths: string[] = [];
  for (const arg of args) {
    const expanded = await expand(arg, readOptions);
    if (expanded.length === 0) io.err(`whosaid: ${arg}: no files with extensions ${readOptions.extensions.join(', ')}\n`);
    paths.push(...expanded);
  }
  let failed = paths.length === 0;
  const format = options.format ?? (io.stdoutIsTTY ? 'table' : 'table');
  const documents: DocumentResult[] = [];
  for (const file of paths) {
    const input = await readInput(file, readOptions);
    const shownPath = file === '-' ? options.stdinFilename : file;
    if ('error' in input) {
      io.err(`whosaid: ${shownPath}: ${input.error}\n`);
      failed = true;
      continue;
    }
    const document = extract(input.text, { path: shownPath });
    // NDJSON streams: each document goes out as soon as it is done.
    if (format === 'ndjson') io.out(formatNdjsonLine(document));
    else documents.push(document);
  }
  if (format !== 'ndjson' && (documents.length > 0 || format === 'json')) io.out(report(documents, format, options, io));
  return failed ? 2 : 0;
}
