/**
 * Columns for --fields: the row fields plus the document path. Text columns and number columns are
 * told apart because spreadsheet escaping applies to text only.
 */
import type { DocumentResult } from '../types.js';
import { ROW_FIELDS, type ClaimRow } from './rows.js';
import { didYouMean } from './did-you-mean.js';

/** Every column a reporter can show, in default CSV order (`document` is the record id, shown by default only for records of an NDJSON input). */
export const REPORT_FIELDS = ['path', 'document', ...ROW_FIELDS] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** Columns holding numbers (never formula-escaped, right-aligned in Markdown). */
export const NUMBER_FIELDS: ReadonlySet<ReportField> = new Set<ReportField>(['line', 'column', 'start', 'end']);

/** Default Markdown / HTML columns: what a reviewer reads, without offsets. */
export const READING_FIELDS: readonly ReportField[] = [
  'id',
  'kind',
  'source',
  'cue',
  'text',
  'numbers',
  'hedges',
  'line',
];

/** Whether some document is a record with an id of its own (from `--input ndjson`), not a file named by its path. */
export function hasRecordIds(documents: readonly DocumentResult[]): boolean {
  return documents.some((d) => d.path !== '' && d.id !== d.path);
}

/**
 * A reporter's default columns for these documents: records of an NDJSON input share their file's path, so each
 * row also names its record (`document`, after `path` or first).
 */
export function defaultFields(documents: readonly DocumentResult[], base: readonly ReportField[]): ReportField[] {
  const fields = base.filter((f) => f !== 'document');
  if (!hasRecordIds(documents)) return fields;
  const at = fields.indexOf('path') + 1;
  return [...fields.slice(0, at), 'document', ...fields.slice(at)];
}

/** Parse a comma list of field names; throws an Error naming the first unknown one. */
export function parseFields(list: string | readonly string[]): ReportField[] {
  const names = (typeof list === 'string' ? list.split(',') : [...list]).map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) throw new Error('--fields needs at least one field name');
  for (const name of names) {
    if (!(REPORT_FIELDS as readonly string[]).includes(name)) {
      throw new Error(
        `unknown field '${name}'${didYouMean(name, REPORT_FIELDS)}; valid fields: ${REPORT_FIELDS.join(', ')}`,
      );
    }
  }
  return names as ReportField[];
}

/** The value of one column for one row of a document. */
export function cell(row: ClaimRow, field: ReportField, document: DocumentResult): string | number {
  return field === 'path' ? document.path : field === 'document' ? document.id : row[field];
}
