/** Quotes that are names, titles and scare quotes are no claim; a short quote a cue or a possessive attributes is. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';
import { detectQuotes, readQuote } from '../../src/detect/quotes.js';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';

/** How the first quote of a one-sentence text reads. */
function readingOf(text: string): string | null {
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  const reading = readQuote(text, quotes[0], 0);
  return reading === null ? null : reading.kind === 'naming' ? `naming${reading.title ? ' title' : ''}` : reading.kind;
}

describe('readQuote', () => {
  test.each([
    ['a group calling itself “Ghostline” struck again.', 'naming title'],
    ['The campaign, dubbed “the long haul,” starts today.', 'naming'],
    ['Commuters face the so-called "summer of gridlock" this year.', 'naming'],
    ['The goalie, known as "The Falcon," made 31 saves.', 'naming title'],
    ['Critics fear what Trump called "a rigged system" will return.', null],
    ['Apply through the "Careers" section of the site.', 'title'],
    ['Rivera stars in the film "Summer on Pike Street" this fall.', 'title'],
    ['The city opened a "cooling centre" at the library.', 'short'],
    ['The city opened its new "cooling centre" at the library.', 'short'],
    ['Residents tired of the mayor\'s "summer of gridlock" moved away.', 'short'],
    // Read as a short phrase after "the plan"; the cue "called" makes it the premier's (see settleQuotes).
    ['The premier called the plan "reckless."', 'short'],
    ['He likened the rules to "burning the Constitution" in a speech.', null],
    ['"We will win," she said.', null],
    ['Her answer: "Never Again."', null],
    ['Ruiz said the plan "will cost far too much and deliver far too little for the city."', null],
  ] as [string, string | null][])('%s', (text, expected) => {
    expect(readingOf(text)).toBe(expected);
  });
});

/** The claims of a text as [kind, text, source name], and its neutral quotes as [kind, text]. */
function rolesOf(text: string): { claims: [string, string, string | null][]; neutral: [string, string][] } {
  const result = extract(text);
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return {
    claims: result.claims.map((c) => [c.kind, c.text, c.source === null ? null : (names.get(c.source) ?? null)]),
    neutral: (result.neutralQuotes ?? []).map((q) => [q.kind, q.text]),
  };
}

