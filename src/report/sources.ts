/** `whosaid sources`: the source list of each document with mention and claim counts. */
import Table from 'cli-table3';
import type { DocumentResult, SourceKind } from '../types.js';
import type { ReportContext } from './context.js';
import { JSON_VERSION } from './json.js';
import { terminalSafe } from './terminal-text.js';

export interface SourceRow {
  id: string;
  name: string;
  kind: SourceKind;
  mentions: number;
  claims: number;
}

/** One row per source, in the document's source order. */
export function sourceRows(document: DocumentResult): SourceRow[] {
  return document.sources.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    mentions: s.mentions.length,
    claims: document.claims.filter((c) => c.source === s.id).length,
  }));
}

/** `{"version":1,"documents":[{"id","path","sources":[SourceRow…]}]}`. */
export function formatSourcesJson(documents: DocumentResult[]): string {
  const value = {
    version: JSON_VERSION,
    documents: documents.map((d) => ({ id: d.id, path: d.path, sources: sourceRows(d) })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A table per document. */
export function formatSourcesTable(documents: DocumentResult[], context: Pick<ReportContext, 'chalk'>): string {
  const { chalk } = context;
  return documents
    .map((d) => {
      const table = new Table({
        head: ['name', 'kind', 'mentions', 'claims'].map((h) => chalk.bold(h)),
        style: { head: [], border: [] },
      });
      for (const row of sourceRows(d))
        table.push([terminalSafe(row.name), row.kind, String(row.mentions), String(row.claims)]);
      const heading = documents.length > 1 ? `${chalk.bold.underline(terminalSafe(d.path))}\n` : '';
      return `${heading}${table.toString()}\n`;
    })
    .join('\n');
}
