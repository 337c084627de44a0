/** Bounded memory for the most quoted names: pruning keeps the most quoted, and its work stays linear. */
import { CorpusAggregate } from '../../../src/report/corpus/aggregate.js';
import { claim, doc, source } from './corpus.js';

/** A document in which one person is quoted twice. */
const twice = (id: string, name: string) =>
  doc(id, [source('s1', name, 'person', 'female')], [claim('quote', 's1'), claim('reported', 's1')]);

describe('pruning the names followed (cap 100)', () => {
  const CAP = 100;
  const DOCUMENTS = 2000;
  const aggregate = new CorpusAggregate(null, CAP);
  // Every name is quoted twice, so none is a one-claim name; every tenth document quotes Ruth Okafor.
  for (let i = 0; i < DOCUMENTS; i += 1)
    aggregate.add(twice(`d${i}`, i % 10 === 0 ? 'Ruth Okafor' : `Person ${String(i).padStart(4, '0')}`));

  test('amortised: the names looked at by pruning are at most twice the documents added', () => {
    // Pruning on every document past the cap would look at about (DOCUMENTS - CAP) × CAP names: 190,000 here.
    expect(aggregate.pruneWork).toBeGreaterThan(0);
    expect(aggregate.pruneWork).toBeLessThanOrEqual(2 * DOCUMENTS);
  });

  test('the most quoted survive with their whole counts', () => {
    const top = aggregate.summary().overall.topPeople[0];
    expect([top.name, top.claims, top.documents]).toEqual(['Ruth Okafor', 2 * (DOCUMENTS / 10), DOCUMENTS / 10]);
  });

  test('below the cap nothing is pruned', () => {
    const small = new CorpusAggregate(null, CAP);
    for (let i = 0; i < CAP; i += 1) small.add(twice(`d${i}`, `Person ${i}`));
    expect(small.pruneWork).toBe(0);
  });
});
