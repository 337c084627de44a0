/**
 * NDJSON input: one record `{"id": …, "text": …}` per line, read chunk by chunk so a corpus of any
 * size streams through in bounded memory. A bad line becomes an error item and the
 * reading goes on; the caller decides whether to stop.
 */
import type { Readable } from 'node:stream';

/** One good record: `id` is the record's own id, or "<path>:<line>" when it has none. */
export interface NdjsonRecord {
  line: number;
  id: string;
  text: string;
  /** The record's other top-level scalar fields as strings ("outlet", "date", "section"), when it has any. */
  fields?: Record<string, string>;
}

/** A line that could not be used, with its 1-based number and the reason. */
export interface NdjsonError {
  line: number;
  error: string;
}

export type NdjsonItem = NdjsonRecord | NdjsonError;

export interface NdjsonOptions {
  /** The path shown in ids made up for records without one. */
  path: string;
  /** Longer lines are rejected (readline cannot stop mid-line, but a giant record is still refused). */
  maxLineChars?: number;
}

/** 16 Mi characters: far above any article, low enough that one runaway line is reported, not parsed. */
export const DEFAULT_MAX_LINE_CHARS = 16 * 1024 * 1024;

/** Parse one non-blank line into a record or the reason it is not one. */
export function parseNdjsonLine(raw: string, line: number, path: string): NdjsonItem {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { line, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { line, error: 'expected a JSON object' };
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { line, error: 'missing string field "text"' };
  const id = record.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number')
    return { line, error: 'field "id" must be a string or a number' };
  const base = { line, id: id === undefined ? `${path}:${line}` : String(id), text: record.text };
  const fields = scalarFields(record);
  return fields === undefined ? base : { ...base, fields };
}

/** Top-level string, number and boolean fields other than "id" and "text" (metadata for `whosaid report`). */
function scalarFields(record: Record<string, unknown>): Record<string, string> | undefined {
  let fields: Record<string, string> | undefined;
  for (const key of Object.keys(record)) {
    if (key === 'id' || key === 'text') continue;
    const value = record[key];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    fields ??= Object.create(null) as Record<string, string>;
    fields[key] = String(value);
  }
  return fields;
}

/**
 * The lines of a stream, read one chunk at a time. (node:readline's async iterator queues every line the
 * stream delivers without pausing it on Node 20, so a fast file outruns a slow consumer and memory grows
 * with the corpus; pulling chunks with `for await` reads only as fast as lines are taken.) A line longer
 * than `max` characters is not kept: it comes out as `null`.
 */
async function* linesOf(input: Readable | NodeJS.ReadableStream, max: number): AsyncGenerator<string | null> {
  const decoder = new TextDecoder('utf-8');
  let pieces: string[] = [];
  let length = 0;
  let tooLong = false;
  const take = (): string | null => {
    let line: string | null = tooLong ? null : pieces.join('');
    if (line !== null && line.endsWith('\r')) line = line.slice(0, -1);
    pieces = [];
    length = 0;
    tooLong = false;
    return line;
  };
  const add = (piece: string) => {
    length += piece.length;
    if (length > max) {
      tooLong = true;
      pieces = [];
    } else if (!tooLong) pieces.push(piece);
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', from)) {
      add(text.slice(from, newline));
      yield take();
      from = newline + 1;
    }
    if (from < text.length) add(text.slice(from));
  }
  const tail = decoder.decode();
  if (tail) add(tail);
  if (length > 0 || tooLong) yield take();
}

/** Read records from a stream, one item per non-blank line, in order, in bounded memory. */
export async function* readNdjson(
  input: Readable | NodeJS.ReadableStream,
  options: NdjsonOptions,
): AsyncGenerator<NdjsonItem> {
  const max = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  let line = 0;
  for await (const raw of linesOf(input, max)) {
    line++;
    if (raw === null) {
      yield { line, error: `line longer than ${max} characters` };
      continue;
    }
    // A byte order mark on the first line is an encoding artefact, not part of the JSON.
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    yield parseNdjsonLine(text, line, options.path);
  }
}
