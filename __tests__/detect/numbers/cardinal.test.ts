import { parseNumberWords } from '../../../src/detect/numbers/cardinal.js';

describe('parseNumberWords', () => {
  test.each<[string[], number | null]>([
    [['twenty-five'], 25],
    [['three', 'hundred', 'and', 'twenty', 'thousand', 'five', 'hundred'], 320500],
    [['a', 'dozen'], 12],
    [['a', 'hundred'], 100],
    [['two', 'million'], 2000000],
    [['fifteen', 'hundred'], 1500],
    [['one', 'one'], null],
    [['three', 'thousand', 'two', 'million'], null],
    [['a'], null],
    [['hundred', 'people'], null],
  ])('%j → %p', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });
});
