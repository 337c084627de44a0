import { describe, expect, test } from '@jest/globals';
import { buildCueVerbTable } from '../../src/lexicon/cue-verbs.js';

describe('cue verb table', () => {
  const table = buildCueVerbTable(['quip', 'mutter']);
  test.each([
    ['said', 'say', 'speech'],
    ['told', 'tell', 'speech'],
    ['tweeted', 'tweet', 'speech'],
    ['admitted', 'admit', 'speech'],
    ['denies', 'deny', 'speech'],
    ['according', undefined, undefined],
    ['quipped', 'quip', 'speech'],
    ['quips', 'quip', 'speech'],
    ['muttered', 'mutter', 'speech'],
    ['believes', 'believe', 'belief'],
    ['thought', 'think', 'belief'],
    ['showed', 'show', 'evidence'],
    ['sought', 'seek', 'belief'],
    ['blasted', 'blast', 'speech'],
    ['slammed', 'slam', 'speech'],
    ['supported', 'support', 'speech'],
    ['attacked', undefined, undefined],
  ])('%s -> %s (%s)', (form, base, cueClass) => {
    const entry = table.get(form);
    expect(entry?.base).toBe(base);
    expect(entry?.cueClass).toBe(cueClass);
  });
});
