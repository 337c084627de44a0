/**
 * Article text on its way to a terminal: control characters (C0, C1, ANSI escapes, bidi overrides)
 * are shown escaped, so an article can never move the cursor, set a hyperlink or rewrite the screen.
 */

/** C0 and C1 controls (tab and newline included: cells are single-line), DEL, and bidi overrides. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Make text safe to print on a terminal, as one line. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Shorten text to at most `max` characters with an ellipsis in the middle of a word boundary. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
