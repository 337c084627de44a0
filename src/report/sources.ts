/**
 * `whosaid sources`: the source list of each document with its title, each person's gender (as the article's words
 * give it, see docs/formats.md), and mention and claim counts, in several formats.
 */
import { stringify } from 'csv-stringify/sync';
import type { DocumentResult, Gender, SourceKind } from '../types.js';
import type { ReportContext } from './context.js';
import { neutraliseFormula } from './csv.js';
import { hasRecordIds } from './fields.js';
import { displayWidth, renderGrid, type GridColumn } from './grid.js';
import { JSON_VERSION } from './json.js';
import { markdownCell } from './markdown.js';
import { documentHeading } from './rows.js';
import { terminalSafe } from './terminal-text.js';

/** The formats `whosaid sources` writes (the claim-only formats github and html do not apply). */
export const SOURCE_FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv', 'markdown'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface SourceRow {
  id: string;
  name: string;
  kind: SourceKind;
  /** As in the claims JSON: present when the article gives the source a title or role ("Mayor"). */
  title?: string;
  /** As in the claims JSON: persons only; null when the article's words give none or conflict. */
  gender?: Gender | null;
  mentions: number;
  claims: number;
}

/** The gender as a cell: empty for a source that is not a person, "unknown" for a person the words do not tell. */
export function genderCell(row: Pick<SourceRow, 'gender'>): string {
  return row.gender === undefined ? '' : (row.gender ?? 'unknown');
}

/** One row per source, in the document's source order (claims counted in one pass over the claims). */
export function sourceRows(document: DocumentResult): SourceRow[] {
  const claims = new Map<string, number>();
  for (const c of document.claims) if (c.source !== null) claims.set(c.source, (claims.get(c.source) ?? 0) + 1);
  return document.sources.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.gender !== undefined ? { gender: s.gender } : {}),
    mentions: s.mentions.length,
    claims: claims.get(s.id) ?? 0,
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

/** One line per document: `{"version":1,"id","path","sources":[SourceRow…]}`. */
export function formatSourcesNdjson(documents: DocumentResult[]): string {
  return documents
    .map((d) => `${JSON.stringify({ version: JSON_VERSION, id: d.id, path: d.path, sources: sourceRows(d) })}\n`)
    .join('');
}

/** CSV/TSV: one row per source; `document` (the record id) only when the input held NDJSON records. */
function sourcesDelimited(documents: DocumentResult[], delimiter: string): string {
  const records = hasRecordIds(documents);
  const head = [
    'path',
    ...(records ? ['document'] : []),
    'id',
    'name',
    'kind',
    'title',
    'gender',
    'mentions',
    'claims',
  ];
  const rows: (string | number)[][] = [head];
  for (const d of documents) {
    for (const s of sourceRows(d)) {
      const text = [d.path, ...(records ? [d.id] : []), s.id, s.name, s.kind, s.title ?? '', genderCell(s)].map(
        neutraliseFormula,
      );
      rows.push([...text, s.mentions, s.claims]);
    }
  }
  return stringify(rows, { delimiter });
}

export const formatSourcesCsv = (documents: DocumentResult[]) => sourcesDelimited(documents, ',');
export const formatSourcesTsv = (documents: DocumentResult[]) => sourcesDelimited(documents, '\t');

/** The title and gender columns of the table and markdown: each only when some row has a value for it. */
function describedColumns(rows: readonly SourceRow[]): { heading: string; value: (row: SourceRow) => string }[] {
  const columns = [
    { heading: 'title', value: (row: SourceRow) => row.title ?? '' },
    { heading: 'gender', value: genderCell },
  ];
  return columns.filter((c) => rows.some((row) => c.value(row) !== ''));
}

/** A heading and a table per document. */
export function formatSourcesMarkdown(documents: DocumentResult[]): string {
  return documents
    .map((d) => {
      const lines = [`## ${markdownCell(documentHeading(d))}`, ''];
      const rows = sourceRows(d);
      if (rows.length === 0) return `${lines.join('\n')}_No sources._\n`;
      const columns = describedColumns(rows);
      lines.push(
        `| name | kind | ${columns.map((c) => `${c.heading} | `).join('')}mentions | claims |`,
        `| --- | --- | ${columns.map(() => '--- | ').join('')}--: | --: |`,
      );
      for (const s of rows)
        lines.push(
          `| ${markdownCell(s.name)} | ${s.kind} | ${columns.map((c) => `${markdownCell(c.value(s))} | `).join('')}${s.mentions} | ${s.claims} |`,
        );
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** Widest the name column grows before names wrap. */
const MAX_NAME_WIDTH = 40;

/** A table per document (under its heading when there are several, or when it is an NDJSON record). */
export function formatSourcesTable(documents: DocumentResult[], context: Pick<ReportContext, 'chalk'>): string {
  const { chalk } = context;
  const headed = documents.length > 1 || hasRecordIds(documents);
  return documents
    .map((d) => {
      const rows = sourceRows(d);
      const heading = headed ? `${chalk.bold.underline(terminalSafe(documentHeading(d)))}\n` : '';
      if (rows.length === 0) return `${heading}No sources.\n`;
      const described = describedColumns(rows);
      const headings = ['name', 'kind', ...described.map((c) => c.heading), 'mentions', 'claims'];
      const cells = rows.map((s) => [
        terminalSafe(s.name),
        s.kind,
        ...described.map((c) => terminalSafe(c.value(s))),
        String(s.mentions),
        String(s.claims),
      ]);
      const counts = headings.length - 2;
      const columns = headings.map((heading, i): GridColumn => {
        let width = heading.length;
        for (const c of cells) width = Math.max(width, displayWidth(c[i]));
        // Long names and titles wrap rather than widen the table.
        return {
          heading,
          width: i === 0 || heading === 'title' ? Math.min(width, MAX_NAME_WIDTH) : width,
          align: i >= counts ? 'right' : undefined,
        };
      });
      return `${heading}${renderGrid(columns, cells, { border: (s) => s, heading: chalk.bold })}`;
    })
    .join('\n');
}
