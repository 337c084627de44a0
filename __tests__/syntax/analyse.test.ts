/**
 * The syntax layer, one sentence a row, in the bracket notation of src/syntax/render.ts: `[chunk]`,
 * `[[subject]]`, `(verb group)`, `{kind …}` for a clause below the top, `<t|p|m|s …>` for circumstances of time,
 * place, manner and source, `|` where a chunk's appositive begins, `&` opening a coordinated chunk; ` ‖ `
 * between the sentences of one row.
 */
import { describe, expect, test } from '@jest/globals';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { detectQuotes } from '../../src/detect/quotes.js';
import { tagRange } from '../../src/segment/nlp.js';
import { analyse } from '../../src/syntax/analyse.js';
import { renderSyntax } from '../../src/syntax/render.js';
import type { SentenceSyntax } from '../../src/syntax/types.js';
import {
  adverbialClauseEnd,
  afterNextBreak,
  asksAnonymity,
  absolutePhraseEnd,
  clauseEnd,
  complementStart,
  coordinatedPredicateEnd,
  coordinatedSubjectStart,
  secondSourceStart,
  relativeSourceStart,
  setOffMidSentence,
  afterPrepositionalPhrases,
  endWithClosingMarks,
  inIntroductoryClause,
  onlyAddressee,
  onlyCircumstance,
  onlyGoesOn,
  openingParticipleEnd,
  relativeClauseEnd,
  semicolonEnd,
  trailingCircumstance,
} from '../../src/syntax/content-bounds.js';
import {
  capitalisedWords,
  endsInName,
  leadInBefore,
  nameBeforeColon,
  subjectAndVerbAt,
  verbBeforeInQuoteSpan,
} from '../../src/syntax/quote-frames.js';

function analysed(text: string): SentenceSyntax[] {
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  return tagRange(text, 0, text.length).map((sentence) => analyse(sentence.tokens, quotes));
}

const render = (text: string): string => analysed(text).map(renderSyntax).join(' ‖ ');

