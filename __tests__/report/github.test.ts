import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import type { Finding } from '../../src/policy/findings.js';

test('data escapes %, CR and LF; properties also escape : and ,', () => {
  expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
  expect(escapeProperty('C:\\a,b%.txt')).toBe('C%3A\\a%2Cb%25.txt');
});

test('one ::warning per finding, sorted by file then position', () => {
  const base = { document: 'd', text: 't', end: 9, column: 1 };
  const findings: Finding[] = [
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
    '::warning file=a%2C1.txt,line=2,col=1,title=whosaid unattributed-number::number 5%25 in a claim%0Awith no source (c2)\n' +
      '::warning file=b.txt,line=1,col=1,title=whosaid unresolved-speaker::quote with no resolved speaker (c1)\n',
  );
});

test('nothing without findings', () => {
  expect(formatGithub([], {})).toBe('');
});
