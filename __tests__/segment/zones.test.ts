/** Page furniture: which lines of a scraped page are headline, dateline, byline, credit, teaser, footer or bio. */
import { describe, expect, test } from '@jest/globals';
import { detectZones, isTitleCase } from '../../src/segment/zones.js';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';

/** The zones of a text as [kind, text]. */
function zonesOf(text: string): [string, string][] {
  return detectZones(text, segmentParagraphs(text)).zones.map((z) => [z.kind, z.text]);
}

const BODY = 'The council voted on Tuesday to close the pool for repairs, a spokesperson said.';

describe('detectZones', () => {
  test.each([
    [
      'a title-case headline',
      `Council Closes Pool for Summer\n\n${BODY}`,
      [['headline', 'Council Closes Pool for Summer']],
    ],
    [
      'a headline without a stop',
      `Council closes pool for the summer\n\n${BODY}`,
      [['headline', 'Council closes pool for the summer']],
    ],
    [
      'a title-case headline with a stop, at the top',
      `Council Closes Pool for Summer.\n\n${BODY}`,
      [['headline', 'Council Closes Pool for Summer.']],
    ],
    [
      'a paragraph ending with a misused opening quote mark is running text',
      `${BODY}\n\nThe council concluded the plan was “Mostly False.“`,
      [],
    ],
    ['a sentence alone at the top is running text', `${BODY}\n\nMore repairs are planned.`, []],
    ['a section line between paragraphs', `${BODY}\n\nDowntown\n\n${BODY}`, [['headline', 'Downtown']]],
    ['a byline with a role', `By Ann Lee, Staff Reporter\n\n${BODY}`, [['byline', 'By Ann Lee, Staff Reporter']]],
    [
      'a name and an agency on a line of their own',
      `Ann Lee, The Canadian Press\n\n${BODY}`,
      [['byline', 'Ann Lee, The Canadian Press']],
    ],
    ['a date line', `Monday, July 28, 2014\n\n${BODY}`, [['dateline', 'Monday, July 28, 2014']]],
    [
      'an updated line',
      `Updated: Dec. 22, 2018 5:04 PM ET\n\n${BODY}`,
      [['dateline', 'Updated: Dec. 22, 2018 5:04 PM ET']],
    ],
    [
      'a wire dateline opening the first paragraph',
      `WASHINGTON, Jan. 5 (Reuters) - ${BODY}`,
      [['dateline', 'WASHINGTON, Jan. 5 (Reuters) -']],
    ],
    ['a dateline with a region', `TROUT BROOK, N.B. — ${BODY}`, [['dateline', 'TROUT BROOK, N.B. —']]],
    ['a dateline with a horizontal bar for its dash', `HALIFAX ― ${BODY}`, [['dateline', 'HALIFAX ―']]],
    ['a title-case place needs its agency', `Ottawa (CP) -- ${BODY}`, [['dateline', 'Ottawa (CP) --']]],
    ['a name and a dash later in the article is no dateline', `${BODY}\n\n${BODY}\n\nANN LEE -- She won twice.`, []],
    [
      'a photo credit in parentheses',
      `${BODY}\n\nThe pool on Monday. (CP Photo/Jane Doe)`,
      [['credit', 'The pool on Monday. (CP Photo/Jane Doe)']],
    ],
    [
      'a caption closing with a name and an outlet',
      `${BODY}\n\nThe mayor said the pool would reopen. (Adrian Wyld/Canadian Press)`,
      [['credit', 'The mayor said the pool would reopen. (Adrian Wyld/Canadian Press)']],
    ],
    ['a photo label', `${BODY}\n\nPhoto: The pool on Monday.`, [['credit', 'Photo: The pool on Monday.']]],
    [
      'a READ MORE teaser',
      `${BODY}\n\nREAD MORE: Mayor says pools will reopen`,
      [['teaser', 'READ MORE: Mayor says pools will reopen']],
    ],
    [
      'a WATCH teaser in sentence case',
      `${BODY}\n\nWatch: Crews drain the pool`,
      [['teaser', 'Watch: Crews drain the pool']],
    ],
    [
      'a WATCH BELOW teaser with full sentences',
      `${BODY}\n\nWATCH BELOW: Crews drained the pool. Ann Lee has the latest.`,
      [['teaser', 'WATCH BELOW: Crews drained the pool. Ann Lee has the latest.']],
    ],
    ['a RELATED label alone', `${BODY}\n\nRELATED\n\n${BODY}`, [['teaser', 'RELATED']]],
    ['an ALL-CAPS kicker before a headline', `BREAKING: Pool Closes\n\n${BODY}`, [['teaser', 'BREAKING: Pool Closes']]],
    [
      'a label and a headline in the body',
      `${BODY}\n\nEarlier: Council pushed to reopen the pool\n\n${BODY}`,
      [['teaser', 'Earlier: Council pushed to reopen the pool']],
    ],
    ['an ALL-CAPS speaker label before a sentence is no kicker', `${BODY}\n\nWALLACE: Is the pool closed?`, []],
    ['a kicker ending the page with a colon', `${BODY}\n\nAlso on the site:`, [['teaser', 'Also on the site:']]],
    ['a categories footer', `${BODY}\n\nCategories: Local, Parks`, [['footer', 'Categories: Local, Parks']]],
    ['a share footer', `${BODY}\n\nShare this`, [['footer', 'Share this']]],
    ['a sources label alone', `${BODY}\n\nSources`, [['footer', 'Sources']]],
    [
      '"Sources:" opening a headline is no footer',
      `Sources: Pool Deal Is Near\n\n${BODY}\n\n${BODY}\n\n${BODY}`,
      [['headline', 'Sources: Pool Deal Is Near']],
    ],
    [
      'files from',
      `${BODY}\n\n— With files from The Canadian Press`,
      [['footer', '— With files from The Canadian Press']],
    ],
    [
      'an author bio closing the last paragraph',
      `${BODY} Ann Lee is a Toronto-based reporter covering city hall.`,
      [['bio', 'Ann Lee is a Toronto-based reporter covering city hall.']],
    ],
    [
      'a contact line closing the last paragraph',
      `${BODY} Email: alee@example.com`,
      [['footer', 'Email: alee@example.com']],
    ],
  ] as [string, string, [string, string][]][])('%s', (_name, text, expected) => {
    expect(zonesOf(text)).toEqual(expected);
  });

  test('a wire dateline names the place and the agency; a byline the writer and the agency', () => {
    const text = `By Ann Lee, The Associated Press\n\nHALIFAX, July 28 (CP) — ${BODY}`;
    const page = detectZones(text, segmentParagraphs(text));
    expect(page.dateline).toEqual({
      text: 'HALIFAX, July 28 (CP) —',
      start: 34,
      end: 57,
      place: 'HALIFAX',
      agency: 'CP',
    });
    expect(page.byline).toEqual({
      text: 'By Ann Lee, The Associated Press',
      start: 0,
      end: 32,
      name: 'Ann Lee',
      agency: 'The Associated Press',
    });
  });

  test('a wire dateline is the document dateline over an earlier date line', () => {
    const text = `Monday, July 28, 2014\n\nHALIFAX (CP) - ${BODY}`;
    expect(detectZones(text, segmentParagraphs(text)).dateline).toEqual({
      text: 'HALIFAX (CP) -',
      start: 23,
      end: 37,
      place: 'HALIFAX',
      agency: 'CP',
    });
  });

  test('every zone is a span of the text, in order, not overlapping', () => {
    const text = `Pool Closes\n\nBy Ann Lee\n\nTORONTO — ${BODY}\n\nREAD MORE: Pools\n\nCategories: Local`;
    const zones = detectZones(text, segmentParagraphs(text)).zones;
    expect(zones.map((z) => z.kind)).toEqual(['headline', 'byline', 'dateline', 'teaser', 'footer']);
    for (const [i, zone] of zones.entries()) {
      expect(text.slice(zone.start, zone.end)).toBe(zone.text);
      if (i > 0) expect(zone.start).toBeGreaterThanOrEqual(zones[i - 1].end);
    }
  });
});

test('a paragraph of 300,000 short lines is read without overflowing the stack', () => {
  // Only the paragraph's first line may be a heading; the others are lines of running text.
  const text = 'Pool Closes Today\n'.repeat(300_000);
  expect(detectZones(text, segmentParagraphs(text)).zones).toEqual([
    { kind: 'headline', text: 'Pool Closes Today', start: 0, end: 17 },
  ]);
});

describe('isTitleCase', () => {
  test.each([
    ['Council Closes Pool for the Summer', true],
    ['US and Russia Have Exchanged Fire Multiple Times in Syria', true],
    ['Council closes pool for the summer', false],
    ['Trump says he will win', false],
    ['Pool', false],
  ])('%s', (line, expected) => {
    expect(isTitleCase(line)).toBe(expected);
  });
});
