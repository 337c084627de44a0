import { Chalk } from 'chalk';
import { articleSafe, formatHighlight, legend, plainArticle } from '../../src/report/highlight.js';
import { SAMPLE_TEXT, sampleDocument } from './sample-document.js';
import { extract } from '../../src/pipeline.js';
import { summary } from '../../src/report/rows.js';

const colour = new Chalk({ level: 1 });
const plain = new Chalk({ level: 0 });
const PLAIN_LEGEND = 'marks: [claim] [?claim with no source] {source} <cue> *number* _hedge_';

test('articleSafe keeps line breaks (CRLF shown as LF) and escapes other controls', () => {
  expect(articleSafe('a\x1b[31mb\r\nc\td\u202e\n')).toBe('a\\x1b[31mb\nc\\td\\u202e\n');
});

test('with colour: quotes green, reported blue, no source red, mentions bold cyan, cues yellow, numbers underlined, hedges magenta', () => {
  const out = formatHighlight([sampleDocument()], { chalk: colour, texts: [SAMPLE_TEXT] });
  expect(out.split('\n').slice(0, 3)).toEqual([
    `${colour.bold.cyan('Mayor Ann Lee')} ${colour.yellow('said')}: "${colour.green('<script>alert(1)</script> is =SUM(A1) | fine.')}"`,
    `${colour.bold.cyan('Officials')} ${colour.yellow('said')} ${colour.blue.bold.underline('200')}${colour.blue(' people left')}.`,
    `${colour.red('-5 degrees')}, it ${colour.magenta('reportedly')} said.`,
  ]);
  expect(out.endsWith(`${legend(colour)}\n`)).toBe(true);
});

test('without colour the marks are brackets in the text, with a legend line', () => {
  expect(formatHighlight([sampleDocument()], { chalk: plain, texts: [SAMPLE_TEXT] })).toBe(
    '{Mayor Ann Lee} <said>: "[<script>alert(1)</script> is =SUM(A1) | fine.]"\n' +
      '{Officials} <said> [*200* people left].\n' +
      '[?-5 degrees], it _reportedly_ said.\n' +
      '3 claims (1 quote, 1 reported, 1 unattributed); 2 sources (1 person, 1 anonymous); 0 unattributed numbers\n' +
      `${PLAIN_LEGEND}\n`,
  );
});

test.each([
  [
    'Officials said about 300 homes may have lost power.',
    '{Officials} <said> [*about 300* homes _may have_ lost power].',
  ],
  [
    '"We will reopen the bridge in May," Mayor Ann Lee said on Tuesday.',
    '"[We will reopen the bridge in May,]" {Mayor Ann Lee} <said> on Tuesday.',
  ],
  [
    'According to the transport department, traffic fell by 20 percent.',
    '<According to> {the transport department}, [traffic fell by *20 percent*].',
  ],
  [
    'Nearly 400 people were reportedly evacuated overnight.',
    '[?*Nearly 400* people were <_reportedly_> evacuated overnight].',
  ],
  [
    'The council said it would "review every contract" before June.',
    '{The council} <said> [{it} would "[review every contract]" before June].',
  ],
  [
    'Police spokesman Tom Hale said: "The road is closed." He added that two lanes would reopen.',
    '{Police spokesman Tom Hale} <said:> "[The road is closed.]" {He} <added> that [*two* lanes would reopen].',
  ],
])('plain marks: %s', (text, expected) => {
  expect(plainArticle(extract(text, { path: 'a.txt' }), text)).toBe(expected);
});

test('plain marks nest: spans that end close before spans that start at the same place open', () => {
  const text = 'Ann Lee said 5.';
  const document = extract(text, { path: 'a.txt' });
  const span = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  // Two claims side by side and a number that is a whole claim: "[a][b]", "[*5*]".
  document.sources = [{ id: 's1', name: 'Ann Lee', kind: 'person', mentions: [span('Ann Lee')] }];
  document.claims = [
    {
      id: 'c1',
      kind: 'reported',
      ...span('Ann'),
      line: 1,
      column: 1,
      source: 's1',
      sourceMention: null,
      cue: null,
      numbers: [],
      hedges: [],
      by: null,
    },
    {
      id: 'c2',
      kind: 'reported',
      ...span(' Lee'),
      line: 1,
      column: 4,
      source: 's1',
      sourceMention: null,
      cue: null,
      numbers: [],
      hedges: [],
      by: null,
    },
    {
      id: 'c3',
      kind: 'reported',
      ...span('5'),
      line: 1,
      column: 14,
      source: 's1',
      sourceMention: null,
      cue: span('said'),
      numbers: [{ ...span('5'), value: 5, approximate: false, bound: null, kind: 'count' }],
      hedges: [],
      by: null,
    },
  ];
  expect(plainArticle(document, text)).toBe('{[Ann][ Lee]} <said> [*5*].');
});

test('furniture and neutral quotes: dim and grey with colour, named on a line under the article either way', () => {
  const text = 'Pool Closes\n\nThe city opened a "cooling centre" downtown.\n';
  const document = extract(text, { path: 'pool.txt' });
  const why = 'furniture: headline (line 1) · neutral quotes: “cooling centre” (scare, line 3)';
  expect(formatHighlight([document], { chalk: colour, texts: [text] })).toBe(
    `${colour.dim('Pool Closes')}\n\nThe city opened a "${colour.gray('cooling centre')}" downtown.\n` +
      `${colour.dim(why)}\n${colour.dim(summary(document))}\n${legend(colour)}\n`,
  );
  expect(formatHighlight([document], { chalk: plain, texts: [text] })).toBe(
    `${text}${why}\n${summary(document)}\n${PLAIN_LEGEND}\n`,
  );
});

test('several documents: each under its path, the legend once at the end', () => {
  const a = extract('Officials said 3 roads closed.', { path: 'a.txt' });
  const b = extract('Officials said 4 roads closed.', { path: 'b.txt' });
  const out = formatHighlight([a, b], {
    chalk: plain,
    texts: ['Officials said 3 roads closed.', 'Officials said 4 roads closed.'],
  });
  expect(out).toBe(
    `a.txt\n{Officials} <said> [*3* roads closed].\n${summary(a)}\n\n` +
      `b.txt\n{Officials} <said> [*4* roads closed].\n${summary(b)}\n${PLAIN_LEGEND}\n`,
  );
});

test('an NDJSON record is headed by its path and record id, as in the table', () => {
  const text = 'Officials said 3 roads closed.';
  const record = extract(text, { path: 'wire.jsonl', id: 'wire-17' });
  expect(formatHighlight([record], { chalk: plain, texts: [text] })).toBe(
    `wire.jsonl › wire-17\n{Officials} <said> [*3* roads closed].\n${summary(record)}\n${PLAIN_LEGEND}\n`,
  );
});
