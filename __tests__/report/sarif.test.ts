/** SARIF 2.1.0: shape, levels, locations, and validity against the SARIF 2.1.0 JSON schema. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { extract } from '../../src/pipeline.js';
import { findingsOf, type Finding } from '../../src/policy/findings.js';
import { POLICY_RULES } from '../../src/policy/rules.js';
import { artifactUri, formatSarif, regionEnd } from '../../src/report/sarif.js';

const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sarif-schema', 'sarif-2.1.0-rtm.5.json');

// Both are CommonJS packages whose class is also their `default` export.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;

function validator() {
  // The schema's language-tag pattern is not valid in Unicode mode: compile its patterns as plain regexes.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
}

const ARTICLE = [
  'Flood Cost Rises',
  '',
  'On Monday, about 300 homes may have been flooded.',
  '',
  '"We need help now,',
  'and we need it fast," said Mary Stone, a nurse.',
  '',
].join('\n');

/** The article's findings under every rule, and one warning finding on the two-line quote. */
function findingsFor(file: string): Finding[] {
  const document = extract(ARTICLE, { path: file });
  const quote = document.claims.find((c) => c.kind === 'quote');
  if (quote === undefined) throw new Error('the article should have a quote');
  const warning: Finding = {
    rule: 'anonymous-source',
    severity: 'warning',
    path: file,
    document: document.id,
    claim: quote.id,
    message: 'claim attributed to an anonymous source (a nurse)',
    text: quote.text,
    start: quote.start,
    end: quote.end,
    line: quote.line,
    column: quote.column,
  };
  return [...findingsOf(document, POLICY_RULES), warning];
}

function sarifOf(findings: Finding[]): Log {
  return JSON.parse(formatSarif([], { findings })) as Log;
}

test('the log is valid SARIF 2.1.0 (the schema, with formats checked)', () => {
  const validate = validator();
  const log = sarifOf(findingsFor('news/flood report.txt'));
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  expect(validate(sarifOf([]))).toBe(true);
  // The validator is not a rubber stamp: a result without a message, or a bad level, is refused.
  const noMessage = structuredClone(log);
  delete (noMessage.runs[0].results?.[0] as { message?: unknown }).message;
  expect(validate(noMessage)).toBe(false);
  const badLevel = JSON.parse(JSON.stringify(log).replace('"level":"warning"', '"level":"warn"'));
  expect(validate(badLevel)).toBe(false);
});

test('one result per finding: rule id and index, level from the severity, message, location with its end', () => {
  const log = sarifOf(findingsFor('news/flood report.txt'));
  const run = log.runs[0];
  expect(log.version).toBe('2.1.0');
  expect(run.tool.driver.name).toBe('whosaid');
  expect(run.tool.driver.rules?.map((r) => r.id)).toEqual([...POLICY_RULES]);
  expect(run.columnKind).toBe('utf16CodeUnits');
  expect(
    run.results?.map((r) => [
      r.ruleId,
      r.ruleIndex,
      r.level,
      r.message.text,
      r.locations?.[0].physicalLocation?.artifactLocation?.uri,
      r.locations?.[0].physicalLocation?.region,
    ]),
  ).toEqual([
    [
      'unattributed-number',
      0,
      'error',
      'number ~300 homes in a claim with no source (c1)',
      'news/flood%20report.txt',
      { startLine: 3, startColumn: 1, endLine: 3, endColumn: 50 },
    ],
    [
      'hedged-unattributed',
      2,
      'error',
      'hedged claim (may have) with no source (c1)',
      'news/flood%20report.txt',
      { startLine: 3, startColumn: 1, endLine: 3, endColumn: 50 },
    ],
    [
      'anonymous-source',
      1,
      'warning',
      'claim attributed to an anonymous source (a nurse) (c2)',
      'news/flood%20report.txt',
      { startLine: 5, startColumn: 2, endLine: 6, endColumn: 21 },
    ],
  ]);
});

test.each([
  [
    { text: 'one line', line: 4, column: 7 },
    { endLine: 4, endColumn: 15 },
  ],
  [
    { text: 'two\nlines', line: 4, column: 7 },
    { endLine: 5, endColumn: 6 },
  ],
  [
    { text: 'ends with a break\r\n', line: 1, column: 1 },
    { endLine: 2, endColumn: 1 },
  ],
])('regionEnd(%j) = %j', (finding, expected) => {
  expect(regionEnd(finding)).toEqual(expected);
});

test.each([
  ['a.txt', 'a.txt'],
  ['./news/a b.txt', 'news/a%20b.txt'],
  ['news\\win.txt', 'news/win.txt'],
  ['../up/a#1.txt', '../up/a%231.txt'],
  ['/tmp/x y.txt', 'file:///tmp/x%20y.txt'],
])('artifactUri(%j) = %j', (file, uri) => {
  expect(artifactUri(file)).toBe(uri);
});
