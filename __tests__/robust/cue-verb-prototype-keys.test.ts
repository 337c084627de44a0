/** Config cue verbs that are `Object.prototype` keys must be plain verbs, not prototype lookups. */
import { buildCueVerbTable } from '../../src/lexicon/cue-verbs.js';

describe('buildCueVerbTable with prototype-key verbs', () => {
  test('a config cue verb named "constructor" maps its own forms and adds no non-string key', () => {
    const table = buildCueVerbTable(['constructor']);
    expect(table.get('constructor')).toEqual({ base: 'constructor', cueClass: 'speech' });
    expect(table.get('constructors')).toEqual({ base: 'constructor', cueClass: 'speech' });
    expect([...table.keys()].filter((key) => typeof key !== 'string')).toEqual([]);
  });

  test('"valueOf", "hasOwnProperty" and "__proto__" do not throw either', () => {
    const table = buildCueVerbTable(['valueOf', 'hasOwnProperty', '__proto__']);
    expect(table.get('valueof')).toEqual({ base: 'valueof', cueClass: 'speech' });
    expect(table.get('hasownproperty')).toEqual({ base: 'hasownproperty', cueClass: 'speech' });
    expect(table.get('__proto__')).toEqual({ base: '__proto__', cueClass: 'speech' });
    expect([...table.keys()].filter((key) => typeof key !== 'string')).toEqual([]);
  });
});
