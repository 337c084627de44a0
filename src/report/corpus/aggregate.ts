/**
 * `whosaid report`: a corpus at a glance. Each document is folded into running counts as it arrives (nothing
 * of a document is kept but its counts and the names of its sources), per group and overall; `summary()` turns
 * the counts into the figures every format prints. Pure: documents in, figures out.
 */
import type { ClaimKind, DocumentResult, SourceKind } from '../../types.js';
import { CLAIM_KINDS, SOURCE_KINDS } from '../rows.js';
import { cleanName, GENDERS, quotedPeople, type GenderKey } from '../quoted-people.js';

export { GENDERS, type GenderKey };

/** How many most-quoted people and organizations a summary lists. */
export const TOP_SOURCES = 10;
/**
 * Most names followed per group. A corpus of any size keeps bounded memory: past this, the names are pruned to
 * half of it, keeping the most quoted (those quoted least go first), so the tail is approximate. Pruning to half,
 * not just below the cap, makes it amortised: a prune sorts the names once, and at least half the cap of new
 * names must arrive before the next.
 */
export const MAX_TRACKED_NAMES = 20_000;

/** Most quoted first: more claims, then more documents, then by name (a total, deterministic order). */
const byMostQuoted = (a: SourceTally, b: SourceTally): number =>
  b.claims - a.claims || b.documents - a.documents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** One name's tally across documents. */
export interface SourceTally {
  name: string;
  kind: SourceKind;
  /** Claims attributed to it. */
  claims: number;
  /** Documents it is quoted in. */
  documents: number;
  /** For people: how often each gender was given to it (one per document). */
  gender?: Record<GenderKey, number>;
}

/** The figures of one group (or of the whole corpus). */
export interface GroupSummary {
  group: string;
  documents: number;
  claims: Record<ClaimKind, number>;
  sources: Record<SourceKind, number>;
  /**
   * People quoted (person sources with an attributed claim, counted once per document by cleaned name, as the
   * evaluation's gender scores count them: quotedPeople), by gender.
   */
  people: Record<GenderKey, number>;
  /** women / (women + men) among the people quoted; null when no one's gender is known. */
  shareWomen: number | null;
  /** Attributed claims: quotes, partial quotes and reported claims. */
  attributedClaims: number;
  /** Attributed claims whose source is anonymous, and their share of the attributed claims. */
  anonymousClaims: number;
  shareAnonymous: number | null;
  /** Attributed claims with no source ("is expected to", a quote whose speaker was not found), and their share. */
  noSourceClaims: number;
  shareNoSource: number | null;
  /** Numbers in claims with no source (unattributed sentences and sourceless claims). */
  unattributedNumbers: number;
  topPeople: SourceTally[];
  topOrganizations: SourceTally[];
}

/** The whole report: the corpus overall, then each group in order of its name. */
export interface CorpusSummary {
  groupBy: string | null;
  overall: GroupSummary;
  groups: GroupSummary[];
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** The running counts of one group. */
class GroupCounts {
  documents = 0;
  claims = zeros(CLAIM_KINDS);
  sources = zeros(SOURCE_KINDS);
  people = zeros(GENDERS);
  attributed = 0;
  anonymous = 0;
  noSource = 0;
  numbers = 0;
  readonly names = new Map<string, SourceTally>();
  /** Names looked at by pruning so far: a measure of its work. */
  pruneWork = 0;

  constructor(private readonly maxNames: number) {}

  add(document: DocumentResult): void {
    this.documents += 1;
    const byId = new Map(document.sources.map((s) => [s.id, s]));
    const claimsOf = new Map<string, number>();
    for (const claim of document.claims) {
      this.claims[claim.kind] += 1;
      const source = claim.source === null ? undefined : byId.get(claim.source);
      if (claim.source === null && claim.numbers.length > 0) this.numbers += claim.numbers.length;
      if (claim.kind === 'unattributed') continue;
      this.attributed += 1;
      if (source === undefined) this.noSource += 1;
      else {
        if (source.kind === 'anonymous') this.anonymous += 1;
        claimsOf.set(source.id, (claimsOf.get(source.id) ?? 0) + 1);
      }
    }
    for (const source of document.sources) {
      this.sources[source.kind] += 1;
      const claims = claimsOf.get(source.id);
      if (claims === undefined) continue;
      const gender: GenderKey = source.gender ?? 'unknown';
      if (source.kind !== 'person' && source.kind !== 'organization' && source.kind !== 'media') continue;
      this.tally(source.name, source.kind, claims, source.kind === 'person' ? gender : null);
    }
    const people = quotedPeople(document);
    for (const gender of GENDERS) this.people[gender] += people[gender].size;
    if (this.names.size > this.maxNames) this.prune();
  }

