/** Drift matched by what claims are, not where: edits that only move positions are one line. */
import { extract } from '../../src/pipeline.js';
import { contrast, documentDrift, driftEntries, normaliseText, onlyPositionsMoved } from '../../src/report/drift.js';

const ARTICLE = [
  'Bridge Opens Late',
  '',
  'The city council met on Tuesday to discuss the river crossing.',
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
