/** Scanning a word in raw text, shared by the numbers and hedges detectors (no tokenizer, linear time). */

const APOSTROPHE_CODE = 39;
const RIGHT_SINGLE_QUOTE_CODE = 0x2019;
const HYPHEN_CODE = 45;

/**
 * End of the word starting at i: characters accepted by `isWordChar`, joined by inner apostrophes and
 * hyphens ("it's", "so-called", "twenty-five"), never past `end`.
 */
export function wordEnd(
  text: string,
  i: number,
  end: number,
  isWordChar: (text: string, at: number) => boolean,
): number {
  let j = i;
  while (j < end) {
    if (isWordChar(text, j)) {
      j += 1;
      continue;
    }
    const c = text.charCodeAt(j);
    const joiner = c === APOSTROPHE_CODE || c === RIGHT_SINGLE_QUOTE_CODE || c === HYPHEN_CODE;
    if (joiner && j + 1 < end && isWordChar(text, j + 1)) {
      j += 1;
      continue;
    }
    break;
  }
  return j;
}
