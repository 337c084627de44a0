/**
 * The claim table fits the width it is given: kinds whole, empty columns left out, --fields honoured, the
 * stacked layout when the claim text would be too narrow; and rendering stays linear in the number of claims.
 */
import { jest } from '@jest/globals';
import { Chalk } from 'chalk';
import type { Claim, DocumentResult } from '../../src/types.js';
import type { ReportField } from '../../src/report/fields.js';

// Count the cells string-width measures: the renderer must measure each cell a bounded number of times.
let measured = 0;
jest.unstable_mockModule('string-width', () => ({
  default: (text: string) => {
    measured += 1;
    return [...text].length;
  },
}));
const { formatTable, fitColumns } = await import('../../src/report/table.js');
const { displayWidth } = await import('../../src/report/grid.js');

const TEXT = [
  '"We have never seen the river this high," Mayor Ana Ruiz said on Monday.',
  'Ruiz called the response "slow but steady."',
  'About 1,200 residents were moved to shelters overnight.',
].join('\n');

function at(text: string) {
  const start = TEXT.indexOf(text);
  return { text, start, end: start + text.length };
}

function claim(id: string, kind: Claim['kind'], text: string, source: string | null, cue: string | null): Claim {
  return {
    id,
    kind,
    ...at(text),
    line: 1,
    column: 1,
    source,
    sourceMention: null,
    cue: cue === null ? null : at(cue),
    numbers: [],
    hedges: [],
    by: null,
  };
}

const DOCUMENT: DocumentResult = {
  id: 'flood.txt',
  path: 'flood.txt',
  sources: [{ id: 's1', name: 'Ana Ruiz', kind: 'person', title: 'Mayor', mentions: [at('Mayor Ana Ruiz')] }],
  claims: [
    claim('c1', 'quote', 'We have never seen the river this high,', 's1', 'said'),
    claim('c2', 'partial-quote', 'slow but steady.', 's1', 'called'),
    claim('c3', 'unattributed', 'About 1,200 residents were moved to shelters overnight.', null, null),
  ],
  diagnostics: [],
};

const plain = new Chalk({ level: 0 });
const table = (width: number, fields?: ReportField[], document = DOCUMENT) =>
  formatTable([document], { chalk: plain, width, fields });
const widest = (out: string) => Math.max(...out.split('\n').map((l) => displayWidth(l)));

describe('the table fits the width', () => {
  test.each([80, 120, 200])('at %i columns no line is wider, and every kind is whole', (width) => {
    const out = table(width);
    expect(widest(out)).toBeLessThanOrEqual(width);
    for (const kind of ['quote', 'partial-quote', 'unattributed'])
      expect(out).toMatch(new RegExp(`(^|[ │])${kind}( |$)`, 'm'));
    expect(out).not.toContain('…');
  });

  test('at 120 and 200 a grid whose claim column holds the longest claim on one line', () => {
    for (const width of [120, 200]) {
      const out = table(width);
      expect(out.startsWith('┌')).toBe(true);
      expect(out).toContain('│ We have never seen the river this high, ');
      expect(out).toContain('│ About 1,200 residents were moved to shelters overnight. ');
    }
  });

  test('columns empty for the whole table (numbers here) are left out; the headings are the rest', () => {
    const heading = table(120).split('\n')[1];
    expect(
      heading
        .split('│')
        .map((h) => h.trim())
        .filter((h) => h !== ''),
    ).toEqual(['#', 'kind', 'source', 'cue', 'claim', 'line']);
  });

  test('at 60 columns the claims are stacked, one block per claim, no line wider', () => {
    const out = table(60);
    expect(out).not.toContain('┌');
    expect(widest(out)).toBeLessThanOrEqual(60);
    expect(out.split('\n').slice(0, 2)).toEqual([
      '#1 · quote · Ana Ruiz (person) · said · line 1',
      '  We have never seen the river this high,',
    ]);
    expect(out).toContain('#3 · unattributed · — · line 1\n  About 1,200 residents');
  });

  test.each([20, 30])('at %i columns (a split pane) the blocks still fit', (width) => {
    expect(widest(table(width))).toBeLessThanOrEqual(width);
  });

  test('--fields is honoured: exactly the chosen columns, in order, even an empty one', () => {
    const heading = table(120, ['kind', 'text', 'numbers']).split('\n')[1];
    expect(
      heading
        .split('│')
        .map((h) => h.trim())
        .filter((h) => h !== ''),
    ).toEqual(['kind', 'claim', 'numbers']);
  });

  test('a long claim is shortened to four lines of its column, at a word, with an ellipsis', () => {
    const long = { ...DOCUMENT, claims: [{ ...DOCUMENT.claims[0], text: 'word '.repeat(200).trim() }] };
    const out = table(80, ['id', 'text'], long);
    const rows = out.split('\n').filter((l) => l.startsWith('│') && !l.includes('claim'));
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatch(/word… +│$/);
  });
});

test('a heading names a record of an NDJSON input (path › id), never one document from the library (no path)', () => {
  const heading = (document: DocumentResult) => table(120, undefined, document).split('\n')[0];
  expect(heading({ ...DOCUMENT, path: 'floods.jsonl', id: 'r7' })).toBe('floods.jsonl › r7');
  expect(heading({ ...DOCUMENT, path: '', id: 'doc' })).toMatch(/^┌/);
  expect(heading(DOCUMENT)).toMatch(/^┌/);
});

describe('fitColumns', () => {
  const rules = [
    { heading: 'kind', fit: 'fixed' as const },
    { heading: 'source', fit: 'wrap' as const, max: 26, min: 12 },
    { heading: 'claim', fit: 'text' as const },
  ];
  test.each([
    // width, natural widths, longest words -> widths (or null: stacked)
    [200, [13, 30, 150], [13, 12, 9], [13, 26, 150]],
    // 80 = 13 + 25 + 32 + 10 borders and padding: the source gives way until the claim has 40% of the width.
    [80, [13, 30, 150], [13, 12, 9], [13, 25, 32]],
    [50, [13, 30, 150], [13, 12, 9], null],
    [80, [13, 30, 20], [13, 12, 9], [13, 26, 20]],
  ])('at %i with natural %j', (width, natural, longest, expected) => {
    expect(fitColumns(rules, natural, longest, width)).toEqual(expected);
  });
});

describe('rendering is linear in the number of claims', () => {
  const many = (n: number): DocumentResult => ({
    ...DOCUMENT,
    // Non-ASCII text (é), so every cell goes through string-width rather than the ASCII shortcut.
    claims: Array.from({ length: n }, (_, i) => ({
      ...DOCUMENT.claims[i % 3],
      id: `c${i + 1}`,
      text: `Café ${i} ${DOCUMENT.claims[i % 3].text}`,
    })),
  });
  test('10× the claims: 10× the output and at most 10× the width measurements (plus a constant)', () => {
    const count = (n: number) => {
      measured = 0;
      const out = table(120, undefined, many(n));
      return { measured, lines: out.split('\n').length };
    };
    const small = count(300);
    const large = count(3000);
    expect(large.lines).toBeLessThanOrEqual(small.lines * 10 + 10);
    expect(large.measured).toBeLessThanOrEqual(small.measured * 10 + 100);
  });
});
