/** Each reported claim says whether it reports a clause or a phrase (Claim.content), read from the syntax layer. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

const reported = (text: string) =>
  extract(text)
    .claims.filter((c) => c.kind === 'reported')
    .map((c) => [c.text, c.content]);

describe('Claim.content of reported claims', () => {
  test.each([
    [
      'a that-clause',
      'The mayor said that the pool would reopen in June.',
      [['the pool would reopen in June', 'clause']],
    ],
    ['a bare clause', 'Officials said the bridge was safe.', [['the bridge was safe', 'clause']]],
    [
      'according to, before the clause',
      'According to the ministry, the dam was unsafe.',
      [['the dam was unsafe', 'clause']],
    ],
    ['a noun-phrase object', 'The union criticized the appointment.', [['the appointment', 'phrase']]],
    [
      'a noun phrase with a relative clause is still a phrase',
      'The minister revealed the plan, which was drafted in secret.',
      [['the plan, which was drafted in secret', 'phrase']],
    ],
    [
      'a clause inside a relative clause set off by a comma still describes the name',
      'The mayor praised Ana Ortiz, who as a teenager had run the market, and her crew.',
      [['Ana Ortiz, who as a teenager had run the market, and her crew', 'phrase']],
    ],
    [
      'a clause after a name with a restrictive relative clause is a clause',
      'Police said the man whose car was found in the river had been missing for a week.',
      [['the man whose car was found in the river had been missing for a week', 'clause']],
    ],
  ] as [string, string, [string, string][]][])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  test('quotes carry no content form', () => {
    const claims = extract('“We will reopen the pool,” Ortiz said.').claims;
    expect(claims.map((c) => [c.kind, c.content])).toEqual([['quote', undefined]]);
  });
});
