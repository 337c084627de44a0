import { tuneV8, tuningToApply, V8_TUNING } from '../../src/v8-tuning.js';

describe('V8 tuning', () => {
  test('applies every tuning flag when the user set none', () => {
    expect(tuningToApply([], '')).toEqual([...V8_TUNING]);
    expect(tuningToApply(['--enable-source-maps'], '--max-old-space-size=4096')).toEqual([...V8_TUNING]);
  });

  test('a flag the user gave on the command line or in NODE_OPTIONS is left alone', () => {
    expect(tuningToApply(['--max-inlined-bytecode-size-cumulative=920'], '')).toEqual([]);
    expect(tuningToApply([], '--max_inlined_bytecode_size_cumulative=920')).toEqual([]);
    expect(tuneV8(['--max-inlined-bytecode-size-cumulative=920'], '')).toEqual([]);
  });

  test('tuneV8 sets the flags without throwing and says which', () => {
    expect(tuneV8([], '')).toEqual([...V8_TUNING]);
  });
});
