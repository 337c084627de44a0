/** The example article every change must still get right, checked fact by fact (besides its golden file). */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { extract } from '../src/pipeline.js';

const text = readFileSync('fixtures/syria-clashes.txt', 'utf8');
const document = extract(text, { path: 'syria-clashes.txt' });
const sourceName = (id: string | null) => document.sources.find((s) => s.id === id)?.name ?? null;
const claimStarting = (prefix: string) => document.claims.find((c) => c.text.startsWith(prefix));

describe('syria-clashes.txt', () => {
  test('all six quoted statements are found with their speakers', () => {
    const quotes = document.claims
      .filter((c) => c.kind === 'quote')
      .map((c) => [c.text.slice(0, 30), sourceName(c.source)]);
    expect(quotes).toEqual([
      ['There have been various engage', 'James Jeffrey'],
      ['Can I ask you for some details', 'Russian journalist'],
      ['There have been various engage', 'James Jeffrey'],
      ['Again, we are continuing our m', 'James Jeffrey'],
      ['We don’t comment on specific m', 'James Jeffrey'],
      ['As appropriate — and this has ', 'James Jeffrey'],
    ]);
  });

  test('every Jeffrey mention resolves to one source, titled Ambassador, "The U.S. official" among them', () => {
    const jeffrey = document.sources.filter((s) => s.name.includes('Jeffrey'));
    expect(jeffrey).toHaveLength(1);
    expect(jeffrey[0]).toMatchObject({ name: 'James Jeffrey', kind: 'person', title: 'Ambassador' });
    expect(jeffrey[0].mentions.map((m) => m.text)).toEqual([
      'Ambassador James Jeffrey',
      'The U.S. official',
      'Jeffrey',
      'Jeffrey',
      'Jeffrey',
      'Jeffrey',
      'Jeffrey',
    ]);
    expect(sourceName(claimStarting('the information during')?.source ?? null)).toEqual('James Jeffrey');
  });

  test('the reported claims carry their sources and cues', () => {
    const reported = (prefix: string) => {
      const claim = claimStarting(prefix);
      return claim && [claim.kind, sourceName(claim.source), claim.cue?.text];
    };
    expect(reported('American troops have engaged')).toEqual(['reported', 'James Jeffrey', 'confirmed']);
    expect(reported('they believed Russian')).toEqual(['reported', 'U.S.', 'stated']);
    expect(reported('the Russian mercenaries involved')).toEqual(['reported', 'Military Times', 'reported']);
    expect(reported('before the February airstrike')).toEqual(['reported', 'Military Times', 'according to']);
    expect(reported('they would not engage')).toEqual(['reported', 'Russia', 'responded']);
    expect(reported('well in advance of the attack')).toEqual(['partial-quote', 'Military Times', 'according to']);
  });

  test('the source kinds are told apart', () => {
    const kinds = Object.fromEntries(document.sources.map((s) => [s.name, s.kind]));
    expect(kinds).toMatchObject({
      'James Jeffrey': 'person',
      'Russian journalist': 'anonymous',
      journalists: 'group',
      'U.S.': 'organization',
      'Military Times': 'media',
      Russia: 'organization',
    });
  });

  test('numbers carry their modifiers', () => {
    const numbers = document.claims.flatMap((c) =>
      c.numbers.map((n) => [c.kind, n.text, n.value, n.low, n.high, n.unit, n.approximate, n.bound, n.kind]),
    );
    expect(numbers).toEqual([
      ['quote', 'about a dozen', 12, undefined, undefined, 'times', true, null, 'count'],
      ['reported', 'from 2014 to 2017', 2014, 2014, 2017, undefined, false, null, 'range'],
      ['reported', 'up to 200', 200, undefined, 200, 'attackers', false, 'upper', 'count'],
      ['unattributed', 'one', 1, undefined, undefined, 'fighter', false, null, 'count'],
    ]);
  });

  test('the hedged claims are listed with no source', () => {
    const hedged = document.claims
      .filter((c) => c.hedges.length > 0)
      .map((c) => [c.kind, c.source, c.hedges.map((h) => h.text)]);
    expect(hedged).toEqual([
      ['reported', null, ['reportedly']],
      ['unattributed', null, ['have been accused of']],
      ['reported', null, ['reportedly']],
    ]);
  });

  test('T-55 and T-72 are not numbers', () => {
    const numbers = document.claims.flatMap((c) => c.numbers.map((n) => n.text));
    expect(numbers.some((n) => /T-/.test(n) || n === '55' || n === '72')).toBe(false);
  });
});
