import { escapeData, escapeProperty, formatGithub, formatStepSummary } from '../../src/report/github.js';
import { extract } from '../../src/pipeline.js';
import type { Finding } from '../../src/policy/findings.js';

test('data escapes %, CR and LF; properties also escape : and ,', () => {
  expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
  expect(escapeProperty('C:\\a,b%.txt')).toBe('C%3A\\a%2Cb%25.txt');
});

test('one annotation per finding: ::error for rules that fail the run, ::warning for warnings; errors first, then file and position', () => {
  const base = { document: 'd', text: 't', end: 9, column: 1, severity: 'error' as const };
  const findings: Finding[] = [
    {
      ...base,
      rule: 'anonymous-source',
      severity: 'warning',
      path: 'a.txt',
      claim: 'c3',
      message: 'anonymous',
      start: 0,
      line: 1,
    },
    {
      ...base,
      rule: 'unresolved-speaker',
      path: 'b.txt',
      claim: 'c1',
      message: 'quote with no resolved speaker',
      start: 0,
      line: 1,
    },
    {
      ...base,
      rule: 'unattributed-number',
      path: 'a,1.txt',
      claim: 'c2',
      message: 'number 5% in a claim\nwith no source',
      start: 5,
      line: 2,
    },
  ];
  expect(formatGithub([], { findings })).toBe(
    '::error file=a%2C1.txt,line=2,col=1,title=whosaid unattributed-number::number 5%25 in a claim%0Awith no source (c2)\n' +
      '::error file=b.txt,line=1,col=1,title=whosaid unresolved-speaker::quote with no resolved speaker (c1)\n' +
      '::warning file=a.txt,line=1,col=1,title=whosaid anonymous-source::anonymous (c3)\n',
  );
});

test('with a cap: at most that many of each level, then one notice counting the rest', () => {
  const finding = (i: number, severity: Finding['severity']): Finding => ({
    rule: severity === 'error' ? 'unattributed-number' : 'anonymous-source',
    severity,
    path: 'a.txt',
    document: 'a.txt',
    claim: `c${i}`,
    message: 'm',
    text: 't',
    start: i,
    end: i + 1,
    line: i,
    column: 1,
  });
  const findings = [1, 2, 3].map((i) => finding(i, 'error')).concat([4, 5].map((i) => finding(i, 'warning')));
  const lines = formatGithub([], { findings, annotationCap: 2 }).trim().split('\n');
  expect(lines.map((l) => l.split(' ')[0])).toEqual(['::error', '::error', '::warning', '::warning', '::notice']);
  expect(lines[4]).toBe(
    '::notice title=whosaid::1 error not annotated (GitHub shows 10 annotations of each type per step): see the step summary',
  );
});

test('nothing without findings', () => {
  expect(formatGithub([], {})).toBe('');
});

test('the step summary names each record of an NDJSON input (path › id), a file by its path', () => {
  const text = '“We will rebuild,” Mayor Ana Ruiz said.';
  const documents = [
    extract(text, { path: 'corpus.jsonl', id: 'a1' }),
    extract(text, { path: 'corpus.jsonl', id: 'a2' }),
    extract(text, { path: 'story.txt' }),
  ];
  const rows = formatStepSummary(documents, undefined)
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| file') && !l.startsWith('| ---'));
  expect(rows).toEqual([
    '| corpus.jsonl › a1 | 1 | 1 | 0 | 0 |',
    '| corpus.jsonl › a2 | 1 | 1 | 0 | 0 |',
    '| story.txt | 1 | 1 | 0 | 0 |',
  ]);
});
