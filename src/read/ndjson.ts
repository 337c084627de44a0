/**
 * NDJSON input: one record `{"id": …, "text": …}` per line, read line by line with node:readline so
 * a corpus of any size streams through in bounded memory. A bad line becomes an error item and the
 * reading goes on; the caller decides whether to stop.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One good record: `id` is the record's own id, or "<path>:<line>" when it has none. */
export interface NdjsonRecord {
  line: number;
  id: string;
  text: string;
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
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { line, error: 'expected a JSON object' };
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { line, error: 'missing string field "text"' };
  const id = record.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return { line, error: 'field "id" must be a string or a number' };
  return { line, id: id === undefined ? `${path}:${line}` : String(id), text: record.text };
}

/** Read records from a stream, one item per non-blank line, in order. */
export async function* readNdjson(input: Readable | NodeJS.ReadableStream, options: NdjsonOptions): AsyncGenerator<NdjsonItem> {
  const max = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  // crlfDelay: Infinity so a "\r\n" split across chunks is still one line end.
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    // A byte order mark on the first line is an encoding artefact, not part of the JSON.
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    if (text.length > max) {
      yield { line, error: `line longer than ${max} characters` };
      continue;
    }
    yield parseNdjsonLine(text, line, options.path);
  }
}
