/**
 * The claim table for people at a terminal. It fits the width the CLI put in the context: short columns keep
 * their natural width (a kind is never cut), columns that are empty for the whole table are left out (unless
 * chosen with --fields), the wrapping columns shrink first, and the claim text takes what is left. When even
 * then the text would be too narrow, each claim becomes a block of lines (the stacked layout).
 */
import type { ChalkInstance } from 'chalk';
import type { DocumentResult } from '../types.js';
import type { ReportContext } from './context.js';
import { cell, hasRecordIds, type ReportField } from './fields.js';
import { formatFindingsText } from './findings-text.js';
import { cellText, displayWidth, gridWidth, renderGrid, wrapCell, type Cell, type Segment } from './grid.js';
import { claimRows, documentHeading, summary, type ClaimRow } from './rows.js';
import { shorten, terminalSafe } from './terminal-text.js';

/** Lines of claim text shown per claim before it is shortened with an ellipsis. */
const CLAIM_TEXT_LINES = 4;
/** Below this many columns for the claim text, the table is stacked instead. */
export const MIN_TEXT_WIDTH = 30;
/** The share of the width the claim text should get before the other columns stop shrinking. */
const TEXT_SHARE = 0.4;
/** The narrowest width laid out; a narrower terminal gets the stacked layout at this width. */
const MIN_WIDTH = 20;

/** How a column behaves when the table must fit. */
interface ColumnRule {
  heading: string;
  /** fixed: never wrapped (ids, kinds, numbers of lines); wrap: may shrink down to `min`; text: takes the rest. */
  fit: 'fixed' | 'wrap' | 'text';
  /** Widest a wrap column grows, and narrowest it shrinks (both capped by its widest cell). */
  max?: number;
  min?: number;
  align?: 'right';
}

const RULES: Record<ReportField, ColumnRule> = {
  path: { heading: 'path', fit: 'wrap', max: 30, min: 12 },
  document: { heading: 'document', fit: 'wrap', max: 20, min: 8 },
  id: { heading: '#', fit: 'fixed' },
  kind: { heading: 'kind', fit: 'fixed' },
  source: { heading: 'source', fit: 'wrap', max: 26, min: 12 },
  sourceKind: { heading: 'sourceKind', fit: 'fixed' },
  cue: { heading: 'cue', fit: 'wrap', max: 16, min: 8 },
  text: { heading: 'claim', fit: 'text' },
  numbers: { heading: 'numbers', fit: 'wrap', max: 20, min: 10 },
  hedges: { heading: 'hedges', fit: 'wrap', max: 18, min: 10 },
  line: { heading: 'line', fit: 'fixed', align: 'right' },
  column: { heading: 'column', fit: 'fixed', align: 'right' },
  start: { heading: 'start', fit: 'fixed', align: 'right' },
  end: { heading: 'end', fit: 'fixed', align: 'right' },
};

/**
 * The default columns. In the default table the source cell carries its kind ("Jeffrey (person)") and the
 * claim cell its hedges ("[hedged: reportedly]"), so the claim text keeps the width.
 */
const DEFAULT_FIELDS: readonly ReportField[] = ['id', 'kind', 'source', 'cue', 'text', 'numbers', 'line'];

/** Colour per claim kind; unattributed claims stand out as a warning. */
function kindStyle(chalk: ChalkInstance, kind: string): ((s: string) => string) | undefined {
  const styles: Record<string, (s: string) => string> = {
    quote: chalk.green,
    'partial-quote': chalk.cyan,
    reported: chalk.blue,
    unattributed: chalk.yellow,
  };
  return styles[kind];
}

/** One cell of a row, terminal-safe and styled; `defaults` means the default table (source with its kind). */
function tableCell(
  row: ClaimRow,
  field: ReportField,
  document: DocumentResult,
  chalk: ChalkInstance,
  defaults: boolean,
): Cell {
  switch (field) {
    case 'id':
      return row.id.replace(/^c/, '');
    case 'kind':
      return [{ text: row.kind, style: kindStyle(chalk, row.kind) }];
    case 'source':
      if (!defaults) return terminalSafe(row.source);
      return row.source ? `${terminalSafe(row.source)} (${row.sourceKind})` : [{ text: '—', style: chalk.dim }];
    case 'text': {
      const weak: Segment[] = row.weak ? [{ text: '⚠ ', style: chalk.red }] : [];
      const hedges: Segment[] =
        defaults && row.hedges ? [{ text: ` [hedged: ${terminalSafe(row.hedges)}]`, style: chalk.magenta }] : [];
      return [...weak, { text: terminalSafe(row.text) }, ...hedges];
    }
    case 'hedges':
      return [{ text: terminalSafe(row.hedges), style: chalk.magenta }];
    default:
      return terminalSafe(String(cell(row, field, document)));
  }
}

