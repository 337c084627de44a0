import { CorpusAggregate, NO_GROUP } from '../../../src/report/corpus/aggregate.js';
import type { Source } from '../../../src/types.js';
import { quotedPeople } from '../../../src/report/quoted-people.js';
import { claim, corpus, doc, source } from './corpus.js';

describe('aggregation over a small corpus with known answers', () => {
  const aggregate = new CorpusAggregate('outlet');
  for (const { document, outlet } of corpus) aggregate.add(document, outlet);
  const summary = aggregate.summary();

  test('groups in name order; a document without the field goes to (none)', () => {
    expect(summary.groupBy).toBe('outlet');
    expect(summary.groups.map((g) => [g.group, g.documents])).toEqual([
      [NO_GROUP, 1],
      ['Courier', 1],
      ['Ledger', 2],
    ]);
  });

  test('overall counts', () => {
    const all = summary.overall;
    expect(all.group).toBe('all');
    expect(all.documents).toBe(4);
    expect(all.claims).toEqual({ quote: 5, 'partial-quote': 1, reported: 4, unattributed: 2 });
    expect(all.sources).toEqual({ person: 6, organization: 1, media: 0, group: 0, anonymous: 1, unknown: 0 });
    // Okafor twice (two documents), Nair, Baird; Lee says nothing; Sam Reyes unknown.
    expect(all.people).toEqual({ female: 3, male: 1, unknown: 1 });
    expect(all.shareWomen).toBe(0.75);
    expect([all.attributedClaims, all.anonymousClaims, all.noSourceClaims]).toEqual([10, 1, 1]);
    expect(all.shareAnonymous).toBe(0.1);
    expect(all.shareNoSource).toBe(0.1);
    // 8 per cent (unattributed sentence), 2021 and 40 (the sourceless quote).
    expect(all.unattributedNumbers).toBe(3);
  });

  test('the most quoted, merged across documents by name', () => {
    expect(summary.overall.topPeople.map((t) => [t.name, t.claims, t.documents, t.gender])).toEqual([
      ['Ruth Okafor', 3, 2, { female: 2, male: 0, unknown: 0 }],
      ['Priya Nair', 2, 1, { female: 1, male: 0, unknown: 0 }],
      ['Sam Reyes', 1, 1, { female: 0, male: 0, unknown: 1 }],
      ['Tom Baird', 1, 1, { female: 0, male: 1, unknown: 0 }],
    ]);
    expect(summary.overall.topOrganizations.map((t) => [t.name, t.kind, t.claims])).toEqual([
      ['Coastal Ferries', 'organization', 1],
    ]);
  });

  test('per group', () => {
    const ledger = summary.groups.find((g) => g.group === 'Ledger')!;
    expect(ledger.people).toEqual({ female: 2, male: 1, unknown: 0 });
    expect(ledger.shareWomen).toBeCloseTo(2 / 3, 12);
    expect(ledger.topPeople.map((t) => t.name)).toEqual(['Ruth Okafor', 'Tom Baird']);
    const none = summary.groups.find((g) => g.group === NO_GROUP)!;
    expect([none.people, none.shareWomen]).toEqual([{ female: 0, male: 0, unknown: 1 }, null]);
  });

  test('without grouping only the overall figures', () => {
    const plain = new CorpusAggregate();
    for (const { document } of corpus) plain.add(document);
    expect(plain.summary().groups).toEqual([]);
    expect(plain.summary().overall).toEqual(summary.overall);
  });

  test('an empty corpus', () => {
    const empty = new CorpusAggregate('outlet').summary();
    expect(empty.overall).toMatchObject({ documents: 0, shareWomen: null, shareAnonymous: null, topPeople: [] });
  });

  test('a source of a kind that is not counted among the most quoted (group) is left out of them', () => {
    const group: Source = { id: 's1', name: 'residents', kind: 'group', mentions: [] };
    const a = new CorpusAggregate();
    a.add({
      id: 'g',
      path: '',
      sources: [group],
      claims: [{ ...corpus[0].document.claims[0], source: 's1' }],
      diagnostics: [],
    });
    expect(a.summary().overall.topOrganizations).toEqual([]);
    expect(a.summary().overall.sources.group).toBe(1);
  });

  test('people are counted as the evaluation counts them (quotedPeople): the same figures on the corpus', () => {
    const expected = { female: 0, male: 0, unknown: 0 };
    for (const { document } of corpus) {
      const people = quotedPeople(document);
      for (const gender of ['female', 'male', 'unknown'] as const) expected[gender] += people[gender].size;
    }
    expect(summary.overall.people).toEqual(expected);
  });

  test('names merge by case, spacing and punctuation: a straight and a curly apostrophe are one person', () => {
    const a = new CorpusAggregate();
    a.add(doc('one', [source('s1', "Seamus O'Regan", 'person', 'male')], [claim('quote', 's1')]));
    a.add(doc('two', [source('s1', 'seamus  O\u2019Regan', 'person', 'male')], [claim('reported', 's1')]));
    expect(a.summary().overall.topPeople.map((t) => [t.name, t.claims, t.documents])).toEqual([
      ["Seamus O'Regan", 2, 2],
    ]);
  });

  test.each([
    ['a belief', 'belief', 0],
    ['an intention', 'intention', 0],
    ['evidence', 'evidence', 0],
    ['speech', undefined, 1],
  ] as const)('a person whose only claim reports %s is quoted: %s people', (_, cueClass, quoted) => {
    const a = new CorpusAggregate();
    const thought = { ...claim('reported', 's1'), ...(cueClass ? { cueClass } : {}) };
    a.add(doc('one', [source('s1', 'Dana Moran', 'person', 'female')], [thought]));
    expect(a.summary().overall.people).toEqual({ female: quoted, male: 0, unknown: 0 });
  });

  test.each([
    ['a noun phrase ("the mayor thanked the crew")', 'phrase', 0],
    ['a clause ("the mayor said the crew was tired")', 'clause', 1],
  ] as const)('a person whose only claim of speech reports %s is quoted: %s people', (_, content, quoted) => {
    const a = new CorpusAggregate();
    a.add(doc('one', [source('s1', 'Dana Moran', 'person', 'female')], [{ ...claim('reported', 's1'), content }]));
    expect(a.summary().overall.people).toEqual({ female: quoted, male: 0, unknown: 0 });
  });

  test('a person with a belief and a quote is quoted', () => {
    const a = new CorpusAggregate();
    const thought = { ...claim('reported', 's1'), cueClass: 'belief' as const };
    a.add(doc('one', [source('s1', 'Dana Moran', 'person', 'female')], [thought, claim('quote', 's1')]));
    expect(a.summary().overall.people).toEqual({ female: 1, male: 0, unknown: 0 });
  });

  test('one name given both genders by two sources of a document: one person, of unknown gender', () => {
    const a = new CorpusAggregate();
    a.add(
      doc(
        'mixed',
        [source('s1', 'Sam Reyes', 'person', 'female'), source('s2', 'Sam Reyes', 'person', 'male')],
        [claim('quote', 's1'), claim('reported', 's2')],
      ),
    );
    expect(a.summary().overall.people).toEqual({ female: 0, male: 0, unknown: 1 });
  });
});