describe('syntax of a sentence, in bracket notation', () => {
  test.each([
    // A noun read as a verb before a verb of saying is the subject's head; a cue's present form read as a plural
    // noun before a clause of its own is the clause's verb (src/syntax/words.ts).
    ['Harbour police say they found the boat.', '[[Harbour police]] (say) {comp [[they]] (found) [the boat]}.'],
    // A lone capitalised time word before a tensed verb is a surname ("Day said"); a weekday is a time.
    ['Day said the fund was empty.', '[[Day]] (said) {comp [[the fund]] (was) empty}.'],
    ['Tuesday marked the end of the session.', '<t [Tuesday]> (marked) [the end] of [the session].'],
    // A span of time measured from another time ("a week after", "two days later") is a circumstance of time.
    [
      'A week after the mayor spoke to the council, the premier proposed a new tax.',
      '<t [A week]> {adv after [[the mayor]] (spoke) to [the council]}, [[the premier]] (proposed) [a new tax].',
    ],
    [
      'Two days later, the premier said the tax was dead.',
      '<t [Two days] later>, [[the premier]] (said) {comp [[the tax]] (was) dead}.',
    ],
    // A phrase set off by a comma before the phrase that runs up to the verb is fronted; the second is the subject
    // (not after a name: its phrase renames it).
    [
      'Perhaps most important, the new survey from the ministry suggests rates will rise.',
      'Perhaps [most important], [[the new survey]] from [the ministry] (suggests) {comp [[rates]] (will rise)}.',
    ],
    [
      'Absent a clear plan for the harbour, local fishermen may decide to leave.',
      'Absent [a clear plan] for [the harbour], [[local fishermen]] (may decide) {inf (to leave)}.',
    ],
    [
      'Senator Dana Holt, Liberal of Halifax, said that the plan failed.',
      '[[Senator Dana Holt]], [Liberal] of [Halifax], (said) {comp that [[the plan]] (failed)}.',
    ],
    ['The ferry union hopes to settle by May.', '[[The ferry union]] (hopes) {inf (to settle) by [May]}.'],
    // A bare cue form after a quantifier subject, before a clause, is its verb; not after "is" (src/segment/nlp.ts).
    ['Both think the mayor advanced the plan.', '[[Both]] (think) {comp [[the mayor]] (advanced) [the plan]}.'],
    ['There is some hope that the talks resume.', '[[There]] (is) [some hope] {comp that [[the talks]] (resume)}.'],
    // An -ed word read as an adjective after "and"/"but" and before "that" is a past-tense verb (src/segment/nlp.ts).
    [
      'The director said the candidate erred but noted that experts disagree.',
      '[[The director]] (said) {comp [[the candidate]] (erred) {coord but (noted) {comp that [[experts]] (disagree)}}}.',
    ],
    [
      'The mayor and the governor have both argued that the plan would fail.',
      '[[The mayor]] and [&the governor] (have both argued) {comp that [[the plan]] (would fail)}.',
    ],
    [
      'The coach sounded a cautious note about the season.',
      '[[The coach]] (sounded) [a cautious note] about [the season].',
    ],
    [
      'Tareq Hadad, the founder of a company in Antigonish, N.S., says the topic is discussed daily.',
      '[[Tareq Hadad]], [the founder] of [a company] <p in [Antigonish], [N.S.]>, (says) {comp [[the topic]] (is discussed) daily}.',
    ],
    [
      'Cory James, 22, of Flint, Mich., said he had not given up hope.',
      '[[Cory James|, [22]]], <p of [Flint], [Mich]>., (said) {comp [[he]] (had not given) up [hope]}.',
    ],
    [
      'In Paris, Dr. Lee said the clinic was full.',
      '<p In [Paris]>, [[Dr. Lee]] (said) {comp [[the clinic]] (was) full}.',
    ],
    [
      'The mayor tells reporters that the plan will fail.',
      '[[The mayor]] (tells) [reporters] {comp that [[the plan]] (will fail)}.',
    ],
    [
      'The coach reminds players that the season is over.',
      '[[The coach]] (reminds) [players] {comp that [[the season]] (is) over}.',
    ],
    ['Bank data show that the cargo left Halifax.', '[[Bank data]] (show) {comp that [[the cargo]] (left) [Halifax]}.'],
    // A cue verb's -ing form read as an adjective, after "be" and before its object, is a progressive's verb;
    // before "that" it stays the adjective.
    [
      'The mayor was telling reporters that the ferry would run.',
      '[[The mayor]] (was telling) [reporters] {comp that [[the ferry]] (would run)}.',
    ],
    ['It is telling that the ferry stopped.', '[[It]] (is) telling {comp that [[the ferry]] (stopped)}.'],
    // An -s verb reading before the bare form of a verb of showing is the subject's head; that form is the verb.
    ['The ferry lost money, court records show.', '[[The ferry]] (lost) [money], {comp [[court records]] (show)}.'],
    ['Court records show the ferry lost money.', '[[Court records]] (show) {comp [[the ferry]] (lost) [money]}.'],
    ['Court records show he paid the fine.', '[[Court records]] (show) {comp [[he]] (paid) [the fine]}.'],
    ['Polls there show the mayor is trailing.', '[[Polls]] there (show) {comp [[the mayor]] (is trailing)}.'],
    ['Court records show that he paid the fine.', '[[Court records]] (show) {comp that [[he]] (paid) [the fine]}.'],
    // After a singular phrase the bare form stays a noun: "a long show that aired".
    [
      'They taped a long show that aired on Friday.',
      '[[They]] (taped) [a long show] {rel [[that]] (aired) <t on [Friday]>}.',
    ],
    [
      'Farmers who have worked in the valley for decades know that the river floods.',
      '[[Farmers]] {rel [[who]] (have worked) in [the valley] <t for [decades]>} (know) {comp that [[the river]] (floods)}.',
    ],
    [
      'Dana Wells with the Port Authority says ships are late.',
      '[[Dana Wells]] with [the Port Authority] (says) {comp [[ships]] (are) late}.',
    ],
    [
      'A Winnipeg family that spent three years fighting the insurer over their flooded basement has learned that the claim will be paid.',
      '[[A Winnipeg family]] {rel [[that]] (spent) [three years] {part (fighting) [the insurer] over [their flooded basement]}} (has learned) {comp that [[the claim]] (will be paid)}.',
    ],
    // A bare past verb right after a name, with a verb after a comma later, is the name's: a list of predicates.
    [
      'Lee joked about the weather, declined to name a date, and told the crowd the pier would open.',
      '[[Lee]] (joked) about [the weather], {coord (declined) {inf (to name) [a date]}, {coord and (told) [the crowd] {comp [[the pier]] (would open)}}}.',
    ],
    // Not after a plural common noun, nor before "by": a reduced relative.
    [
      'Officials hired by the city, however, warned that the bridge was unsafe.',
      '[[Officials]] {red (hired) by [the city], however}, (warned) {comp that [[the bridge]] (was) unsafe}.',
    ],
    // A participle between a quantifier and a date is the verb, not a modifier of the date.
    [
      'While critics have balked, many said Monday that the ruling matters.',
      '{adv While [[critics]] (have balked)}, [[many]] (said) <t [Monday]> {comp that [the ruling matters]}.',
    ],
    [
      'In the latest Angus Reid poll, 61 percent of voters backed the plan.',
      '<s In [the latest Angus Reid poll]>, [[61 percent]] of [voters] (backed) [the plan].',
    ],
    [
      'A teacher from Halifax, Nova Scotia, told reporters the school was cold.',
      '[[A teacher]] <p from [Halifax], [Nova Scotia]>, (told) [reporters] {comp [[the school]] (was) cold}.',
    ],
    [
      'Dr. Ola Brandt gave an interview noting that rates would rise.',
      '[[Dr. Ola Brandt]] (gave) [an interview] {part (noting) {comp that [[rates]] (would rise)}}.',
    ],
    [
      'On Friday, nurses were angry, saying wards were short-staffed.',
      '<t On [Friday]>, [[nurses]] (were) angry, {part (saying) {comp [[wards]] (were) short-staffed}}.',
    ],
    [
      'The union declined to comment, with spokesman Ravi Patel saying the talks had stalled.',
      '[[The union]] (declined) {inf (to comment)}, {part with [[spokesman Ravi Patel]] (saying) {comp [[the talks]] (had stalled)}}.',
    ],
    [
      'According to court filings, an engineer hired by the city warned that the dam was unsafe.',
      '<s According to [court filings]>, [[an engineer]] {red (hired) by [the city]} (warned) {comp that [[the dam]] (was) unsafe}.',
    ],
    // A participle like the base form ("run"), set off by a comma before "by", is a participle all the same.
    [
      'The website, run by a professor, said the turnout is based on ballots counted.',
      '[[The website]], {red (run) by [a professor]}, (said) {comp [[the turnout]] (is based) on [ballots] {coord (counted)}}.',
    ],
    [
      'Lee said even though the board believes the tax is fair, families need relief.',
      '[[Lee]] (said) {adv even though [[the board]] (believes) {comp [[the tax]] (is) fair}}, {comp [[families]] (need) [relief]}.',
    ],
    ['Copper added 12 cents to close at $4.10.', '[[Copper]] (added) [12 cents] {inf (to close) at [$4.10]}.'],
    ['The House rejected the bill by 80 votes.', '[[The House]] (rejected) [the bill] by [80 votes].'],
    ['Ministers may call an election.', '[[Ministers]] (may call) [an election].'],
    ['Work went according to plan.', '[[Work]] (went) <s according to [plan]>.'],
    [
      'The agency did not respond to a request for comment.',
      '[[The agency]] (did not respond) to [a request] for [comment].',
    ],
    [
      "The coach's claim that the referee was biased drew a fine.",
      "[[The coach's claim]] {comp that [[the referee]] (was) biased} (drew) [a fine].",
    ],
    [
      'The governor attacked the transit plan and took issue with its cost.',
      '[[The governor]] (attacked) [the transit plan] {coord and (took) [issue] with [its cost]}.',
    ],
    [
      'The coach states, however, that the team needs depth.',
      '[[The coach]] (states), however, {comp that [[the team]] (needs) [depth]}.',
    ],
    [
      'Hugh Hill, a doctor at the clinic, said the ward was full.',
      '[[Hugh Hill|, [a doctor] at [the clinic]]], (said) {comp [[the ward]] (was) full}.',
    ],
    [
      'Tom Hale, Riverside MP, said the bridge would close.',
      '[[Tom Hale|, [Riverside MP]]], (said) {comp [[the bridge]] (would close)}.',
    ],
    [
      'Dana Lee, Ann Roe and Tim Orr said the bridge would close.',
      '[[Dana Lee]], [Ann Roe] and [&Tim Orr] (said) {comp [[the bridge]] (would close)}.',
    ],
    [
      'The envoy, Ambassador James Jeffrey, confirmed the talks.',
      '[[The envoy|, [Ambassador James Jeffrey]]], (confirmed) [the talks].',
    ],
    [
      'Mr. Reid, who represents Nevada, said the vote would fail.',
      '[[Mr. Reid]], {rel [[who]] (represents) [Nevada]}, (said) {comp [[the vote]] (would fail)}.',
    ],
    [
      'Jason Sims, 58, said he would not run again.',
      '[[Jason Sims|, [58]]], (said) {comp [[he]] (would not run) again}.',
    ],
    [
      'The mayor told reporters that the budget was balanced.',
      '[[The mayor]] (told) [reporters] {comp that [[the budget]] (was) balanced}.',
    ],
    ['Smith and Jones said the deal was dead.', '[[Smith]] and [&Jones] (said) {comp [[the deal]] (was) dead}.'],
    [
      'The council rejected the plan and the mayor said she would appeal.',
      '[[The council]] (rejected) [the plan] {coord and [[the mayor]] (said) {comp [[she]] (would appeal)}}.',
    ],
    [
      'Having announced that he would stay, the mayor proceeded to read his sentence.',
      '{part (Having announced) {comp that [[he]] (would stay)}}, [[the mayor]] (proceeded) {inf (to read) [his sentence]}.',
    ],
    [
      'Speaking to reporters, the senator said the bill would pass.',
      '{part (Speaking) to [reporters]}, [[the senator]] (said) {comp [[the bill]] (would pass)}.',
    ],
    [
      'Or, as Tom Ridge, a former official, put it, the threat is inside.',
      'Or, {adv as [[Tom Ridge|, [a former official]]], (put) [it]}, [[the threat]] (is) inside.',
    ],
    [
      'After the vote ended, the chairman left the room.',
      '{adv After [[the vote]] (ended)}, [[the chairman]] (left) [the room].',
    ],
    [
      'Because the road was closed, drivers waited for hours.',
      '{adv Because [[the road]] (was) closed}, [[drivers]] (waited) <t for [hours]>.',
    ],
    [
      'Officials said Tuesday that the bridge would reopen.',
      '[[Officials]] (said) <t [Tuesday]> {comp that [[the bridge]] (would reopen)}.',
    ],
    [
      'The report, which was released Monday, found that costs had doubled.',
      '[[The report]], {rel [[which]] (was released) <t [Monday]>}, (found) {comp that [[costs]] (had doubled)}.',
    ],
    [
      'Residents who live near the plant say the water is unsafe.',
      '[[Residents]] {rel [[who]] (live) near [the plant]} (say) {comp [[the water]] (is) unsafe}.',
    ],
    ['The minister has long wanted to cut taxes.', '[[The minister]] (has long wanted) {inf (to cut) [taxes]}.'],
    [
      'She is expected to announce her decision on Monday.',
      '[[She]] (is expected) {inf (to announce) [her decision] <t on [Monday]>}.',
    ],
    [
      'The police chief later said the officers had acted properly.',
      '[[The police chief]] later (said) {comp [[the officers]] (had acted) properly}.',
    ],
    ['Most of them said they would vote again.', '[[Most]] of [them] (said) {comp [[they]] (would vote) again}.'],
    [
      'The plan that the council approved will cost millions.',
      '[[The plan]] {rel [that] [[the council]] (approved)} (will cost) [millions].',
    ],
    [
      'A spokesman for the company said in a statement that no one was hurt.',
      '[[A spokesman]] for [the company] (said) <m in [a statement]> {comp that [[no one]] (was hurt)}.',
    ],
    [
      'The teacher, a veteran of twenty years, said the school needs money.',
      '[[The teacher|, [a veteran] of [twenty years]]], (said) {comp [[the school]] (needs) [money]}.',
    ],
    ['Several analysts expect prices to fall.', '[[Several analysts]] (expect) [prices] {inf (to fall)}.'],
    ['The bank raised rates last week.', '[[The bank]] (raised) [rates] <t [last week]>.'],
    ['Prices climbed sharply in Toronto this year.', '[[Prices]] (climbed) sharply <p in [Toronto]> <t [this year]>.'],
    [
      'Critics of the project argue that it will harm the lake.',
      '[[Critics]] of [the project] (argue) {comp that [[it]] (will harm) [the lake]}.',
    ],
    ['"We are tired," one voter said.', '"{quote [[We]] (are) tired}," [[one voter]] (said).'],
    ['"We want change," said another.', '"{quote [[We]] (want) [change]}," (said) [[another]].'],
    [
      'One poll says there are 40 clinics, while another says there are 60.',
      '[[One poll]] (says) {comp [[there]] (are) [40 clinics], {adv while [[another]] (says) {comp [[there]] (are) [60]}}}.',
    ],
    ['"Sit down," snapped Ivo Rask.', '"{quote (Sit down)}," (snapped) [[Ivo Rask]].'],
    ['"The numbers are wrong," Trump shot back.', '"{quote [[The numbers]] (are) wrong}," [[Trump]] (shot back).'],
    [
      'Lee spoke for an hour, and the crowd chanted "Lock her up."',
      '[[Lee]] (spoke) <t for [an hour]>, {coord and [[the crowd]] (chanted) "{coord (Lock) [her] up}}."',
    ],
    [
      '"It was a mistake," said Paul Chipok, a lawyer in Orlando.',
      '"{quote [[It]] (was) [a mistake]}," (said) [[Paul Chipok|, [a lawyer] <p in [Orlando]>]].',
    ],
    ['The minister said: "We will not back down."', '[[The minister]] (said): "{quote [[We]] (will not back down)}."'],
    [
      'Police said the man, who was 34, had been arrested.',
      '[[Police]] (said) {comp [[the man]], {rel [[who]] (was) [34]}, (had been arrested)}.',
    ],
    [
      'The company, based in Calgary, said it would cut 200 jobs.',
      '[[The company]], {red (based) <p in [Calgary]>}, (said) {comp [[it]] (would cut) [200 jobs]}.',
    ],
    [
      'A report published Wednesday said the river was polluted.',
      '[[A report]] {red (published) <t [Wednesday]>} (said) {comp [[the river]] (was polluted)}.',
    ],
    [
      'Those surveyed said the economy was weak.',
      '[[Those]] {red (surveyed)} (said) {comp [[the economy]] (was) weak}.',
    ],
    [
      'The senator, however, said the vote was fair.',
      '[[The senator]], however, (said) {comp [[the vote]] (was) fair}.',
    ],
    ['Carter however said the plan was sound.', '[[Carter]] however (said) {comp [[the plan]] (was) [sound]}.'],
    ['Clinton herself has proposed a tax on banks.', '[[Clinton herself]] (has proposed) [a tax] on [banks].'],
    [
      'Sean Spicer on Thursday said the president was angry.',
      '[[Sean Spicer]] <t on [Thursday]> (said) {comp [[the president]] (was) angry}.',
    ],
    [
      'Allies have in the past said the deal was unfair.',
      '[[Allies]] (have) <t in [the past]> (said) {comp [[the deal]] (was) unfair}.',
    ],
    [
      'Gov. John Kasich (R-Ohio) said he would sign the bill.',
      '[[Gov. John Kasich| ([R-Ohio]]]) (said) {comp [[he]] (would sign) [the bill]}.',
    ],
    [
      'Jason Sims — a teacher from Mount Pleasant — says the school is crowded.',
      '[[Jason Sims| — [a teacher] <p from [Mount Pleasant]>]] — (says) {comp [[the school]] (is) crowded}.',
    ],
    [
      'The board voted to close the school, citing low enrollment.',
      '[[The board]] (voted) {inf (to close) [the school]}, {part (citing) [low enrollment]}.',
    ],
    [
      'The president issued a statement saying the attack was cowardly.',
      '[[The president]] (issued) [a statement] {part (saying) {comp [[the attack]] (was) cowardly}}.',
    ],
    [
      'Trump returned the compliment, telling Reuters the senator was a friend.',
      '[[Trump]] (returned) [the compliment], {part (telling) [Reuters] {comp [[the senator]] (was) [a friend]}}.',
    ],
    [
      'Bolton distanced himself from the movement by saying it was dangerous.',
      '[[Bolton]] (distanced) [himself] from [the movement] {part by (saying) {comp [[it]] (was) dangerous}}.',
    ],
    [
      'Asked whether he would run, the mayor shook his head.',
      '{part (Asked) {comp whether [[he]] (would run)}}, [[the mayor]] (shook) [his head].',
    ],
    [
      'The mayor shook his head and said he would not run.',
      '[[The mayor]] (shook) [his head] {coord and (said) {comp [[he]] (would not run)}}.',
    ],
    [
      'The official, who asked not to be named, said the talks were over.',
      '[[The official]], {rel [[who]] (asked) not {inf (to be named)}}, (said) {comp [[the talks]] (were) over}.',
    ],
    [
      'Voters in Ohio say the economy matters most.',
      '[[Voters]] <p in [Ohio]> (say) {comp [[the economy]] (matters) [most]}.',
    ],
    [
      'The study found that older drivers were safer.',
      '[[The study]] (found) {comp that [[older drivers]] (were) safer}.',
    ],
    ['Experts believe the virus moved quickly.', '[[Experts]] (believe) {comp [[the virus]] (moved) quickly}.'],
    [
      "The coach's decision to bench the captain angered fans.",
      "[[The coach's decision]] {inf (to bench) [the captain]} (angered) [fans].",
    ],
    ['He warned of a crisis.', '[[He]] (warned) of [a crisis].'],
    [
      'She did not say whether the plant would close.',
      '[[She]] (did not say) {comp whether [[the plant]] (would close)}.',
    ],
    [
      'The fire chief said crews worked through the night.',
      '[[The fire chief]] (said) {comp [[crews]] (worked) through [the night]}.',
    ],
    [
      'Two people were killed when the bridge collapsed.',
      '[[Two people]] (were killed) {adv when [[the bridge]] (collapsed)}.',
    ],
    ['The city plans to build a new arena.', '[[The city]] (plans) {inf (to build) [a new arena]}.'],
    [
      'A man whose son was injured said the school had failed.',
      '[[A man]] {rel [[whose son]] (was) injured} (said) {comp [[the school]] (had failed)}.',
    ],
    [
      'The group, whose members include farmers, said prices were too low.',
      '[[The group]], {rel [[whose members]] (include) [farmers]}, (said) {comp [[prices]] (were) too low}.',
    ],
    [
      'Supporters of the mayor rallied outside city hall on Sunday.',
      '[[Supporters]] of [the mayor] (rallied) outside [city hall] <t on [Sunday]>.',
    ],
    ['The bill passed the Senate in March.', '[[The bill]] (passed) [the Senate] <t in [March]>.'],
    [
      'If the deal fails, the company will close the plant.',
      '{adv If [[the deal]] (fails)}, [[the company]] (will close) [the plant].',
    ],
    ['While the mayor was away, the council voted.', '{adv While [[the mayor]] (was) away}, [[the council]] (voted).'],
    [
      'Since the plant opened, three workers have died.',
      '{adv Since [[the plant]] (opened)}, [[three workers]] (have died).',
    ],
    ['Nobody answered the phone.', '[[Nobody]] (answered) [the phone].'],
    [
      'Analysts at the bank said that inflation would slow and that rates would fall.',
      '[[Analysts]] at [the bank] (said) {comp that [[inflation]] (would slow)} and {comp that [[rates]] (would fall)}.',
    ],
    [
      'Ms. Ortiz said she was surprised, adding that the vote was close.',
      '[[Ms. Ortiz]] (said) {comp [[she]] (was surprised)}, {part (adding) {comp that [[the vote]] (was) close}}.',
    ],
    [
      'Three in 10 voters said they were undecided.',
      '[[Three]] in [10 voters] (said) {comp [[they]] (were) undecided}.',
    ],
    [
      'The judge ruled that the evidence was inadmissible.',
      '[[The judge]] (ruled) {comp that [[the evidence]] (was) inadmissible}.',
    ],
    [
      "The prime minister's office said he would travel to Paris.",
      "[[The prime minister's office]] (said) {comp [[he]] (would travel) to [Paris]}.",
    ],
    ['Leaders from both parties met in Ottawa.', '[[Leaders]] from [both parties] (met) <p in [Ottawa]>.'],
    [
      'The ministry told CBC News the program had ended.',
      '[[The ministry]] (told) [CBC News] {comp [[the program]] (had ended)}.',
    ],
    [
      "Ms. Lopez, the union's president, said members were angry.",
      "[[Ms. Lopez|, [the union's president]]], (said) {comp [[members]] (were) angry}.",
    ],
    [
      'The strike, which began in May, ended Friday.',
      '[[The strike]], {rel [[which]] (began) <t in [May]>}, (ended) <t [Friday]>.',
    ],
    [
      'The province announced on Tuesday that schools would reopen.',
      '[[The province]] (announced) <t on [Tuesday]> {comp that [[schools]] (would reopen)}.',
    ],
    [
      'The minister, speaking in Halifax, said the ferry would run.',
      '[[The minister]], {part (speaking) <p in [Halifax]>}, (said) {comp [[the ferry]] (would run)}.',
    ],
    [
      'Police arrested two men who were seen near the bank.',
      '[[Police]] (arrested) [two men] {rel [[who]] (were seen) near [the bank]}.',
    ],
    [
      "The agency's director said the report was accurate.",
      "[[The agency's director]] (said) {comp [[the report]] (was) accurate}.",
    ],
    [
      'Environment Canada issued a warning for the region.',
      '[[Environment Canada]] (issued) [a warning] for [the region].',
    ],
    ['Residents were told to stay indoors.', '[[Residents]] (were told) {inf (to stay) [indoors]}.'],
    [
      'The mayor wants the council to approve the budget.',
      '[[The mayor]] (wants) [the council] {inf (to approve) [the budget]}.',
    ],
    ['Doctors say patients are waiting longer.', '[[Doctors]] (say) {comp [[patients]] (are waiting) longer}.'],
    ['The airline blamed the delays on the weather.', '[[The airline]] (blamed) [the delays] on [the weather].'],
    [
      'The court heard that the driver had been drinking.',
      '[[The court]] (heard) {comp that [[the driver]] (had been drinking)}.',
    ],
    ['Opposition leaders called the plan a disaster.', '[[Opposition leaders]] (called) [the plan] [a disaster].'],
    [
      'The firm, which employs 400 people, is closing.',
      '[[The firm]], {rel [[which]] (employs) [400 people]}, (is) closing.',
    ],
    [
      'Officials expect the road to reopen next week.',
      '[[Officials]] (expect) [the road] {inf (to reopen) <t [next week]>}.',
    ],
    ['The suspect fled before police arrived.', '[[The suspect]] (fled) {adv before [[police]] (arrived)}.'],
    [
      'The premier said the deal, which was signed in June, would create jobs.',
      '[[The premier]] (said) {comp [[the deal]], {rel [[which]] (was signed) <t in [June]>}, (would create) [jobs]}.',
    ],
    [
      'Teachers at the school say they were not consulted.',
      '[[Teachers]] at [the school] (say) {comp [[they]] (were not consulted)}.',
    ],
    [
      'A spokesperson for the hospital confirmed the death.',
      '[[A spokesperson]] for [the hospital] (confirmed) [the death].',
    ],
    [
      'The inquiry will examine how the fire started.',
      '[[The inquiry]] (will examine) {comp how [[the fire]] (started)}.',
    ],
    [
      'The owner of the store said business was slow.',
      '[[The owner]] of [the store] (said) {comp [[business]] (was) slow}.',
    ],
    [
      'She said she had never seen anything like it.',
      '[[She]] (said) {comp [[she]] (had never seen) [anything] like [it]}.',
    ],
    [
      'The chief economist at the bank expects growth to slow.',
      '[[The chief economist]] at [the bank] (expects) [growth] {inf (to slow)}.',
    ],
    ['The team lost three games in a row.', '[[The team]] (lost) [three games] in [a row].'],
    [
      'Workers who were laid off in March have not been paid.',
      '[[Workers]] {rel [[who]] (were laid off) <t in [March]>} (have not been paid).',
    ],
    ['The report says the province spent too much.', '[[The report]] (says) {comp [[the province]] (spent) too much}.'],
    [
      'In an interview, the minister said the talks were going well.',
      '<m In [an interview]>, [[the minister]] (said) {comp [[the talks]] (were going) well}.',
    ],
    [
      'At the meeting, residents complained about the noise.',
      'At [the meeting], [[residents]] (complained) about [the noise].',
    ],
    [
      'The senator, a former judge, has criticized the ruling.',
      '[[The senator|, [a former judge]]], (has criticized) [the ruling].',
    ],
    ['Many residents fear the plant will close.', '[[Many residents]] (fear) {comp [[the plant]] (will close)}.'],
    [
      'The company said it was reviewing the decision.',
      '[[The company]] (said) {comp [[it]] (was reviewing) [the decision]}.',
    ],
    [
      "The victim's mother said her son was a kind man.",
      "[[The victim's mother]] (said) {comp [[her son]] (was) [a kind man]}.",
    ],
    [
      'The RCMP said officers found a weapon in the car.',
      '[[The RCMP]] (said) {comp [[officers]] (found) [a weapon] in [the car]}.',
    ],
    ['The council voted 7-2 to approve the plan.', '[[The council]] (voted) [7-2] {inf (to approve) [the plan]}.'],
    [
      'He added that the province would pay for the repairs.',
      '[[He]] (added) {comp that [[the province]] (would pay) for [the repairs]}.',
    ],
    [
      'The auditor found that the ministry had lost track of the money.',
      '[[The auditor]] (found) {comp that [[the ministry]] (had lost) [track] of [the money]}.',
    ],
    ['Witnesses said the car was travelling fast.', '[[Witnesses]] (said) {comp [[the car]] (was travelling) fast}.'],
    [
      'The fund, created in 2015, has paid out millions.',
      '[[The fund]], {red (created) <t in [2015]>}, (has paid) out [millions].',
    ],
    [
      "Canada's ambassador to the UN said the vote was a victory.",
      "[[Canada's ambassador]] to [the UN] (said) {comp [[the vote]] (was) [a victory]}.",
    ],
    [
      'The lawyer argued that his client was innocent.',
      '[[The lawyer]] (argued) {comp that [[his client]] (was) innocent}.',
    ],
    [
      'The union says the offer is too low and that members will strike.',
      '[[The union]] (says) {comp [[the offer]] (is) too low} and {comp that [[members]] (will strike)}.',
    ],
    ['Both sides say they want a deal.', '[[Both sides]] (say) {comp [[they]] (want) [a deal]}.'],
    [
      "The town's mayor, Anne Roy, said the flood was the worst in decades.",
      "[[The town's mayor|, [Anne Roy]]], (said) {comp [[the flood]] (was) the worst <t in [decades]>}.",
    ],
    [
      'The building was evacuated after a fire alarm went off.',
      '[[The building]] (was evacuated) {adv after [[a fire alarm]] (went off)}.',
    ],
    [
      'Protests grew after Dana Lee, the council chair, told reporters that the plan was dead.',
      '[[Protests]] (grew) {adv after [[Dana Lee|, [the council chair]]], (told) [reporters] {comp that [[the plan]] (was) dead}}.',
    ],
    [
      'The president of the association said members were worried.',
      '[[The president]] of [the association] (said) {comp [[members]] (were) worried}.',
    ],
    [
      'She told the committee that the program was working.',
      '[[She]] (told) [the committee] {comp that [[the program]] (was working)}.',
    ],
    [
      'The government has promised to build more housing.',
      '[[The government]] (has promised) {inf (to build) more {part (housing)}}.',
    ],
    ['Several people said they heard a loud bang.', '[[Several people]] (said) {comp [[they]] (heard) [a loud bang]}.'],
    [
      "The school board's chair said classes would resume Monday.",
      "[[The school board's chair]] (said) {comp [[classes]] (would resume) <t [Monday]>}.",
    ],
    ['Farmers are worried about the drought.', '[[Farmers]] (are) worried about [the drought].'],
    [
      'Scientists at the university have found that the glacier is melting.',
      '[[Scientists]] at [the university] (have found) {comp that [[the glacier]] (is) melting}.',
    ],
    [
      '"We will respond Monday," the union said.',
      '"{quote [[We]] (will respond) <t [Monday]>}," [[the union]] (said).',
    ],
    ['"It is over," she said. "We lost."', '"{quote [[It]] (is) over}," [[she]] (said). ‖ "{quote [[We]] (lost)}."'],
    ['The chairman said, "The vote is final."', '[[The chairman]] (said), "{quote [[The vote]] (is) final}."'],
    [
      '"This is a good day," said Mayor Ann Lee, who called the deal historic.',
      '"{quote [[This]] (is) [a good day]}," (said) [[Mayor Ann Lee]], {rel [[who]] (called) [the deal] historic}.',
    ],
    [
      'The report, released by the ministry, says emissions increased.',
      '[[The report]], {red (released) by [the ministry]}, (says) {comp [[emissions]] (increased)}.',
    ],
    [
      'Local officials, including the mayor, said the plan was flawed.',
      '[[Local officials]], including [the mayor], (said) {comp [[the plan]] (was flawed)}.',
    ],
    ['The drivers and their families waited outside.', '[[The drivers]] and [&their families] (waited) outside.'],
    [
      'The minister, who took office in 2021, said the reforms were working and promised more funding.',
      '[[The minister]], {rel [[who]] (took) [office] <t in [2021]>}, (said) {comp [[the reforms]] (were working)} {coord and (promised) more [funding]}.',
    ],
    ['Parents worry that the school will close.', '[[Parents]] (worry) {comp that [[the school]] (will close)}.'],
    ["The coach's comments drew criticism from fans.", "[[The coach's comments]] (drew) [criticism] from [fans]."],
    ['Our reporters visited the town in April.', '[[Our reporters]] (visited) [the town] <t in [April]>.'],
    [
      'The plant, which opened in 1990, employs 300 people.',
      '[[The plant]], {rel [[which]] (opened) <t in [1990]>}, (employs) [300 people].',
    ],
    [
      'The group that organized the march said it would return.',
      '[[The group]] {rel [[that]] (organized) [the march]} (said) {comp [[it]] (would return)}.',
    ],
    [
      'Officials warned residents to boil their water.',
      '[[Officials]] (warned) [residents] {inf (to boil) [their water]}.',
    ],
    [
      'Ms. Chen, a nurse, said she works twelve-hour shifts.',
      '[[Ms. Chen|, [a nurse]]], (said) {comp [[she]] (works) [twelve-hour shifts]}.',
    ],
    [
      'Officials who spoke on condition of anonymity said the talks had collapsed.',
      '[[Officials]] {rel [[who]] (spoke) on [condition] of [anonymity]} (said) {comp [[the talks]] (had collapsed)}.',
    ],
    [
      'However, in the two years since the attack, some in the Muslim community say the outpouring of support has dried up.',
      'However, <t in [the two years]> since [the attack], [[some]] in [the Muslim community] (say) {comp [[the outpouring]] of [support] (has dried up)}.',
    ],
    [
      'On Tuesday’s episode of “The Morning Show,” the former senator said she wanted to speak.',
      'On [Tuesday’s episode] of “[The Morning Show],” [[the former senator]] (said) {comp [[she]] (wanted) {inf (to speak)}}.',
    ],
    [
      'A statement from the agency said the review was complete.',
      '[[A statement]] from [the agency] (said) {comp [[the review]] (was) complete}.',
    ],
    [
      'House Majority Leader Kevin McCarthy, R-Calif., said the bill was dead.',
      '[[House Majority Leader Kevin McCarthy]], [R-Calif]., (said) {comp [[the bill]] (was) dead}.',
    ],
    [
      'A Monmouth poll out Monday shows the senator ahead.',
      '[[A Monmouth poll]] out <t [Monday]> (shows) [the senator] ahead.',
    ],
    [
      'Residents who live near the plant say the water is unsafe.',
      '[[Residents]] {rel [[who]] (live) near [the plant]} (say) {comp [[the water]] (is) unsafe}.',
    ],
    [
      'Officials said that two other women had complained.',
      '[[Officials]] (said) {comp that [[two other women]] (had complained)}.',
    ],
    ['The other women said no.', '[[The other women]] (said) no.'],
    ['Three more people said so.', '[[Three more people]] (said) so.'],
    ["He said he's tired.", "[[He]] (said) {comp [[he's]] (tired)}."],
    ["She said she'd run.", "[[She]] (said) {comp [[she'd]] (run)}."],
    ["Major said he'd resign.", "[[Major]] (said) {comp [[he'd]] (resign)}."],
    ["They said they'd never run.", "[[They]] (said) {comp [[they'd]] never (run)}."],
    ['The mayor trails by nine points.', '[[The mayor]] (trails) by [nine points].'],
    [
      "Podesta, who said the project was vetted by his firm's counsel, said the firm was paid.",
      "[[Podesta]], {rel [[who]] (said) {comp [[the project]] (was vetted) by [his firm's counsel]}}, (said) {comp [[the firm]] (was paid)}.",
    ],
    [
      'The group that organized the march said it was peaceful.',
      '[[The group]] {rel [[that]] (organized) [the march]} (said) {comp [[it]] (was) peaceful}.',
    ],
    [
      'He told reporters Friday that he would run.',
      '[[He]] (told) [reporters] <t [Friday]> {comp that [[he]] (would run)}.',
    ],
    [
      '"You are going to see a massive ad spend on television," said one strategist.',
      '"{quote [[You]] (are going) {inf (to see) [a massive ad spend] <m on [television]>}}," (said) [[one strategist]].',
    ],
  ])('%s', (text, expected) => {
    expect(render(text)).toBe(expected);
  });
});

