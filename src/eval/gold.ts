/**
 * The gold format of `whosaid eval`: one JSON document per line with hand-made annotations
 * (see docs/eval.md). Parsing validates every field and offset, so a bad line is reported
 * with its line number instead of skewing the scores.
 */
import type { Span } from '../types.js';

/** An annotated span; a span annotated in pieces also lists them. */
export interface GoldSpan extends Span {
  fragments?: Span[];
}

/** An annotated source mention; `name` is the annotators' resolved name ("Hamish Telford" for "he"), when given. */
export interface GoldSource extends GoldSpan {
  name?: string;
}

/** One attribution as annotated: who (null when the text names no one), the cue, and what. */
export interface GoldAttribution {
  source: GoldSource | null;
  cue: GoldSpan | null;
  content: GoldSpan;
}

/** A quoted segment of 3+ words (without the marks) and the text of its speaker's mention. */
export interface GoldQuote extends Span {
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The speaker as the annotators resolved it, also where they marked no mention (optional). */
  speakerName?: string;
}

/** A quoted segment outside any attribution (scare quotes, titles): neither rewarded nor penalised. */
export interface GoldRange {
  start: number;
  end: number;
}

/** One annotated document. */
export interface GoldDocument {
  id: string;
  source: string;
  text: string;
  attributions: GoldAttribution[];
  quotes: GoldQuote[];
  neutral: GoldRange[];
  /** Per-article metadata (optional): the outlet and the people quoted by gender, for the gender scores. */
  meta?: GoldMeta;
}

/** The optional `meta` object of a gold document (the Gender Gap Tracker's per-article annotations). */
export interface GoldMeta {
  outlet?: string;
  /** Full names of the people quoted, by the gender the annotators gave them. */
  sourcesFemale?: string[];
  sourcesMale?: string[];
  sourcesUnknown?: string[];
}

/** A line of the gold file that does not follow the format; `line` is 1-based. */
export class GoldFormatError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'GoldFormatError';
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Check one `{start, end}` against the text; returns the reason it is wrong, or null. */
function rangeProblem(value: Json, text: string): string | null {
  if (!isOffset(value.start) || !isOffset(value.end)) return 'start and end must be non-negative integers';
  if (value.start > value.end) return `start ${value.start} is after end ${value.end}`;
  if (value.end > text.length) return `end ${value.end} is beyond the text (length ${text.length})`;
  return null;
}

function readRange(value: unknown, where: string, text: string): GoldRange {
  if (!isObject(value)) throw new Error(`${where}: expected an object with start and end`);
  const problem = rangeProblem(value, text);
  if (problem) throw new Error(`${where}: ${problem}`);
  return { start: value.start as number, end: value.end as number };
}

function readSpan(value: unknown, where: string, text: string): GoldSpan {
  const range = readRange(value, where, text);
  const raw = value as Json;
  if (typeof raw.text !== 'string') throw new Error(`${where}: "text" must be a string`);
  if (text.slice(range.start, range.end) !== raw.text)
    throw new Error(`${where}: "text" is not text.slice(${range.start}, ${range.end})`);
  const span: GoldSpan = { text: raw.text, ...range };
  if (raw.fragments !== undefined) {
    if (!Array.isArray(raw.fragments)) throw new Error(`${where}.fragments: expected an array`);
    span.fragments = raw.fragments.map((f, i) => readSpan(f, `${where}.fragments[${i}]`, text));
  }
  return span;
}

function readArray(doc: Json, key: string): unknown[] {
  const value = doc[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`"${key}" must be an array`);
  return value;
}

function readName(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`${where}: must be a string or null`);
  return value;
}

function readSource(value: unknown, where: string, text: string): GoldSource {
  const span: GoldSource = readSpan(value, where, text);
  const name = readName((value as Json).name, `${where}.name`);
  if (name !== undefined) span.name = name;
  return span;
}

function readAttribution(value: unknown, where: string, text: string): GoldAttribution {
  if (!isObject(value)) throw new Error(`${where}: expected an object`);
  const optional = (key: string) =>
    value[key] === null || value[key] === undefined ? null : readSpan(value[key], `${where}.${key}`, text);
  if (value.content === undefined || value.content === null) throw new Error(`${where}: missing "content"`);
  return {
    source:
      value.source === null || value.source === undefined ? null : readSource(value.source, `${where}.source`, text),
    cue: optional('cue'),
    content: readSpan(value.content, `${where}.content`, text),
  };
}

