/** Offsets to 1-based line and column (UTF-16 code units), for output that people read. */

/** A lookup from offsets to line/column, built once per document. */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
}

/** Index the line starts of a text; "\r\n", "\n" and lone "\r" end a line. */
export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return {
    position(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - starts[low] + 1 };
    },
  };
}
