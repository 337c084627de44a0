// STUB by lead until helper writes the real module
import type { NumberValue } from '../types.js';
export function detectNumbers(_text: string, _start = 0, _end = 0): NumberValue[] { return []; }
