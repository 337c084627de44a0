import { aggregateGender, scoreGender } from '../../src/eval/gender.js';
import { cleanName, quotedPeople } from '../../src/report/quoted-people.js';
import type { Source } from '../../src/types.js';
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../../src/cli/io.js';
import { at, claim, gold, result } from './build.js';

describe('names as the Gender Gap Tracker compares them', () => {
  test.each([
    ['Murray Sinclair ', 'murray sinclair'],
    ["Seamus O'Regan", 'seamus oregan'],
    ['Anne-Marie  Cerato', 'annemarie cerato'],
    ['Dr. Ola Brandt', 'dr ola brandt'],
    ['  ', ''],
  ])('%j -> %j', (name, cleaned) => {
    expect(cleanName(name)).toBe(cleaned);
  });
});

const text = '“No,” said Ruth Okafor. Tom Baird agreed. Sam Lee said yes. The union said no. Kim Ward was there.';
const person = (id: string, name: string, gender: 'female' | 'male' | null): Source => ({
  id,
  name,
  kind: 'person',
  mentions: [at(text, name)],
  gender,
  genderEvidence: [],
});
const sources: Source[] = [
  person('s1', 'Ruth Okafor', 'female'),
  person('s2', 'Tom Baird', 'male'),
  person('s3', 'Sam Lee', null),
  { id: 's4', name: 'union', kind: 'organization', mentions: [at(text, 'The union')] },
  person('s5', 'Kim Ward', 'female'),
];
const doc = result(
  'd',
  [
    claim('c1', 'quote', at(text, 'No,'), { source: 's1' }),
    claim('c2', 'reported', at(text, 'agreed'), { source: 's2' }),
    claim('c3', 'reported', at(text, 'yes'), { source: 's3' }),
    claim('c4', 'reported', at(text, 'no'), { source: 's4' }),
    // Kim Ward is named but says nothing: not quoted.
    claim('c5', 'unattributed', at(text, 'Kim Ward was there.')),
  ],
  sources,
);

describe('the people a document quotes', () => {
  test('person sources with an attributed claim, by gender; organizations and the unquoted left out', () => {
    expect(quotedPeople(doc)).toEqual({
      female: new Set(['ruth okafor']),
      male: new Set(['tom baird']),
      unknown: new Set(['sam lee']),
    });
  });

  test('one name given both genders by two sources counts once, as unknown', () => {
    const twice = result('d', doc.claims, [...sources, { ...person('s6', 'Ruth Okafor', 'male') }]);
    twice.claims.push(claim('c6', 'reported', at(text, 'yes'), { source: 's6' }));
    expect(quotedPeople(twice).unknown).toEqual(new Set(['sam lee', 'ruth okafor']));
  });
});

describe('scoring per article and per outlet', () => {
  test('no gender lists in the gold: no gender score', () => {
    expect(scoreGender(gold('d', text), doc)).toBeNull();
  });

  test.each([
    // [gold lists, expected counts per class]
    [
      { sourcesFemale: ['Ruth Okafor'], sourcesMale: ['Tom Baird'], sourcesUnknown: ['Sam Lee'] },
      { female: [1, 1, 1], male: [1, 1, 1], unknown: [1, 1, 1] },
    ],
    [
      { sourcesFemale: ['Ruth Okafor', 'Kim Ward'], sourcesMale: ['Sam Lee'] },
      { female: [2, 1, 1], male: [1, 1, 0], unknown: [0, 1, 0] },
    ],
    [
      { sourcesFemale: ['RUTH OKAFOR.'], sourcesMale: [] },
      { female: [1, 1, 1], male: [0, 1, 0], unknown: [0, 1, 0] },
    ],
  ])('%j', (lists, expected) => {
    const score = scoreGender(gold('d', text, { meta: { outlet: 'Ledger', ...lists } }), doc);
    const counts = Object.fromEntries(
      Object.entries(score!.counts).map(([c, n]) => [c, [n.gold, n.predicted, n.matched]]),
    );
    expect(counts).toEqual(expected);
  });

  test('sums over articles; share of women per outlet among people of known gender', () => {
    const counts = (f: number[], m: number[]) => ({
      female: { gold: f[0], predicted: f[1], matched: f[2] },
      male: { gold: m[0], predicted: m[1], matched: m[2] },
      unknown: { gold: 0, predicted: 1, matched: 0 },
    });
    const metrics = aggregateGender([
      { outlet: 'Ledger', counts: counts([1, 1, 1], [3, 2, 2]) },
      { outlet: 'Courier', counts: counts([2, 1, 1], [2, 2, 1]) },
      { outlet: 'Ledger', counts: counts([0, 1, 0], [1, 1, 1]) },
    ]);
    expect(metrics.classes.female).toMatchObject({ gold: 3, predicted: 3, matched: 2 });
    expect(metrics.classes.female.f1).toBeCloseTo(2 / 3, 12);
    expect(metrics.classes.male).toMatchObject({ gold: 6, predicted: 5, matched: 4, precision: 0.8 });
    expect(metrics.outlets).toEqual([
      {
        outlet: 'Courier',
        documents: 1,
        predicted: { female: 1, male: 2, share: 1 / 3 },
        gold: { female: 2, male: 2, share: 0.5 },
        difference: 1 / 3 - 0.5,
      },
      {
        outlet: 'Ledger',
        documents: 2,
        predicted: { female: 2, male: 3, share: 0.4 },
        gold: { female: 1, male: 4, share: 0.2 },
        difference: 0.4 - 0.2,
      },
    ]);
  });
});

/*
 * fixtures/eval/named-pieces.jsonl lists Okafor and Nair as women, Baird as a man, Jordan Lee as unknown. The
 * article calls Okafor "She" and Nair "a spokeswoman"; it gives Baird ("librarian Tom Baird") no gender, and
 * only the first-name lists know Tom; Jordan is in both lists.
 */
describe('whosaid eval: the gender scores', () => {
  test.each([
    [[], { gold: 1, predicted: 0, matched: 0 }, { gold: 1, predicted: 2, matched: 1 }],
    [['--gender-names'], { gold: 1, predicted: 1, matched: 1 }, { gold: 1, predicted: 1, matched: 1 }],
  ])('%j', async (args, male, unknown) => {
    const io = memoryIo();
    expect(await run(['eval', 'fixtures/eval/named-pieces.jsonl', '--format', 'json', ...args], io)).toBe(0);
    const { gender } = JSON.parse(io.stdout);
    expect(gender.female).toEqual({ gold: 2, predicted: 2, matched: 2, precision: 1, recall: 1, f1: 1 });
    expect(gender.male).toMatchObject(male);
    expect(gender.unknown).toMatchObject(unknown);
    expect(gender.outlets.map((o: { outlet: string }) => o.outlet)).toEqual(['Coast Courier', 'Daily Ledger']);
  });

  test('the table shows the gender scores and the shares per outlet', async () => {
    const io = memoryIo();
    expect(await run(['eval', 'fixtures/eval/named-pieces.jsonl'], io)).toBe(0);
    expect(io.stdout).toContain('gender (Gender Gap Tracker rule): 2 documents with annotated people');
    expect(io.stdout).toMatch(/│ Daily Ledger\s+│\s+1 │\s+1\/0 │\s+1\.000 │\s+1\/1 │\s+0\.500 │\s+\+0\.500 │/);
  });

  test('gold without gender lists prints no gender part', async () => {
    const io = memoryIo();
    expect(await run(['eval', 'fixtures/eval/small.jsonl', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).gender).toBeUndefined();
  });
});
