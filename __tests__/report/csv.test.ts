import { parse } from 'csv-parse/sync';
import { formatCsv, formatTsv, neutraliseFormula } from '../../src/report/csv.js';
import { REPORT_FIELDS } from '../../src/report/fields.js';
import { sampleDocument } from './sample-document.js';

describe('neutraliseFormula', () => {
  test.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-5 degrees', "'-5 degrees"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('formatCsv', () => {
  test('parses back: a header of path + row fields, one record per claim, text cells neutralised, numbers not', () => {
    const records = parse(formatCsv([sampleDocument()], {})) as string[][];
    expect(records[0]).toEqual(REPORT_FIELDS.filter((f) => f !== 'document'));
    expect(records).toHaveLength(4);
    expect(records[1]).toEqual([
      'sample.txt',
      'c1',
      'quote',
      'Ann Lee',
      'person',
      'said',
      '<script>alert(1)</script> is =SUM(A1) | fine.',
      '',
      '',
      '1',
      '22',
      '21',
      '66',
    ]);
    expect(records[2].slice(0, 8)).toEqual([
      'sample.txt',
      'c2',
      'reported',
      'Officials',
      'anonymous',
      'said',
      '200 people left',
      '200 people',
    ]);
    expect(records[3][6]).toBe("'-5 degrees");
    expect(records[3][8]).toBe('reportedly');
  });

  test('--fields chooses and orders the columns', () => {
    const records = parse(formatCsv([sampleDocument()], { fields: ['text', 'id', 'line'] })) as string[][];
    expect(records).toEqual([
      ['text', 'id', 'line'],
      ['<script>alert(1)</script> is =SUM(A1) | fine.', 'c1', '1'],
      ['200 people left', 'c2', '2'],
      ["'-5 degrees", 'c3', '3'],
    ]);
  });

  test('TSV parses back with a tab delimiter, quoting a cell that holds a tab', () => {
    const document = sampleDocument();
    document.claims = [{ ...document.claims[1], text: 'a\tb "c"' }];
    const tsv = formatTsv([document], { fields: ['id', 'text'] });
    expect(parse(tsv, { delimiter: '\t' })).toEqual([
      ['id', 'text'],
      ['c2', 'a\tb "c"'],
    ]);
  });
});
