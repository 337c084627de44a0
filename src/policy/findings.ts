/** Apply policy rules to documents: one finding per (rule, claim), in document then text order. */
import type { DocumentResult } from '../types.js';
import { didYouMean } from '../report/did-you-mean.js';
import { POLICY_RULES, RULE_CHECKS, type PolicyRule } from './rules.js';

/** How a finding counts: an error fails the run, a warning is reported only (ESLint's "error" and "warn"). */
export type Severity = 'error' | 'warning';

/** A claim that breaks a policy rule. Positions are the claim's. */
export interface Finding {
  rule: PolicyRule;
  severity: Severity;
  path: string;
  document: string;
  claim: string;
  message: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Parse a comma list (or array) of rule names; throws an Error naming the first unknown one. */
export function parseRules(list: string | readonly string[]): PolicyRule[] {
  const names = (typeof list === 'string' ? list.split(',') : [...list]).map((n) => n.trim()).filter((n) => n !== '');
  for (const name of names) {
    if (!(POLICY_RULES as readonly string[]).includes(name)) {
      throw new Error(
        `unknown rule '${name}'${didYouMean(name, POLICY_RULES)}; valid rules: ${POLICY_RULES.join(', ')}`,
      );
    }
  }
  return [...new Set(names)] as PolicyRule[];
}

/** Every finding of the given rules in one document; rules in `warnings` give warnings, the others errors. */
export function findingsOf(
  document: DocumentResult,
  rules: readonly PolicyRule[],
  warnings: readonly PolicyRule[] = [],
): Finding[] {
  const sources = new Map(document.sources.map((s) => [s.id, s]));
  const findings: Finding[] = [];
  for (const claim of document.claims) {
    const source = claim.source === null ? undefined : sources.get(claim.source);
    for (const rule of rules) {
      const message = RULE_CHECKS[rule](claim, source);
      if (message === null) continue;
      findings.push({
        rule,
        severity: warnings.includes(rule) ? 'warning' : 'error',
        path: document.path,
        document: document.id,
        claim: claim.id,
        message,
        text: claim.text,
        start: claim.start,
        end: claim.end,
        line: claim.line,
        column: claim.column,
      });
    }
  }
  return findings;
}

/** The findings that fail a run. */
export function errorCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === 'error').length;
}

/**
 * The findings of each document, in one pass: key `documentKey(path, id)`. A record id alone is not enough
 * (two NDJSON files may both number their records from "1"), nor a path alone (one file holds many records).
 */
export function findingsByDocument(findings: readonly Finding[]): Map<string, Finding[]> {
  const byDocument = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = documentKey(finding.path, finding.document);
    const list = byDocument.get(key);
    if (list === undefined) byDocument.set(key, [finding]);
    else list.push(finding);
  }
  return byDocument;
}

/** The key of a document in `findingsByDocument`. */
export function documentKey(path: string, id: string): string {
  return `${path}\u0000${id}`;
}
