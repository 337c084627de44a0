import { errorCount, findingsOf, parseRules } from '../../src/policy/findings.js';
import { sampleDocument } from '../report/sample-document.js';

const doc = sampleDocument();
const short = (rules: Parameters<typeof findingsOf>[1], d = doc) =>
  findingsOf(d, rules).map((f) => `${f.rule} ${f.claim} ${f.line}:${f.column} ${f.message}`);

test('unattributed-number: a number in a claim with no source', () => {
  const d = sampleDocument();
  d.claims[2] = { ...d.claims[2], numbers: [{ ...d.claims[1].numbers[0] }] };
  expect(short(['unattributed-number'], d)).toEqual([
    'unattributed-number c3 3:1 number 200 people in a claim with no source',
  ]);
  expect(short(['unattributed-number'])).toEqual([]);
});

test('unattributed-number: dates, years, spans of years and ordinals in a sourceless claim are no figure', () => {
  const d = sampleDocument();
  const base = d.claims[1].numbers[0];
  const placed = [
    { ...base, text: 'Sept. 11', value: 11, kind: 'date' as const, unit: undefined },
    { ...base, text: '2016', value: 2016, kind: 'year' as const, unit: undefined },
    { ...base, text: '21st', value: 21, kind: 'ordinal' as const, unit: 'century' },
    { ...base, text: 'from 2014 to 2017', value: 2014, low: 2014, high: 2017, kind: 'range' as const, unit: undefined },
  ];
  d.claims[2] = { ...d.claims[2], numbers: placed };
  expect(short(['unattributed-number'], d)).toEqual([]);
  d.claims[2] = { ...d.claims[2], numbers: [...placed, { ...base }] };
  expect(short(['unattributed-number'], d)).toEqual([
    'unattributed-number c3 3:1 number 200 people in a claim with no source',
  ]);
});

test('anonymous-source: the source kind is anonymous', () => {
  expect(short(['anonymous-source'])).toEqual([
    'anonymous-source c2 2:16 claim attributed to an anonymous source (Officials)',
  ]);
});

test('hedged-unattributed: a hedge and no source', () => {
  expect(short(['hedged-unattributed'])).toEqual([
    'hedged-unattributed c3 3:1 hedged claim (reportedly) with no source',
  ]);
});

test('unresolved-speaker: a quote or partial quote with no source', () => {
  expect(short(['unresolved-speaker'])).toEqual([]);
  const d = sampleDocument();
  d.claims[0] = { ...d.claims[0], source: null, kind: 'partial-quote' };
  expect(short(['unresolved-speaker'], d)).toEqual([
    'unresolved-speaker c1 1:22 partial-quote with no resolved speaker',
  ]);
});

test('findings keep claim order, then rule order', () => {
  expect(findingsOf(doc, ['hedged-unattributed', 'anonymous-source']).map((f) => `${f.claim}/${f.rule}`)).toEqual([
    'c2/anonymous-source',
    'c3/hedged-unattributed',
  ]);
});

test('parseRules validates names and suggests the nearest', () => {
  expect(parseRules('anonymous-source, unresolved-speaker,anonymous-source')).toEqual([
    'anonymous-source',
    'unresolved-speaker',
  ]);
  expect(() => parseRules('anonymous-sources')).toThrow(
    "unknown rule 'anonymous-sources' (did you mean 'anonymous-source'?)",
  );
});

test('severity: rules listed as warnings give warnings, the others errors; errorCount counts the errors', () => {
  const found = findingsOf(doc, ['anonymous-source', 'hedged-unattributed'], ['anonymous-source']);
  expect(found.map((f) => `${f.rule} ${f.severity}`)).toEqual([
    'anonymous-source warning',
    'hedged-unattributed error',
  ]);
  expect(errorCount(found)).toBe(1);
  expect(findingsOf(doc, ['anonymous-source']).map((f) => f.severity)).toEqual(['error']);
});

test('unattributed-number: a range of counts is a figure, a span of years is not', () => {
  const d = sampleDocument();
  const base = d.claims[1].numbers[0];
  const range = { ...base, text: '2,000 to 2,500', value: 2000, low: 2000, high: 2500, kind: 'range' as const };
  d.claims[2] = { ...d.claims[2], numbers: [{ ...range, unit: undefined }] };
  expect(short(['unattributed-number'], d)).toEqual([
    'unattributed-number c3 3:1 number 2000–2500 in a claim with no source',
  ]);
  d.claims[2] = { ...d.claims[2], numbers: [{ ...range, text: '2000 to 2500 people', unit: 'people' }] };
  expect(short(['unattributed-number'], d)).toEqual([
    'unattributed-number c3 3:1 number 2000–2500 people in a claim with no source',
  ]);
});
