/**
 * Bytes to text. UTF-8 (a BOM is stripped), UTF-16 with a BOM; invalid UTF-8 is an error that names the
 * byte offset, unless `lenient`, where bad bytes become U+FFFD. Line endings are kept as they are:
 * offsets refer to the decoded text.
 */

/** Why a byte sequence could not be read as text. */
export class DecodeError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Whether the bytes look binary: a NUL byte in the first 8 KB (as git and ripgrep judge). */
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decode the bytes of one input. Throws DecodeError with a readable reason. */
export function decode(bytes: Uint8Array, options: { lenient?: boolean } = {}): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (looksBinary(body) && !options.lenient) throw new DecodeError('binary file (contains NUL bytes); not text');
  if (!options.lenient) {
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      const offset = bad + (body === bytes ? 0 : 3);
      throw new DecodeError(`invalid UTF-8 at byte ${offset} (use --lenient to replace bad bytes)`);
    }
  }
  return new TextDecoder('utf-8').decode(body);
}
