/**
 * A concession after a comma (", though …", ", although …") with its own subject and verb ends a reported content
 * (src/syntax/content-bounds.ts concessiveClauseEnd): what follows is the writer's, not the source's. Rows: the
 * query's answer on a sentence with `^` before the content's first word, then the claims extracted.
 */
import { describe, expect, test } from '@jest/globals';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { detectQuotes } from '../../src/detect/quotes.js';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import { concessiveClauseEnd } from '../../src/syntax/content-bounds.js';
import { extract } from '../../src/pipeline.js';

/** The content from the `^` up to where concessiveClauseEnd ends it, or null when it does not. */
function contentUpToConcession(written: string): string | null {
  const offset = written.indexOf('^');
  const text = written.slice(0, offset) + written.slice(offset + 1);
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  const [sentence] = tagRange(text, 0, text.length);
  const s = analyse(sentence.tokens, quotes);
  const from = s.tokens.findIndex((t) => t.start === offset);
  if (from < 0) throw new Error(`no token at the mark: ${written}`);
  const end = concessiveClauseEnd(s, from);
  return end === Infinity ? null : text.slice(offset, end);
}

describe('concessiveClauseEnd: where a concession with a clause of its own ends the content', () => {
  test.each([
    ['The mayor said ^the bridge is safe, though inspectors disagree.', 'the bridge is safe'],
    [
      'The mayor said ^the bridge is safe, although two inspectors have raised doubts about its cables.',
      'the bridge is safe',
    ],
    ['The coach said ^the team played well, though it lost the final.', 'the team played well'],
    // No subject or no verb after "though": the source's own qualification runs on.
    ['The minister said ^the budget will balance, though not this year.', null],
    ['Officials said ^the road, though damaged, would reopen soon.', null],
    // No comma before "though": no concession set off from the content.
    ['The mayor said ^the bridge is safe though inspectors disagree.', null],
  ])('%s', (written, expected) => {
    expect(contentUpToConcession(written)).toBe(expected);
  });
});

function reported(text: string): [string | null, string, string][] {
  return extract(text)
    .claims.filter((c) => c.kind === 'reported')
    .map((c) => [c.sourceMention?.text ?? null, c.cue?.text ?? '', c.text]);
}

describe('a reported content ends before the concession', () => {
  test.each([
    ['The mayor said the bridge is safe, though inspectors disagree.', [['The mayor', 'said', 'the bridge is safe']]],
    [
      'According to the port authority, cargo volumes rose in May, although fuel costs climbed.',
      [['the port authority', 'According to', 'cargo volumes rose in May']],
    ],
    [
      'The minister said the budget will balance, though not this year.',
      [['The minister', 'said', 'the budget will balance, though not this year']],
    ],
  ] as [string, [string | null, string, string][]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
