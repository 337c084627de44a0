/**
 * Policy rules for --fail-on: each names one way a claim is weakly backed. A rule looks at one claim
 * (and its resolved source) and returns a message, or null when the claim passes.
 */
import type { Claim, Source } from '../types.js';
import { describeNumber } from '../report/rows.js';

export const POLICY_RULES = [
  'unattributed-number',
  'anonymous-source',
  'hedged-unattributed',
  'unresolved-speaker',
] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

type Check = (claim: Claim, source: Source | undefined) => string | null;

export const RULE_CHECKS: Record<PolicyRule, Check> = {
  // A figure nobody stands behind is the claim readers most often repeat.
  // Dates, years and ordinals place or rank; they are no figure to stand behind.
  'unattributed-number': (claim) => {
    const figures = claim.numbers.filter((n) => n.kind !== 'date' && n.kind !== 'year' && n.kind !== 'ordinal');
    return claim.source === null && figures.length > 0
      ? `number ${figures.map(describeNumber).join('; ')} in a claim with no source`
      : null;
  },
  'anonymous-source': (_claim, source) =>
    source?.kind === 'anonymous' ? `claim attributed to an anonymous source (${source.name})` : null,
  'hedged-unattributed': (claim) =>
    claim.source === null && claim.hedges.length > 0
      ? `hedged claim (${claim.hedges.map((h) => h.text).join('; ')}) with no source`
      : null,
  'unresolved-speaker': (claim) =>
    (claim.kind === 'quote' || claim.kind === 'partial-quote') && claim.source === null
      ? `${claim.kind} with no resolved speaker`
      : null,
};

/** One line per rule, for --help and docs. */
export const RULE_DESCRIPTIONS: Record<PolicyRule, string> = {
  'unattributed-number': 'a number in a claim with no source',
  'anonymous-source':
    'a claim whose source is anonymous ("a source said", "a senior official said"; README.md, Source kinds)',
  'hedged-unattributed': 'a hedged claim ("reportedly") with no source',
  'unresolved-speaker': 'a quote or partial quote whose speaker was not found',
};
