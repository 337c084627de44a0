/**
 * Cue words in another sense: each row a sentence and the cues of the claims whosaid reports for it (an empty
 * list: the word is no cue there), with a row where the same word is a cue.
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

const cues = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.cue !== null)
    .map((c) => c.cue!.text);

describe('cue words in another sense', () => {
  test.each([
    ['a light verb alone', 'The governor took the train to the capital.', []],
    ['a noun after "a" and an adjective', 'The pollster sounded a cautious note about the jobs report.', []],
    ['the same word as a verb', 'The pollster noted that the jobs report was strong.', ['noted']],
    ['a light verb with its words', 'The governor took issue with the plan.', ['took issue with']],
    ['"made it clear"', 'The senator made it clear that she would run again.', ['made it clear']],
    ['"spoke" alone', 'The harbour master spoke at the dinner on Friday.', []],
    ['"spoke about"', 'The harbour master spoke about the need for a second pier.', ['spoke about']],
    ['"has spoken of"', 'The mayor has spoken of her plans for the ferry.', ['has spoken of']],
    ['"likened"', 'The mayor likened the ferry delay to a slow-motion crash.', ['likened']],
    ['"lashed out"', 'The mayor lashed out at critics who called the pier unsafe.', ['lashed out']],
    ['"implied"', 'The minister implied that the pier would never reopen.', ['implied']],
    ['"remembers"', 'The harbour master remembers that the pier flooded in 1998.', ['remembers']],
    ['"downplayed"', 'The minister downplayed the risk of another closure.', ['downplayed']],
    ['"pondered"', 'The council pondered whether the pier could be saved.', ['pondered']],
    ['"tax credits" is no cue', 'Tax credits for ferry operators expire in June.', []],
    ['"thanks to" is no cue', 'The pier reopened thanks to a grant from the province.', []],
    ['"is critical of"', 'The mayor has often been critical of the ferry plan.', ['has often been critical of']],
    ['"was adamant that"', 'She was adamant that the pier would reopen.', ['was adamant that']],
    ['"are concerned that"', 'Residents are concerned that the pier will close.', ['are concerned that']],
    ['"were acutely aware that"', 'Voters were acutely aware that the pier might close.', ['were acutely aware that']],
    [
      '"are not confident that"',
      'Many fishers are not confident that the pier will reopen.',
      ['are not confident that'],
    ],
    ['"remain hopeful that"', 'The islanders remain hopeful that the ferry will return.', ['remain hopeful that']],
    ['"were afraid that"', 'The fishers were afraid that the pier would close.', ['were afraid that']],
    ['"concerned about" is no clause stance', 'The council is concerned about the cost of the pier.', []],
    ['"so worried that" says what followed', 'The mayor was so worried that she stayed at home.', []],
    ['"critical to" is no stance', 'The ferry is critical to the island economy.', []],
    ['"sided with"', 'Two councillors sided with the ferry workers in the dispute.', ['sided with']],
    ['"side" as a noun', 'The ferry leaves from the north side of the harbour.', []],
    ['"repudiated"', 'The mayor repudiated the remarks of her deputy.', ['repudiated']],
    ['a light verb in the passive', 'Their objections were made clear on Sunday night at the rally.', []],
    [
      'a light verb in the progressive',
      'Christie has been making the case that Rubio is not ready.',
      ['has been making the case'],
    ],
    ['"telling" as an adjective', 'It is telling that the ferry stopped in May.', []],
    ['"telling" in the progressive', 'The captain is telling passengers that the ferry will stop.', ['is telling']],
    ['a noun after a determiner and a year', 'A 2017 report by the audit office said the ferry was late.', ['said']],
    ['the same after a month and a year', 'A June 2017 study by the council found the ferry was late.', ['found']],
    ['the same word as a verb after a count', 'The two report to the council every week.', ['report']],
    ['a stance verb alone', 'Rebels attacked the base on Friday.', []],
    ['a stance verb beside a cue', 'The mayor attacked the plan and said it would fail.', ['attacked', 'said']],
    [
      'a stance verb after a cue',
      'Ms. Lund called the merger a bad deal and ranked it among the worst of the year.',
      ['called', 'ranked'],
    ],
    ['a deed beside a cue', 'The mayor cut the ribbon and said the bridge was open.', ['said']],
    ['adds a quantity', 'Copper added 12 cents to close at $4.10.', []],
    ['adds a share', 'The index added 3 percent on Friday.', []],
    ['adds a clause', 'He added that 12 people were hurt.', ['added']],
    ['idiom "according to plan"', 'Work went according to plan.', []],
    ['idiom "according to schedule"', 'The launch went ahead according to schedule.', []],
    ['"according to" a source', 'The launch was delayed, according to officials.', ['according to']],
    ['"find" with a reflexive object', 'The city found itself at the centre of the debt crisis.', []],
    ['"find" with a reflexive object after "has"', 'Lee has found herself in a tight race ahead of the vote.', []],
    ['"find" with a clause', 'The audit found the city had overspent.', ['found']],
    ['"finds" of a person, with an object', 'The mayor finds the new rules confusing.', []],
    ['"finds" of a poll, with an object', 'A new poll finds the mayor with a small lead.', ['finds']],
    [
      '"finds" of a survey set off by an inserted phrase',
      'The survey, run by the college, finds wide support.',
      ['finds'],
    ],
    ['negated, with a request as object', 'The agency did not respond to a request for comment.', []],
    // The tagger reads a plural right after "to" as a verb: the request is still the object.
    [
      'negated, with plural requests after "to"',
      'Ms. Lund and Mr. Ortiz did not respond to calls on the question.',
      [],
    ],
    ['negated, with messages after "to"', 'The minister did not respond to messages from reporters.', []],
    ['not negated, calls as object', 'The minister responded to calls for a review of the plan.', ['responded to']],
    ['negated, calls unreturned', 'The senator did not return calls seeking comment.', []],
    ['negated, with another phrase as object', 'The mayor never commented on the report.', ['never commented on']],
    ['negated, with a clause', 'The mayor did not say whether the plant would close.', ['did not say']],
    ['hyphenated participle in a noun phrase', 'She is a self-described socialist.', []],
    ['participle after a possessive', "They missed the council's estimated deadline.", []],
    ['a base form before "has": the head noun', 'The monthly jobs report has lifted the shares of builders.', []],
    ['an -s form after a plural noun before "are"', 'The arson charges are the first in the county.', []],
    ['an -s form after a singular noun', 'The deal the mayor says is fair will pass.', ['says']],
    ['a relative clause of its own', 'It is a shift that many economists say is the future.', ['say']],
    ['a base form before a clause', 'Farm groups report the harvest was poor.', ['report']],
    ['"finds" of a person, with an object', 'The coach finds time for every player.', []],
    ['"find that" with a determiner', 'Your task is to find that missing file.', []],
    ['"finds that" with a clause', 'The survey also finds that the governor keeps a wide lead.', ['also finds']],
    ['"maintain" with an object', 'The council will maintain the old bridge.', []],
    [
      '"maintained that" with a clause',
      'Ms. Lane has always maintained that the server was secure.',
      ['has always maintained'],
    ],
    ['"forecast" as a noun', 'The forecast was wrong again on Monday.', []],
    ['"forecast that" with a clause', 'Ms. Lee forecast that the budget would balance by 2027.', ['forecast']],
  ] as [string, string, string[]][])('%s', (_name, text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});

describe('section headings in capitals are no speakers', () => {
  test.each([
    [
      'a market wrap: different labels, each used once',
      'ENERGY: Crude oil fell 42 cents to $51.69.\n\nCURRENCIES: The dollar rose to 108.60 yen.\n\n' +
        'KEEPING SCORE: The index gained 0.7 per cent.\n',
      [],
    ],
    [
      'a transcript: speakers come back, the first time with their full name',
      'ANN LEE: Why not debate in the spring?\n\nTOM ROSS: We will debate in every state.\n\n' +
        'LEE: When will that debate be held?\n\nROSS: We will hold it after the primary.\n',
      [':', ':', ':', ':'],
    ],
    ['two labels are too few to tell', 'ENERGY: Crude oil fell.\n\nCURRENCIES: The dollar rose.\n', [':', ':']],
  ] as [string, string, string[]][])('%s', (_name, text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
