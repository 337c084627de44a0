/** Drift matched by what claims are, not where: edits that only move positions are one line. */
import { extract } from '../../src/pipeline.js';
import {
  contrast,
  documentDrift,
  driftEntries,
  firstDifference,
  normaliseText,
  onlyPositionsMoved,
} from '../../src/report/drift.js';
import type { DocumentResult } from '../../src/types.js';

const ARTICLE = [
  'Bridge Opens Late',
  '',
  'The city council met on Tuesday for the first time since June.',
  '',
  '"We will open the new bridge in May," Mayor Ann Lee said.',
  '',
  'Officials said the project cost about $4 million.',
  '',
  'According to the transport department, traffic on the old road fell by 20 percent.',
  '',
  '"Nobody asked us about the noise," said Tom Rivera, who runs a bakery near the site.',
  '',
].join('\n');

const golden = extract(ARTICLE, { path: 'bridge.txt' });
const drift = (text: string) => documentDrift(golden, extract(text, { path: 'bridge.txt' }));

test('the golden article itself has the four claims these tests edit around', () => {
  expect(golden.claims.map((c) => `${c.kind} ${c.text}`)).toEqual([
    'quote We will open the new bridge in May,',
    'reported the project cost about $4 million',
    'reported traffic on the old road fell by 20 percent',
    'quote Nobody asked us about the noise,',
  ]);
});

test('a one-word edit before every claim: one line saying only positions moved, no claim removed or added', () => {
  const edited = ARTICLE.replace('met on Tuesday', 'met late on Tuesday');
  const entries = driftEntries(golden, extract(edited, { path: 'bridge.txt' }));
  expect(entries.map((e) => e.text)).toEqual([
    '= positions moved for 4 claims, 4 source mentions (only positions moved, the claims are the same)',
  ]);
  expect(onlyPositionsMoved(entries)).toBe(true);
});

test('a one-word edit inside one claim: that claim changed, the later ones only moved', () => {
  const edited = ARTICLE.replace('the project cost about', 'the whole project cost about');
  expect(drift(edited)).toEqual([
    '~ c2 [157-196] text: "the project cost about $4 million" → "the whole project cost about $4 million"',
    '= positions moved for 2 claims, 2 source mentions (otherwise the same)',
  ]);
});

test('a sentence removed early: one claim removed, nothing else but moved positions', () => {
  const edited = ARTICLE.replace('Officials said the project cost about $4 million.\n\n', '');
  const lines = drift(edited);
  expect(lines).toEqual([
    '- c2 reported [157-190] Officials, cue "said": “the project cost about $4 million”',
    '- source "Officials" (group, 1 mention)',
    '= positions moved for 2 claims, 2 source mentions (otherwise the same)',
  ]);
});

test('a claim whose source changed is one changed line naming the fields', () => {
  const edited = ARTICLE.replace('Mayor Ann Lee said', 'Mayor Ann Leigh said');
  expect(drift(edited)).toEqual([
    '~ c1 [84-119] source: "Ann Lee" → "Ann Leigh"; mention: "Mayor Ann Lee" → "Mayor Ann Leigh"',
    '- source "Ann Lee" (person, 1 mention, title Mayor)',
    '+ source "Ann Leigh" (person, 1 mention, title Mayor)',
    '= positions moved for 3 claims, 3 source mentions (otherwise the same)',
  ]);
});

test('identical documents have no drift; path and id are ignored', () => {
  expect(documentDrift(golden, extract(ARTICLE, { path: 'elsewhere/bridge.txt' }))).toEqual([]);
});

test('drift entries carry the line and column of the claim in the new article', () => {
  const edited = ARTICLE.replace('Nobody asked us', 'Nobody ever asked us');
  const [changed] = driftEntries(golden, extract(edited, { path: 'bridge.txt' }));
  expect(changed).toMatchObject({ change: 'changed', subject: 'claim', line: 11, column: 2 });
});

test.each([
  ['  Said   “this”\n— now ', 'said "this" - now'],
  ['Plain', 'plain'],
])('normaliseText(%j) = %j', (text, expected) => {
  expect(normaliseText(text)).toBe(expected);
});

