/** The reporter registry: format name -> pure `(documents, context) => string`. */
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { formatCsv, formatTsv } from './csv.js';
import { formatGithub } from './github.js';
import { formatHighlight } from './highlight.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';

export type Reporter = (documents: DocumentResult[], context: ReportContext) => string;

/** The formats of `--format`, in help order. NDJSON is listed too; the CLI streams it line by line. */
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv', 'markdown', 'github', 'sarif', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats for people at a terminal: these get colour. */
export const HUMAN_FORMATS: ReadonlySet<string> = new Set(['table', 'highlight']);

export const REPORTERS: Record<Exclude<Format, 'ndjson'> | 'highlight', Reporter> = {
  table: formatTable,
  json: (documents, context) => formatJson(documents, context.findings),
  csv: formatCsv,
  tsv: formatTsv,
  markdown: formatMarkdown,
  github: formatGithub,
  sarif: formatSarif,
  html: formatHtml,
  highlight: formatHighlight,
};
