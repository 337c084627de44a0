import { markup, type MarkupSpan } from '../../src/report/markup.js';

const tag = (name: string, start: number, end: number): MarkupSpan => ({
  start,
  end,
  open: (first) => `<${name}${first ? '' : "'"}>`,
  close: `</${name}>`,
});

test.each([
  ['no spans: escaped text', 'a<b', [], 'a&lt;b'],
  ['nested spans nest, outer first', 'abcdef', [tag('i', 2, 4), tag('o', 1, 5)], 'a<o>b<i>cd</i>e</o>f'],
  ['same start: the longer one is outside', 'abcd', [tag('s', 0, 2), tag('l', 0, 4)], '<l><s>ab</s>cd</l>'],
  [
    'crossing spans: the inner one is closed and reopened',
    'abcdef',
    [tag('x', 0, 4), tag('y', 2, 6)],
    "<x>ab<y>cd</y></x><y'>ef</y>",
  ],
  ['empty and out-of-range spans are ignored', 'ab', [tag('e', 1, 1), tag('z', 1, 9)], 'ab'],
])('%s', (_name, text, spans, expected) => {
  expect(markup(text, spans)).toBe(expected);
});
