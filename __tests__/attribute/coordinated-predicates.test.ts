/**
 * A verb of attack or praise beside a cue predicate of its subject is a cue ("attacked the plan and took issue
 * with its cost"). A content ends where a second predicate of the same subject begins ("vowed to cut taxes,
 * declined to name a date and called …"), where an absolute phrase opens ("declined to comment, with spokesman
 * Ravi Patel saying …") and, for a participle opening the sentence, at its comma; a second predicate that is a cue
 * is a claim of its own with the same source. One row a sentence: every claim as [kind, source mention, cue, text].
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

const claims = (text: string): [string, string, string, string][] =>
  extract(text).claims.map((c) => [c.kind, c.sourceMention?.text ?? '', c.cue?.text ?? '', c.text]);

describe('contents over coordinated predicates and absolute phrases', () => {
  test.each([
    // "but noted that": a second cue predicate the tagger first read as an adjective is a claim of its own.
    [
      'The director said the candidate erred but noted that experts disagree.',
      [
        ['reported', 'The director', 'said', 'the candidate erred'],
        ['reported', 'The director', 'noted', 'experts disagree'],
      ],
    ],
    // Sieve coordinated-clause-subject: the subject of the clause the verb is coordinated with, not the sentence's first.
    [
      'The crowd cheered when the mayor spotted a sign and asked for it to be brought to the stage.',
      [['reported', 'the mayor', 'asked for', 'it to be brought to the stage']],
    ],
    [
      'As the race turned south, the senator decried the issue and highlighted her plans to fix it.',
      [
        ['reported', 'the senator', 'decried', 'the issue'],
        ['reported', 'the senator', 'highlighted', 'her plans to fix it'],
      ],
    ],
    // Sieve coordinated-subject: an opening prepositional phrase set off by a comma holds no main verb.
    [
      'In a video posted to her account, she criticized the mayor and challenged him to a debate.',
      [
        ['reported', 'she', 'criticized', 'the mayor'],
        ['reported', 'she', 'challenged', 'him to a debate'],
      ],
    ],
    // Sieve coordinated-relative-subject: a verb coordinated inside a relative clause shares its pronoun; a verb of
    // another tense joins the clause above.
    [
      'Police spoke to Ann Ruiz, who lived near the dam and said she heard a blast.',
      [['reported', 'who', 'said', 'she heard a blast']],
    ],
    [
      'Police spoke to Ann Ruiz, who lives near the dam and said she heard a blast.',
      [['reported', 'Police', 'said', 'she heard a blast']],
    ],
    [
      'The minister courted the fishing community, which depends on the harbour and says the plan will bring jobs.',
      [['reported', 'which', 'says', 'the plan will bring jobs']],
    ],
    // Sieve coordinated-subject: a subordinate clause that closes before the coordinator holds no verb the cue shares.
    [
      "While the donor didn't disclose his plans, he did say he found the mayor charming and called the plan bold.",
      [
        ['reported', 'the donor', 'disclose', 'his plans'],
        ['reported', 'he', 'did say', 'he found the mayor charming'],
        ['reported', 'he', 'called', 'the plan bold'],
      ],
    ],
    // The layer's subject of the main clause is a time phrase: the scanners' subject, in that clause too, stands.
    [
      'Thirteen years later, Lee continues to work with patients and feels grateful for the help.',
      [
        ['unattributed', '', '', 'Thirteen years later, Lee continues to work with patients and feels'],
        ['reported', 'Lee', 'feels', 'grateful for the help'],
      ],
    ],
    [
      'The governor attacked the transit plan and took issue with its cost.',
      [
        ['reported', 'The governor', 'attacked', 'the transit plan'],
        ['reported', 'The governor', 'took issue with', 'its cost'],
      ],
    ],
    // "attack" alone is a deed.
    ['Rebels attacked the base and took the airport.', []],
    [
      'The union declined to comment, with spokesman Ravi Patel saying, "We will respond Monday."',
      [
        ['reported', 'The union', 'declined', 'to comment'],
        ['quote', 'spokesman Ravi Patel', 'saying', 'We will respond Monday.'],
      ],
    ],
    [
      'In March, the senator vowed to cut taxes, declined to name a date and called the plan "fair."',
      [
        ['reported', 'the senator', 'vowed', 'to cut taxes'],
        ['reported', 'the senator', 'declined', 'to name a date'],
        ['reported', 'the senator', 'called', 'the plan "fair."'],
        ['partial-quote', 'the senator', 'called', 'fair.'],
      ],
    ],
    [
      'The mayor praised the new budget and blamed the council for the delay.',
      [
        ['reported', 'The mayor', 'praised', 'the new budget'],
        ['reported', 'The mayor', 'blamed', 'the council for the delay'],
      ],
    ],
    [
      'Ms. Ortiz had pledged to back the nominee, but sounded equivocal this week.',
      [['reported', 'Ms. Ortiz', 'had pledged', 'to back the nominee']],
    ],
    [
      'Recognizing the gap between the candidate and the platform, the campaign believes the nominee has earned it.',
      [
        ['reported', 'the campaign', 'Recognizing', 'the gap between the candidate and the platform'],
        ['reported', 'the campaign', 'believes', 'the nominee has earned it'],
      ],
    ],
    [
      'A third said they believe the mayor lied; 29 percent said they trust her.',
      [
        ['reported', 'A third', 'said', 'they believe the mayor lied'],
        ['reported', '29 percent', 'said', 'they trust her'],
      ],
    ],
    // The content's own verb is in the cue's tense: "and cost" may go on "failed", so the content runs on.
    [
      'Lee said the plan failed and cost the town jobs.',
      [['reported', 'Lee', 'said', 'the plan failed and cost the town jobs']],
    ],
  ] as [string, [string, string, string, string][]][])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
