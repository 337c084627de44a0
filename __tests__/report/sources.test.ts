/** `whosaid sources` reporters: every format shows each source's title and each person's gender. */
import { Chalk } from 'chalk';
import { parse } from 'csv-parse/sync';
import {
  formatSourcesCsv,
  formatSourcesJson,
  formatSourcesMarkdown,
  formatSourcesNdjson,
  formatSourcesTable,
  formatSourcesTsv,
  genderCell,
} from '../../src/report/sources.js';
import type { DocumentResult } from '../../src/types.js';
import { sampleDocument } from './sample-document.js';

/** The sample (Mayor Ann Lee, anonymous Officials) with a woman's gender and a man with no gender words. */
function document(): DocumentResult {
  const d = sampleDocument();
  d.sources[0].gender = 'female';
  d.sources.push({ id: 's3', name: 'Tom Hale', kind: 'person', gender: null, mentions: [] });
  return d;
}

const plain = new Chalk({ level: 0 });

test.each([
  [{ gender: 'female' as const }, 'female'],
  [{ gender: 'male' as const }, 'male'],
  [{ gender: null }, 'unknown'],
  [{}, ''],
])('genderCell(%j) = %j', (row, expected) => {
  expect(genderCell(row)).toBe(expected);
});

test('json and ndjson: title and gender as in the claims JSON (gender for persons only, null when unknown)', () => {
  const sources = [
    { id: 's1', name: 'Ann Lee', kind: 'person', title: 'Mayor', gender: 'female', mentions: 1, claims: 1 },
    { id: 's2', name: 'Officials', kind: 'anonymous', mentions: 1, claims: 1 },
    { id: 's3', name: 'Tom Hale', kind: 'person', gender: null, mentions: 0, claims: 0 },
  ];
  expect(JSON.parse(formatSourcesJson([document()]))).toEqual({
    version: 1,
    documents: [{ id: 'sample.txt', path: 'sample.txt', sources }],
  });
  expect(JSON.parse(formatSourcesNdjson([document()]))).toEqual({
    version: 1,
    id: 'sample.txt',
    path: 'sample.txt',
    sources,
  });
});

test.each([
  ['csv', formatSourcesCsv, ','],
  ['tsv', formatSourcesTsv, '\t'],
])('%s: title and gender columns in every row', (_name, format, delimiter) => {
  expect(parse(format([document()]), { delimiter })).toEqual([
    ['path', 'id', 'name', 'kind', 'title', 'gender', 'mentions', 'claims'],
    ['sample.txt', 's1', 'Ann Lee', 'person', 'Mayor', 'female', '1', '1'],
    ['sample.txt', 's2', 'Officials', 'anonymous', '', '', '1', '1'],
    ['sample.txt', 's3', 'Tom Hale', 'person', '', 'unknown', '0', '0'],
  ]);
});

test('markdown and table: title and gender columns', () => {
  expect(formatSourcesMarkdown([document()])).toBe(
    [
      '## sample.txt',
      '',
      '| name | kind | title | gender | mentions | claims |',
      '| --- | --- | --- | --- | --: | --: |',
      '| Ann Lee | person | Mayor | female | 1 | 1 |',
      '| Officials | anonymous |  |  | 1 | 1 |',
      '| Tom Hale | person |  | unknown | 0 | 0 |',
      '',
    ].join('\n'),
  );
  expect(formatSourcesTable([document()], { chalk: plain })).toBe(
    [
      '┌───────────┬───────────┬───────┬─────────┬──────────┬────────┐',
      '│ name      │ kind      │ title │ gender  │ mentions │ claims │',
      '├───────────┼───────────┼───────┼─────────┼──────────┼────────┤',
      '│ Ann Lee   │ person    │ Mayor │ female  │        1 │      1 │',
      '├───────────┼───────────┼───────┼─────────┼──────────┼────────┤',
      '│ Officials │ anonymous │       │         │        1 │      1 │',
      '├───────────┼───────────┼───────┼─────────┼──────────┼────────┤',
      '│ Tom Hale  │ person    │       │ unknown │        0 │      0 │',
      '└───────────┴───────────┴───────┴─────────┴──────────┴────────┘',
      '',
    ].join('\n'),
  );
});

test('markdown and table leave out a title or gender column no source has a value for', () => {
  const groups = sampleDocument();
  groups.sources = [groups.sources[1]];
  expect(formatSourcesMarkdown([groups])).toContain('| name | kind | mentions | claims |\n');
  expect(formatSourcesTable([groups], { chalk: plain })).toContain('│ name      │ kind      │ mentions │ claims │');
});
