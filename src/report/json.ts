/** The JSON contract, version 1: `{"version":1,"documents":[…]}`. */
import type { ClaimsFile, DocumentResult } from '../types.js';

export const JSON_VERSION = 1;

export function formatJson(documents: DocumentResult[]): string {
  const file: ClaimsFile = { version: JSON_VERSION, documents };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One document as one NDJSON line. */
export function formatNdjsonLine(document: DocumentResult): string {
  return `${JSON.stringify({ version: JSON_VERSION, ...document })}\n`;
}
