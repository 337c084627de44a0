/**
 * Attribution cue nouns, as data: nouns of saying, judging and wanting that attribute what follows them to their
 * possessor ("the governor's criticism of the plan", "Clinton's support for the deal", "his warning that rates
 * would rise"). Chosen from the noun cues most frequent in polnear-train.jsonl with a possessor before them; a noun
 * alone ("his criticism") is no cue: only a possessor and a complement after it make one. Nouns that, measured
 * there, found fewer annotated claims than they added false ones are left out: most name a thing or an act more
 * often than a stance ("their support", "his plan", "her position", "the decision", "his comments on", "the call").
 */
import type { CueClass } from './cue-verbs.js';

const SPEECH_NOUNS = [
  'criticism',
  'criticisms',
  'critique',
  'attack',
  'attacks',
  'claims',
  'warning',
  'warnings',
  'promise',
  'promises',
  'pledge',
  'pledges',
  'vow',
  'vows',
  'insistence',
  'suggestion',
  'complaint',
  'complaints',
  'assertion',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'assurance',
  'assurances',
  'defense',
  'denunciation',
  'denial',
  'admission',
  'rejection',
];

const BELIEF_NOUNS = [
  'hope',
  'hopes',
  'view',
  'assessment',
  'embrace',
  'commitment',
  'dislike',
  'disapproval',
  'desire',
  'reluctance',
  'unwillingness',
  'enthusiasm',
  'affection',
  'aversion',
  'fear',
  'fears',
  'concern',
  'concerns',
];

/** Noun form (lowercase) -> its cue class. */
export const CUE_NOUNS: ReadonlyMap<string, CueClass> = new Map<string, CueClass>([
  ...SPEECH_NOUNS.map((noun): [string, CueClass] => [noun, 'speech']),
  ...BELIEF_NOUNS.map((noun): [string, CueClass] => [noun, 'belief']),
]);

/**
 * Nouns that are cues only before a "that" clause ("the coach's claim that the referee was biased", "their belief
 * that taxes are too high"): before a phrase they name a thing as often ("his claim to the estate", "their views
 * on trade"). Only nouns of a proposition: "his message that …", "her position that …" measured mostly false.
 */
export const CLAUSE_CUE_NOUNS: ReadonlyMap<string, CueClass> = new Map<string, CueClass>([
  ...['claim', 'claims', 'argument', 'arguments'].map((noun): [string, CueClass] => [noun, 'speech']),
  ...['views', 'belief', 'beliefs', 'contention'].map((noun): [string, CueClass] => [noun, 'belief']),
]);

/**
 * Prepositions that open what a cue noun is about ("support for", "criticism of", "attacks on"): they belong to
 * the cue, and the noun phrase after them is the content.
 */
export const CUE_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'on',
  'against',
  'to',
  'about',
  'toward',
  'towards',
]);
