import { formatMarkdown, markdownCell } from '../../src/report/markdown.js';
import { sampleDocument } from './sample-document.js';

test('markdownCell escapes pipes, backslashes, HTML and line breaks', () => {
  expect(markdownCell('a | b \\ <i>x</i> & y\nz\r\nw')).toBe('a \\| b \\\\ &lt;i&gt;x&lt;/i&gt; &amp; y<br>z<br>w');
});

test('a heading, a summary and a table per document', () => {
  const md = formatMarkdown([sampleDocument()], { fields: ['id', 'kind', 'text', 'line'] });
  expect(md).toBe(
    [
      '## sample.txt',
      '',
      '3 claims (1 quote, 1 reported, 1 unattributed); 2 sources (1 person, 1 anonymous); 0 unattributed numbers',
      '',
      '| id | kind | text | line |',
      '| --- | --- | --- | --: |',
      '| c1 | quote | &lt;script&gt;alert(1)&lt;/script&gt; is =SUM(A1) \\| fine. | 1 |',
      '| c2 | reported | 200 people left | 2 |',
      '| c3 | unattributed | -5 degrees | 3 |',
      '',
    ].join('\n'),
  );
});

test('findings follow the tables when policies ran', () => {
  const md = formatMarkdown([sampleDocument()], {
    fields: ['id'],
    findings: [
      {
        rule: 'anonymous-source',
        severity: 'error',
        path: 'sample.txt',
        document: 'sample.txt',
        claim: 'c2',
        message: 'claim attributed to an anonymous source (Officials)',
        text: '200 people left',
        start: 83,
        end: 98,
        line: 2,
        column: 16,
      },
    ],
  });
  expect(
    md.endsWith(
      '## Findings\n\n| where | severity | rule | message |\n| --- | --- | --- | --- |\n| sample.txt:2:16 | error | anonymous-source | claim attributed to an anonymous source (Officials) |\n',
    ),
  ).toBe(true);
});
