/**
 * Text grids for the terminal: boxed tables and stacked blocks, measured in display columns (string-width:
 * wide CJK and emoji count 2, combining marks 0). Rendering is linear in the size of the cells: each cell is
 * wrapped once and each row is written once (cli-table3 checks every cell against every earlier one, which
 * took minutes on an article with tens of thousands of claims).
 */
import stringWidth from 'string-width';

/** A run of text with one style (a chalk function, applied after wrapping so line ends never split a colour). */
export interface Segment {
  text: string;
  style?: (text: string) => string;
}

/** A cell: plain text, or styled segments. Text must already be terminal-safe and on one line. */
export type Cell = string | readonly Segment[];

export interface GridColumn {
  heading: string;
  /** Inner width in display columns (without the padding space on each side). */
  width: number;
  align?: 'left' | 'right';
}

/** Printable ASCII: one column per character, no need to ask string-width. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Display width of plain text (no escape sequences inside). */
export function displayWidth(text: string): number {
  return PLAIN_ASCII.test(text) ? text.length : stringWidth(text);
}

function segmentsOf(cell: Cell): readonly Segment[] {
  return typeof cell === 'string' ? [{ text: cell }] : cell;
}

/** The plain text of a cell. */
export function cellText(cell: Cell): string {
  return segmentsOf(cell)
    .map((s) => s.text)
    .join('');
}

/** Split a word that is wider than `width` into pieces that fit, by code point (a surrogate pair stays whole). */
function splitWide(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const char of word) {
    const w = displayWidth(char);
    if (pieceWidth + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += char;
    pieceWidth += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** A word with its style, its width, and whether a space separates it from the word before. */
interface Word {
  text: string;
  width: number;
  style?: (text: string) => string;
  spaced: boolean;
}

function wordsOf(cell: Cell, width: number): Word[] {
  const words: Word[] = [];
  let spaced = false;
  for (const segment of segmentsOf(cell)) {
    for (const part of segment.text.split(/( +)/)) {
      if (part === '') continue;
      if (part.startsWith(' ')) {
        spaced = true;
        continue;
      }
      const partWidth = displayWidth(part);
      const pieces = partWidth > width ? splitWide(part, width) : [part];
      pieces.forEach((piece, i) => {
        const pieceWidth = pieces.length === 1 ? partWidth : displayWidth(piece);
        words.push({ text: piece, width: pieceWidth, style: segment.style, spaced: i === 0 && spaced });
      });
      spaced = false;
    }
  }
  return words;
}

/** One wrapped line: its styled text and its display width. */
interface Line {
  text: string;
  width: number;
}

/** Wrap a cell at spaces to lines of at most `width` display columns (a longer word is split). */
export function wrapCell(cell: Cell, width: number): Line[] {
  const lines: Line[] = [];
  let text = '';
  let lineWidth = 0;
  for (const word of wordsOf(cell, Math.max(1, width))) {
    const gap = word.spaced && lineWidth > 0 ? 1 : 0;
    if (lineWidth > 0 && lineWidth + gap + word.width > width) {
      lines.push({ text, width: lineWidth });
      text = '';
      lineWidth = 0;
    }
    const space = word.spaced && lineWidth > 0 ? ' ' : '';
    text += space + (word.style ? word.style(word.text) : word.text);
    lineWidth += space.length + word.width;
  }
  if (lineWidth > 0 || lines.length === 0) lines.push({ text, width: lineWidth });
  return lines;
}

/** Box-drawing characters of the grid. */
const BORDER = { h: '─', v: '│', tl: '┌', tm: '┬', tr: '┐', ml: '├', mm: '┼', mr: '┤', bl: '└', bm: '┴', br: '┘' };

/** The width of a grid with these columns, borders and padding included. */
export function gridWidth(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + w + 3, 1);
}

/**
 * A boxed grid: a heading row, then each row with its cells wrapped to the column widths, rows separated
 * by rules. `paint` styles the borders and headings (the context's chalk decides whether that is colour).
 */
export function renderGrid(
  columns: readonly GridColumn[],
  rows: readonly (readonly Cell[])[],
  paint: { border: (s: string) => string; heading: (s: string) => string },
): string {
  const rule = (left: string, middle: string, right: string) =>
    paint.border(left + columns.map((c) => BORDER.h.repeat(c.width + 2)).join(middle) + right);
  const out: string[] = [rule(BORDER.tl, BORDER.tm, BORDER.tr)];
  const writeRow = (cells: readonly Cell[], heading: boolean) => {
    const wrapped = columns.map((c, i) => wrapCell(cells[i] ?? '', c.width));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let line = 0; line < height; line++) {
      const parts = columns.map((c, i) => {
        const piece = wrapped[i][line] ?? { text: '', width: 0 };
        const pad = ' '.repeat(Math.max(0, c.width - piece.width));
        const text = heading ? paint.heading(piece.text) : piece.text;
        return c.align === 'right' ? pad + text : text + pad;
      });
      const v = paint.border(BORDER.v);
      out.push(`${v} ${parts.join(` ${v} `)} ${v}`);
    }
  };
  writeRow(
    columns.map((c) => c.heading),
    true,
  );
  for (const row of rows) {
    out.push(rule(BORDER.ml, BORDER.mm, BORDER.mr));
    writeRow(row, false);
  }
  out.push(rule(BORDER.bl, BORDER.bm, BORDER.br));
  return `${out.join('\n')}\n`;
}
