/**
 * Article text never reaches a terminal as control sequences: ANSI/OSC escapes, CR, other C0/C1 controls
 * and bidi controls are shown escaped in the human output, through the real CLI.
 */
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../../src/cli/io.js';
import { shorten, terminalSafe } from '../../src/report/terminal-text.js';
import { markdownCell } from '../../src/report/markdown.js';

/** An article that tries everything: clear screen, colour, an OSC 8 hyperlink, CR, backspace, bell, C1 CSI, RLO, RLM. */
const HOSTILE = [
  '“We will \x1b[2J\x1b[31mwin\x1b]8;;http://evil.example\x07here\x1b]8;;\x07 now\r\x08,” said John\u202e Smith\x1b[0m.',
  '',
  'The army said that 200 fighters \u009b31mdied\u200f today in the \u2066north\u2069.',
  '',
  'Officials said the \x1b]0;pwned\x07 title changed and the \x1bPdevice\x1b\\ string was sent.',
].join('\n');

/** Every character a terminal could act on, except the newlines that end output lines. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

async function human(args: string[]): Promise<string> {
  const io = memoryIo({ stdin: HOSTILE, columns: 200 });
  expect(await run(['--no-config', ...args, '-'], io)).toBe(0);
  expect(io.stderr).toBe('');
  return io.stdout;
}

describe('the claim table with colour off', () => {
  test('contains no control character at all (no ESC byte)', async () => {
    const out = await human(['--no-color']);
    expect(out.match(CONTROL)).toBeNull();
    expect(out).not.toContain('\x1b');
  });

  test('shows the escapes as visible text', async () => {
    const out = await human(['--no-color']);
    expect(out).toContain('\\x1b[2J');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\u200f');
    expect(out).toContain('\\x9b');
  });
});

describe('the claim table with colour on', () => {
  test('every ESC byte starts one of chalk’s own SGR colour sequences', async () => {
    const out = await human(['--color']);
    expect(out).toContain('\x1b[');
    // Remove chalk's SGR sequences (ESC [ digits ; digits m); nothing controlling may remain.
    const withoutColour = out.replace(/\x1b\[[0-9;]*m/g, '');
    expect(withoutColour.match(CONTROL)).toBeNull();
    expect(out).not.toContain('\x1b[2J');
    expect(out).not.toContain('\x1b]');
  });
});

describe('--highlight (the article itself, coloured)', () => {
  test('with colour off, contains no control character besides newlines', async () => {
    const out = await human(['--no-color', '--highlight']);
    expect(out.match(CONTROL)).toBeNull();
  });
});

describe('--format markdown (read with cat or less -R)', () => {
  test('contains no control character besides the newlines that end lines', async () => {
    const out = await human(['--no-color', '-f', 'markdown']);
    expect(out.match(CONTROL)).toBeNull();
    expect(out).not.toContain('\x1b');
  });

  test('shows the escapes as visible text, as the claim table does', async () => {
    const out = await human(['--no-color', '-f', 'markdown']);
    expect(out).toContain('\\x1b[2J\\x1b[31mwin');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\u200f');
    expect(out).toContain('\\x9b');
    expect(out).toContain('\\x07');
    expect(out).toContain('\\x08');
  });

  test('markdownCell keeps its Markdown escaping and escapes the controls left after it', () => {
    expect(markdownCell('a | b\r\nc\x1b[0m\u202ed\te')).toBe('a \\| b<br>c\\x1b[0m\\u202ed\\te');
  });
});

describe('terminalSafe', () => {
  test.each([
    ['ESC', 'a\x1b[31mb', 'a\\x1b[31mb'],
    ['OSC 8 hyperlink', '\x1b]8;;http://x\x07y\x1b]8;;\x07', '\\x1b]8;;http://x\\x07y\\x1b]8;;\\x07'],
    ['CR, LF, tab', 'a\rb\nc\td', 'a\\rb\\nc\\td'],
    ['NUL and DEL', '\u0000\u007f', '\\x00\\x7f'],
    ['C1 CSI', '\u009b2J', '\\x9b2J'],
    ['bidi override and isolates', '\u202eabc\u202c \u2066x\u2069', '\\u202eabc\\u202c \\u2066x\\u2069'],
    ['bidi marks', 'a\u200eb\u200fc\u061cd', 'a\\u200eb\\u200fc\\u061cd'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
  ])('escapes %s', (_name, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  test('leaves ordinary text alone: Cyrillic, Arabic, CJK, emoji, combining marks', () => {
    const text = 'Путин قال 你好 👍🏽 e\u0301 “quoted” — dash';
    expect(terminalSafe(text)).toBe(text);
  });

  test('gives the same answer when called twice (no shared regex state)', () => {
    expect(terminalSafe('\x1b\x1b')).toBe('\\x1b\\x1b');
    expect(terminalSafe('\x1b\x1b')).toBe('\\x1b\\x1b');
  });
});

describe('shorten', () => {
  test('never cuts a surrogate pair in two', () => {
    expect(shorten('👍👍👍👍', 4)).toBe('👍…');
  });

  test('cuts at a word boundary when one is near the end', () => {
    expect(shorten('one two three four five', 16)).toBe('one two three…');
  });
});
