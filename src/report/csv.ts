/**
 * CSV and TSV: one row per claim with a header, RFC 4180 quoting by csv-stringify. Text cells that a
 * spreadsheet would run as a formula are neutralised with a leading "'"; number cells are left alone.
 */
import { stringify } from 'csv-stringify/sync';
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { cell, defaultFields, NUMBER_FIELDS, REPORT_FIELDS, type ReportField } from './fields.js';
import { claimRows } from './rows.js';

/** Characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function records(documents: DocumentResult[], fields: readonly ReportField[]): (string | number)[][] {
  const out: (string | number)[][] = [[...fields]];
  for (const document of documents) {
    for (const row of claimRows(document)) {
      out.push(
        fields.map((f) => {
          const value = cell(row, f, document);
          return NUMBER_FIELDS.has(f) ? value : neutraliseFormula(String(value));
        }),
      );
    }
  }
  return out;
}

/** Comma-separated values. */
export function formatCsv(documents: DocumentResult[], context: Pick<ReportContext, 'fields'>): string {
  return stringify(records(documents, context.fields ?? defaultFields(documents, REPORT_FIELDS)));
}

/** Tab-separated values (cells with tabs, quotes or newlines are quoted, as in CSV). */
export function formatTsv(documents: DocumentResult[], context: Pick<ReportContext, 'fields'>): string {
  return stringify(records(documents, context.fields ?? defaultFields(documents, REPORT_FIELDS)), { delimiter: '\t' });
}
