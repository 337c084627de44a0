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
import { readNdjson } from '../read/ndjson.js';
import { formatNdjsonLine } from '../report/json.js';
import { onlyClaims } from '../report/only.js';
import { errorCount, findingsOf, type Finding } from '../policy/findings.js';
import type { Settings } from '../config/settings.js';
import { describeError } from '../read/inputs.js';
import { reportCollected } from './report-collected.js';
import { terminalSafe } from '../report/terminal-text.js';

/** The stream behind one argument: "-" is stdin (streamed when the Io can, else its buffer). */
export async function streamOf(file: string, io: Io, quiet: boolean): Promise<NodeJS.ReadableStream | null> {
  if (file !== '-') return createReadStream(path.resolve(io.cwd, file));
  if (io.stdinIsTTY && !quiet) io.err(TERMINAL_HINT);
  const live = io.stdinStream?.();
  if (live !== undefined) return live;
  const bytes = await io.readStdin();
  return bytes === null ? null : Readable.from([bytes]);
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
  let failed = false;
  let findingCount = 0;
  files: for (const file of paths) {
    const shownPath = file === '-' ? settings.stdinFilename : file;
    const safePath = terminalSafe(shownPath);
    const stream = await streamOf(file, io, settings.quiet);
    if (stream === null) {
      io.err(`whosaid: ${safePath}: standard input is a terminal; pipe records in or give a file\n`);
      failed = true;
      continue;
    }
    try {
      for await (const item of readNdjson(stream, { path: shownPath })) {
        if ('error' in item) {
          io.err(`whosaid: ${safePath}:${item.line}: ${item.error}\n`);
          failed = true;
          if (strict) break files;
          continue;
        }
        let full: DocumentResult;
        try {
          full = extractOne(item.text, {
            id: item.id,
            path: shownPath,
            cueVerbs: settings.cueVerbs,
            aliases: settings.aliases,
            ...(genderNames ? { genderNames: true } : {}),
          });
        } catch (error) {
          // One record that hits a bug must not cost the user the others (nor the rest of this file).
          const message = error instanceof Error ? error.message : String(error);
          io.err(`whosaid: ${safePath}:${item.line}: internal error: ${terminalSafe(message)}\n`);
          failed = true;
          if (strict) break files;
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
          texts.push(item.text);
        }
      }
    } catch (error) {
      io.err(`whosaid: ${safePath}: ${describeError(error)}\n`);
      failed = true;
      if (strict) break;
    } finally {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
    }
  }
  if (reportCollected(documents, texts, findings, format, settings, io)) failed = true;
  return { failed, findings: findingCount };
}