/** A cell shortened with an ellipsis, at a word, so that it wraps to at most CLAIM_TEXT_LINES lines of `width`. */
function shortenText(value: Cell, width: number): Cell {
  const cut = (limit: number): Cell => {
    if (typeof value === 'string') return shorten(value, limit);
    let used = 0;
    return value.map((s) => {
      const kept = shorten(s.text, Math.max(1, limit - used));
      used += kept.length;
      return { ...s, text: kept };
    });
  };
  // Wrapping loses the ends of lines, so a cut to lines × width may still wrap to one line more: cut again,
  // shorter by what overflowed (a few rounds at most; each costs one wrap of a few lines).
  let limit = width * CLAIM_TEXT_LINES;
  let shortened = cut(limit);
  for (let round = 0; round < 8; round++) {
    const lines = wrapCell(shortened, width).length;
    if (lines <= CLAIM_TEXT_LINES) break;
    limit -= Math.ceil(width / 2) * (lines - CLAIM_TEXT_LINES);
    shortened = cut(Math.max(1, limit));
  }
  return shortened;
}

/** Column widths for the grid, or null when the claim text would get less than MIN_TEXT_WIDTH. */
export function fitColumns(
  rules: readonly ColumnRule[],
  natural: readonly number[],
  longestWord: readonly number[],
  width: number,
): number[] | null {
  // A wrapping column shrinks no further than its rule's minimum or its longest word ("confirmed" stays whole).
  const minimum = rules.map((r, i) =>
    Math.min(natural[i], Math.max(r.min ?? 1, Math.min(longestWord[i], r.max ?? longestWord[i]))),
  );
  const widths = rules.map((r, i) =>
    r.fit === 'wrap' ? Math.min(natural[i], r.max ?? natural[i]) : r.fit === 'fixed' ? natural[i] : 0,
  );
  const textIndex = rules.findIndex((r) => r.fit === 'text');
  const left = () => width - gridWidth(widths);
  if (textIndex === -1) {
    // No text column (--fields without text): shrink the wrapping columns until the grid fits.
    const shrinkable = () => widths.findIndex((w, i) => rules[i].fit === 'wrap' && w > minimum[i]);
    while (left() < 0 && shrinkable() !== -1) widths[shrinkable()] -= 1;
    return left() >= 0 ? widths : null;
  }
  const target = Math.min(natural[textIndex], Math.max(MIN_TEXT_WIDTH, Math.floor(width * TEXT_SHARE)));
  // The widest wrapping column gives up one column at a time until the text has its share or none can shrink.
  for (;;) {
    if (left() >= target) break;
    let widest = -1;
    rules.forEach((r, i) => {
      if (r.fit === 'wrap' && widths[i] > minimum[i] && (widest === -1 || widths[i] > widths[widest])) widest = i;
    });
    if (widest === -1) break;
    widths[widest] -= 1;
  }
  const textWidth = Math.min(natural[textIndex], left());
  if (textWidth < Math.min(MIN_TEXT_WIDTH, natural[textIndex])) return null;
  widths[textIndex] = textWidth;
  return widths;
}

