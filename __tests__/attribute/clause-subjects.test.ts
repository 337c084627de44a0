/**
 * Subjects the syntax layer gives where the token scanners stopped at a phrase that cannot be the subject: a
 * prepositional object, a word inside a relative clause or a reduced relative. One row per sentence: the
 * source mention, cue and content of its reported claims, in text order.
 */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

function reported(text: string): [string, string, string][] {
  return extract(text)
    .claims.filter((c) => c.kind === 'reported' && c.sourceMention !== null)
    .map((c) => [c.sourceMention?.text ?? '', c.cue?.text ?? '', c.text]);
}

describe('clause subjects', () => {
  test.each([
    [
      'Farmers who have worked in the valley for decades know that the river floods.',
      [['Farmers', 'know', 'the river floods']],
    ],
    ['Dana Wells with the Port Authority says ships are late.', [['Dana Wells', 'says', 'ships are late']]],
    // The scanners write "the University of Leeds" from inside the object of "at": the layer's subject speaks.
    [
      'Chemistry professor Lena Marsh at the University of Leeds says the samples were clean.',
      [['Chemistry professor Lena Marsh', 'says', 'the samples were clean']],
    ],
    ['Supporters of the mayor say the count was wrong.', [['Supporters of the mayor', 'say', 'the count was wrong']]],
    // A surname that is also a time word opens the sentence before its verb; a weekday or "Today" does not speak.
    ['Day said the fund was empty.', [['Day', 'said', 'the fund was empty']]],
    ['Ms. Lee spoke. Today showed the fund was empty.', []],
    ['Tuesday showed the fund was empty.', []],
    // A party and state in brackets after the name are no subject of the layer's own.
    [
      'In a speech on Saturday Sen. Ann Ruiz (D-Mass.) said the plan was dead.',
      [['Sen. Ann Ruiz (D-Mass.)', 'said', 'the plan was dead']],
    ],
    // A name with a capitalised role after it: the name speaks, with its appositive as written.
    [
      'Tom Hale, Riverside MP, said the bridge would close.',
      [['Tom Hale, Riverside MP,', 'said', 'the bridge would close']],
    ],
    [
      'Tom Hale, a Riverside MP, said the bridge would close.',
      [['Tom Hale, a Riverside MP,', 'said', 'the bridge would close']],
    ],
    // A subject with a possessive is no name: the name in its appositive speaks.
    ["The mayor's aide, Dana Fritz, said the vote was close.", [['Dana Fritz', 'said', 'the vote was close']]],
    ["Okafor's agent, Dan Fritz, told reporters the golfer was sore.", [['Dan Fritz', 'told', 'the golfer was sore']]],
    // A role renamed by a name: the name is the mention.
    [
      'The council spokesman, Dana Fromm, said the bridge would close.',
      [['Dana Fromm', 'said', 'the bridge would close']],
    ],
    // "though" right before a verb opens a clause without a subject: the name before it is no subject.
    ['He is still learning French in Quebec, though expects that he will pass.', []],
    ['Dana Wells, though, says ships are late.', [['Dana Wells', 'says', 'ships are late']]],
    // A participle right after a phrase in an opening prepositional phrase describes that phrase; after the
    // subject, it speaks for the subject.
    [
      'Despite polls showing her well behind, the mayor campaigned in the state.',
      [['polls', 'showing', 'her well behind']],
    ],
    [
      'The mayor spent much of the run-up to the caucuses portraying her rival as weak.',
      [['The mayor', 'portraying', 'her rival as weak']],
    ],
    // A participle set off by a comma after the object (or the object's appositive) speaks for the subject.
    [
      'The premier fired her finance minister, Dana Holt, acknowledging that the budget had failed.',
      [['The premier', 'acknowledging', 'the budget had failed']],
    ],
    [
      'The union sent a letter to the school board chair, Ann Ruiz, calling the offer too low.',
      [['The union', 'calling', 'the offer too low']],
    ],
    // A verb after a phrase set off by dashes is the subject's verb, not inverted after a break.
    [
      'The report ― drawn up by engineers, planners and two former mayors, among others ― explains the delays.',
      [['The report', 'explains', 'the delays']],
    ],
    [
      'A Winnipeg family that spent three years fighting the insurer over their flooded basement has learned that the claim will be paid.',
      [['A Winnipeg family', 'has learned', 'the claim will be paid']],
    ],
    [
      'According to court filings, an engineer hired by the city warned that the dam was unsafe.',
      [
        ['court filings', 'According to', 'an engineer hired by the city warned that the dam was unsafe'],
        ['an engineer', 'warned', 'the dam was unsafe'],
      ],
    ],
    ['Residents who live near the plant say the water is unsafe.', [['Residents', 'say', 'the water is unsafe']]],
    [
      'Officials who spoke on condition of anonymity said the talks had collapsed.',
      [['Officials', 'said', 'the talks had collapsed']],
    ],
    [
      'Teachers at the school say they were not consulted about the change.',
      [['Teachers', 'say', 'they were not consulted about the change']],
    ],
    [
      'Dr. Ola Brandt gave an interview noting that rates would rise.',
      [['Dr. Ola Brandt', 'noting', 'rates would rise']],
    ],
    // A place is no speaker: the verb the layer took for a coordinated one shares the subject above.
    [
      'Tom Reed, owner of Maple Sweets, a candy company based in Antigonish, N.S., says the topic comes up daily.',
      [['Tom Reed', 'says', 'the topic comes up daily']],
    ],
    // A plural thing without a determiner and a document after a particle are objects too, not speakers.
    [
      'The agency withdrew notices seeking the arrest of three fugitives.',
      [['The agency', 'seeking', 'the arrest of three fugitives']],
    ],
    [
      'The senator has drawn large crowds describing a country run by bankers.',
      [['The senator', 'describing', 'a country run by bankers']],
    ],
    [
      'The campaign sent out a press release saying the mayor owes voters an apology.',
      [['The campaign', 'saying', 'the mayor owes voters an apology']],
    ],
    // A name right before the participle speaks for it; a place or an appositive set off by a comma does not.
    [
      'The governor was in Bangor, Maine, promising to build a new bridge.',
      [['The governor', 'promising', 'to build a new bridge']],
    ],
    [
      'Ortiz criticized Dana Lee, the current front-runner, saying voters need to stop her.',
      [
        ['Ortiz', 'criticized', 'Dana Lee, the current front-runner'],
        ['Ortiz', 'saying', 'voters need to stop her'],
      ],
    ],
    [
      'Critics shared footage of Ann Lee asking the mayor to resign.',
      [['footage of Ann Lee', 'asking', 'the mayor to resign']],
    ],
    // A participle after the comma that closes a clause opened by "when"/"as"/"while" or "which"/"who" speaks for
    // that clause's subject; not after a noun's "that" complement or a phrase opened by "after".
    [
      'The ad shows a scene in which children smash a toy house, yelling that the mayor is a bully.',
      [
        ['The ad', 'shows', 'a scene in which children smash a toy house'],
        ['children', 'yelling', 'the mayor is a bully'],
      ],
    ],
    [
      'The meeting ended early, when protesters stormed the stage, shouting that the mayor must resign.',
      [['protesters', 'shouting', 'the mayor must resign']],
    ],
    // A time phrase after a relative pronoun is no subject: the pronoun is, for its antecedent.
    [
      'Senator Dana Holt of Nova Scotia, who last year threatened to shut down the ferry service, spoke on Monday.',
      [['who', 'threatened', 'to shut down the ferry service']],
    ],
    // A relative clause set off by commas after an opening participle's phrase belongs to that phrase.
    [
      'In rejecting a similar challenge to the ballot, which is scheduled for next week, the commission recognized that a court should settle the matter.',
      [
        ['the commission', 'rejecting', 'a similar challenge to the ballot'],
        ['the commission', 'recognized', 'a court should settle the matter'],
      ],
    ],
    // An infinitive of purpose opening the sentence speaks for the main clause's subject; its content ends at its comma.
    [
      'To understand the link between imports and voting, the researchers studied factory towns.',
      [['the researchers', 'understand', 'the link between imports and voting']],
    ],
    // A concessive clause ("though", "although") too: its subject speaks.
    [
      'The premier was criticized for the term, though at a rally on Monday she used stronger words, saying the plan must be scrapped.',
      [['she', 'saying', 'the plan must be scrapped']],
    ],
    [
      'The mayor veered close to an admission that soldiers had fought in the war, saying the border was calm.',
      [['The mayor', 'saying', 'the border was calm']],
    ],
    [
      'The senator made a pitch to voters after the Orlando attacks, citing his record.',
      [['The senator', 'citing', 'his record']],
    ],
    // People after the verb may speak; things that show what they hold do.
    ['The delay left residents wondering about the bridge.', [['residents', 'wondering about', 'the bridge']]],
    [
      'The inquiry released handwritten ledgers showing the mayor was paid in cash.',
      [['ledgers', 'showing', 'the mayor was paid in cash']],
    ],
    [
      'The senator sent a letter to the board urging it to delay the vote.',
      [['The senator', 'urging', 'it to delay the vote']],
    ],
    [
      'On Friday, nurses were angry, saying wards were short-staffed.',
      [['nurses', 'saying', 'wards were short-staffed']],
    ],
    ['The coach states that the team needs more depth.', [['The coach', 'states', 'the team needs more depth']]],
    ['The two states signed the pact on Friday.', []],
    [
      'A report published by the ministry on Monday warned that the bridge was failing.',
      [['A report', 'warned', 'the bridge was failing']],
    ],
  ] as [string, [string, string, string][]][])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
