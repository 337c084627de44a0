/** A small hand-built corpus with known answers for the `whosaid report` tests. */
import type { Claim, ClaimKind, DocumentResult, NumberValue, Source, SourceKind } from '../../../src/types.js';

let next = 0;
export function claim(kind: ClaimKind, source: string | null, numbers: number[] = []): Claim {
  next += 1;
  const text = `claim ${next}`;
  return {
    id: `c${next}`,
    kind,
    text,
    start: 0,
    end: text.length,
    line: 1,
    column: 1,
    source,
    sourceMention: null,
    cue: null,
    numbers: numbers.map((value): NumberValue => ({
      text: String(value),
      start: 0,
      end: 1,
      value,
      approximate: false,
      bound: null,
      kind: 'count',
    })),
    hedges: [],
    by: null,
  };
}

export function source(id: string, name: string, kind: SourceKind, gender?: 'female' | 'male' | null): Source {
  return {
    id,
    name,
    kind,
    mentions: [],
    ...(kind === 'person' ? { gender: gender ?? null, genderEvidence: [] } : {}),
  };
}

export function doc(id: string, sources: Source[], claims: Claim[]): DocumentResult {
  return { id, path: `${id}.txt`, sources, claims, diagnostics: [] };
}

/** Four documents: two in "Ledger", one in "Courier", one with no outlet. */
export const corpus: { document: DocumentResult; outlet?: string }[] = [
  {
    outlet: 'Ledger',
    document: doc(
      'library',
      [
        source('s1', 'Ruth Okafor', 'person', 'female'),
        source('s2', 'Tom Baird', 'person', 'male'),
        source('s3', 'Dan Lee', 'person', 'male'),
      ],
      [claim('quote', 's1'), claim('reported', 's1'), claim('quote', 's2'), claim('unattributed', null, [8])],
    ),
  },
  {
    outlet: 'Ledger',
    document: doc('budget', [source('s1', 'ruth  okafor', 'person', 'female')], [claim('reported', 's1')]),
  },
  {
    outlet: 'Courier',
    document: doc(
      'ferry',
      [
        source('s1', 'Priya Nair', 'person', 'female'),
        source('s2', 'Coastal Ferries', 'organization'),
        source('s3', 'a deckhand', 'anonymous'),
      ],
      [
        claim('quote', 's1'),
        claim('partial-quote', 's1'),
        claim('reported', 's2'),
        claim('reported', 's3'),
        claim('quote', null, [2021, 40]),
      ],
    ),
  },
  {
    document: doc(
      'march',
      [source('s1', 'Sam Reyes', 'person', null)],
      [claim('unattributed', null), claim('quote', 's1')],
    ),
  },
];
