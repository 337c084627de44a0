/**
 * Bytes to text. UTF-8 (a BOM is stripped), UTF-16 with a BOM; invalid UTF-8 is an error that names the
 * byte offset, unless `lenient`, where bad bytes become U+FFFD. A NUL byte in the first 8 KB means binary: always an
 * error. UTF-16 without a BOM looks binary and is refused. Line endings are kept as they are:
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

/** The first code unit that breaks UTF-16 (an unpaired surrogate or a dangling odd byte), as a byte offset, or -1. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  const whole = bytes.length - (bytes.length % 2);
  for (let i = 0; i < whole; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < whole ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return whole < bytes.length ? whole : -1;
}

/** UTF-16 after its BOM; strict unless lenient, like UTF-8. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, lenient: boolean): string {
  const body = bytes.subarray(2);
  const label = littleEndian ? 'utf-16le' : 'utf-16be';
  if (!lenient) {
    const bad = firstInvalidUtf16(body, littleEndian);
    if (bad >= 0)
      throw new DecodeError(`invalid ${label.toUpperCase()} at byte ${bad + 2} (use --lenient to replace bad bytes)`);
  }
  return new TextDecoder(label, { ignoreBOM: true }).decode(body);
}

/**
 * Decode the bytes of one input. Throws DecodeError with a readable reason. A NUL byte makes a file
 * binary even under `lenient`: NUL is valid UTF-8, so replacing bad bytes would not make it text.
 */
export function decode(bytes: Uint8Array, options: { lenient?: boolean } = {}): string {
  const lenient = Boolean(options.lenient);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true, lenient);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false, lenient);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new DecodeError('binary file (contains NUL bytes); not text');
  if (!lenient) {
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      const offset = bad + (body === bytes ? 0 : 3);
      throw new DecodeError(`invalid UTF-8 at byte ${offset} (use --lenient to replace bad bytes)`);
    }
  }
  // ignoreBOM: the BOM is already gone; a second U+FEFF is text and keeps its offset.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
}