test('long values that differ only near their end are never shown as two equal sides', () => {
  const before = `${'The committee reviewed every contract in detail '.repeat(2)}and found 12 errors`;
  const after = `${'The committee reviewed every contract in detail '.repeat(2)}and found 13 errors`;
  const [b, a] = contrast(before, after);
  expect(b).not.toBe(a);
  expect(b).toBe('…n detail and found 12 errors');
  expect(a).toBe('…n detail and found 13 errors');
  expect(contrast('short', 'other')).toEqual(['short', 'other']);
});

/** Page furniture, neutral quotes, dateline, byline and a source's gender: each change named with its field. */
test.each<[string, (d: DocumentResult) => void, string[]]>([
  [
    'a dateline zone added',
    (d) => d.zones?.push({ kind: 'dateline', text: 'WASHINGTON (Reuters) -', start: 19, end: 41 }),
    ['~ zones: 1 → 2 (+ dateline "WASHINGTON (Reuters) -")'],
  ],
  [
    'the headline zone reworded',
    (d) => Object.assign(d.zones?.[0] ?? {}, { text: 'Bridge Opens Even Later', end: 23 }),
    ['~ zones: headline "Bridge Opens Late" → "Bridge Opens Even Later"'],
  ],
  [
    'the headline zone only moved',
    (d) => Object.assign(d.zones?.[0] ?? {}, { start: 1, end: 18 }),
    ['= positions moved for 1 zone (only positions moved, the claims are the same)'],
  ],
  [
    'a neutral quote found',
    (d) => (d.neutralQuotes = [{ kind: 'scare', text: 'river crossing', start: 66, end: 80 }]),
    ['~ neutralQuotes: 0 → 1 (+ scare "river crossing")'],
  ],
  [
    'a dateline found',
    (d) =>
      (d.dateline = { text: 'WASHINGTON (Reuters) -', start: 19, end: 41, place: 'WASHINGTON', agency: 'Reuters' }),
    ['~ dateline: none → "WASHINGTON (Reuters) -" (place "WASHINGTON", agency "Reuters")'],
  ],
  [
    'a byline that names another writer',
    (d) => (d.byline = { text: 'By Ann Lee', start: 19, end: 29, name: 'Ann Lee' }),
    ['~ byline: none → "By Ann Lee" (name "Ann Lee")'],
  ],
  [
    "a person's gender and its evidence",
    (d) => {
      d.sources[0].gender = 'female';
      d.sources[0].genderEvidence = [{ kind: 'pronoun', gender: 'female', text: 'she', start: 120, end: 123 }];
    },
    ['~ source "Ann Lee": gender null → "female"; gender evidence none → pronoun "she" (female)'],
  ],
  [
    'claims in another order',
    (d) => d.claims.reverse(),
    ['~ same claims and sources, but the file differs at claims[0].id: "c1" → "c4"'],
  ],
  [
    "a field the claim lines do not show (a number's kind)",
    (d) => (d.claims[1].numbers[0].kind = 'count'),
    ['~ same claims and sources, but the file differs at claims[1].numbers[0].kind: "money" → "count"'],
  ],
])('%s', (_what, edit, expected) => {
  const actual = structuredClone(golden);
  edit(actual);
  expect(documentDrift(golden, actual)).toEqual(expected);
});

test('a changed document field is a "changed" entry about the document', () => {
  const actual = structuredClone(golden);
  actual.dateline = { text: 'PARIS -', start: 19, end: 26, place: 'PARIS' };
  expect(driftEntries(golden, actual)).toEqual([
    { change: 'changed', subject: 'document', text: '~ dateline: none → "PARIS -" (place "PARIS")' },
  ]);
});

test.each([
  [{ a: [1, 2] }, { a: [1, 3] }, 'a[1]: 2 → 3'],
  [{ a: [1, 2] }, { a: [1, 2, 3] }, 'a: 2 items → 3 items'],
  [{ a: { b: 'x' } }, { a: {} }, 'a.b: "x" → none'],
  [{ a: 1 }, { a: 1 }, null],
])('firstDifference(%j, %j) = %j', (before, after, expected) => {
  expect(firstDifference(before, after)).toBe(expected);
});
