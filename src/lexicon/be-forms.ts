/**
 * Forms of "to be", defined once. A past participle after one is an adjective or a passive ("was less
 * worried", "is expected"); a gerund after a finite one is a progressive ("is telling").
 */

/** The finite forms that make a progressive with a gerund. */
export const FINITE_BE = new Set(['is', 'are', 'was', 'were', 'am']);

/** Every form of "to be". */
export const BE_FORMS = new Set([...FINITE_BE, 'be', 'been', 'being']);
