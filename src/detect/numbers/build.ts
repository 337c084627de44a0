/** Turns a quantity (or a range of two) and its modifier into the reported `NumberValue`. */
import type { NumberKind, NumberValue } from '../../types.js';
import {
  AGE_UNIT,
  COMMON_IRREGULAR_VERBS,
  CURRENCY_WORDS,
  DURATION_AFTER,
  DURATION_BEFORE,
  ONE_COUNT_BEFORE,
  ONE_TIME_NOUNS,
  PARTICIPLE_AFTER,
  SPEECH_PARTICIPLES,
  SUBJECT_BREAKERS,
  SUBJECT_LINKS,
} from '../../lexicon/number-words.js';
import { BE_FORMS } from '../../lexicon/be-forms.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/function-words.js';
import type { Ctx, Found, Quantity } from './quantity.js';
import type { Modifier } from './modifiers.js';
import { fixedOrSearchedUnit } from './units.js';
import type { RangeEnd } from './ranges.js';
import { isClauseStart, isPunct, isSpacedWord, isWordTok } from './tokens.js';
import { defaultCueVerbTable, speechForms } from '../../lexicon/cue-verbs.js';

/** What `finish` learned around the quantity: a post-modifier and the direction of a change. */
export interface Around {
  /** A bound written after the number ("or more"); the quantity's span already includes it when adjacent. */
  post: Modifier | null;
  change: 'up' | 'down' | null;
}

export const NOTHING_AROUND: Around = { post: null, change: null };

/** How far after "one" + noun a speech verb may stand and still have it as subject ("one villager who fled said"). */
const MAX_SUBJECT_TOKENS = 8;

/** How many words after the noun a speech verb may take any form ("one poster said", "one senior official told"). */
const NEAR_TOKENS = 2;

/** The speech verb forms (said, told, added, saying…), computed once. */
let speakerVerbs: ReadonlySet<string> | undefined;
function speakerVerbForms(): ReadonlySet<string> {
  speakerVerbs ??= speechForms(defaultCueVerbTable());
  return speakerVerbs;
}

/** "charged" in "one man charged in the attack": a participle inside the subject, not its verb. */
function isParticiple(ctx: Ctx, k: number): boolean {
  const t = ctx.ts.at(k)!;
  const after = ctx.ts.at(k + 1);
  return SPEECH_PARTICIPLES.has(t.lower) && isSpacedWord(after) && PARTICIPLE_AFTER.has(after.lower);
}

/**
 * Far from the noun only a past form or "says" / "tells" counts: no "-ing" form ("one protester shouting
 * slogans was arrested"), no base or plural-looking form that may be a noun ("one bastion of Trump support").
 */
function isFarSpeakerVerb(w: string): boolean {
  return w === 'says' || w === 'tells' || w.endsWith('ed') || COMMON_IRREGULAR_VERBS.has(w);
}

/**
 * Whether a lone "one" counts ("one ally fighter was injured", "only one", "in one day") rather than picks
 * out a speaker ("one poster said", "said one resident", "according to one resident") or a time ("One day,
 * …", "could one day return"): unless a modifier or "only" / "exactly" insists on the count.
 */
function oneCounts(ctx: Ctx, q: Quantity, mod: Modifier | null): boolean {
  if (mod) return true;
  const { ts } = ctx;
  const prev = ts.at(q.first - 1);
  if (isWordTok(prev) && ONE_COUNT_BEFORE.has(prev.lower)) return true;
  const noun = ts.at(q.next);
  if (isWordTok(noun) && ONE_TIME_NOUNS.has(noun.lower)) return isDuration(ctx, q);
  // "One resident, Ahmed Ali, said": a clause-opening "one" + noun + comma picks someone out.
  if (isClauseStart(ctx, q.first) && isPunct(ts.at(q.next + 1), ',')) return false;
  return !speakerBefore(ctx, q.first) && !speechAfter(ctx, q.next + 1);
}

/** "in one day", "one night later", "lasted one day": a duration, not the adverb "one day". */
function isDuration(ctx: Ctx, q: Quantity): boolean {
  const prev = ctx.ts.at(q.first - 1);
  const after = ctx.ts.at(q.next + 1);
  return (
    (isWordTok(prev) && DURATION_BEFORE.has(prev.lower)) || (isSpacedWord(after) && DURATION_AFTER.has(after.lower))
  );
}

/**
 * "…,” said one resident", "Says one analyst:", "according to one resident": "one" right after an
 * inverted speech verb, itself after punctuation or at a clause start, or after "according to".
 */
function speakerBefore(ctx: Ctx, first: number): boolean {
  const { ts } = ctx;
  const verb = ts.at(first - 1);
  if (!isWordTok(verb)) return false;
  if (verb.lower === 'to') return isWordTok(ts.at(first - 2), 'according');
  const w = verb.lower;
  const inverted = speakerVerbForms().has(w) && !w.endsWith('ing') && !SPEECH_PARTICIPLES.has(w);
  return inverted && (ts.at(first - 2)?.kind ?? 'punct') === 'punct';
}

/**
 * A speech verb whose subject "one" + noun is: right after the noun ("one poster said", "one senior official
 * told") or after a phrase or relative clause ("one resident of the town said", "one villager who fled
 * said"). Punctuation, a joiner, an auxiliary or the subject's own verb ("one soldier was killed and …")
 * ends the subject first.
 */