describe('settleQuotes', () => {
  test.each([
    [
      'a quoted group name',
      'Police blamed a hacker group calling itself “Ghostline” for the outage.',
      {
        claims: [['reported', 'a hacker group calling itself “Ghostline” for the outage', 'Police']],
        neutral: [['name', 'Ghostline']],
      },
    ],
    [
      'a section of a site',
      'Visitors can apply through the "Careers" section of the website.',
      { claims: [], neutral: [['name', 'Careers']] },
    ],
    [
      'a film title next to a verb that is no cue',
      'Rivera stars in the film "Summer on Pike Street" this fall.',
      { claims: [], neutral: [['name', 'Summer on Pike Street']] },
    ],
    [
      'a scare quote no one said',
      'Halifax Water opened a "cooling centre" at the library.',
      { claims: [], neutral: [['scare', 'cooling centre']] },
    ],
    [
      'a so-called phrase',
      'Commuters are bracing for the so-called "summer of gridlock" on the bridge.',
      { claims: [], neutral: [['scare', 'summer of gridlock']] },
    ],
    [
      'a short quote a cue attributes',
      'The premier called the plan "reckless."',
      {
        claims: [
          ['reported', 'the plan "reckless."', 'premier'],
          ['partial-quote', 'reckless.', 'premier'],
        ],
        neutral: [],
      },
    ],
    [
      'a possessive names the speaker',
      'Residents have grown tired of the mayor\'s "summer of gridlock" on the bridge.',
      { claims: [['partial-quote', 'summer of gridlock', 'mayor']], neutral: [] },
    ],
    [
      'a plural possessive',
      'Voters grew tired of the ministers’ "fair deal" on Tuesday.',
      { claims: [['partial-quote', 'fair deal', 'ministers']], neutral: [] },
    ],
    [
      'a title said right after its cue stays a quote',
      'Ortiz replied, "Never Again."',
      { claims: [['quote', 'Never Again.', 'Ortiz']], neutral: [] },
    ],
    [
      'a sentence-final title a cue attributes stays a quote',
      'In a speech, Ortiz proclaimed a goal of "Peace Through Strength."',
      {
        claims: [
          ['reported', 'a goal of "Peace Through Strength."', 'Ortiz'],
          ['partial-quote', 'Peace Through Strength.', 'Ortiz'],
        ],
        neutral: [],
      },
    ],
    [
      'a show after a possessive is a title, also at the end of its sentence',
      'Ortiz said the plan would work, speaking on the network\'s "Morning Desk."',
      {
        claims: [['reported', 'the plan would work, speaking on the network\'s "Morning Desk."', 'Ortiz']],
        neutral: [['name', 'Morning Desk.']],
      },
    ],
    [
      'a list of quoted words',
      'New to the list are "grapple," "optics" and "eschew."',
      {
        claims: [],
        neutral: [
          ['name', 'grapple,'],
          ['name', 'optics'],
          ['name', 'eschew.'],
        ],
      },
    ],
    [
      'quotes in two paragraphs are no list',
      '"Here he is," she said. "Look."\n\n"We waited all day," her husband said.',
      {
        claims: [
          ['quote', 'Here he is,', 'she'],
          ['quote', 'Look.', 'she'],
          ['quote', 'We waited all day,', 'her husband'],
        ],
        neutral: [],
      },
    ],
    [
      'a few unattributed lowercase words inside a sentence are a scare quote',
      'The first grants, for "shovel-ready" projects, were paid in May.',
      { claims: [], neutral: [['scare', 'shovel-ready']] },
    ],
    [
      "two lowercase words that only a speaker elsewhere in the paragraph would claim are the writer's scare quote",
      '"We need more beds," said Dr. Ana Ruiz. Her patients arrive with "nerve pills" bought on the street.',
      { claims: [['quote', 'We need more beds,', 'Ana Ruiz']], neutral: [['scare', 'nerve pills']] },
    ],
    [
      "more words are still the paragraph's speaker's",
      '"We need more beds," said Dr. Ana Ruiz. Her patients arrive with "pills they bought from a stranger."',
      {
        claims: [
          ['quote', 'We need more beds,', 'Ana Ruiz'],
          ['partial-quote', 'pills they bought from a stranger.', 'Ana Ruiz'],
        ],
        neutral: [],
      },
    ],
    [
      'an unattributed phrase in brackets is a scare quote',
      'The dictionary picked a word of the year ("resilience") in December.',
      { claims: [], neutral: [['scare', 'resilience']] },
    ],
    [
      'an uncued quote of more words stays a quote (its speaker only the last-resort subject guess)',
      'The bridge rules allow crossings only for trucks "carrying no more than twelve tonnes of cargo" at night.',
      { claims: [['partial-quote', 'carrying no more than twelve tonnes of cargo', 'bridge rules']], neutral: [] },
    ],
    [
      'an unattributed short quote that opens its sentence stays a quote',
      '"never again" was painted on the wall.',
      { claims: [['partial-quote', 'never again', null]], neutral: [] },
    ],
    [
      "a short quote a cue attributes stays the speaker's",
      'The mayor said the plan was "too slow" for the city.',
      {
        claims: [
          ['reported', 'the plan was "too slow" for the city', 'mayor'],
          ['partial-quote', 'too slow', 'mayor'],
        ],
        neutral: [],
      },
    ],
    [
      'a quoted sentence is never a name',
      '"We will reopen the pool," Ortiz said.',
      { claims: [['quote', 'We will reopen the pool,', 'Ortiz']], neutral: [] },
    ],
  ] as [string, string, ReturnType<typeof rolesOf>][])('%s', (_name, text, expected) => {
    expect(rolesOf(text)).toEqual(expected);
  });

  test('a possessive quote names the possessor as written, with the possessive as its cue', () => {
    const text = 'Residents have grown tired of the mayor\'s "summer of gridlock" on the bridge.';
    const [claim] = extract(text).claims;
    expect([claim.sourceMention, claim.cue, claim.by]).toEqual([
      { text: 'the mayor', start: 30, end: 39 },
      { text: "'s", start: 39, end: 41 },
      'possessive',
    ]);
  });

  test('quotes in furniture are neither claims nor neutral quotes', () => {
    const text = 'The pool closed on Tuesday, the city said.\n\nREAD MORE: Mayor says "pools are safe"';
    expect(rolesOf(text)).toEqual({ claims: [['reported', 'The pool closed on Tuesday', 'city']], neutral: [] });
  });
});
