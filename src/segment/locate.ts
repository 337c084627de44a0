/**
 * Finding things by offset in sorted ranges, in logarithmic time: which sentence, paragraph or token holds
 * an offset. Every stage that asks "where is this?" per item uses these, so no stage scans all items per item.
 */

/** Index of the last item whose `start` is at or before `offset` (items sorted by start), or -1. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Index of the first item whose `start` is at or after `offset` (items sorted by start); items.length if none. */
export function firstStartingAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether any item (sorted by start) whose start lies in [from, to] passes `test`, looking back from `to` only
 * as far as `from`: with `from` set one longest item's length before the range asked about, a question per item
 * stays a bounded scan ("which content holds this cue?", "which cue overlaps this span?").
 */
export function someStartingBetween<T extends { start: number }>(
  items: readonly T[],
  from: number,
  to: number,
  test: (item: T) => boolean,
): boolean {
  for (let k = lastStartingAtOrBefore(items, to); k >= 0 && items[k].start >= from; k--)
    if (test(items[k])) return true;
  return false;
}

/** The length of the longest range, 0 for none. */
export function longestLength(items: readonly { start: number; end: number }[]): number {
  let longest = 0;
  for (const item of items) longest = Math.max(longest, item.end - item.start);
  return longest;
}

/** The item (sorted, non-overlapping ranges) that contains `offset`, or undefined. */
export function containing<T extends { start: number; end: number }>(
  items: readonly T[],
  offset: number,
): T | undefined {
  const index = lastStartingAtOrBefore(items, offset);
  const item = index >= 0 ? items[index] : undefined;
  return item && offset < item.end ? item : undefined;
}

/** The last character of text[from, to) that is not white space, or undefined ("…Cruz continued:  " -> ":"). */
export function lastNonSpaceChar(text: string, from: number, to: number): string | undefined {
  let i = to - 1;
  while (i >= from && /\s/.test(text[i])) i--;
  return i >= from ? text[i] : undefined;
}
