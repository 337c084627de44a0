/** --only: keep one family of claims. A view on the results; policies still see every claim. */
import type { Claim, DocumentResult } from '../types.js';

export const ONLY_FILTERS = ['quotes', 'reported', 'unattributed', 'numbers'] as const;
export type OnlyFilter = (typeof ONLY_FILTERS)[number];

const KEEP: Record<OnlyFilter, (claim: Claim) => boolean> = {
  // Partial quotes are quotes too: the words are the speaker's.
  quotes: (c) => c.kind === 'quote' || c.kind === 'partial-quote',
  reported: (c) => c.kind === 'reported',
  unattributed: (c) => c.kind === 'unattributed',
  numbers: (c) => c.numbers.length > 0,
};

/** The document with only the claims the filter keeps (sources and diagnostics unchanged). */
export function onlyClaims(document: DocumentResult, filter: OnlyFilter | undefined): DocumentResult {
  if (filter === undefined) return document;
  return { ...document, claims: document.claims.filter(KEEP[filter]) };
}
