/**
 * Claims that are not there: words after a cue that say how it was said, not what. Each row a sentence and every
 * claim whosaid reports for it, as [kind, mention, cue, content].
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

const claims = (text: string): [string, string, string, string][] =>
  extract(text).claims.map((c) => [c.kind, c.sourceMention?.text ?? '', c.cue?.text ?? '', c.text]);

describe('no claim from how it was said or who did it', () => {
  test.each([
    [
      'a gerund clause of manner after a trailing attribution: what comes before is the content',
      'Many farmers did not see themselves in the minister’s plan and found it unfair, reporter Dana Lee said in posing the question.',
      [
        [
          'reported',
          'reporter Dana Lee',
          'said',
          'Many farmers did not see themselves in the minister’s plan and found it unfair',
        ],
      ],
    ],
    [
      'the same after "by"',
      'The ferry will keep running, the mayor said by reading from a letter.',
      [['reported', 'the mayor', 'said', 'The ferry will keep running']],
    ],
    [
      'a clause with a subject inside "by saying" is what was said (the nested "saying" is part of that claim)',
      'The mayor responded by saying that the ferry would keep running.',
      [['reported', 'The mayor', 'responded', 'by saying that the ferry would keep running']],
    ],
    [
      'an agent after a participle cue is who offered it, not what was said',
      'Voters will not flock to the radical change offered by the mayor.',
      [],
    ],
    ['the same set off by commas', 'The figure, first reported by the Gazette on Tuesday, surprised the council.', []],
    [
      'a clause with its own subject after "and" is no content of the cue before it; its own cue speaks',
      'The agency tried to comment and aides said the remark was wrong.',
      [['reported', 'aides', 'said', 'the remark was wrong']],
    ],
    [
      '"yet" after the cue opens its object',
      'On Tuesday he offered yet another scripted address.',
      [['reported', 'he', 'offered', 'yet another scripted address']],
    ],
    [
      'a preposition stranded before a comma ends a relative clause: what follows was not said',
      'The editor who I was talking to, Dana Lee, stopped the meeting.',
      [],
    ],
    [
      'a cue noun before "from": only the verb\'s claim',
      'The mayor said comments from the union were fair.',
      [['reported', 'The mayor', 'said', 'comments from the union were fair']],
    ],
    [
      'a place after a trailing attribution is a circumstance: the content comes before',
      'The ferry will run again next month, Garland explained from Winnipeg.',
      [['reported', 'Garland', 'explained', 'The ferry will run again next month']],
    ],
    [
      'a quote that is only part of what a trailing attribution reports is a partial quote of that claim',
      '“We are extremely happy” about the ruling, said Ana Ruiz.',
      [
        ['reported', 'Ana Ruiz', 'said', '“We are extremely happy” about the ruling'],
        ['partial-quote', 'Ana Ruiz', 'said', 'We are extremely happy'],
      ],
    ],
    [
      'an article alone is no source: a cue word after it modifies the noun that follows',
      'The politically charged term at the centre of the inquiry was named the word of the year.',
      [],
    ],
    [
      'a reflexive pronoun alone is no source (the tagger reads "service" as the verb)',
      'The police service itself refused to comment on the report.',
      [],
    ],
    [
      'an article, a quoted title and the noun after it are one source; the title is a name, not a claim',
      'The plan would cost $1.4 trillion a year, according to the “Ferry for All” report from the city.',
      [['reported', 'the “Ferry for All” report', 'according to', 'The plan would cost $1.4 trillion a year']],
    ],
    [
      'a quote that is all of what was said stays a quote',
      'The union said “We are extremely happy with the ruling.”',
      [['quote', 'The union', 'said', 'We are extremely happy with the ruling.']],
    ],
  ] as [string, string, [string, string, string, string][]][])('%s', (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('no claim of its own for an attribution inside what another reports', () => {
  test.each([
    [
      'a cue verb in a relative clause inside the content',
      'The mayor said the levy, which she called a burden, would go.',
      [['reported', 'The mayor', 'said', 'the levy, which she called a burden, would go']],
    ],
    [
      'a trailing "according to" keeps its claim; the deed it reports has none',
      'The publisher declined to renew the contract, according to an executive familiar with the talks.',
      [
        [
          'reported',
          'an executive familiar with the talks',
          'according to',
          'The publisher declined to renew the contract',
        ],
      ],
    ],
  ] as [string, string, [string, string, string, string][]][])('%s', (_name, text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
