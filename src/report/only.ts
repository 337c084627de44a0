/** --only: keep some families of claims. A view on the results; policies still see every claim. */
import type { Claim, DocumentResult } from '../types.js';
import { didYouMean } from './did-you-mean.js';

export const ONLY_FILTERS = ['quotes', 'reported', 'unattributed', 'numbers'] as const;
export type OnlyFilter = (typeof ONLY_FILTERS)[number];

const KEEP: Record<OnlyFilter, (claim: Claim) => boolean> = {
  // Partial quotes are quotes too: the words are the speaker's.
  quotes: (c) => c.kind === 'quote' || c.kind === 'partial-quote',
  reported: (c) => c.kind === 'reported',
  unattributed: (c) => c.kind === 'unattributed',
  numbers: (c) => c.numbers.length > 0,
};

/** Parse a comma list of filters ("quotes,reported"); throws an Error naming the first unknown one. */
export function parseOnly(list: string): OnlyFilter[] {
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0) throw new Error(`needs at least one of ${ONLY_FILTERS.join(', ')}`);
  for (const name of names) {
    if (!(ONLY_FILTERS as readonly string[]).includes(name)) {
      throw new Error(`unknown filter '${name}'${didYouMean(name, ONLY_FILTERS)}; valid: ${ONLY_FILTERS.join(', ')}`);
    }
  }
  return names as OnlyFilter[];
}

/** The document with only the claims some filter keeps (sources and diagnostics unchanged). */
export function onlyClaims(document: DocumentResult, filters: readonly OnlyFilter[] | undefined): DocumentResult {
  if (filters === undefined) return document;
  const keeps = filters.map((f) => KEEP[f]);
  return { ...document, claims: document.claims.filter((c) => keeps.some((keep) => keep(c))) };
}
