/** Paragraphs: stretches of text separated by one or more blank lines. */

/** A paragraph's range, trimmed of surrounding white space. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** Split text at blank lines (a line of only white space counts as blank); CRLF is accepted. */
export function segmentParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blank = /\r?\n[ \t\f\v]*(?:\r?\n[ \t\f\v]*)+/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
  };
  for (let match = blank.exec(text); match !== null; match = blank.exec(text)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}