/** A chunk's fields as words: head, determiner, possessor and the extent as written. */
function chunkFields(text: string, index: number): [string, string, string, string] {
  const [s] = analysed(text);
  const chunk = s.chunks[index];
  const word = (k: number) => (k >= 0 ? s.tokens[k].text : '');
  const written = s.tokens.slice(chunk.first, chunk.writtenLast + 1).map((t) => t.text);
  return [word(chunk.head), word(chunk.determiner), word(chunk.possessive), written.join(' ')];
}

describe('chunk fields', () => {
  test.each([
    ["The coach's claim that the referee was biased drew a fine.", 0, ['claim', 'The', "coach's", "The coach's claim"]],
    ['Their flooded basement was dry.', 0, ['basement', 'Their', 'Their', 'Their flooded basement']],
    [
      'Hugh Hill, a doctor at the clinic, said the ward was full.',
      0,
      ['Hill', '', '', 'Hugh Hill a doctor at the clinic'],
    ],
    ['Gov. John Kasich (R-Ohio) said he would sign it.', 0, ['Kasich', '', '', 'Gov John Kasich R-Ohio']],
    ['Three police officers were hurt.', 0, ['officers', '', '', 'Three police officers']],
  ] as [string, number, [string, string, string, string]][])('%s', (text, index, expected) => {
    expect(chunkFields(text, index)).toEqual(expected);
  });
});