function readQuote(value: unknown, where: string, text: string): GoldQuote {
  const span = readSpan(value, where, text);
  const raw = value as Json;
  const speaker = raw.speaker ?? null;
  if (speaker !== null && typeof speaker !== 'string') throw new Error(`${where}: "speaker" must be a string or null`);
  const speakerStart = raw.speakerStart ?? null;
  const speakerEnd = raw.speakerEnd ?? null;
  if ((speakerStart === null) !== (speakerEnd === null))
    throw new Error(`${where}: speakerStart and speakerEnd must both be set or both be null`);
  if (speakerStart !== null) {
    const problem = rangeProblem({ start: speakerStart, end: speakerEnd }, text);
    if (problem) throw new Error(`${where}: speaker ${problem}`);
  }
  const speakerName = readName(raw.speakerName, `${where}.speakerName`);
  return {
    text: span.text,
    start: span.start,
    end: span.end,
    speaker,
    speakerStart: speakerStart as number | null,
    speakerEnd: speakerEnd as number | null,
    ...(speakerName !== undefined ? { speakerName } : {}),
  };
}

function readNames(value: Json, key: string): string[] | undefined {
  const names = value[key];
  if (names === undefined || names === null) return undefined;
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
    throw new Error(`meta.${key}: expected an array of strings`);
  return names as string[];
}

function readMeta(value: unknown): GoldMeta | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new Error('"meta" must be an object');
  const meta: GoldMeta = {};
  if (value.outlet !== undefined && value.outlet !== null) {
    if (typeof value.outlet !== 'string') throw new Error('meta.outlet: must be a string');
    meta.outlet = value.outlet;
  }
  for (const key of ['sourcesFemale', 'sourcesMale', 'sourcesUnknown'] as const) {
    const names = readNames(value, key);
    if (names !== undefined) meta[key] = names;
  }
  return meta;
}

function optionalMeta(meta: GoldMeta | undefined): { meta?: GoldMeta } {
  return meta === undefined ? {} : { meta };
}

/** Parse and validate one line of a gold file (`lineNumber` is 1-based, for the message). */
export function parseGoldLine(line: string, lineNumber: number): GoldDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw new GoldFormatError(lineNumber, `invalid JSON (${(error as Error).message})`);
  }
  try {
    if (!isObject(raw)) throw new Error('expected a JSON object');
    if (typeof raw.id !== 'string' || raw.id === '') throw new Error('"id" must be a non-empty string');
    if (typeof raw.text !== 'string') throw new Error('"text" must be a string');
    const text = raw.text;
    return {
      id: raw.id,
      source: typeof raw.source === 'string' ? raw.source : '',
      text,
      attributions: readArray(raw, 'attributions').map((a, i) => readAttribution(a, `attributions[${i}]`, text)),
      quotes: readArray(raw, 'quotes').map((q, i) => readQuote(q, `quotes[${i}]`, text)),
      neutral: readArray(raw, 'neutral').map((n, i) => readRange(n, `neutral[${i}]`, text)),
      ...optionalMeta(readMeta(raw.meta)),
    };
  } catch (error) {
    throw new GoldFormatError(lineNumber, (error as Error).message);
  }
}

/**
 * Parse a whole gold file. Blank lines are skipped; the first bad line throws a GoldFormatError.
 * `limit` stops after that many documents (later lines are not even validated).
 */
export function parseGold(content: string, limit = Infinity): GoldDocument[] {
  const documents: GoldDocument[] = [];
  const ids = new Map<string, number>();
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length && documents.length < limit; i++) {
    if (lines[i].trim() === '') continue;
    const document = parseGoldLine(lines[i], i + 1);
    const previous = ids.get(document.id);
    if (previous !== undefined)
      throw new GoldFormatError(i + 1, `duplicate id "${document.id}" (first on line ${previous})`);
    ids.set(document.id, i + 1);
    documents.push(document);
  }
  return documents;
}
