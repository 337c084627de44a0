/** The number parser's shared types: the context it reads, and a quantity read at a token. */
import type { NumberKind, NumberValue } from '../../types.js';
import type { TokenStream } from './lexer.js';

export type QuantityKind = Exclude<NumberKind, 'range'>;

/** One number read at a token, before ranges, modifiers and the unit noun are applied. */
export interface Quantity {
  value: number;
  kind: QuantityKind;
  /** First token and one past the last token read. */
  first: number;
  next: number;
  /** End offset of the span (may fall inside a token: "five" in "five-year"). */
  end: number;
  /** A unit fixed by the expression itself (currency code, "percent", "year" in "five-year"). */
  unit?: string;
  /** Token where the unit search starts when not `next` ("state" after "third most populous"); -1 = next. */
  unitFrom: number;
  /** Where to look for the unit noun: not at all, right after, or after "of (the)". */
  unitSearch: 'none' | 'noun' | 'noun-of';
  approximate: boolean;
  bound: 'upper' | 'lower' | null;
  /** Whether a scale word was applied, and the value before it ("1.5" of "1.5 million"). */
  scaled: boolean;
  preScale: number;
  /** A plain 4-digit integer in the year range (may still have been read as a count). */
  yearLike: boolean;
  /** Digit count of a plain integer (0 otherwise), for "2014-17". */
  plainDigits: number;
  /** The lone word "one", which is a number only if a counted noun follows. */
  bareOne: boolean;
  /** Token index of the number after a glued hyphen ("2014-2017"); the pair is a range or nothing. */
  hyphenPartner: number | null;
}

export interface Skip {
  skipTo: number;
}

export interface Found {
  number: NumberValue;
  next: number;
}

export type Parse = Quantity | Skip | null;

export interface Ctx {
  text: string;
  ts: TokenStream;
}

export function isSkip(p: unknown): p is Skip {
  return typeof p === 'object' && p !== null && 'skipTo' in p;
}

type QuantityInit = Partial<Quantity> & Pick<Quantity, 'value' | 'kind' | 'first' | 'next' | 'end'>;

/** Builds a quantity with defaults. Fields are listed one by one (no object spread): this runs once
 * per number and spreads of varying shapes are slow in V8. */
export function quantity(f: QuantityInit): Quantity {
  return {
    value: f.value,
    kind: f.kind,
    first: f.first,
    next: f.next,
    end: f.end,
    unit: f.unit,
    unitFrom: f.unitFrom ?? -1,
    unitSearch: f.unitSearch ?? 'none',
    approximate: f.approximate ?? false,
    bound: f.bound ?? null,
    scaled: f.scaled ?? false,
    preScale: f.preScale ?? f.value,
    yearLike: f.yearLike ?? false,
    plainDigits: f.plainDigits ?? 0,
    bareOne: f.bareOne ?? false,
    hyphenPartner: f.hyphenPartner ?? null,
  };
}

/**
 * `v * factor` for a power-of-ten factor, computed through the decimal string so that no binary
 * rounding creeps in: 4.1 million is 4100000, not 4099999.999999999. Other factors multiply plainly.
 */
export function scaleBy(v: number, factor: number): number {
  const exponent = Math.round(Math.log10(factor));
  if (10 ** exponent !== factor) return v * factor;
  const digits = String(v);
  if (digits.includes('e')) return v * factor;
  return Number(`${digits}e${exponent}`);
}
