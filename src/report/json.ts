/** The JSON contract, version 1: `{"version":1,"documents":[…]}`, plus `"findings"` when policies ran. */
import type { ClaimsFile, DocumentResult } from '../types.js';
import type { Finding } from '../policy/findings.js';

export const JSON_VERSION = 1;

/** The whole run as one JSON value; `findings` is added only when given (i.e. with --fail-on). */
export function formatJson(documents: DocumentResult[], findings?: readonly Finding[]): string {
  const file: ClaimsFile & { findings?: readonly Finding[] } = { version: JSON_VERSION, documents };
  if (findings !== undefined) file.findings = findings;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One document as one NDJSON line; with policies, the document's findings ride along. */
export function formatNdjsonLine(document: DocumentResult, findings?: readonly Finding[]): string {
  return `${JSON.stringify({ version: JSON_VERSION, ...document, ...(findings !== undefined ? { findings } : {}) })}\n`;
}