describe('clause fields', () => {
  test('a relative clause knows its antecedent and its parent', () => {
    const [s] = analysed('Farmers who have worked in the valley for decades know that the river floods.');
    const relative = s.clauses.find((c) => c.kind === 'relative')!;
    expect(s.tokens[s.chunks[relative.antecedent].head].text).toBe('Farmers');
    expect(s.clauses[relative.parent].kind).toBe('main');
    const main = s.clauses[relative.parent];
    expect(s.tokens[s.verbs[main.verb].head].text).toBe('know');
  });
  test('a verb group records auxiliaries, adverbs, a particle and finiteness', () => {
    const [s] = analysed('The minister has long wanted to cut taxes, and he shot back.');
    const [wanted, cut, shot] = s.verbs;
    expect(wanted.auxiliaries.map((k) => s.tokens[k].text)).toEqual(['has']);
    expect(wanted.adverbs.map((k) => s.tokens[k].text)).toEqual(['long']);
    expect([wanted.finite, cut.finite, shot.finite]).toEqual([true, false, true]);
    expect(s.tokens[shot.particle].text).toBe('back');
  });
  test('an inverted subject after a quote is marked', () => {
    const [s] = analysed('"Sit down," snapped Ivo Rask.');
    const main = s.clauses[0];
    expect(main.inverted).toBe(true);
    expect(s.tokens[s.chunks[main.subject].head].text).toBe('Rask');
  });
  test('analysis is linear: ten thousand words in one sentence', () => {
    const words = Array.from({ length: 10000 }, (_, k) => (k % 7 === 0 ? 'said' : 'officials')).join(' ');
    const started = Date.now();
    analysed(words);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

/** A sentence with `^` before one word: its syntax and the index of that word's token. */
function marked(text: string): { s: SentenceSyntax; at: number; text: string } {
  const offset = text.indexOf('^');
  const plain = text.slice(0, offset) + text.slice(offset + 1);
  const [s] = analysed(plain);
  const at = s.tokens.findIndex((t) => t.start === offset);
  if (at < 0) throw new Error(`no token at the mark: ${text}`);
  return { s, at, text: plain };
}
const fromToken = (m: { s: SentenceSyntax; text: string }, k: number): string =>
  k < m.s.tokens.length ? m.text.slice(m.s.tokens[k].start) : '';
const upTo = (m: { s: SentenceSyntax; at: number; text: string }, end: number): string =>
  m.text.slice(m.s.tokens[m.at].start, end);

describe('content bounds: where a reported clause starts and ends (src/syntax/content-bounds.ts)', () => {
  test.each([
    ['Lee said ^on Monday that the tax is fair.', 'the tax is fair.'],
    ['Lee told ^reporters that the tax is fair.', 'the tax is fair.'],
    ['Lee said ^they would not engage in that area.', 'they would not engage in that area.'],
    ['Lee said ^the tax, that old burden, is fair.', 'the tax, that old burden, is fair.'],
  ])('complementStart: %s', (text, expected) => {
    const m = marked(text);
    expect(fromToken(m, complementStart(m.s, m.at))).toBe(expected);
  });

  test.each([
    // No listener: an object before "that" makes it a relative pronoun; a circumstance or a phrase may stand there.
    ['The mayor criticized ^the levy that she said was too high.', 'the levy that she said was too high.'],
    ['The mayor argued ^in an interview that the levy was too high.', 'the levy was too high.'],
    ['The mayor argued ^on Monday that the levy was too high.', 'the levy was too high.'],
  ])('complementStart without a listener: %s', (text, expected) => {
    const m = marked(text);
    expect(fromToken(m, complementStart(m.s, m.at, false))).toBe(expected);
  });

  test.each([
    ['Lee said ^the tax is fair, and up to 200 farmers lost their land.', false, 'the tax is fair'],
    ['Lee said ^the tax is fair and she will vote for it.', false, 'the tax is fair'],
    ['Lee said ^the tax is fair, and fell silent.', false, 'the tax is fair, and fell silent.'],
    // A verb before any subject after ", but" goes on the content's own subject.
    [
      'Experts suggest ^the elders will not back him, but rather use him to stop the mayor.',
      false,
      'the elders will not back him, but rather use him to stop the mayor.',
    ],
    [
      'While Clinton pledged ^to work with both parties, Sanders insisted on change.',
      true,
      'to work with both parties',
    ],
    [
      'Clinton pledged ^to work with both parties, Sanders insisted on change.',
      false,
      'to work with both parties, Sanders insisted on change.',
    ],
  ] as [string, boolean, string][])('clauseEnd: %s', (text, introductory, expected) => {
    const m = marked(text);
    expect(upTo(m, clauseEnd(m.s, m.at, m.text.length, introductory))).toBe(expected);
  });

  test.each([
    ['While Clinton ^pledged to work, Sanders insisted.', true],
    ['But while Clinton ^pledged to work, Sanders insisted.', true],
    ['Two months after Clinton ^pledged to work, Sanders insisted.', true],
    ['While Clinton worked, Sanders ^insisted.', false],
    ['Sanders ^insisted while Clinton pledged.', false],
  ] as [string, boolean][])('inIntroductoryClause: %s', (text, expected) => {
    const m = marked(text);
    expect(inIntroductoryClause(m.s, m.at)).toBe(expected);
  });

  test.each([
    ['Clinton leads by 271 delegates according to a count by the AP, ^but Sanders won Oregon.', true],
    ['Clinton leads, according to Jason Delisle, ^who was an adviser to the campaign.', true],
    ['Clinton leads, according to Brian Wieser, ^an analyst at Pivotal Research Group.', true],
    ['Clinton holds a lead in California, according to the polls, ^where she leads.', true],
    ['According to a count by the AP, ^Sanders wins Oregon.', false],
  ] as [string, boolean][])('onlyGoesOn: %s', (text, expected) => {
    const m = marked(text);
    expect(onlyGoesOn(m.s, m.at)).toBe(expected);
  });

  test.each([
    ['Smith said ^last week.', false, true],
    ['Smith said ^in a statement on Monday.', false, true],
    ['Smith said ^he would go.', false, false],
    ['Smith said ^the plan.', false, false],
    ['A spokesman told ^The Wall Street Journal.', true, true],
    // A possessive noun is no contraction: a show on a network is a place.
    ["Smith said ^Sunday on CNN's State of the Union.", false, true],
    ["Smith said ^it's over.", false, false],
  ] as [string, boolean, boolean][])('onlyCircumstance: %s', (text, addressee, expected) => {
    const m = marked(text);
    expect(onlyCircumstance(m.s, m.at, m.text.length, addressee)).toBe(expected);
  });

  test.each([
    ['He said ^in an interview.', true],
    ['He said ^after the vote.', true],
    ['He said ^in the end it failed.', false],
    ['He said ^the vote failed.', false],
  ] as [string, boolean][])('trailingCircumstance: %s', (text, expected) => {
    const m = marked(text);
    expect(trailingCircumstance(m.s, m.at, m.text.length)).toBe(expected);
  });

  test.each([
    ["O'Donnell, who said in an interview ^that he signed nothing, recalled the vote.", 'that he signed nothing'],
  ])('relativeClauseEnd: %s', (text, expected) => {
    const m = marked(text);
    expect(upTo(m, relativeClauseEnd(m.s, m.at))).toBe(expected);
  });
  test('relativeClauseEnd: no main verb after a comma', () => {
    const m = marked('Ruiz, who said ^that the vote failed, and left.');
    expect(relativeClauseEnd(m.s, m.at)).toBe(Infinity);
  });

  test.each([
    ['The plan failed, a school spokesman told ^The Wall Street Journal.', true],
    ['The spokesman told ^reporters that the plan failed.', false],
    ['The spokesman told ^reporters the plan had failed.', false],
  ] as [string, boolean][])('onlyAddressee: %s', (text, expected) => {
    const m = marked(text);
    expect(onlyAddressee(m.s, m.at)).toBe(expected);
  });

  test.each([
    ['The U.S. warned ^Russian commanders and Russia responded they would not engage.', 'responded', 'Russia'],
    ['The U.S. warned ^Russian commanders, Russia responded.', 'responded', ''],
    // A coordinated subject of the cue's own clause: no second source begins at "and".
    [
      'The agency now says ^the shortfall will come earlier, because lawmakers and the governor agreed to cut fees.',
      'agreed',
      '',
    ],
    // A clause of contrast ("while") is a second source's claim all the same: it splits at "and" as before.
    [
      'The campaign said ^she would back the nominee while Senator Ames and Rep. Cole suggested they would not.',
      'suggested',
      'Rep',
    ],
  ])('coordinatedSubjectStart: %s', (text, cue, expected) => {
    const m = marked(text);
    const k = coordinatedSubjectStart(
      m.s,
      m.s.tokens.findIndex((t) => t.normal === cue),
      m.at,
    );
    expect(k >= 0 ? m.s.tokens[k].text : '').toBe(expected);
  });

  test.each([
    ['Half of voters say ^they want an outsider, while about 4 in 10 want experience.', 'want', 'while', 2],
    ['Some friends say ^the mayor is tired - others say he has never been fitter.', 'say', 'others', 2],
    ['Early polls show ^voters rejecting Lee: a poll this month found him even with Ruiz.', 'found', 'a', 1],
    ['Lee said ^the deadlock kept us safe before claiming that borders are open.', 'claiming', 'before', 1],
    ['Cole was defending ^the tax at a rally when he told the crowd a story.', 'told', 'when', 1],
    // A cue inside a relative clause, or with no subject of its own, opens no second source.
    ['Lee said ^the mayor, who told reporters the truth, had lied.', 'told', '', 1],
    ['The union said ^wages fell while prices rose and the board said nothing.', 'said', '', 2],
  ] as [string, string, string, number][])('secondSourceStart: %s', (text, cue, expected, nth) => {
    const m = marked(text);
    const cueAt = m.s.tokens.findIndex(
      (t, i) => t.normal === cue && m.s.tokens.slice(0, i + 1).filter((u) => u.normal === cue).length === nth,
    );
    const k = secondSourceStart(m.s, cueAt, m.at);
    expect(k >= 0 ? m.s.tokens[k].text : '').toBe(expected);
  });

  test.each([
    ['The senator said ^the rule hurt dairy farmers, who he said were already struggling.', 'said', 'who', 2],
    ['The council praised ^the harbour plan — which the mayor called a lifeline for the town.', 'called', 'which', 1],
    ['Aides urged ^the governor to sign the bill (which the union described as a trap).', 'described', 'which', 1],
    // The relative pronoun is the cue's subject itself.
    [
      'The pastor praised ^the evangelist Frank Gray, who has publicly vowed not to buy the cookies.',
      'vowed',
      'who',
      1,
    ],
    ['The senator said ^the plan would hurt farmers, who say they are already struggling.', 'say', 'who', 1],
    // "which" alone may stand for any noun before it: only "who" is a source by itself.
    [
      'The mayor cited ^an idea from Tom Ruiz, the head of the institute, which suggests adding incentives.',
      'suggests',
      '',
      1,
    ],
    // A content that goes on after the relative clause, no comma before it, or a cue outside it: no second source.
    ['Lee said ^the mayor, who told reporters the truth, had lied.', 'told', '', 1],
    ['Lee said ^the charity that prosecutors said was a front had closed.', 'said', '', 2],
    ['Lee said ^the levy, which she called a burden, would go.', 'called', '', 1],
    ['The union said ^wages fell and the board said nothing.', 'said', '', 2],
  ] as [string, string, string, number][])('relativeSourceStart: %s', (text, cue, expected, nth) => {
    const m = marked(text);
    const cueAt = m.s.tokens.findIndex(
      (t, i) => t.normal === cue && m.s.tokens.slice(0, i + 1).filter((u) => u.normal === cue).length === nth,
    );
    const k = relativeSourceStart(m.s, cueAt, m.at);
    expect(k >= 0 ? m.s.tokens[k].text : '').toBe(expected);
  });

  test.each([
    ['The plan is dead, said a group ^of Democrats who know the mayor.', 'who'],
    ['The plan is dead, said a group ^of Democrats in Ohio who know the mayor.', 'who'],
    ['The plan is dead, said a farmer ^who lives nearby.', 'who'],
    ['The plan is dead, said a farmer, ^of all people.', 'of'],
  ])('afterPrepositionalPhrases: %s', (text, expected) => {
    const m = marked(text);
    expect(m.s.tokens[afterPrepositionalPhrases(m.s, m.at)].text).toBe(expected);
  });

  test.each([
    ['Any attempt to fix the plan, ^he said, will fail.', true],
    ['The plan, ^the mayor has said, will fail.', true],
    ['The plan will fail, ^he said.', false],
    ['^He said, however, that the plan will fail.', false],
  ] as [string, boolean][])('setOffMidSentence: %s', (text, expected) => {
    const m = marked(text);
    const cue = m.s.tokens.findIndex((t) => t.normal === 'said');
    expect(setOffMidSentence(m.s, m.at, m.s.chunks[m.s.chunkAt[m.at]].last, cue)).toBe(expected);
  });

  test.each([
    ['The senator vowed ^to cut taxes, declined to name a date and called the plan fair.', 'vowed', 'to cut taxes'],
    ['McCain had pledged ^to back the nominee, but sounded equivocal this week.', 'pledged', 'to back the nominee'],
    [
      'Trump called ^the merger a terrible deal and ranked her among the worst chief executives.',
      'called',
      'the merger a terrible deal',
    ],
    ['The mayor praised ^the new budget and blamed the council for the delay.', 'praised', 'the new budget'],
    // The content's own verb is in the cue's tense: what follows may go on it.
    ['Lee said ^the plan failed and cost the town jobs.', 'said', ''],
    // A clause whose verb is still to come runs over commas ("these accounts, left untouched, may be …").
    ['Patel noted that ^these accounts, left untouched, may be of value to scholars.', 'noted', ''],
    // Another tense after "and" is the content's ("has the email and will address it").
    ['Staff said ^the panel has the email and will address it in its report.', 'said', ''],
  ])('coordinatedPredicateEnd: %s', (text, cue, expected) => {
    const m = marked(text);
    const end = coordinatedPredicateEnd(
      m.s,
      m.s.tokens.findIndex((t) => t.normal === cue),
      m.at,
    );
    expect(end === Infinity ? '' : upTo(m, end)).toBe(expected);
  });

  test.each([
    ['The union declined ^to comment, with spokesman Ravi Patel saying the talks had stalled.', 'to comment'],
    ['The union declined ^to comment on the talks with the city.', ''],
    ['The union said ^the talks, with the city, had stalled.', ''],
  ])('absolutePhraseEnd: %s', (text, expected) => {
    const m = marked(text);
    const end = absolutePhraseEnd(m.s, m.at);
    expect(end === Infinity ? '' : upTo(m, end)).toBe(expected);
  });

  test.each([
    [
      '^Recognizing the gap between the candidate and the platform, the campaign believes the nominee has earned it.',
      '{part (Recognizing) [the gap] between [the candidate] and [&the platform]}, [[the campaign]] (believes) {comp [[the nominee]] (has earned) [it]}.',
      'Recognizing the gap between the candidate and the platform',
    ],
    [
      '^Expecting thousands of marchers, Mr. Burke said he would ignore the route.',
      '{part (Expecting) [thousands] of [marchers]}, [[Mr. Burke]] (said) {comp [[he]] (would ignore) [the route]}.',
      'Expecting thousands of marchers',
    ],
    // A participle that is no sentence opener ("…, saying …") belongs to the clause before it.
    [
      'The mayor spoke, ^saying the budget was balanced.',
      '[[The mayor]] (spoke), {part (saying) {comp [[the budget]] (was) balanced}}.',
      '',
    ],
  ])('openingParticipleEnd: %s', (text, notation, expected) => {
    const m = marked(text);
    expect(renderSyntax(m.s)).toBe(notation);
    const end = openingParticipleEnd(m.s, m.at);
    expect(end === Infinity ? '' : upTo(m, end)).toBe(expected);
  });

  test.each([
    // The analysis nests the clause after the semicolon in the content; the semicolon still ends it.
    [
      'A third said ^they believe the mayor lied; 29 percent said they trust her.',
      '[[A third]] (said) {comp [[they]] (believe) {comp [[the mayor]] (lied); {comp [[29 percent]] (said) {comp [[they]] (trust) [her]}}}}.',
      'they believe the mayor lied',
    ],
    // A semicolon inside a quote is the speaker's.
    ['Lee said ^the plan was "late; costly" and unfair.', null, ''],
    ['Lee said ^the plan was late and costly.', null, ''],
  ] as [string, string | null, string][])('semicolonEnd: %s', (text, notation, expected) => {
    const m = marked(text);
    if (notation !== null) expect(renderSyntax(m.s)).toBe(notation);
    const end = semicolonEnd(m.s, m.at);
    expect(end === Infinity ? '' : upTo(m, end)).toBe(expected);
  });

  test.each([
    ['The official asked ^not to be named.', true],
    ['The official spoke on condition of ^anonymity.', true],
    ['The official asked ^to remain anonymous.', true],
    ['The official asked ^not to be late.', false],
  ] as [string, boolean][])('asksAnonymity: %s', (text, expected) => {
    const m = marked(text);
    expect(asksAnonymity(m.s, m.at)).toBe(expected);
  });

  test.each([
    ['Prices fell, said a farmer ^who lives nearby, as the harvest failed.', 'as the harvest failed.'],
    ['Prices fell, said a farmer ^who lives nearby.', ''],
  ])('afterNextBreak: %s', (text, expected) => {
    const m = marked(text);
    expect(fromToken(m, afterNextBreak(m.s, m.at))).toBe(expected);
  });

  test.each([
    ['Lee said even though the board ^believes the tax is fair, "families need relief."', 'believes the tax is fair'],
    ['Back when he ^wrote that debt was bad, McKinley avoided loans.', 'wrote that debt was bad'],
    ['Trump was right when he ^said that under Obama, "the generals were reduced to rubble."', ''],
    ['As one nurse ^told the Gazette, "We are exhausted."', ''],
    ['Lee said even though the board ^believes the tax is fair.', ''],
    ['When Brown ^criticized Clinton, Lee shot back, "I chose my work."', 'criticized Clinton'],
    ['When the mayor ^criticized the plan, "It will fail," the chair said.', ''],
    ['After the judge ^ruled, the lawyers were silent and "we went home."', 'ruled'],
  ])('adverbialClauseEnd: %s', (text, expected) => {
    const m = marked(text);
    const end = adverbialClauseEnd(m.s, m.at, m.s.tokens[m.at].end);
    expect(end === Infinity ? '' : upTo(m, end)).toBe(expected);
  });

  test('endWithClosingMarks: a word with the marks that close after it', () => {
    const m = marked('Graham called them "^crazy" and said no.');
    expect(m.text.slice(0, endWithClosingMarks(m.s, m.at))).toBe('Graham called them "crazy"');
  });
});

/** The syntax of a one-sentence text with its top-level quotes. */
function withQuotes(text: string): { s: SentenceSyntax; quotes: ReturnType<typeof detectQuotes>['quotes'] } {
  const { quotes } = detectQuotes(text, segmentParagraphs(text));
  const [sentence] = tagRange(text, 0, text.length);
  return { s: analyse(sentence.tokens, quotes), quotes };
}
const words = (s: SentenceSyntax, range: { first: number; last: number }): string =>
  s.tokens
    .slice(range.first, range.last + 1)
    .map((t) => t.text)
    .join(' ');

describe('quote frames: what stands around a quote no cue claims (src/syntax/quote-frames.ts)', () => {
  test.each([
    ['Sen. Marco Rubio called the statement "offensive" on Sunday.', 'called', 'Sen Marco Rubio', true],
    ['The headline reads: "Mayor quits."', 'reads', 'The headline', false],
    ['The mayor has rolled out a "summer of gridlock" plan.', 'rolled', 'The mayor', false],
    ['They called it "outlandish."', 'called', 'They', true],
  ] as [string, string, string, boolean][])('leadInBefore: %s', (text, verb, subject, name) => {
    const { s, quotes } = withQuotes(text);
    const leadIn = leadInBefore(s, quotes, quotes[0].open)!;
    expect([s.tokens[leadIn.cueVerb].text, words(s, leadIn.subject), endsInName(s, leadIn.subject)]).toEqual([
      verb,
      subject,
      name,
    ]);
  });
  test('leadInBefore: no main verb before the quote', () => {
    const { s, quotes } = withQuotes('"We are tired," the voters said.');
    expect(leadInBefore(s, quotes, quotes[0].open)).toBeNull();
  });

  test.each([
    ['The result doesn\'t surprise Republican pollster Daron Shaw: "It was close."', 'Republican pollster Daron Shaw'],
    ['Her answer: "Never."', ''],
  ])('nameBeforeColon: %s', (text, expected) => {
    const { s, quotes } = withQuotes(text);
    const found = nameBeforeColon(s, quotes[0].open);
    expect(found ? words(s, found.name) : '').toBe(expected);
  });

  test.each([
    ['"Sit down," Trump shot back.', 'Trump', 'shot', 'back'],
    ['"Sit down," the angry mayor replied.', 'the angry mayor', 'replied', ''],
  ])('subjectAndVerbAt: %s', (text, subject, verb, particle) => {
    const { s, quotes } = withQuotes(text);
    const first = s.tokens.findIndex((t) => t.start > quotes[0].end);
    const found = subjectAndVerbAt(s, first)!;
    expect([
      words(s, found.subject),
      s.tokens[found.verb].text,
      found.particle >= 0 ? s.tokens[found.particle].text : '',
    ]).toEqual([subject, verb, particle]);
  });

  test.each([
    ['"We show anger," Gene Ruiz, a top ^adviser, said.', false],
    ['"We show anger," said Gene Ruiz, who ^added that it was rushed.', true],
  ] as [string, boolean][])('verbBeforeInQuoteSpan: %s', (text, expected) => {
    const m = marked(text);
    expect(verbBeforeInQuoteSpan(m.s, m.at)).toBe(expected);
  });

  test.each([
    ['"We deserve better." ― Pamela Ruiz', 'Pamela Ruiz', 'Pamela Ruiz'],
    ['"We deserve better." ― a reader in Ottawa', 'a reader in Ottawa', ''],
  ])('capitalisedWords: %s', (text, name, expected) => {
    const { s } = withQuotes(text);
    const start = text.indexOf(name);
    const found = capitalisedWords(s, start, start + name.length);
    expect(found ? words(s, found) : '').toBe(expected);
  });
});
