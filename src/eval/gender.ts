/**
 * The Gender Gap Tracker's scores: per article, the people quoted of each gender, as cleaned full names, against
 * the annotators' lists (`meta.sourcesFemale`, `sourcesMale`, `sourcesUnknown`); precision, recall and F1 summed
 * over articles; and the share of women among the quoted people of known gender, per outlet. Pure.
 */
import type { DocumentResult } from '../types.js';
import type { GoldDocument } from './gold.js';
import { prf, type Prf } from './metrics.js';
import { cleanName, GENDERS, quotedPeople, type GenderKey } from '../report/quoted-people.js';

/** The genders as the tracker lists them. */
export const GENDER_CLASSES = GENDERS;
export type GenderClass = GenderKey;

/** Counts of one gender class in one or more articles. */
export interface GenderClassCounts {
  gold: number;
  predicted: number;
  matched: number;
}

/** One article's gender counts and its outlet. */
export interface DocumentGenderScore {
  outlet: string;
  counts: Record<GenderClass, GenderClassCounts>;
}

/** Per outlet: people of known gender, predicted and annotated, and the share of women among them. */
export interface OutletShare {
  outlet: string;
  documents: number;
  predicted: { female: number; male: number; share: number | null };
  gold: { female: number; male: number; share: number | null };
  /** predicted share − gold share; null when either is unknown. */
  difference: number | null;
}

/** The gender part of an evaluation. */
export interface GenderMetrics {
  documents: number;
  classes: Record<GenderClass, GenderClassCounts & Prf>;
  outlets: OutletShare[];
}

/** Whether a gold document carries the tracker's lists. */
export function hasGenderLists(gold: GoldDocument): boolean {
  const meta = gold.meta;
  return meta !== undefined && (meta.sourcesFemale !== undefined || meta.sourcesMale !== undefined);
}

/** Score one article, or null when its gold has no gender lists. */
export function scoreGender(gold: GoldDocument, result: DocumentResult): DocumentGenderScore | null {
  if (!hasGenderLists(gold)) return null;
  const meta = gold.meta!;
  const goldSets: Record<GenderClass, Set<string>> = {
    female: new Set((meta.sourcesFemale ?? []).map(cleanName).filter((n) => n !== '')),
    male: new Set((meta.sourcesMale ?? []).map(cleanName).filter((n) => n !== '')),
    unknown: new Set((meta.sourcesUnknown ?? []).map(cleanName).filter((n) => n !== '')),
  };
  const predicted = quotedPeople(result);
  const count = (c: GenderClass): GenderClassCounts => ({
    gold: goldSets[c].size,
    predicted: predicted[c].size,
    matched: [...predicted[c]].filter((n) => goldSets[c].has(n)).length,
  });
  return {
    outlet: meta.outlet ?? '',
    counts: { female: count('female'), male: count('male'), unknown: count('unknown') },
  };
}

const share = (female: number, male: number): number | null => (female + male > 0 ? female / (female + male) : null);

/** Sum the article scores: P/R/F1 per gender class, and per-outlet shares of women (outlets sorted by name). */
export function aggregateGender(scores: readonly DocumentGenderScore[]): GenderMetrics {
  const sum = (c: GenderClass) => {
    const total = { gold: 0, predicted: 0, matched: 0 };
    for (const s of scores) {
      total.gold += s.counts[c].gold;
      total.predicted += s.counts[c].predicted;
      total.matched += s.counts[c].matched;
    }
    return { ...total, ...prf(total.matched, total.predicted, total.gold) };
  };
  const byOutlet = new Map<string, DocumentGenderScore[]>();
  for (const s of scores) byOutlet.set(s.outlet, [...(byOutlet.get(s.outlet) ?? []), s]);
  const outlets = [...byOutlet.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([outlet, list]): OutletShare => {
      const total = (side: 'gold' | 'predicted', c: GenderClass) => list.reduce((n, s) => n + s.counts[c][side], 0);
      const predicted = { female: total('predicted', 'female'), male: total('predicted', 'male') };
      const gold = { female: total('gold', 'female'), male: total('gold', 'male') };
      const p = share(predicted.female, predicted.male);
      const g = share(gold.female, gold.male);
      return {
        outlet,
        documents: list.length,
        predicted: { ...predicted, share: p },
        gold: { ...gold, share: g },
        difference: p === null || g === null ? null : p - g,
      };
    });
  return {
    documents: scores.length,
    classes: { female: sum('female'), male: sum('male'), unknown: sum('unknown') },
    outlets,
  };
}
