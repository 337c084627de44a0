import { decode, DecodeError } from '../../src/read/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('decode: UTF-8', () => {
  test('plain UTF-8 decodes as is, keeping CRLF', () => {
    expect(decode(Buffer.from('Jeffrey said “no.”\r\n', 'utf8'))).toBe('Jeffrey said “no.”\r\n');
  });

  test('a UTF-8 BOM is stripped, a second U+FEFF is kept as text', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, ...ascii('hi')))).toBe('hi');
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...ascii('a')))).toBe('\ufeffa');
  });

  test('empty input is the empty text', () => {
    expect(decode(bytes())).toBe('');
  });

  test.each([
    ['a lone continuation byte', bytes(0x61, 0x62, 0x80, 0x63), 2],
    ['an invalid lead byte', bytes(0x61, 0xff), 1],
    ['an overlong encoding of "/"', bytes(0x61, 0xc0, 0xaf), 1],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['an encoded surrogate', bytes(0x41, 0x42, 0x43, 0xed, 0xa0, 0x80), 3],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut off at the end', bytes(0x61, 0xe2, 0x82), 1],
    ['a lead byte followed by ASCII', bytes(0x61, 0xc3, 0x28), 1],
  ])('%s is an error naming the byte offset', (_name, input, offset) => {
    expect(() => decode(input)).toThrow(
      new DecodeError(`invalid UTF-8 at byte ${offset} (use --lenient to replace bad bytes)`),
    );
  });

  test('the offset counts the BOM', () => {
    expect(() => decode(bytes(0xef, 0xbb, 0xbf, 0x61, 0xc3, 0x28))).toThrow('invalid UTF-8 at byte 4 ');
  });

  test('lenient decoding replaces each bad sequence with U+FFFD and keeps the rest', () => {
    expect(decode(bytes(0x61, 0xff, 0x62, 0xc3, 0x28), { lenient: true })).toBe('a\ufffdb\ufffd(');
  });

  test('a valid four-byte character (emoji) decodes to a surrogate pair', () => {
    expect(decode(bytes(0xf0, 0x9f, 0x91, 0x8d))).toBe('👍');
  });
});

describe('decode: binary', () => {
  test('a NUL byte in the first 8 KB makes the file binary', () => {
    expect(() => decode(bytes(0x68, 0x00, 0x69))).toThrow(
      new DecodeError('binary file (contains NUL bytes); not text'),
    );
  });

  test('binary stays an error under --lenient: NUL is valid UTF-8, so there is nothing to replace', () => {
    expect(() => decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00), { lenient: true })).toThrow('binary file');
  });

  test('a NUL after the first 8 KB is not looked for (as git and ripgrep): the text keeps it', () => {
    const input = new Uint8Array(9000).fill(0x61);
    input[8500] = 0;
    const text = decode(input);
    expect(text.length).toBe(9000);
    expect(text[8500]).toBe('\u0000');
  });

  test('UTF-16 without a BOM looks binary', () => {
    expect(() => decode(Buffer.from('hi', 'utf16le'))).toThrow('binary file');
  });
});

describe('decode: UTF-16 with a BOM', () => {
  test('little-endian', () => {
    expect(decode(Buffer.concat([bytes(0xff, 0xfe), Buffer.from('“Yes,” she said. 👍', 'utf16le')]))).toBe(
      '“Yes,” she said. 👍',
    );
  });

  test('big-endian', () => {
    const le = Buffer.from('Путин said “no”', 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(Buffer.concat([bytes(0xfe, 0xff), be]))).toBe('Путин said “no”');
  });

  test('an unpaired surrogate is an error with its byte offset (counting the BOM)', () => {
    expect(() => decode(bytes(0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00))).toThrow(
      new DecodeError('invalid UTF-16LE at byte 4 (use --lenient to replace bad bytes)'),
    );
    expect(() => decode(bytes(0xfe, 0xff, 0xdc, 0x00))).toThrow(
      new DecodeError('invalid UTF-16BE at byte 2 (use --lenient to replace bad bytes)'),
    );
  });

  test('a dangling odd byte is an error, or U+FFFD under --lenient', () => {
    expect(() => decode(bytes(0xff, 0xfe, 0x61, 0x00, 0x62))).toThrow('invalid UTF-16LE at byte 4 ');
    expect(decode(bytes(0xff, 0xfe, 0x61, 0x00, 0x62), { lenient: true })).toBe('a\ufffd');
  });
});
