/**
 * `--input ndjson`: records in, documents out as each record finishes. With `--format ndjson` nothing
 * is kept between records (bounded memory); other formats collect the documents for their reporter.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { DocumentResult } from '../types.js';
import { TERMINAL_HINT, type Io } from './io.js';
import { extract } from '../pipeline.js';
import { readNdjson, type NdjsonRecord } from '../read/ndjson.js';
import { formatNdjsonLine } from '../report/json.js';
import { onlyClaims } from '../report/only.js';
import { errorCount, findingsOf, type Finding } from '../policy/findings.js';
import { extractOptionsOf, type Settings } from '../config/settings.js';
import { describeError } from '../read/inputs.js';
import { reportCollected } from './report-collected.js';
import { terminalSafe } from '../report/terminal-text.js';

/**
 * The stream behind one NDJSON argument: "-" is stdin (streamed when the Io can, else its buffer); null when
 * there is no standard input. Reading a terminal first says how to end the records (unless `quiet`).
 */
export async function ndjsonStream(file: string, io: Io, quiet: boolean): Promise<NodeJS.ReadableStream | null> {
  if (file !== '-') return createReadStream(path.resolve(io.cwd, file));
  if (io.stdinIsTTY && !quiet) io.err(TERMINAL_HINT);
  const live = io.stdinStream?.();
  if (live !== undefined) return live;
  const bytes = await io.readStdin();
  return bytes === null ? null : Readable.from([bytes]);
}

/** One good record of an NDJSON input, with the path it is reported under. */
export interface InputRecord {
  record: NdjsonRecord;
  shownPath: string;
}

/**
 * The good records of every NDJSON input, in order, streamed. A line that is no record, an input that cannot be
 * read and a missing standard input each get their error line on stderr and set `status.failed`; with `strict`
 * the first of them ends the reading (a caller that meets an error of its own stops by leaving its loop).
 */
export async function* ndjsonRecords(
  paths: string[],
  settings: Pick<Settings, 'stdinFilename' | 'quiet'>,
  strict: boolean,
  io: Io,
  status: { failed: boolean },
): AsyncGenerator<InputRecord> {
  for (const file of paths) {
    const shownPath = file === '-' ? settings.stdinFilename : file;
    const safePath = terminalSafe(shownPath);
    const stream = await ndjsonStream(file, io, settings.quiet);
    if (stream === null) {
      io.err(`whosaid: ${safePath}: standard input is a terminal; pipe records in or give a file\n`);
      status.failed = true;
      continue;
    }
    try {
      for await (const item of readNdjson(stream, { path: shownPath })) {
        if ('error' in item) {
          io.err(`whosaid: ${safePath}:${item.line}: ${item.error}\n`);
          status.failed = true;
          if (strict) return;
          continue;
        }
        yield { record: item, shownPath };
      }
    } catch (error) {
      io.err(`whosaid: ${safePath}: ${describeError(error)}\n`);
      status.failed = true;
      if (strict) return;
    } finally {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
    }
  }
}

/** The stderr line for a record whose extraction threw: file, line and message, no stack. */
export function recordErrorLine({ record, shownPath }: InputRecord, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `whosaid: ${terminalSafe(shownPath)}:${record.line}: internal error: ${terminalSafe(message)}\n`;
}

/**
 * Run the default command over NDJSON inputs; `failed` is true when some input or line failed. A record
 * whose extraction throws is reported (`internal error`) and skipped; `extractOne` is injectable for tests.
 */
export async function extractNdjson(
  paths: string[],
  settings: Settings,
  strict: boolean,
  io: Io,
  extractOne: typeof extract = extract,
  genderNames = false,
): Promise<{ failed: boolean; findings: number }> {
  const format = settings.highlight ? 'highlight' : settings.format;
  const documents: DocumentResult[] = [];
  const texts: string[] = [];
  const findings: Finding[] = [];
  const status = { failed: false };
  let findingCount = 0;
  const extractOptions = extractOptionsOf(settings, genderNames);
  for await (const input of ndjsonRecords(paths, settings, strict, io, status)) {
    const { record } = input;
    let full: DocumentResult;
    try {
      full = extractOne(record.text, { id: record.id, path: input.shownPath, ...extractOptions });
    } catch (error) {
      // One record that hits a bug must not cost the user the others (nor the rest of this file).
      io.err(recordErrorLine(input, error));
      status.failed = true;
      if (strict) break;
      continue;
    }
    const found = settings.failOn === undefined ? [] : findingsOf(full, settings.failOn, settings.warnOn);
    findingCount += errorCount(found);
    const document = onlyClaims(full, settings.only);
    if (format === 'ndjson') {
      io.out(formatNdjsonLine(document, settings.failOn === undefined ? undefined : found));
      // Streaming: wait for a slow reader instead of buffering every document.
      await io.drained?.();
    }
    // Kept for the reporter, and for --output files even when stdout streams.
    if (format !== 'ndjson' || settings.outputs.length > 0) {
      findings.push(...found);
      documents.push(document);
      texts.push(record.text);
    }
  }
  if (reportCollected(documents, texts, findings, format, settings, io)) status.failed = true;
  return { failed: status.failed, findings: findingCount };
}
