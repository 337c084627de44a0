/** The findings after the claim table: severity shown, every line within the table's width. */
import { Chalk } from 'chalk';
import type { Finding } from '../../src/policy/findings.js';
import { findingLines, formatFindingsText } from '../../src/report/findings-text.js';
import { displayWidth } from '../../src/report/grid.js';
import { formatTable } from '../../src/report/table.js';
import { sampleDocument } from './sample-document.js';

const plain = new Chalk({ level: 0 });

function finding(severity: Finding['severity'], rest: Partial<Finding> = {}): Finding {
  return {
    rule: 'unattributed-number',
    severity,
    path: 'city/budget.txt',
    document: 'city/budget.txt',
    claim: 'c4',
    message: 'number 2,000 homes in a claim with no source',
    text: 'About 2,000 homes were without power on Sunday after the storm crossed the bay',
    start: 120,
    end: 198,
    line: 7,
    column: 1,
    ...rest,
  };
}

test.each([
  [
    120,
    [
      'city/budget.txt:7:1  error    unattributed-number  number 2,000 homes in a claim with no source  “About 2,000 homes…”',
    ],
  ],
  [
    200,
    [
      'city/budget.txt:7:1  error    unattributed-number  number 2,000 homes in a claim with no source  “About 2,000 homes were without power on Sunday after the…”',
    ],
  ],
  [
    80,
    [
      'city/budget.txt:7:1  error    unattributed-number',
      '    number 2,000 homes in a claim with no source  “About 2,000 homes were…”',
    ],
  ],
  [
    40,
    [
      'city/budget.txt:7:1 error',
      '    unattributed-number',
      '    number 2,000 homes in a claim with',
      '    no source “About 2,000 homes were',
      '    without…”',
    ],
  ],
])('at %i columns: %j', (width, expected) => {
  const lines = findingLines(finding('error'), width, plain);
  expect(lines).toEqual(expected);
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
});

test('the heading counts errors and warnings; severities line up; colour marks errors red, warnings yellow', () => {
  const findings = [finding('error'), finding('warning', { rule: 'hedged-unattributed', message: 'hedged claim' })];
  expect(formatFindingsText(findings, { chalk: plain, width: 200 }).split('\n')).toEqual([
    'Findings (2): 1 error, 1 warning',
    'city/budget.txt:7:1  error    unattributed-number  number 2,000 homes in a claim with no source  “About 2,000 homes were without power on Sunday after the…”',
    'city/budget.txt:7:1  warning  hedged-unattributed  hedged claim  “About 2,000 homes were without power on Sunday after the…”',
    '',
  ]);
  const colour = new Chalk({ level: 1 });
  const out = formatFindingsText(findings, { chalk: colour, width: 200 });
  expect(out).toContain(`  ${colour.red('error  ')}  unattributed-number`);
  expect(out).toContain(`  ${colour.yellow('warning')}  hedged-unattributed`);
  expect(formatFindingsText([], { chalk: plain, width: 80 })).toBe('No findings.\n');
  expect(formatFindingsText([finding('warning')], { chalk: plain, width: 80 }).split('\n')[0]).toBe(
    'Findings (1): 1 warning',
  );
});

test.each([200, 120, 80, 40, 20])('after the table at --width %i, no line of the findings is wider', (width) => {
  const out = formatTable([sampleDocument()], {
    chalk: plain,
    width,
    findings: [finding('error'), finding('warning')],
  });
  const findings = out.slice(out.indexOf('Findings ('));
  for (const line of findings.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
});
