/**
 * Whether a predicted source is the annotated one. Annotators mark one mention ("he", "The Post");
 * the extractor resolves a Source with many mentions and a canonical name, so either a shared
 * place in the text or a shared name word counts.
 */
import type { Span } from '../types.js';
import { overlap, type Range } from './match.js';
import { HONORIFICS } from '../lexicon/gender-words.js';

/** A predicted source as the scorer sees it: null when the claim has none. */
export interface PredictedSource {
  name: string;
  /** Every mention of the source, plus the mention the claim was attributed at. */
  mentions: Span[];
}

/** The honorifics dropped from names before matching: all but those of rank kept as part of a name ("Lady Hale"). */
const SOURCE_MATCH_HONORIFICS = [...HONORIFICS.keys()].filter(
  (h) => !['messrs', 'mme', 'lord', 'dame', 'lady'].includes(h),
);

/** Words that name no one: articles, honorifics, pronouns (a "he" must match by position instead). */
const NON_NAME_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  's',
  ...SOURCE_MATCH_HONORIFICS,
  'i',
  'me',
  'my',
  'we',
  'us',
  'our',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'hers',
  'it',
  'its',
  'they',
  'them',
  'their',
  'theirs',
  'who',
  'whom',
  'this',
  'that',
  'these',
  'those',
]);

/** The lower-cased name words of a text, without stop words and pronouns. */
export function nameWords(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((w) => w !== '' && !NON_NAME_WORDS.has(w)));
}

/**
 * The name rule, for a gold source the annotators named without marking a mention: the gold name
 * shares a name word with the predicted source's name or with one of its mentions.
 */
export function nameIsRight(goldName: string, pred: PredictedSource | null): boolean {
  if (pred === null) return false;
  const goldWords = nameWords(goldName);
  if (goldWords.size === 0) return false;
  const shares = (text: string) => [...nameWords(text)].some((w) => goldWords.has(w));
  return shares(pred.name) || pred.mentions.some((m) => shares(m.text));
}

/**
 * The scoring rule: a null gold source is right only for a prediction without source (unless the
 * annotators named the source without a mention: then the name rule judges); otherwise a predicted
 * mention must overlap the gold span, or the source's name share a name word with it.
 */
export function sourceIsRight(
  gold: (Range & { text: string }) | null,
  pred: PredictedSource | null,
  goldName: string | null = null,
): boolean {
  if (gold === null) return goldName === null ? pred === null : nameIsRight(goldName, pred);
  if (pred === null) return false;
  if (pred.mentions.some((m) => overlap(m, gold) > 0)) return true;
  const goldWords = nameWords(gold.text);
  return [...nameWords(pred.name)].some((w) => goldWords.has(w));
}
