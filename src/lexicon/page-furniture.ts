/**
 * Words of page furniture: the labels a news site prints around an article (teasers, credits, footers) and the
 * words that make a dateline or a byline. Generic to news pages, not to any one article.
 */

import { MONTHS, WEEKDAYS } from './number-words.js';
import { BYLINE_MEDIA_WORDS } from './source-words.js';

/** A regex alternation of words, capitalised, longest first (so "June" is preferred to "Jun"). */
function capitalisedAlternation(words: Iterable<string>): string {
  const sorted = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${sorted.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})`;
}

/** Month names and their abbreviations as datelines write them ("Jan.", "Sept."): the words of MONTHS. */
export const MONTH_PATTERN = capitalisedAlternation(MONTHS.keys());

/** Weekday names: the words of WEEKDAYS. */
export const WEEKDAY_PATTERN = capitalisedAlternation(WEEKDAYS);

/** Labels of teasers and kickers that point away from the article ("READ MORE: …", "WATCH: …", "Related"). */
export const TEASER_LABELS = [
  'read more',
  'read also',
  'more',
  'also read',
  'see also',
  'related',
  'related stories',
  'related articles',
  'related links',
  'related content',
  'related video',
  'recommended',
  'watch',
  'watch below',
  'watch live',
  'watch more',
  'listen',
  'listen below',
  'video',
  'video below',
  'click here',
  'sign up',
  'subscribe',
  'advertisement',
  'story continues below advertisement',
];

/** Labels of credits and captions ("Photo: …", "Credit: …"). */
export const CREDIT_LABELS = [
  'photo',
  'photos',
  'photograph',
  'photo credit',
  'image',
  'image credit',
  'picture',
  'credit',
  'caption',
  'file photo',
  'open this photo in gallery',
];

/** Labels of footers ("Categories: …", "Share this", "Sources"). */
export const FOOTER_LABELS = [
  'categories',
  'category',
  'tags',
  'tagged',
  'filed under',
  'topics',
  'source',
  'sources',
  'share',
  'share this',
  'share this story',
  'share this article',
  'email',
  'e-mail',
  'copyright',
  'all rights reserved',
  'with files from',
  'comments',
  'report an error',
  'editorial standards',
];

/** Words that end an author bio's description ("Ann Lee is a Toronto-based reporter …"). */
export const BIO_ROLE_PATTERN =
  '(?:reporter|writer|journalist|columnist|correspondent|editor|producer|contributor|author|freelancer|critic|commentator|analyst for)';

/**
 * Words that name a news agency or outlet in a byline or dateline ("The Associated Press", "Reuters"): the
 * outlet words of bylines (a subset of MEDIA_WORDS) and words that name an outlet only in a byline's credit
 * ("Canadian Press News Service", "Toronto Star", "The Globe and Mail").
 */
export const AGENCY_WORD_PATTERN = capitalisedAlternation([
  ...BYLINE_MEDIA_WORDS,
  'agency',
  'service',
  'star',
  'globe',
]);