function speechAfter(ctx: Ctx, from: number): boolean {
  const { ts } = ctx;
  const speech = speakerVerbForms();
  let relative = false;
  // Past the noun (and one more word: "one senior official told") the subject goes on only through a
  // phrase or a relative clause: "one resident of the town said", "one villager who fled said".
  const linked = [from, from + 1].some((k) => isSpacedWord(ts.at(k)) && SUBJECT_LINKS.has(ts.at(k)!.lower));
  const last = from + (linked ? MAX_SUBJECT_TOKENS : NEAR_TOKENS);
  for (let k = from; k < last; k += 1) {
    const t = ts.at(k);
    if (!isSpacedWord(t)) return false;
    const w = t.lower;
    const participle = isParticiple(ctx, k);
    if (speech.has(w) && !participle && (k < from + NEAR_TOKENS || isFarSpeakerVerb(w))) return true;
    if (RELATIVE_PRONOUNS.has(w)) relative = true;
    else if (!relative && !participle && isSubjectBreak(w)) return false;
  }
  return false;
}

/** A word that ends the subject of a determiner "one": a joiner, an auxiliary, a past-tense verb. */
function isSubjectBreak(w: string): boolean {
  return SUBJECT_BREAKERS.has(w) || BE_FORMS.has(w) || COMMON_IRREGULAR_VERBS.has(w) || w.endsWith('ed');
}

/** "58 years old": a number of years followed by "old" is an age. */
function isYearsOld(ctx: Ctx, q: Quantity, unit: string | undefined): boolean {
  if (unit !== 'years' && unit !== 'year') return false;
  return isSpacedWord(ctx.ts.at(q.next), unit.toLowerCase()) && isSpacedWord(ctx.ts.at(q.next + 1), 'old');
}

/** Builds the reported number for a single quantity (with an optional modifier before it). */
export function buildSingle(
  ctx: Ctx,
  q: Quantity,
  start: number,
  mod: Modifier | null,
  around: Around = NOTHING_AROUND,
): Found | null {
  let unit = fixedOrSearchedUnit(ctx, q);
  if (q.bareOne && (unit === undefined || !oneCounts(ctx, q, mod))) return null;
  let kind: NumberKind = q.kind;
  // "millions of dollars": a currency noun makes the count money.
  const currency = kind === 'count' && unit !== undefined ? CURRENCY_WORDS.get(unit.toLowerCase()) : undefined;
  if (currency !== undefined) {
    kind = 'money';
    unit = currency;
  }
  if (isYearsOld(ctx, q, unit)) unit = AGE_UNIT;
  const { value } = q;
  const bound = around.post?.bound ?? mod?.bound ?? q.bound;
  const { end } = q;
  const number: NumberValue = {
    text: ctx.text.slice(start, end),
    start,
    end,
    value,
    approximate: (mod?.approximate ?? false) || (around.post?.approximate ?? false) || q.approximate,
    bound,
    kind,
  };
  if (bound === 'lower') number.low = value;
  if (bound === 'upper') number.high = value;
  if (unit !== undefined) number.unit = unit;
  if (around.change) number.change = around.change;
  return { number, next: q.next };
}

/** Builds the reported number for a range. */
export function buildRange(ctx: Ctx, q1: Quantity, r: RangeEnd, start: number, mod: Modifier | null): Found {
  const { q2 } = r;
  const unit = r.years ? undefined : (q2.unit ?? q1.unit ?? fixedOrSearchedUnit(ctx, q2));
  const number: NumberValue = {
    text: ctx.text.slice(start, q2.end),
    start,
    end: q2.end,
    value: r.low,
    low: r.low,
    high: r.high,
    approximate: (mod?.approximate ?? false) || q1.approximate || q2.approximate,
    bound: mod?.bound ?? null,
    kind: 'range',
  };
  if (unit !== undefined) number.unit = unit;
  return { number, next: q2.next };
}

/** "one in four voters", "3 out of 10": a ratio; `value` is numerator / denominator. */
export function buildRatio(ctx: Ctx, q1: Quantity, q2: Quantity, start: number, mod: Modifier | null): Found {
  const unit = fixedOrSearchedUnit(ctx, q2);
  const number: NumberValue = {
    text: ctx.text.slice(start, q2.end),
    start,
    end: q2.end,
    value: q1.value / q2.value,
    approximate: (mod?.approximate ?? false) || q1.approximate || q2.approximate,
    bound: mod?.bound ?? null,
    kind: 'count',
    ratio: { numerator: q1.value, denominator: q2.value },
  };
  if (number.bound === 'lower') number.low = number.value;
  if (number.bound === 'upper') number.high = number.value;
  if (unit !== undefined) number.unit = unit;
  return { number, next: q2.next };
}

/** "more than 25 and less than 70": two one-sided bounds that make one interval. */
export function buildInterval(ctx: Ctx, lowQ: Quantity, highQ: Quantity, start: number, approximate: boolean): Found {
  const unit = highQ.unit ?? lowQ.unit ?? fixedOrSearchedUnit(ctx, highQ);
  const number: NumberValue = {
    text: ctx.text.slice(start, highQ.end),
    start,
    end: highQ.end,
    value: lowQ.value,
    low: lowQ.value,
    high: highQ.value,
    approximate,
    bound: null,
    kind: 'range',
  };
  if (unit !== undefined) number.unit = unit;
  return { number, next: highQ.next };
}
