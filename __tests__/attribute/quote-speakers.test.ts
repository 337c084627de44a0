/** The sieve that gives each quote its speaker, and the speaker it gives. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

/** [quote text, speaker mention, sieve] of every quote claim. */
function quoteSpeakers(text: string): [string, string | null, string | null][] {
  return extract(text)
    .claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote')
    .map((c) => [c.text, c.sourceMention?.text ?? null, c.by]);
}

describe('quote speakers', () => {
  test.each([
    [
      'a short bracket between the name and the colon is the name’s, the quote glued to the colon or not',
      'Rep. Ann Lee (D-Mass.): “We have not seen that figure anywhere.”\n\nSen. Tom Ruiz (R-Ohio):"Who gave you that number?"',
      [
        ['We have not seen that figure anywhere.', 'Rep. Ann Lee', 'colon-name'],
        ['Who gave you that number?', 'Sen. Tom Ruiz', 'colon-name'],
      ],
    ],
    [
      'a name set off by a dash from an earlier cue, right before the colon, is the one quoted; not one after "from"',
      'Pollsters agree - Dana Reyes: “One lesson was simple: keep calling voters late into the race.”\n\nThe mayor said - to loud cheers from Dana Reyes: “We will rebuild the pier.”',
      [
        ['One lesson was simple: keep calling voters late into the race.', 'Dana Reyes', 'colon-name'],
        ['We will rebuild the pier.', 'The mayor', 'adjacent'],
      ],
    ],
    [
      'as a last resort, a noun subject of a verb a few words before the quote, not one farther away nor in a clause opened by "whether"',
      'The ferry union complimented the mayor on “keeping every route open through the long winter months.”\n\nThe ferry union complimented the mayor and the harbour council in a long and warm letter on Monday on “keeping every route open all year.”\n\nThe harbour survey asks whether any household has “trouble paying the winter heating bills on time.”',
      [
        ['keeping every route open through the long winter months.', 'The ferry union', 'noun-subject'],
        ['keeping every route open all year.', null, null],
        ['trouble paying the winter heating bills on time.', null, null],
      ],
    ],
    [
      'a quote that ends its sentence takes the next sentence of a subject and a verb of saying with only a circumstance',
      '“The city is proud to back the plan.” Tom Hale said as he opened the session.\n\n“We will win!” The senator said.',
      [
        ['The city is proud to back the plan.', 'Tom Hale', 'next-sentence-verb'],
        ['We will win!', 'The senator', 'next-sentence-verb'],
      ],
    ],
    [
      'a question or exclamation takes the next sentence of a subject and any verb that ends its clause',
      '“Will the ferry run on Sundays?” Dana Reyes pressed. “Or only in summer?”\n\n“We will not pay!” The tenants went on, as the landlord left.',
      [
        ['Will the ferry run on Sundays?', 'Dana Reyes', 'next-sentence-verb'],
        ['Or only in summer?', 'Dana Reyes', 'same-paragraph'],
        ['We will not pay!', 'The tenants', 'next-sentence-verb'],
      ],
    ],
    [
      'not a verb with more words after it, nor one that introduces a quote of its own',
      '“Why not?” The answer came quickly.\n\n“Who pays?” Critics say the plan fails.\n\n“Will you stay?” Ortiz answered, “I have no idea.”',
      [
        ['Why not?', null, null],
        ['Who pays?', null, null],
        ['Will you stay?', 'Ortiz', 'same-paragraph'],
        ['I have no idea.', 'Ortiz', 'adjacent'],
      ],
    ],
    [
      'a quote that opens its sentence takes the sentence before of a subject, a verb of saying and only its listener',
      'Nurse Maya Ortiz told reporters in Leeds. “We will not close the ward.”\n\nThe minister responded on Friday. “No cuts.”',
      [
        ['We will not close the ward.', 'Nurse Maya Ortiz', 'previous-sentence-verb'],
        ['No cuts.', 'The minister', 'previous-sentence-verb'],
      ],
    ],
    [
      'when that sentence says more than whom it was told to, it reports a claim, and the quote after it is its source’s',
      'Maya Ortiz told reporters about the budget cuts. “We will not close the ward.”',
      [['We will not close the ward.', 'Maya Ortiz', 'previous-sentence']],
    ],
    [
      'a subject the tagger reads as an adjective, or with a phrase after it, still speaks after the quote',
      '“The mayor should resign,” the editorial read. “Rates will rise,” a voice-over in the ad states.',
      [
        ['The mayor should resign,', 'the editorial', 'trailing-verb'],
        ['Rates will rise,', 'a voice-over', 'trailing-verb'],
      ],
    ],
    [
      'not when the next sentence reports a clause of its own',
      '“We won.” Tom Hale said the team deserved it.',
      [['We won.', null, null]],
    ],
    [
      'a quote inside its sentence takes no trailing verb that is not one of saying',
      'The “fair share for every family” pledge was dropped in May.',
      [['fair share for every family', null, null]],
    ],
    [
      'a quote opening its sentence takes any trailing verb',
      '“Sit down,” Trump shot back.',
      [['Sit down,', 'Trump', 'trailing-verb']],
    ],
    [
      'a quote glued to the comma after its cue, or to the name after it, has its speaker',
      'The mayor said,“We will rebuild the bridge.”\n\n“They spread fear,”Dana Reyes said.',
      [
        ['We will rebuild the bridge.', 'The mayor', 'adjacent'],
        ['They spread fear,', 'Dana Reyes', 'adjacent'],
      ],
    ],
    [
      'a straight quote glued to the colon after its cue or its speaker’s name has its speaker',
      'The harbour board said:"We learned that from the port office."\n\nFormer harbour commissioner Ann Marie Lee:"We read every log."',
      [
        ['We learned that from the port office.', 'The harbour board', 'adjacent'],
        ['We read every log.', 'Former harbour commissioner Ann Marie Lee', 'colon-name'],
      ],
    ],
    [
      'a quote inside a clause that a trailing attribution reports is that attribution’s',
      'He called the plan “a disaster for everyone,” Smith said. The mayor described it: “It is a disaster for all,” Lee said.',
      [
        ['a disaster for everyone,', 'Smith', 'inside-reported'],
        ['It is a disaster for all,', 'Lee', 'adjacent'],
      ],
    ],
    [
      'a quote signed with a dash and a name ending the line is that name’s',
      'Readers wrote to us after the debate.\n\n“The most unqualified man to ever run for mayor.” ― Jorge T. Ruiz.\n',
      [['The most unqualified man to ever run for mayor.', 'Jorge T. Ruiz', 'signed-name']],
    ],
    [
      'a subject with "of" after the quote speaks it, and makes no reported claim of the quote',
      '“Wages are low,” the head of the union said. “Rates will fall,” Lina Wu of FX Group said.',
      [
        ['Wages are low,', 'the head of the union', 'adjacent'],
        ['Rates will fall,', 'Lina Wu of FX Group', 'adjacent'],
      ],
    ],
    [
      'a question, then the name with an appositive and the verb: one sentence, the name speaks',
      '“Does he need that deal?” Peter Every, a senior strategist for Westbank, said in a commentary.',
      [['Does he need that deal?', 'Peter Every, a senior strategist for Westbank,', 'adjacent']],
    ],
    [
      'an em dash before the name signs a quote too',
      'Readers wrote to us after the debate.\n\n“We deserve a council that listens to us.” — Ana Ortiz\n\nThe council meets again next week.\n',
      [['We deserve a council that listens to us.', 'Ana Ortiz', 'signed-name']],
    ],
    [
      'a dash before lowercase words signs nothing (the previous paragraph’s speaker goes on)',
      'Readers wrote to us after the debate.\n\n“We deserve a council that listens to us.” — and the room fell quiet.\n\nThe council meets again next week.\n',
      [['We deserve a council that listens to us.', 'Readers', 'continued-turn']],
    ],
    [
      'a name that does not end the line signs nothing',
      'The council meets again next week.\n\n“We deserve a council that listens.” — Ana Ortiz wrote that on Monday, and more.\n',
      [['We deserve a council that listens.', null, null]],
    ],
    [
      'a verb that reports the words right after it speaks no quote inside the clause before it (bound own-words)',
      'The mayor blamed the delay on a “broken pump,” claiming the city had warned the contractor.\n\nAlthough Ruiz admitted that the two had “spoken a few times,” she claimed they had never met.',
      [
        ['broken pump,', 'The mayor', 'sentence-subject'],
        ['spoken a few times,', 'Ruiz', 'sentence-subject'],
      ],
    ],
  ] as [string, string, [string, string | null, string | null][]][])('%s', (_name, text, expected) => {
    expect(quoteSpeakers(text)).toEqual(expected);
  });

  test('a quote standing as a sentence after a reported attribution in its paragraph is that speaker’s', () => {
    expect(
      quoteSpeakers('The mayor announced a lawsuit against the county on Monday. “We are seeking a court order.”'),
    ).toEqual([['We are seeking a court order.', 'The mayor', 'previous-sentence']]);
  });

  test('an attributed quote in the paragraph comes first', () => {
    expect(
      quoteSpeakers('The mayor announced a lawsuit on Monday. “We will win,” Ruiz said. “They have no case.”'),
    ).toEqual([
      ['We will win,', 'Ruiz', 'adjacent'],
      ['They have no case.', 'Ruiz', 'same-paragraph'],
    ]);
  });

  test('the subject of a sentence is found outside the quotes in it', () => {
    expect(
      quoteSpeakers(
        '“You can’t call them and ask,” Ruiz said on the radio show “Morning Talk With Ann Lee.” “There is no way to check.”',
      ),
    ).toEqual([
      ['You can’t call them and ask,', 'Ruiz', 'adjacent'],
      ['Morning Talk With Ann Lee.', 'Ruiz', 'sentence-subject'],
      ['There is no way to check.', 'Ruiz', 'same-paragraph'],
    ]);
  });

  test('a quote in a later clause with a subject of its own is that subject’s, not the first clause’s', () => {
    expect(
      quoteSpeakers(
        'Ann Lee pedalled out to the buoy as Tom Ruiz jeered, “Goodbye and good luck out there!”\n\n' +
          'Maya Ortiz praised the budget, but Dana Reyes landed a sharp dig at “a plan for nobody at all.”\n\n' +
          'Maya Ortiz opened the meeting and Tom Ruiz complimented the nurses on “keeping the ward open all winter.”',
      ),
    ).toEqual([
      ['Goodbye and good luck out there!', 'Tom Ruiz', 'sentence-subject'],
      ['a plan for nobody at all.', 'Dana Reyes', 'sentence-subject'],
      ['keeping the ward open all winter.', 'Tom Ruiz', 'sentence-subject'],
    ]);
  });

  test('a quote whose attribution a trailing "according to" reports is that outer source’s, as PolNeAR marks it', () => {
    expect(
      quoteSpeakers(
        '“We will reopen the ward in May,” Maya Ortiz said, according to the Gazette. “Nurses are ready.”\n\n' +
          '“The vote is final,” Dana Reyes told the board on Monday, according to a person at the meeting.',
      ),
    ).toEqual([
      ['We will reopen the ward in May,', 'the Gazette', 'outer-according-to'],
      ['Nurses are ready.', 'the Gazette', 'same-paragraph'],
      ['The vote is final,', 'a person', 'outer-according-to'],
    ]);
    // An "according to" that opens the sentence leaves the speaker inside it hers.
    expect(quoteSpeakers('According to the Gazette, Maya Ortiz said: “We will reopen the ward in May.”')).toEqual([
      ['We will reopen the ward in May.', 'Maya Ortiz', 'adjacent'],
    ]);
  });

  test('a verb of saying the tagger read as a plural noun after a name is a verb', () => {
    expect(
      quoteSpeakers(
        '“We will reopen the ward,” Maya Ortiz, director of the Harbor Health Center, tells Radio Leeds in an interview.',
      ),
    ).toEqual([['We will reopen the ward,', 'Maya Ortiz, director of the Harbor Health Center,', 'adjacent']]);
    // So is the -s form of any verb of saying right after a person's name, unless a determiner opens the phrase.
    expect(quoteSpeakers('Maya Ortiz describes the ward as “the safest place in the county.”')).toEqual([
      ['the safest place in the county.', 'Maya Ortiz', 'inside-reported'],
    ]);
    expect(quoteSpeakers('The Ortiz claims were “the safest bet in the county.”')).toEqual([
      ['the safest bet in the county.', null, null],
    ]);
  });

  test('a surname spelled like a modal is the speaker, not an auxiliary of the cue', () => {
    expect(
      quoteSpeakers('“The vote is over,” May said. “We start again.”\n\n“The stakes are high,” Will wrote on Sunday.'),
    ).toEqual([
      ['The vote is over,', 'May', 'adjacent'],
      ['We start again.', 'May', 'same-paragraph'],
      ['The stakes are high,', 'Will', 'adjacent'],
    ]);
    expect(quoteSpeakers('“The vote is over,” the mayor may say.')).toEqual([
      ['The vote is over,', 'the mayor', 'adjacent'],
    ]);
  });

  test('"as Lee put it" and "in Lee’s words" right before a quote name its speaker, over any other cue', () => {
    expect(
      quoteSpeakers(
        'The mayor agreed. As Dana Lee, the harbor master, put it: “The ferry is our lifeline.”\n\n' +
          'Tourists come because, in the Gazette’s words, “it is the most charming harbor in the county.”',
      ),
    ).toEqual([
      ['The ferry is our lifeline.', 'Dana Lee, the harbor master', 'words-frame'],
      ['it is the most charming harbor in the county.', 'the Gazette’s', 'words-frame'],
    ]);
  });

  test.each([
    ['The old ferry had, in her words, become “a danger to everyone.”', 'a danger to everyone.', 'her'],
    ['In the words of one nurse, the ward was “a war zone.”', 'a war zone.', 'one nurse'],
    ['The plan, in the mayor’s own words, is “dead on arrival.”', 'dead on arrival.', 'the mayor’s'],
  ])('a words frame set off by commas earlier in the quote’s clause names its speaker: %s', (text, quote, speaker) => {
    expect(quoteSpeakers(text)).toEqual([[quote, speaker, 'words-frame']]);
  });

  test('a words frame in another clause names no speaker of the quote', () => {
    expect(quoteSpeakers('In his words, the plan is good, but critics call it “a farce.”')).toEqual([
      ['a farce.', 'critics', 'inside-reported'],
    ]);
  });

  test('a name after a preposition of listener or medium before the colon is no speaker; after "from" it is', () => {
    expect(
      quoteSpeakers(
        'Senate leader Ann Lee delivered a blunt message to Mayor Tom Ruiz: “It is time to stop attacking the nurses.”\n\n' +
          'Read the statement from Senator Ann Lee: “We will not close the ward.”',
      ),
    ).toEqual([
      ['It is time to stop attacking the nurses.', 'Senate leader Ann Lee', 'sentence-subject'],
      ['We will not close the ward.', 'Senator Ann Lee', 'colon-name'],
    ]);
  });

  test('a colon introducing the quote makes a common-noun subject its source', () => {
    expect(quoteSpeakers('The front-page headline reads: “Council votes to close the bridge.”')).toEqual([
      ['Council votes to close the bridge.', 'The front-page headline', 'sentence-subject'],
    ]);
    // Without a colon only the last-resort sieve gives it one, and not through a copula.
    expect(quoteSpeakers('The front-page headline carried the words “quiet courage of the council.”')).toEqual([
      ['quiet courage of the council.', 'The front-page headline', 'noun-subject'],
    ]);
    expect(quoteSpeakers('The front-page headline was “quiet courage of the council.”')).toEqual([
      ['quiet courage of the council.', null, null],
    ]);
    // A verb of saying makes a common-noun subject the source too.
    expect(quoteSpeakers('The narrator continues that, in “the new city, families get tax relief and jobs.”')).toEqual([
      ['the new city, families get tax relief and jobs.', 'The narrator', 'sentence-subject'],
    ]);
    // With no main verb before the colon (a copula, a participle the tagger misreads), the clause's subject; "are
    // obliged to declare:" is a cue whose infinitive speaks for that subject (sieve purpose-infinitive-subject).
    expect(
      quoteSpeakers(
        'The county board was firm in its ruling: “The ferry will stop running in May.”\n\n' +
          'Tenants are obliged to declare: “Has anyone else lived here this year?”\n\n' +
          'Then there was the oddest change of all: “The ferry will carry bicycles for free.”',
      ),
    ).toEqual([
      ['The ferry will stop running in May.', 'The county board', 'sentence-subject'],
      ['Has anyone else lived here this year?', 'Tenants', 'adjacent'],
      ['The ferry will carry bicycles for free.', null, null],
    ]);
  });

  test('a quote no other sieve placed takes the cue in its sentence: the last before it, else the first after it', () => {
    expect(
      quoteSpeakers(
        'The budget fell short, the mayor has called the harbor plan a “disgrace,” and Ruiz said it would fail.',
      ),
    ).toEqual([['disgrace,', 'the mayor', 'same-sentence']]);
    expect(
      quoteSpeakers(
        'After the vote the council was a “ghost town of broken promises,” and Ruiz said the harbor would close.',
      ),
    ).toEqual([['ghost town of broken promises,', 'Ruiz', 'same-sentence']]);
  });

  test('a reported attribution in another paragraph does not reach the quote', () => {
    expect(
      quoteSpeakers(
        'The mayor announced a lawsuit on Monday.\n\nThe county was silent. “We are seeking a court order.”',
      ),
    ).toEqual([['We are seeking a court order.', null, null]]);
  });
});
