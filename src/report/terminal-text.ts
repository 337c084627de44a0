/**
 * Article text on its way to a terminal: control characters (C0, C1, ANSI escapes, bidi overrides)
 * are shown escaped, so an article can never move the cursor, set a hyperlink or rewrite the screen.
 */

/**
 * C0 and C1 controls (tab and newline included: cells are single-line), DEL, the bidi controls that can
 * reorder what a reader sees ("Trojan Source": embeddings, overrides, isolates, and the ALM/LRM/RLM marks),
 * and the Unicode line and paragraph separators. Built per call: no shared `g` regex (its lastIndex leaks).
 */
const UNSAFE_CLASS =
  '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Make text safe to print on a terminal, as one line. */
export function terminalSafe(text: string): string {
  return text.replace(new RegExp(UNSAFE_CLASS, 'g'), escapeChar);
}

/** Shorten text to at most `max` UTF-16 code units, ending with an ellipsis, at a word boundary when one is near. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(1, max - 1));
  // Never end on half of a surrogate pair (an emoji cut in two prints as a replacement box).
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