  private tally(name: string, kind: SourceKind, claims: number, gender: GenderKey | null): void {
    const cleaned = cleanName(name);
    if (cleaned === '') return;
    const key = `${kind === 'person' ? 'p' : 'o'}:${cleaned}`;
    let entry = this.names.get(key);
    if (entry === undefined) {
      entry = { name, kind, claims: 0, documents: 0, ...(gender === null ? {} : { gender: zeros(GENDERS) }) };
      this.names.set(key, entry);
    }
    entry.claims += claims;
    entry.documents += 1;
    if (gender !== null && entry.gender) entry.gender[gender] += 1;
  }

  /** Keep the most quoted half of the cap. */
  private prune(): void {
    this.pruneWork += this.names.size;
    const kept = [...this.names].sort(([, a], [, b]) => byMostQuoted(a, b)).slice(0, Math.floor(this.maxNames / 2));
    this.names.clear();
    for (const [key, entry] of kept) this.names.set(key, entry);
  }

  summary(group: string): GroupSummary {
    const top = (people: boolean) =>
      [...this.names.values()]
        .filter((t) => (t.kind === 'person') === people)
        .sort(byMostQuoted)
        .slice(0, TOP_SOURCES)
        .map((t) => ({ ...t, ...(t.gender ? { gender: { ...t.gender } } : {}) }));
    return {
      group,
      documents: this.documents,
      claims: { ...this.claims },
      sources: { ...this.sources },
      people: { ...this.people },
      shareWomen: ratio(this.people.female, this.people.female + this.people.male),
      attributedClaims: this.attributed,
      anonymousClaims: this.anonymous,
      shareAnonymous: ratio(this.anonymous, this.attributed),
      noSourceClaims: this.noSource,
      shareNoSource: ratio(this.noSource, this.attributed),
      unattributedNumbers: this.numbers,
      topPeople: top(true),
      topOrganizations: top(false),
    };
  }
}

/** The group name of a document without a value for the grouping field. */
export const NO_GROUP = '(none)';

/** Folds documents into per-group and overall counts, one at a time. */
export class CorpusAggregate {
  private readonly overall: GroupCounts;
  private readonly groups = new Map<string, GroupCounts>();

  /** `maxTrackedNames`: the most names followed per group (MAX_TRACKED_NAMES unless given). */
  constructor(
    readonly groupBy: string | null = null,
    private readonly maxTrackedNames = MAX_TRACKED_NAMES,
  ) {
    this.overall = new GroupCounts(maxTrackedNames);
  }

  /** Names looked at by pruning so far, over all groups: a measure of its work (amortised: linear in the names). */
  get pruneWork(): number {
    let work = this.overall.pruneWork;
    for (const counts of this.groups.values()) work += counts.pruneWork;
    return work;
  }

  /** Count one document into the overall figures and into its group (when grouping). */
  add(document: DocumentResult, group?: string): void {
    this.overall.add(document);
    if (this.groupBy === null) return;
    const name = group === undefined || group === '' ? NO_GROUP : group;
    let counts = this.groups.get(name);
    if (counts === undefined) this.groups.set(name, (counts = new GroupCounts(this.maxTrackedNames)));
    counts.add(document);
  }

  summary(): CorpusSummary {
    const names = [...this.groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      groupBy: this.groupBy,
      overall: this.overall.summary('all'),
      groups: names.map((name) => this.groups.get(name)!.summary(name)),
    };
  }
}
