/** One row per attribution pattern: the sentence, and the mention, cue and content whosaid finds in it. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

function firstAttributed(text: string): [string, string, string, string] | null {
  const claim = extract(text).claims.find((c) => c.source !== null);
  return claim ? [claim.kind, claim.sourceMention?.text ?? '', claim.cue?.text ?? '', claim.text] : null;
}

describe('attribution patterns', () => {
  test.each([
    ['that-clause', 'The mayor said that the bridge would reopen in May.', ['reported', 'The mayor', 'said', 'the bridge would reopen in May']],
    ['bare clause', 'Russia responded they would not engage in that area.', ['reported', 'Russia', 'responded', 'they would not engage in that area']],
    ['circumstance before that', 'The agency said on Monday that fares would rise.', ['reported', 'The agency', 'said', 'fares would rise']],
    ['trailing attribution', 'The plant will close next year, sources said.', ['reported', 'sources', 'said', 'The plant will close next year']],
    ['according to, leading', 'According to the Riverside Gazette, the vote was delayed.', ['reported', 'the Riverside Gazette', 'According to', 'the vote was delayed']],
    ['according to, trailing', 'The vote was delayed, according to the Riverside Gazette.', ['reported', 'the Riverside Gazette', 'according to', 'The vote was delayed']],
    ['auxiliary in the cue', 'The governor has said the budget is balanced.', ['reported', 'The governor', 'has said', 'the budget is balanced']],
    ['appositive chain', 'Marley Anderson, 21, a junior from Las Vegas, said the fees were too high.', ['reported', 'Marley Anderson, 21, a junior from Las Vegas,', 'said', 'the fees were too high']],
    ['time word after a participle', 'A news report published Wednesday said the plan would cost more.', ['reported', 'A news report', 'said', 'the plan would cost more']],
    ['inverted quote attribution', '“We will appeal,” said the company’s lawyer.', ['quote', 'the company’s lawyer', 'said', 'We will appeal,']],
    ['participle after a comma', 'The senator rallied supporters, saying: “We have to win this.”', ['quote', 'The senator', 'saying:', 'We have to win this.']],
    ['phrasal cue', 'The union called for a strike vote next week.', ['reported', 'The union', 'called for', 'a strike vote next week']],
    ['parenthesis between subject and cue', 'Sen. Ann Ruiz (D-Ohio) said the vote was rushed.', ['reported', 'Sen. Ann Ruiz (D-Ohio)', 'said', 'the vote was rushed']],
    ['long circumstance before that', 'The mayor told reporters at the town hall in Greenville on Tuesday that the count was slow.', ['reported', 'The mayor', 'told', 'the count was slow']],
    ['name before an opening colon', 'The result did not surprise pollster Daron Shaw: “Turnout was low everywhere.”', ['quote', 'pollster Daron Shaw', ':', 'Turnout was low everywhere.']],
    ['possessive before a noun compromise reads as a verb', 'O’Malley’s campaign says it will shift staff to Iowa.', ['reported', 'O’Malley’s campaign', 'says', 'it will shift staff to Iowa']],
    ['determiner before a noun compromise reads as a verb', 'The campaign said it raised $21 million in January.', ['reported', 'The campaign', 'said', 'it raised $21 million in January']],
    ['parenthesis closing after a period', 'Sen. Bernie Sanders (I-Vt.) said he will release his records.', ['reported', 'Sen. Bernie Sanders (I-Vt.)', 'said', 'he will release his records']],
    ['appositive between dashes', 'Jason Sims — a teacher from Mount Pleasant — says he made a late decision.', ['reported', 'Jason Sims — a teacher from Mount Pleasant —', 'says', 'he made a late decision']],
    ['relative clause between commas', 'Mr. Reid, who represents Nevada, said he was confident.', ['reported', 'Mr. Reid, who represents Nevada,', 'said', 'he was confident']],
    ['two-apostrophe quote marks', "''I am going to be the nominee,'' he said aboard his plane.", ['quote', 'he', 'said', 'I am going to be the nominee,']],
    ['parenthesis closing a name before an appositive', 'Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he had not thought about it.', ['reported', 'Sen. Rob Portman (R-Ohio), another vulnerable incumbent,', 'said', 'he had not thought about it']],
    ['common-noun appositive holding a proper name', 'Mary Green, director of the Mommy and Me literacy program, said she welcomes everyone.', ['reported', 'Mary Green, director of the Mommy and Me literacy program,', 'said', 'she welcomes everyone']],
    ['including-clause between commas', 'Several candidates, including Trump, said the border should close.', ['reported', 'Several candidates, including Trump,', 'said', 'the border should close']],
    ['partitive pronoun subject', 'After the shutdown, most of them said they had loved working there.', ['reported', 'most of them', 'said', 'they had loved working there']],
    ['attribution after a copula and a comma', 'It was, he said, one of the bitterest failures of his term.', ['reported', 'he', 'said', 'It was, he said, one of the bitterest failures of his term']],
    ['first-person belief', 'I think the bridge is safe.', ['reported', 'I', 'think', 'the bridge is safe']],
    ['appositive before an auxiliary', 'Gov. Scott Walker, one of the candidates Trump beat, had pledged to back the nominee.', ['reported', 'Gov. Scott Walker, one of the candidates Trump beat,', 'had pledged', 'to back the nominee']],
    ['time phrase between subject and cue', 'The spokesman on Thursday evening said the talks had failed.', ['reported', 'The spokesman', 'said', 'the talks had failed']],
    ['prepositional phrase after an auxiliary', 'Her closest allies have in the past said she would not run.', ['reported', 'Her closest allies', 'said', 'she would not run']],
    ['time phrase without a preposition', 'The mayor this week said the budget was balanced.', ['reported', 'The mayor', 'said', 'the budget was balanced']],
    ['a clause after a preposition keeps its subject', 'Two months after the company announced its move to Mexico.', ['reported', 'the company', 'announced', 'its move to Mexico']],
    ['as-attribution opening the sentence', 'As the Gazette reported, the council delayed the vote.', ['reported', 'the Gazette', 'reported', 'the council delayed the vote']],
    ['as-attribution in the middle of its content', 'The vote, as the Gazette reported, was delayed.', ['reported', 'the Gazette', 'reported', 'The vote, as the Gazette reported, was delayed']],
    ['participle after an issued document', 'The mayor issued a statement saying the bridge would reopen.', ['reported', 'The mayor', 'saying', 'the bridge would reopen']],
    ['participle after a person object', 'The delay left residents wondering about the bridge.', ['reported', 'residents', 'wondering', 'about the bridge']],
    ['subject after "of"', 'Supporters of the mayor said the plan would pass.', ['reported', 'Supporters of the mayor', 'said', 'the plan would pass']],
    ['participle opening the sentence after a preposition', 'After bragging for a year about his low costs, the candidate is spending more.', ['reported', 'the candidate', 'bragging', 'for a year about his low costs']],
    ['new clause ends the content', 'The troops called for air support, and up to 200 attackers reportedly died.', ['reported', 'The troops', 'called for', 'air support']],
  ] as [string, string, [string, string, string, string]][])('%s', (_name, text, expected) => {
    expect(firstAttributed(text)).toEqual(expected);
  });

  /** Every attributed claim of a text, as [source mention, cue, content]. */
  const attributed = (text: string) => extract(text).claims.filter((c) => c.source !== null).map((c) => [c.sourceMention?.text, c.cue?.text, c.text]);

  test('a belief or a pronoun restating the speaker inside the content is one attribution', () => {
    expect(attributed('The mayor said he plans to run again next year.')).toEqual([['The mayor', 'said', 'he plans to run again next year']]);
    expect(attributed('Residents believe the utility wasted money, a council member said.')).toEqual([['a council member', 'said', 'Residents believe the utility wasted money']]);
  });

  test('a second source saying something inside the content is an attribution of its own', () => {
    expect(attributed('The senator said Jones said the plan would fail.')).toEqual([
      ['The senator', 'said', 'Jones said the plan would fail'],
      ['Jones', 'said', 'the plan would fail'],
    ]);
  });

  test('any other cue verb inside the content is part of what the outer source reports', () => {
    expect(attributed('The senator said Jones claimed the plan would fail.')).toEqual([['The senator', 'said', 'Jones claimed the plan would fail']]);
    expect(attributed('Aides say the respect they express for him helps the campaign.')).toEqual([['Aides', 'say', 'the respect they express for him helps the campaign']]);
  });

  test('a content ends where a second attribution by the same subject begins', () => {
    expect(attributed('Graham called the two front-runners “crazy” and said the party is bound to lose.')).toEqual([
      ['Graham', 'called', 'the two front-runners “crazy”'],
      ['Graham', 'called', 'crazy'],
      ['Graham', 'said', 'the party is bound to lose'],
    ]);
    expect(attributed('The governor endorsed the former secretary, citing her long experience.')).toEqual([
      ['The governor', 'endorsed', 'the former secretary'],
      ['The governor', 'citing', 'her long experience'],
    ]);
  });

  test('the mention as written keeps its appositive; the source is the name', () => {
    const document = extract('“The fees are too high,” said Marley Anderson, a junior from Las Vegas.\nHugh Hill, a doctor at the clinic, said the wait was long.');
    const sources = new Map(document.sources.map((s) => [s.id, s.name]));
    expect(document.claims.map((c) => [c.sourceMention?.text, c.source === null ? null : sources.get(c.source)])).toEqual([
      ['Marley Anderson, a junior from Las Vegas', 'Marley Anderson'],
      ['Hugh Hill, a doctor at the clinic,', 'Hugh Hill'],
    ]);
  });

  test('a content in an introductory clause ends where the main clause begins', () => {
    expect(attributed('While the mayor praised the plan, the council said it would fail.')).toEqual([
      ['the mayor', 'praised', 'the plan'],
      ['the council', 'said', 'it would fail'],
    ]);
    expect(attributed('Two months after the company announced the layoffs, the plant closed.')).toEqual([['the company', 'announced', 'the layoffs']]);
  });

  test('a content ends where a second source joined by "and" speaks', () => {
    expect(attributed('The commanders warned the Russians about the base and Russia responded they would not engage.')).toEqual([
      ['The commanders', 'warned', 'the Russians about the base'],
      ['Russia', 'responded', 'they would not engage'],
    ]);
  });

  test('circumstance or an addressee after "said"/"told" is not what was said', () => {
    expect(attributed('The clerk was kind and careful, an airport official told The New York Times.')).toEqual([['an airport official', 'told', 'The clerk was kind and careful']]);
    expect(attributed('The count was slow, the mayor said in a statement on Friday.')).toEqual([['the mayor', 'said', 'The count was slow']]);
    expect(attributed('The mayor said last week the budget was balanced.')).toEqual([['The mayor', 'said', 'last week the budget was balanced']]);
  });

  test('words after the cue are its content, never the clause before it', () => {
    expect(attributed('Cook said the practice stopped, but Cook did not say when.')).toEqual([['Cook', 'said', 'the practice stopped']]);
  });

  test.each([
    ['a passive has no speaker', 'The plan was criticized by many.'],
    ['a named thing is no speech', 'He joined a group called Citizens First.'],
    ['anonymity requests are no claim', 'A driver who asked not to be named.'],
    ['generic believers', 'You know the bridge is safe.'],
  ])('%s', (_name, text) => {
    expect(firstAttributed(text)).toBeNull();
  });
});