/** The stacked layout: one block per claim, every line within `width`. */
function stacked(
  fields: readonly ReportField[],
  rows: readonly (readonly Cell[])[],
  width: number,
  chalk: ChalkInstance,
): string {
  const at = (name: ReportField) => fields.indexOf(name);
  const blocks = rows.map((cells) => {
    const value = (name: ReportField) => (at(name) === -1 ? undefined : cells[at(name)]);
    // First line: "#3 quote · James Jeffrey (person) · said · line 5", wrapped if it must be.
    const head: Segment[] = [];
    const headFields = fields.filter((f) => f !== 'text' && f !== 'numbers' && f !== 'hedges');
    for (const f of headFields) {
      const v = value(f);
      if (v === undefined || cellText(v) === '') continue;
      if (head.length > 0) head.push({ text: ' · ', style: chalk.dim });
      if (f === 'id') head.push({ text: `#${cellText(v)}`, style: chalk.bold });
      else if (f === 'kind' || f === 'source' || f === 'cue') head.push(...(typeof v === 'string' ? [{ text: v }] : v));
      else head.push({ text: `${RULES[f].heading} ${cellText(v)}` });
    }
    const lines = wrapCell(head, width).map((l) => l.text);
    const indent = '  ';
    const body = (cellValue: Cell | undefined, label?: string) => {
      if (cellValue === undefined || cellText(cellValue) === '') return;
      const labelled: Cell = label
        ? [
            { text: `${label}: `, style: chalk.dim },
            ...(typeof cellValue === 'string' ? [{ text: cellValue }] : cellValue),
          ]
        : cellValue;
      for (const l of wrapCell(labelled, width - indent.length)) lines.push(indent + l.text);
    };
    const text = value('text');
    body(text === undefined ? undefined : shortenText(text, width - indent.length));
    body(value('numbers'), 'numbers');
    body(value('hedges'), 'hedges');
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

function documentTable(document: DocumentResult, context: ReportContext): string {
  const { chalk } = context;
  const width = Math.max(MIN_WIDTH, context.width);
  const defaults = context.fields === undefined;
  const rows = claimRows(document);
  // The summary line wraps at the width too: nothing the table prints is wider than the terminal.
  const footer = wrapCell(summary(document), width)
    .map((l) => chalk.dim(l.text))
    .join('\n');
  if (rows.length === 0) return `No claims.\n${footer}\n`;
  let fields = context.fields ?? DEFAULT_FIELDS;
  let cells = rows.map((row) => fields.map((f) => tableCell(row, f, document, chalk, defaults)));
  if (defaults) {
    // Columns empty in every row say nothing: leave them out (the #, kind and claim columns are never empty).
    const keep = fields.map((_, i) => cells.some((c) => cellText(c[i]) !== ''));
    fields = fields.filter((_, i) => keep[i]);
    cells = cells.map((c) => c.filter((_, i) => keep[i]));
  }
  const rules = fields.map((f) => RULES[f]);
  // Natural widths; a cell is measured only as far as a line could show it (a long quote costs no more).
  const natural = rules.map((r, i) => {
    let widest = displayWidth(r.heading);
    for (const c of cells) widest = Math.max(widest, displayWidth(cellText(c[i]).slice(0, width)));
    return widest;
  });
  const longestWord = rules.map((r, i) => {
    if (r.fit !== 'wrap') return 0;
    let longest = 0;
    for (const c of cells)
      for (const word of cellText(c[i]).slice(0, width).split(' ')) longest = Math.max(longest, displayWidth(word));
    return longest;
  });
  const widths = fitColumns(rules, natural, longestWord, width);
  if (widths === null) return `${stacked(fields, cells, width, chalk)}\n${footer}\n`;
  // Long cells are shortened with an ellipsis to a few lines; a kind, an id or a line number never is.
  for (const c of cells) {
    rules.forEach((r, i) => {
      if (r.fit !== 'fixed') c[i] = shortenText(c[i], widths[i]);
    });
  }
  const grid = renderGrid(
    rules.map((r, i) => ({ heading: r.heading, width: widths[i], align: r.align })),
    cells,
    { border: (s) => s, heading: chalk.bold },
  );
  return `${grid}${footer}\n`;
}

/**
 * One table per document; with several documents, or a record of an NDJSON input, each under a heading with
 * its path (and record id); then the findings.
 */
export function formatTable(documents: DocumentResult[], context: ReportContext): string {
  const headed = documents.length > 1 || hasRecordIds(documents);
  const tables = documents
    .map((d) =>
      headed
        ? `${context.chalk.bold.underline(terminalSafe(documentHeading(d)))}\n${documentTable(d, context)}`
        : documentTable(d, context),
    )
    .join('\n');
  if (context.findings === undefined) return tables;
  // The findings fit the same width as the tables above them.
  const findings = formatFindingsText(context.findings, { ...context, width: Math.max(MIN_WIDTH, context.width) });
  return `${tables}\n${findings}`;
}
