import { Chalk } from 'chalk';
import { articleSafe, formatHighlight } from '../../src/report/highlight.js';
import { SAMPLE_TEXT, sampleDocument } from './sample-document.js';
import { extract } from '../../src/pipeline.js';
import { summary } from '../../src/report/rows.js';

test('articleSafe keeps line breaks (CRLF shown as LF) and escapes other controls', () => {
  expect(articleSafe('a\x1b[31mb\r\nc\td\u202e\n')).toBe('a\\x1b[31mb\nc\\td\\u202e\n');
});

test('quotes green, mentions bold cyan, cues yellow; plain text without colour', () => {
  const chalk = new Chalk({ level: 1 });
  const out = formatHighlight([sampleDocument()], { chalk, texts: [SAMPLE_TEXT] });
  const [first] = out.split('\n');
  expect(first).toBe(
    `${chalk.bold.cyan('Mayor Ann Lee')} ${chalk.yellow('said')}: "${chalk.green('<script>alert(1)</script> is =SUM(A1) | fine.')}"`,
  );
  const plain = formatHighlight([sampleDocument()], { chalk: new Chalk({ level: 0 }), texts: [SAMPLE_TEXT] });
  expect(plain).toBe(
    `${SAMPLE_TEXT}3 claims (1 quote, 1 reported, 1 unattributed); 2 sources (1 person, 1 anonymous); 0 unattributed numbers\n`,
  );
});

test('furniture dim, neutral quotes magenta, and a line under the article saying what each is', () => {
  const text = 'Pool Closes\n\nThe city opened a "cooling centre" downtown.\n';
  const document = extract(text, { path: 'pool.txt' });
  const chalk = new Chalk({ level: 1 });
  expect(formatHighlight([document], { chalk, texts: [text] })).toBe(
    `${chalk.dim('Pool Closes')}\n\nThe city opened a "${chalk.magenta('cooling centre')}" downtown.\n` +
      `${chalk.dim('furniture: headline (line 1) · neutral quotes: “cooling centre” (scare, line 3)')}\n` +
      `${chalk.dim(summary(document))}\n`,
  );
});
