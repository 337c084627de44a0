/** One row per attribution pattern: the sentence, and the mention, cue and content whosaid finds in it. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

function firstAttributed(text: string): [string, string, string, string] | null {
  const claim = extract(text).claims.find((c) => c.source !== null);
  return claim ? [claim.kind, claim.sourceMention?.text ?? '', claim.cue?.text ?? '', claim.text] : null;
}

describe('attribution patterns', () => {
  test.each([
    [
      'that-clause',
      'The mayor said that the bridge would reopen in May.',
      ['reported', 'The mayor', 'said', 'the bridge would reopen in May'],
    ],
    [
      'bare clause',
      'Russia responded they would not engage in that area.',
      ['reported', 'Russia', 'responded', 'they would not engage in that area'],
    ],
    [
      'a content ends where a second source opens after a dash',
      'Some friends say the mayor is tired - others say he has never been fitter.',
      ['reported', 'Some friends', 'say', 'the mayor is tired'],
    ],
    [
      'a content ends where a second source opens after "while"',
      'Half of voters say they want an outsider, while about 4 in 10 want experience.',
      ['reported', 'Half of voters', 'say', 'they want an outsider'],
    ],
    [
      'a content ends before ", which" and a relative clause with a source of its own',
      'The senator said the rule hurt dairy farmers, who he said were already struggling.',
      ['reported', 'The senator', 'said', 'the rule hurt dairy farmers'],
    ],
    [
      'a content ends before a dash and a relative clause with a source of its own',
      'The council praised the harbour plan — which the mayor called a lifeline for the town.',
      ['reported', 'The council', 'praised', 'the harbour plan'],
    ],
    [
      'a relative clause with a source of its own inside the content goes on',
      'Lee said the levy, which critics called reckless, was working.',
      ['reported', 'Lee', 'said', 'the levy, which critics called reckless, was working'],
    ],
    [
      'a second "that" clause after ", and" goes on what was said',
      'Most voters said it was not, and that the two nations had a special bond.',
      ['reported', 'Most voters', 'said', 'it was not, and that the two nations had a special bond'],
    ],
    [
      'published material by a body: the body is the source',
      'A 2016 study by the Harbour Institute said the ferry was late.',
      ['reported', 'A 2016 study by the Harbour Institute', 'said', 'the ferry was late'],
    ],
    [
      'published material by a body after what it found',
      'Ferry delays doubled last year, a report by the Harbour Institute found.',
      ['reported', 'a report by the Harbour Institute', 'found', 'Ferry delays doubled last year'],
    ],
    [
      'a "that" after the object of a cue with no listener opens a relative clause, no complement',
      'The mayor criticized the levy that she said was too high for families.',
      ['reported', 'The mayor', 'criticized', 'the levy that she said was too high for families'],
    ],
    [
      'a content ends before "before" and a gerund cue',
      'Lee said the deadlock kept the town safe before claiming that the borders are open.',
      ['reported', 'Lee', 'said', 'the deadlock kept the town safe'],
    ],
    [
      'circumstance before that',
      'The agency said on Monday that fares would rise.',
      ['reported', 'The agency', 'said', 'fares would rise'],
    ],
    [
      'trailing attribution',
      'The plant will close next year, sources said.',
      ['reported', 'sources', 'said', 'The plant will close next year'],
    ],
    [
      'according to an institution\'s role and name after its "of"',
      'The plan might fail, according to former Bank of Canada governor Tom Reed.',
      ['reported', 'former Bank of Canada governor Tom Reed', 'according to', 'The plan might fail'],
    ],
    [
      'according to published material and the name that issued it',
      'Fares will rise next year, according to an analysis by the Pew Research Center.',
      ['reported', 'an analysis by the Pew Research Center', 'according to', 'Fares will rise next year'],
    ],
    [
      'according to a count and the name that issued it',
      'Lee had 2,205 delegates, according to a tally by the Associated Press.',
      ['reported', 'a tally by the Associated Press', 'according to', 'Lee had 2,205 delegates'],
    ],
    [
      'according to published material by people not named',
      'Fares will rise, according to a report by three economists.',
      ['reported', 'a report', 'according to', 'Fares will rise'],
    ],
    [
      'according to a phrase with one word after "of"',
      'The plan might fail, according to members of Congress.',
      ['reported', 'members', 'according to', 'The plan might fail'],
    ],
    [
      'trailing subject close to an object pronoun',
      'The senator will change his approach, a source close to him said.',
      ['reported', 'a source close to him', 'said', 'The senator will change his approach'],
    ],
    [
      'subject familiar with an object pronoun',
      'People familiar with them say the deal will collapse.',
      ['reported', 'People familiar with them', 'say', 'the deal will collapse'],
    ],
    [
      'trailing subject close to a phrase (the tagger reads close as a verb)',
      'The deal will collapse next week, people close to the mayor say.',
      ['reported', 'people close to the mayor', 'say', 'The deal will collapse next week'],
    ],
    [
      'trailing attribution with a coordinated subject',
      'The ferry will run until May, the captain and two deckhands said.',
      ['reported', 'two deckhands', 'said', 'The ferry will run until May'],
    ],
    [
      'trailing attribution with a noun read as a verb',
      'The depot will close in June, campaign officials said.',
      ['reported', 'officials', 'said', 'The depot will close in June'],
    ],
    [
      'mid-sentence attribution with a coordinated subject',
      'The cause of the delay, the pilot and the crew say, is the weather.',
      ['reported', 'the crew', 'say', 'The cause of the delay, the pilot and the crew say, is the weather'],
    ],
    [
      'trailing attribution with a clause of time',
      'The ferry will run until May, the captain said as she left the dock.',
      ['reported', 'the captain', 'said', 'The ferry will run until May'],
    ],
    [
      'trailing attribution with an addressee and a clause of time',
      'The ferry will run until May, the captain told reporters while visiting the dock.',
      ['reported', 'the captain', 'told', 'The ferry will run until May'],
    ],
    [
      'progressive read as an adjective',
      'The mayor was telling reporters that the ferry would run until May.',
      ['reported', 'The mayor', 'was telling', 'the ferry would run until May'],
    ],
    [
      '"called it" with a judgement after it',
      'Critics called it a giveaway to the ferry company.',
      ['reported', 'Critics', 'called', 'it a giveaway to the ferry company'],
    ],
    [
      'passive with its agent',
      'The ferry plan was first reported by the Riverside Gazette.',
      ['reported', 'the Riverside Gazette', 'reported', 'The ferry plan'],
    ],
    [
      'passive with a pronoun agent',
      'The plan was criticized by many.',
      ['reported', 'many', 'criticized', 'The plan'],
    ],
    [
      '"as reported by" opening the sentence',
      'As reported by the Riverside Gazette, the ferry will stop in May.',
      ['reported', 'the Riverside Gazette', 'reported', 'the ferry will stop in May'],
    ],
    [
      'records that show',
      'The ferry company lost money last year, court records show.',
      ['reported', 'court records', 'show', 'The ferry company lost money last year'],
    ],
    [
      'records that show, their -ing modifier read as a participle',
      'The ferry lost money last year, shipping records show.',
      ['reported', 'shipping records', 'show', 'The ferry lost money last year'],
    ],
    [
      'documents that show, their -ing modifier read as a participle before a plural noun',
      'The ferry lost money last year, fundraising documents show.',
      ['reported', 'documents', 'show', 'The ferry lost money last year'],
    ],
    [
      'according to, leading',
      'According to the Riverside Gazette, the vote was delayed.',
      ['reported', 'the Riverside Gazette', 'According to', 'the vote was delayed'],
    ],
    [
      'according to, trailing',
      'The vote was delayed, according to the Riverside Gazette.',
      ['reported', 'the Riverside Gazette', 'according to', 'The vote was delayed'],
    ],
    [
      'an addressee verb the tagger reads as a plural noun',
      'The mayor tells reporters that the bridge will reopen.',
      ['reported', 'The mayor', 'tells', 'the bridge will reopen'],
    ],
    [
      'a cue verb the tagger reads as a plural noun, after an adverb',
      'The senator also hopes to win the state.',
      ['reported', 'The senator', 'also hopes', 'to win the state'],
    ],
    [
      'a cue verb the tagger reads as a plural noun, after an adverb set off by commas',
      'Lee, meanwhile, hopes that the ferry will sail again.',
      ['reported', 'Lee', 'hopes', 'the ferry will sail again'],
    ],
    [
      'a cue verb the tagger reads as a plural noun, after an appositive',
      'Dana Ruiz, a harbour consultant, notes that the ferry lost money.',
      ['reported', 'Dana Ruiz, a harbour consultant,', 'notes', 'the ferry lost money'],
    ],
    [
      'a state of mind after "remain", before a "that" clause',
      'The ferry workers remain confident that the strike will end soon.',
      ['reported', 'The ferry workers', 'remain confident that', 'the strike will end soon'],
    ],
    [
      'a finding in a "that" clause, its finders named in an appositive',
      'Two coastal scientists, Ann Lee and Ben Ruiz, found in 2019 that the pier was unsafe.',
      ['reported', 'Two coastal scientists, Ann Lee and Ben Ruiz,', 'found', 'the pier was unsafe'],
    ],
    [
      'a plural head the tagger reads as a verb, before "have" and a verb',
      'Several Ruiz associates have argued that the pier is unsafe.',
      ['reported', 'Several Ruiz associates', 'have argued', 'the pier is unsafe'],
    ],
    [
      'a head the tagger reads as an adjective, between "an" and a preposition',
      'An official in the harbour department said the pier was unsafe.',
      ['reported', 'An official', 'said', 'the pier was unsafe'],
    ],
    [
      'a cue verb the tagger reads as a plural noun, before its own particle',
      'Lee refers to the ferry as a lifeline.',
      ['reported', 'Lee', 'refers to', 'the ferry as a lifeline'],
    ],
    [
      'records that show, after "where"',
      'The mayor campaigned in Riverside, where polls show her ahead.',
      ['reported', 'polls', 'show', 'her ahead'],
    ],
    [
      'a participle after a coordinated predicate shares the subject of the first',
      'Lee set out to rally and energize the fishers, hoping to save the pier.',
      ['reported', 'Lee', 'hoping', 'to save the pier'],
    ],
    [
      'perfect participle opening the sentence',
      'Having announced that she would stay, the coach named a new captain.',
      ['reported', 'the coach', 'announced', 'she would stay'],
    ],
    [
      'a floating quantifier after the auxiliary',
      'The mayor and the governor have both argued that the plan would fail.',
      ['reported', 'the governor', 'argued', 'the plan would fail'],
    ],
    [
      'a home town known by its abbreviated province',
      'Tareq Hadad, the founder of a company in Antigonish, N.S., says the topic is discussed daily.',
      ['reported', 'Tareq Hadad', 'says', 'the topic is discussed daily'],
    ],
    [
      'a trailing attribution after a quote of 3+ words inside a clause reports the whole clause',
      'He called the plan “a disaster for everyone,” Smith said.',
      ['reported', 'Smith', 'said', 'He called the plan “a disaster for everyone,”'],
    ],
    [
      'not after a quote of fewer words',
      'The minister lost a note card in a “burn bag,” the Times reported.',
      ['partial-quote', 'the Times', 'reported', 'burn bag,'],
    ],
    [
      'a quantifier subject before a bare cue form the tagger read as a noun',
      'Both think the mayor advanced the plan.',
      ['reported', 'Both', 'think', 'the mayor advanced the plan'],
    ],
    [
      'a quote after the cue that the clause runs on from is part of a reported claim',
      'The senator says “the wind is at our backs” despite the loss in the caucuses.',
      ['reported', 'The senator', 'says', '“the wind is at our backs” despite the loss in the caucuses'],
    ],
    [
      'not a quote that ends in its own comma',
      'The coach said “we will win,” and the crowd cheered.',
      ['partial-quote', 'The coach', 'said', 'we will win,'],
    ],
    [
      'not a quote that ends its sentence',
      'The coach said “we will win”.',
      ['partial-quote', 'The coach', 'said', 'we will win'],
    ],
    [
      'a quote running on out of a relative clause stays the quote',
      'Apps that the company said “may not work” included old versions of its chat tool.',
      ['partial-quote', 'the company', 'said', 'may not work'],
    ],
    [
      'not after a quote a colon introduces',
      'The mayor described the plan: “It is a disaster for everyone,” Smith said.',
      ['reported', 'The mayor', 'described', 'the plan'],
    ],
    [
      'auxiliary in the cue',
      'The governor has said the budget is balanced.',
      ['reported', 'The governor', 'has said', 'the budget is balanced'],
    ],
    [
      'appositive chain',
      'Marley Anderson, 21, a junior from Las Vegas, said the fees were too high.',
      ['reported', 'Marley Anderson, 21, a junior from Las Vegas,', 'said', 'the fees were too high'],
    ],
    [
      'time word after a participle',
      'A news report published Wednesday said the plan would cost more.',
      ['reported', 'A news report', 'said', 'the plan would cost more'],
    ],
    [
      'inverted quote attribution',
      '“We will appeal,” said the company’s lawyer.',
      ['quote', 'the company’s lawyer', 'said', 'We will appeal,'],
    ],
    [
      'inverted subject with a place',
      '“The ranch is safe,” said Ann Moran of Cheyenne.',
      ['quote', 'Ann Moran', 'said', 'The ranch is safe,'],
    ],
    [
      'coordinated inverted subject',
      '“The river keeps rising,” said fishermen and farmers.',
      ['quote', 'fishermen and farmers', 'said', 'The river keeps rising,'],
    ],
    [
      'coordinated inverted subject with a name',
      '“We will rebuild the pier,” said coal and steel worker Lena Brandt.',
      ['quote', 'coal and steel worker Lena Brandt', 'said', 'We will rebuild the pier,'],
    ],
    [
      'inverted subject before a clause joined by and',
      '“We will rebuild the pier,” said Lena Brandt and she left the meeting.',
      ['quote', 'Lena Brandt', 'said', 'We will rebuild the pier,'],
    ],
    [
      'inverted subject with a for-phrase',
      '“It is coming,” said a strategist for one of the candidates.',
      ['quote', 'a strategist', 'said', 'It is coming,'],
    ],
    [
      'relative clause after an inverted subject',
      'The tax is unfair, said a farmer who lives near the dam.',
      ['reported', 'a farmer', 'said', 'The tax is unfair'],
    ],
    [
      'according to, a relative clause after the source',
      'According to officials who spoke on condition of anonymity, the plan will fail.',
      ['reported', 'officials', 'According to', 'the plan will fail'],
    ],
    [
      'inverted subject with a clause',
      '“We can win this,” said Ruiz as he left the stage.',
      ['quote', 'Ruiz', 'said', 'We can win this,'],
    ],
    [
      'inverted subject with an adjective and a preposition',
      '“The drop is real,” said a person close to the mayor.',
      ['quote', 'a person', 'said', 'The drop is real,'],
    ],
    [
      'quote before an appositive subject',
      '“We show anger,” Ann Ruiz, a delegate from Houston, said Tuesday.',
      ['quote', 'Ann Ruiz, a delegate from Houston,', 'said', 'We show anger,'],
    ],
    [
      'circumstance after the cue, content before it',
      '"The politics are blatant" in the capital, he said in an interview.',
      ['reported', 'he', 'said', '"The politics are blatant" in the capital'],
    ],
    [
      'hyphenated modifier in an inverted subject',
      '“It is shortsighted,” explained Boston-based attorney Ed Marks.',
      ['quote', 'Boston-based attorney Ed Marks', 'explained', 'It is shortsighted,'],
    ],
    [
      'coordinated verb after an adverb',
      'The mayor visited the plant and later said the jobs would stay.',
      ['reported', 'The mayor', 'later said', 'the jobs would stay'],
    ],
    [
      'participle after a comma',
      'The senator rallied supporters, saying: “We have to win this.”',
      ['quote', 'The senator', 'saying:', 'We have to win this.'],
    ],
    [
      'phrasal cue',
      'The union called for a strike vote next week.',
      ['reported', 'The union', 'called for', 'a strike vote next week'],
    ],
    [
      'parenthesis between subject and cue',
      'Sen. Ann Ruiz (D-Ohio) said the vote was rushed.',
      ['reported', 'Sen. Ann Ruiz (D-Ohio)', 'said', 'the vote was rushed'],
    ],
    [
      'long circumstance before that',
      'The mayor told reporters at the town hall in Greenville on Tuesday that the count was slow.',
      ['reported', 'The mayor', 'told', 'the count was slow'],
    ],
    [
      'what an addressee is told about is the content, a phrase',
      'The harbour master told reporters about the storm damage.',
      ['reported', 'The harbour master', 'told', 'the storm damage'],
    ],
    [
      'the same after "of"',
      'The mayor warned residents of a long closure.',
      ['reported', 'The mayor', 'warned', 'a long closure'],
    ],
    [
      'name before an opening colon',
      'The result did not surprise pollster Daron Shaw: “Turnout was low everywhere.”',
      ['quote', 'pollster Daron Shaw', ':', 'Turnout was low everywhere.'],
    ],
    [
      'possessive before a noun compromise reads as a verb',
      'O’Malley’s campaign says it will shift staff to Iowa.',
      ['reported', 'O’Malley’s campaign', 'says', 'it will shift staff to Iowa'],
    ],
    [
      'determiner before a noun compromise reads as a verb',
      'The campaign said it raised $21 million in January.',
      ['reported', 'The campaign', 'said', 'it raised $21 million in January'],
    ],
    [
      'parenthesis closing after a period',
      'Sen. Bernie Sanders (I-Vt.) said he will release his records.',
      ['reported', 'Sen. Bernie Sanders (I-Vt.)', 'said', 'he will release his records'],
    ],
    [
      'appositive between dashes',
      'Jason Sims — a teacher from Mount Pleasant — says he made a late decision.',
      ['reported', 'Jason Sims — a teacher from Mount Pleasant —', 'says', 'he made a late decision'],
    ],
    [
      'relative clause between commas',
      'Mr. Reid, who represents Nevada, said he was confident.',
      ['reported', 'Mr. Reid, who represents Nevada,', 'said', 'he was confident'],
    ],
    [
      'two-apostrophe quote marks',
      "''I am going to be the nominee,'' he said aboard his plane.",
      ['quote', 'he', 'said', 'I am going to be the nominee,'],
    ],
    [
      'parenthesis closing a name before an appositive',
      'Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he had not thought about it.',
      ['reported', 'Sen. Rob Portman (R-Ohio), another vulnerable incumbent,', 'said', 'he had not thought about it'],
    ],
    [
      'common-noun appositive holding a proper name',
      'Mary Green, director of the Mommy and Me literacy program, said she welcomes everyone.',
      ['reported', 'Mary Green, director of the Mommy and Me literacy program,', 'said', 'she welcomes everyone'],
    ],
    [
      'including-clause between commas',
      'Several candidates, including Trump, said the border should close.',
      ['reported', 'Several candidates, including Trump,', 'said', 'the border should close'],
    ],
    [
      'partitive pronoun subject',
      'After the shutdown, most of them said they had loved working there.',
      ['reported', 'most of them', 'said', 'they had loved working there'],
    ],
    [
      'attribution after a copula and a comma',
      'It was, he said, one of the bitterest failures of his term.',
      ['reported', 'he', 'said', 'It was, he said, one of the bitterest failures of his term'],
    ],
    ['first-person belief', 'I think the bridge is safe.', ['reported', 'I', 'think', 'the bridge is safe']],
    [
      'appositive before an auxiliary',
      'Gov. Scott Walker, one of the candidates Trump beat, had pledged to back the nominee.',
      ['reported', 'Gov. Scott Walker, one of the candidates Trump beat,', 'had pledged', 'to back the nominee'],
    ],
    [
      'time phrase between subject and cue',
      'The spokesman on Thursday evening said the talks had failed.',
      ['reported', 'The spokesman', 'said', 'the talks had failed'],
    ],
    [
      'prepositional phrase after an auxiliary',
      'Her closest allies have in the past said she would not run.',
      ['reported', 'Her closest allies', 'said', 'she would not run'],
    ],
    [
      'time phrase without a preposition',
      'The mayor this week said the budget was balanced.',
      ['reported', 'The mayor', 'said', 'the budget was balanced'],
    ],
    [
      'a clause after a preposition keeps its subject',
      'Two months after the company announced its move to Mexico.',
      ['reported', 'the company', 'announced', 'its move to Mexico'],
    ],
    [
      'according to, before a relative clause of place',
      'Turnout rose 12 percent in Ottawa, according to the elections office, where lines formed early.',
      ['reported', 'the elections office', 'according to', 'Turnout rose 12 percent in Ottawa'],
    ],
    [
      'according to, before a continuation',
      'The union won 54 percent of the vote, according to exit polls, but turnout was low.',
      ['reported', 'exit polls', 'according to', 'The union won 54 percent of the vote'],
    ],
    [
      'according to an object read as a verb',
      'The plan would cost $2 billion, according to figures the city released.',
      ['reported', 'figures the city released', 'according to', 'The plan would cost $2 billion'],
    ],
    [
      'intention',
      'The council sought a delay of the vote.',
      ['reported', 'The council', 'sought', 'a delay of the vote'],
    ],
    [
      'criticism',
      'The mayor blasted the ferry operator for the delays.',
      ['reported', 'The mayor', 'blasted', 'the ferry operator for the delays'],
    ],
    [
      'participle read as a noun after a dash',
      'The senator flipped his vote on the spot – saying he had been misled.',
      ['reported', 'The senator', 'saying', 'he had been misled'],
    ],
    [
      'one-word headline label',
      'Mayor: Ferry Fares Will Rise in May',
      ['reported', 'Mayor', ':', 'Ferry Fares Will Rise in May'],
    ],
    [
      'as-attribution opening the sentence',
      'As the Gazette reported, the council delayed the vote.',
      ['reported', 'the Gazette', 'reported', 'the council delayed the vote'],
    ],
    [
      'as-attribution opening a clause joined by "and" after a comma',
      'The ferry is late again, and as the Gazette reported, the council delayed the vote.',
      ['reported', 'the Gazette', 'reported', 'the council delayed the vote'],
    ],
    [
      'as-attribution in the middle of its content',
      'The vote, as the Gazette reported, was delayed.',
      ['reported', 'the Gazette', 'reported', 'The vote, as the Gazette reported, was delayed'],
    ],
    [
      'participle after an issued document',
      'The mayor issued a statement saying the bridge would reopen.',
      ['reported', 'The mayor', 'saying', 'the bridge would reopen'],
    ],
    [
      'participle after a person object',
      'The delay left residents wondering about the bridge.',
      ['reported', 'residents', 'wondering about', 'the bridge'],
    ],
    [
      'subject after "of"',
      'Supporters of the mayor said the plan would pass.',
      ['reported', 'Supporters of the mayor', 'said', 'the plan would pass'],
    ],
    [
      'participle opening the sentence after a preposition',
      'After bragging for a year about his low costs, the candidate is spending more.',
      ['reported', 'the candidate', 'bragging', 'for a year about his low costs'],
    ],
    [
      'contrasting clause ends the content',
      'Rubio suggested that the plan would fail, while Cruz praised it.',
      ['reported', 'Rubio', 'suggested', 'the plan would fail'],
    ],
    [
      'a pronoun after "and" opens a new clause',
      'The mayor said the ferry was late and she blamed the weather.',
      ['reported', 'The mayor', 'said', 'the ferry was late'],
    ],
    [
      'a relative clause ends before the main verb',
      'Cole, who said in an interview that he signed nothing, recalled the meeting.',
      ['reported', 'who', 'said', 'he signed nothing'],
    ],
    [
      'trailing "told" and its addressee',
      'The pilot was kind and careful, an airport official told The Daily Ledger.',
      ['reported', 'an airport official', 'told', 'The pilot was kind and careful'],
    ],
    [
      'new clause ends the content',
      'The troops called for air support, and up to 200 attackers reportedly died.',
      ['reported', 'The troops', 'called for', 'air support'],
    ],
    [
      'adverb before the cue verb',
      'The budget office now says the deficit will shrink.',
      ['reported', 'The budget office', 'now says', 'the deficit will shrink'],
    ],
    [
      'adverb compromise tags as an adjective',
      'The mayor later said the count was slow.',
      ['reported', 'The mayor', 'later said', 'the count was slow'],
    ],
    [
      'particle after any cue verb',
      'The governor talked about the new budget.',
      ['reported', 'The governor', 'talked about', 'the new budget'],
    ],
    [
      'about before a number is no particle',
      'The agency said about half of the funds were spent.',
      ['reported', 'The agency', 'said', 'about half of the funds were spent'],
    ],
    [
      'preposition of a phrasal cue verb',
      'Most doctors agree with the new guidelines.',
      ['reported', 'Most doctors', 'agree with', 'the new guidelines'],
    ],
    ['short object of a phrasal cue', 'Many voters agree with him.', ['reported', 'Many voters', 'agree with', 'him']],
    [
      'in a statement',
      'The company said in a statement that the plant would stay open.',
      ['reported', 'The company', 'said in a statement', 'the plant would stay open'],
    ],
    [
      'in an interview stays out of the cue',
      'The mayor said in an interview that the count was slow.',
      ['reported', 'The mayor', 'said', 'the count was slow'],
    ],
    [
      'adverb closing the cue',
      'The senator has said repeatedly that the bill is dead.',
      ['reported', 'The senator', 'has said repeatedly', 'the bill is dead'],
    ],
    [
      'continued to',
      'The candidate continued to question the results of the vote.',
      ['reported', 'The candidate', 'continued to question', 'the results of the vote'],
    ],
    [
      'went on to',
      'The coach went on to say the team had played well.',
      ['reported', 'The coach', 'went on to say', 'the team had played well'],
    ],
    [
      'progressive after an auxiliary',
      'The island has been warning that it is running out of cash.',
      ['reported', 'The island', 'has been warning', 'it is running out of cash'],
    ],
    [
      'progressive before a catenative',
      'The governor is continuing to insist the books are balanced.',
      ['reported', 'The governor', 'is continuing to insist', 'the books are balanced'],
    ],
    [
      'expressed a feeling',
      'The union expressed concern that wages would fall.',
      ['reported', 'The union', 'expressed concern', 'wages would fall'],
    ],
    [
      'proper noun before a noun compromise reads as a verb',
      'The Ruiz campaign said the ad would run in May.',
      ['reported', 'The Ruiz campaign', 'said', 'the ad would run in May'],
    ],
    [
      'possessive of a name in s',
      'Bernie Sanders’ campaign says it raised more money in March.',
      ['reported', 'Bernie Sanders’ campaign', 'says', 'it raised more money in March'],
    ],
    [
      'contracted pronoun before a gerund cue',
      'He’s predicting the ferry will run by June.',
      ['reported', 'He’s', 'predicting', 'the ferry will run by June'],
    ],
    [
      'sentence adverb between commas',
      'Backers of the plan, however, say the ferry will pay for itself.',
      ['reported', 'Backers of the plan', 'say', 'the ferry will pay for itself'],
    ],
    [
      'sentence adverb without commas',
      'Moran however said the pier would stay closed.',
      ['reported', 'Moran', 'said', 'the pier would stay closed'],
    ],
    [
      'share of a poll as subject',
      'Six in 10 say the mayor is doing a good job.',
      ['reported', 'Six in 10', 'say', 'the mayor is doing a good job'],
    ],
    [
      'qualified share after a conjunction',
      'Turnout fell, and nearly three in five said they would stay home.',
      ['reported', 'nearly three in five', 'said', 'they would stay home'],
    ],
    [
      'relative clause after another appositive',
      'Ann Moran, 58, who lives in Cheyenne, says the ranch is safe.',
      ['reported', 'Ann Moran, 58, who lives in Cheyenne,', 'says', 'the ranch is safe'],
    ],
    [
      'participle after a copula clause',
      'The mayor is more cautious, saying the pier may not reopen.',
      ['reported', 'The mayor', 'saying', 'the pier may not reopen'],
    ],
    [
      'participle after an infinitive clause',
      'The mayor doubled down on plans to rebuild the pier, saying the ferry would return.',
      ['reported', 'The mayor', 'saying', 'the ferry would return'],
    ],
    [
      'capitalised appositive naming a role',
      'Ann Moran, Cheyenne director for the campaign, said the ranch is safe.',
      ['reported', 'Ann Moran, Cheyenne director for the campaign,', 'said', 'the ranch is safe'],
    ],
    [
      'those polled as subject',
      'Again, those surveyed said the mayor was best able to handle the issue.',
      ['reported', 'those surveyed', 'said', 'the mayor was best able to handle the issue'],
    ],
    [
      'participle after a determiner in an inverted subject',
      '“There is no data on that,” said one unaligned Florida strategist.',
      ['quote', 'one unaligned Florida strategist', 'said', 'There is no data on that,'],
    ],
    [
      'bare verb after a name in an inverted subject',
      '“We refunded it,” said Moran campaign manager Jon Kohan.',
      ['quote', 'Moran campaign manager Jon Kohan', 'said', 'We refunded it,'],
    ],
    [
      'coordinated verb after a copula clause',
      'The mayor was quick to visit the plant and said the ferry would return.',
      ['reported', 'The mayor', 'said', 'the ferry would return'],
    ],
    [
      'coordinated verb after an opening participle clause',
      'Asked whether the pier would reopen, the mayor shook her head and said the ferry would return.',
      ['reported', 'the mayor', 'said', 'the ferry would return'],
    ],
    [
      'gerund after by',
      'The mayor ended the dispute by saying the pier would reopen in May.',
      ['reported', 'The mayor', 'saying', 'the pier would reopen in May'],
    ],
    [
      'gerund after before',
      'The mayor greeted the crew before explaining why the ferry was late.',
      ['reported', 'The mayor', 'explaining', 'why the ferry was late'],
    ],
    [
      'gerund after a short opening phrase',
      'One month after announcing the closure, the mayor reopened the pier.',
      ['reported', 'the mayor', 'announcing', 'the closure'],
    ],
    [
      'trailing evidence verb read as a noun',
      'The pier was insured for 35 million dollars in 2011, records show.',
      ['reported', 'records', 'show', 'The pier was insured for 35 million dollars in 2011'],
    ],
    [
      'gerund subject of an evidence verb',
      'Recent polling shows that the mayor is popular.',
      ['reported', 'Recent polling', 'shows', 'the mayor is popular'],
    ],
    [
      'speech verb read as a noun after an appositive name',
      'Her chief aide, Jake Sullivan, calls the plan a blueprint for jobs.',
      ['reported', 'Jake Sullivan', 'calls', 'the plan a blueprint for jobs'],
    ],
    [
      'gerund after a share introduced by with',
      'The mayor gained ground, with 30 percent of voters saying they trust her.',
      ['reported', '30 percent of voters', 'saying', 'they trust her'],
    ],
    [
      'infinitive cue after a copula and an adjective',
      'Voters were slightly more likely to say the mayor is honest.',
      ['reported', 'Voters', 'say', 'the mayor is honest'],
    ],
    [
      'infinitive cue after a passive catenative',
      'The Gazette is expected to endorse the mayor in the election.',
      ['reported', 'The Gazette', 'endorse', 'the mayor in the election'],
    ],
    [
      'plural noun compromise reads as a verb before the cue',
      'Other refugee advocates also said the ferry should run.',
      ['reported', 'Other refugee advocates', 'also said', 'the ferry should run'],
    ],
    [
      '"since" inside a perfect',
      'She has since said that the pier was safe.',
      ['reported', 'She', 'has since said', 'the pier was safe'],
    ],
    [
      'emphatic reflexive after the subject',
      'Moran herself has proposed a modest tax on ferry tickets.',
      ['reported', 'Moran', 'has proposed', 'a modest tax on ferry tickets'],
    ],
    [
      'name of a place before a relative clause',
      'Senator Ann Moran of Wyoming, who toured the ranch, said it was safe.',
      ['reported', 'Senator Ann Moran of Wyoming, who toured the ranch,', 'said', 'it was safe'],
    ],
    [
      'name of a place before a common-noun appositive',
      'Gov. Ann Moran of Wyoming, a rancher who toured the site, said the ranch was safe.',
      ['reported', 'Gov. Ann Moran of Wyoming, a rancher who toured the site,', 'said', 'the ranch was safe'],
    ],
    [
      'according to, a relative clause after the source',
      'The ferry will not run this winter, according to Ann Moran, who manages the pier.',
      ['reported', 'Ann Moran', 'according to', 'The ferry will not run this winter'],
    ],
    [
      'according to, an appositive after the source',
      'The ferry lost two million dollars last year, according to Ann Moran, an analyst at the port.',
      ['reported', 'Ann Moran', 'according to', 'The ferry lost two million dollars last year'],
    ],
    [
      'according to, a parenthesis after the source',
      'The mayor won 54 percent of the vote, according to exit polls (a wide margin).',
      ['reported', 'exit polls', 'according to', 'The mayor won 54 percent of the vote'],
    ],
    [
      'according to, a long object up to its comma',
      'According to a just-released poll from the state university broadcast on local radio, the mayor leads.',
      [
        'reported',
        'a just-released poll from the state university broadcast on local radio',
        'According to',
        'the mayor leads',
      ],
    ],
    [
      'two titles joined by and in an inverted subject',
      '“He is back,” said former Wyoming Gov. and Party Chairman Ann Moran.',
      ['quote', 'former Wyoming Gov. and Party Chairman Ann Moran', 'said', 'He is back,'],
    ],
    [
      'a name with a role appositive that holds a capitalised word: the name is the subject',
      'Jim Harlan, another GOP state senator, called it “completely unfair” for the players.',
      ['reported', 'Jim Harlan, another GOP state senator,', 'called', 'it “completely unfair” for the players'],
    ],
    [
      'an appositive with "a" describes the phrase before it, even when it is capitalised',
      'The governor, a Republican, said the budget was balanced.',
      ['reported', 'The governor, a Republican,', 'said', 'the budget was balanced'],
    ],
    [
      'an appositive with "an" after a name',
      'Dana Price, an Ottawa lawyer, said the ruling would be appealed.',
      ['reported', 'Dana Price, an Ottawa lawyer,', 'said', 'the ruling would be appealed'],
    ],
    [
      'a time phrase with "in" before a comma is no subject',
      'Later in the day, she said the talks had failed.',
      ['reported', 'she', 'said', 'the talks had failed'],
    ],
    [
      'a quantifier alone after "But" holds a belief',
      'But few believe the truce can last.',
      ['reported', 'few', 'believe', 'the truce can last'],
    ],
    [
      'a quantifier alone after "Yet" holds a belief',
      'Yet many think the council will fold.',
      ['reported', 'many', 'think', 'the council will fold'],
    ],
    [
      'a determiner standing alone for a second source ("while another says") ends the first content',
      'The union says 40 clinics are open, while another says clinics are shut.',
      ['reported', 'The union', 'says', '40 clinics are open'],
    ],
  ] as [string, string, [string, string, string, string]][])('%s', (_name, text, expected) => {
    expect(firstAttributed(text)).toEqual(expected);
  });

  test('"whom" ends an inverted subject as "who" does', () => {
    const said = extract('The tax is unfair, said a farmer whom the governor had praised.').claims.find(
      (c) => c.cue?.text === 'said',
    );
    expect([said?.sourceMention?.text, said?.text]).toEqual(['a farmer', 'The tax is unfair']);
  });

  /** Every attributed claim of a text, as [source mention, cue, content]. */
  const attributed = (text: string) =>
    extract(text)
      .claims.filter((c) => c.source !== null)
      .map((c) => [c.sourceMention?.text, c.cue?.text, c.text]);

  test('a belief or a pronoun restating the speaker inside the content is one attribution', () => {
    expect(attributed('The mayor said he plans to run again next year.')).toEqual([
      ['The mayor', 'said', 'he plans to run again next year'],
    ]);
    expect(attributed('Residents believe the utility wasted money, a council member said.')).toEqual([
      ['a council member', 'said', 'Residents believe the utility wasted money'],
    ]);
  });

  test('a circumstance after the cue with nothing before it is no claim', () => {
    expect(attributed('He said in an interview.')).toEqual([]);
  });

  test('a relative clause after an inverted subject does not take the quote before it', () => {
    expect(attributed('“We show anger,” said Ruiz, who added that the vote was rushed.')).toEqual([
      ['Ruiz', 'said', 'We show anger,'],
      ['who', 'added', 'the vote was rushed'],
    ]);
  });

  test.each([
    [
      'A new Gazette poll found that 72 percent of voters said the levy was too high.',
      [['A new Gazette poll', 'found', '72 percent of voters said the levy was too high']],
    ],
    [
      'According to the survey, 61 percent of renters said rents rose too fast.',
      [['the survey', 'According to', '61 percent of renters said rents rose too fast']],
    ],
    // Not a poll: still, a nested attribution is part of what the outer source reports.
    [
      'The mayor said residents said the water was brown.',
      [['The mayor', 'said', 'residents said the water was brown']],
    ],
  ] as [string, string[][]][])('those a poll asked speak through it: %s', (text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });

  test('a quote next to two attributions belongs to the nearer one; the other keeps a content before the quote', () => {
    expect(attributed('When he first described the plan in May, he said, “We will build it.”')).toEqual([
      ['he', 'first described', 'the plan in May'],
      ['he', 'said', 'We will build it.'],
    ]);
    expect(attributed('In her speech, Ruiz declared the need for courage: “Change the world,” she said.')).toEqual([
      ['Ruiz', 'declared', 'the need for courage'],
      ['she', 'said', 'Change the world,'],
    ]);
  });

  test.each([
    [
      'Lee said even though the board believes the tax is fair, "families need relief."',
      [
        ['the board', 'believes', 'the tax is fair'],
        ['Lee', 'said', 'families need relief.'],
      ],
    ],
    [
      'The mayor said that because the council thinks the budget is tight, “we will wait.”',
      [
        ['the council', 'thinks', 'the budget is tight'],
        ['The mayor', 'said', 'we will wait.'],
      ],
    ],
    [
      'Okafor said that while the union believes wages are too low, "we will not strike."',
      [
        ['the union', 'believes', 'wages are too low'],
        ['Okafor', 'said', 'we will not strike.'],
      ],
    ],
    // With no clause of its own before the comma, the cue of the adverbial clause introduces the quote.
    ['As one nurse told the Gazette, "We are exhausted."', [['one nurse', 'told', 'We are exhausted.']]],
    // With a clause of its own after the comma, the quote is that clause's, and the content stops at the comma.
    [
      'When the mayor criticized the budget, Lee shot back, "We cut what we could."',
      [
        ['the mayor', 'criticized', 'the budget'],
        ['Lee', 'shot back', 'We cut what we could.'],
      ],
    ],
    [
      'After the governor questioned the audit, the treasurer insisted that the books were clean.',
      [
        ['the governor', 'questioned', 'the audit'],
        ['the treasurer', 'insisted', 'the books were clean'],
      ],
    ],
  ])(
    'a cue in an adverbial clause closed by a comma keeps its content and leaves the quote after it: %s',
    (text, expected) => {
      expect(attributed(text)).toEqual(expected);
    },
  );

  test('the content of a mid-sentence "according to" is the clause before it, not the "where" clause after', () => {
    const claims = extract(
      'Clinton holds a 10-point lead in California, according to the RealClearPolitics average of polls, where she leads.',
    ).claims;
    expect(claims.map((c) => [c.kind, c.cue?.text, c.text])).toEqual([
      ['reported', 'according to', 'Clinton holds a 10-point lead in California'],
    ]);
  });

  test('a quote is not attributed to the words that open the next quote', () => {
    const result = extract('Ruiz watched “Fox and Friends” “I mean, it was great,” she said later.');
    // The show's title is a neutral quote, no claim.
    expect(result.claims.map((c) => [c.text, c.by])).toEqual([['I mean, it was great,', 'adjacent']]);
    expect(result.neutralQuotes?.map((q) => [q.text, q.kind])).toEqual([['Fox and Friends', 'name']]);
  });

  // A nested attribution is part of what the outer source reports (nestedAttributions in src/assemble/claims.ts).
  test('a second source saying something inside the content is part of what the outer source reports', () => {
    expect(attributed('The senator said Jones said the plan would fail.')).toEqual([
      ['The senator', 'said', 'Jones said the plan would fail'],
    ]);
  });

  test('a source whose only attribution is nested in another claim is not listed among the sources', () => {
    const document = extract('Senator Ada Ruiz said Tom Jones said the plan would fail. She left.');
    expect(document.sources.map((s) => [s.id, s.name])).toEqual([['s1', 'Ada Ruiz']]);
    expect(document.claims.map((c) => c.source)).toEqual(['s1']);
  });

  test('an "according to" before a clause leaves the source inside it its own claim', () => {
    expect(attributed('According to the Gazette, the mayor warned that the pier would close.')).toEqual([
      ['the Gazette', 'According to', 'the mayor warned that the pier would close'],
      ['the mayor', 'warned', 'the pier would close'],
    ]);
  });

  test('any other cue verb inside the content is part of what the outer source reports', () => {
    expect(attributed('The senator said Jones claimed the plan would fail.')).toEqual([
      ['The senator', 'said', 'Jones claimed the plan would fail'],
    ]);
    expect(attributed('Aides say the respect they express for him helps the campaign.')).toEqual([
      ['Aides', 'say', 'the respect they express for him helps the campaign'],
    ]);
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
    const document = extract(
      '“The fees are too high,” said Marley Anderson, a junior from Las Vegas.\nHugh Hill, a doctor at the clinic, said the wait was long.',
    );
    const sources = new Map(document.sources.map((s) => [s.id, s.name]));
    expect(
      document.claims.map((c) => [c.sourceMention?.text, c.source === null ? null : sources.get(c.source)]),
    ).toEqual([
      ['Marley Anderson, a junior from Las Vegas', 'Marley Anderson'],
      ['Hugh Hill, a doctor at the clinic,', 'Hugh Hill'],
    ]);
  });

  test('a content in an introductory clause ends where the main clause begins', () => {
    expect(attributed('While the mayor praised the plan, the council said it would fail.')).toEqual([
      ['the mayor', 'praised', 'the plan'],
      ['the council', 'said', 'it would fail'],
    ]);
    expect(attributed('Two months after the company announced the layoffs, the plant closed.')).toEqual([
      ['the company', 'announced', 'the layoffs'],
    ]);
  });

  test('a content ends where a second source joined by "and" speaks', () => {
    expect(
      attributed('The commanders warned the Russians about the base and Russia responded they would not engage.'),
    ).toEqual([
      ['The commanders', 'warned', 'the base'],
      ['Russia', 'responded', 'they would not engage'],
    ]);
  });

  test('a content runs through a subordinate clause whose subject is coordinated', () => {
    expect(
      attributed(
        'The agency now says the shortfall will come earlier, because lawmakers and the governor agreed to cut fees.',
      ),
    ).toEqual([
      [
        'The agency',
        'now says',
        'the shortfall will come earlier, because lawmakers and the governor agreed to cut fees',
      ],
    ]);
  });

  test('a participle after a quote attribution has its own content, not the quote', () => {
    expect(attributed('“Fares are too high,” Cole said, citing the rise in fuel costs.')).toEqual([
      ['Cole', 'said', 'Fares are too high,'],
      ['Cole', 'citing', 'the rise in fuel costs'],
    ]);
  });

  test('circumstance or an addressee after "said"/"told" is not what was said', () => {
    expect(attributed('The clerk was kind and careful, an airport official told The New York Times.')).toEqual([
      ['an airport official', 'told', 'The clerk was kind and careful'],
    ]);
    expect(attributed('The count was slow, the mayor said in a statement on Friday.')).toEqual([
      ['the mayor', 'said in a statement', 'The count was slow'],
    ]);
    expect(attributed('The mayor said last week the budget was balanced.')).toEqual([
      ['The mayor', 'said', 'last week the budget was balanced'],
    ]);
  });

  test.each([
    [
      'Fares will rise in the spring, the transit agency reported last week.',
      [['the transit agency', 'reported', 'Fares will rise in the spring']],
    ],
    ['Prices rose, the agency reported Monday.', [['the agency', 'reported', 'Prices rose']]],
    [
      'The pier is safe for now, she wrote in a letter to the harbour board.',
      [['she', 'wrote', 'The pier is safe for now']],
    ],
    ['The pier is safe for now, he said as he opened the gates.', [['he', 'said', 'The pier is safe for now']]],
    ['The pier is safe for now, he said after the inspection.', [['he', 'said', 'The pier is safe for now']]],
    // A clause of time with its own subject, after any cue verb.
    ['The levy will pass, the mayor said when she left the hall.', [['the mayor', 'said', 'The levy will pass']]],
    [
      'The levy will pass, the mayor reported when she left the hall.',
      [['the mayor', 'reported', 'The levy will pass']],
    ],
    ['The pier is safe for now, the mayor said two days ago.', [['the mayor', 'said', 'The pier is safe for now']]],
    // A time between the cue and its "that"; a trailing attribution with a time ends the content before it.
    ['The mayor said Tuesday evening that the levy would pass.', [['The mayor', 'said', 'the levy would pass']]],
    [
      'The mayor told investigators the levy would pass, the agency reported late Thursday.',
      [['the agency', 'reported', 'The mayor told investigators the levy would pass']],
    ],
    // Nothing before the attribution: a cue and a circumstance alone are no claim.
    ['The mill reported last week.', []],
    ['The council responded a few minutes later when the mayor arrived.', []],
    // A question after the cue is what was not said.
    [
      'The council has not said when it would vote on the levy.',
      [['The council', 'has not said', 'when it would vote on the levy']],
    ],
    // Only when and where the source spoke, before a cue that opens a quote: no claim of its own.
    ['In a speech last July, the coach said:', []],
  ])('a cue followed only by when, where or how it spoke reports what comes before: %s', (text, expected) => {
    expect(attributed(text)).toEqual(expected);
  });

  test('a content ends at the comma where a second source with a clause of its own begins', () => {
    expect(
      attributed('Asked if she thought the council wanted a new stadium, the coach said she would not guess.'),
    ).toEqual([
      ['the council', 'wanted', 'a new stadium'],
      ['the coach', 'said', 'she would not guess'],
    ]);
    expect(attributed('The bill, Democrats said, will fail.')).toEqual([
      ['Democrats', 'said', 'The bill, Democrats said, will fail'],
    ]);
  });

  test('words after the cue are its content, never the clause before it', () => {
    expect(attributed('Cook said the practice stopped, but Cook did not say when.')).toEqual([
      ['Cook', 'said', 'the practice stopped'],
    ]);
  });

  test('a quote right after ", adding" is the added attribution, not the first cue\'s', () => {
    expect(attributed('“We will win this state,” the senator said, adding, “The polls are wrong.”')).toEqual([
      ['the senator', 'said', 'We will win this state,'],
      ['the senator', 'adding', 'The polls are wrong.'],
    ]);
  });

  test('a quote after a topic preposition is what the cue is about, not words its subject said', () => {
    expect(attributed('Rhodes recalled the senator talking about “The Long Road Home,” a novel.')).not.toContainEqual([
      'the senator',
      'talking about',
      'The Long Road Home,',
    ]);
  });

  test.each([
    ['a passive without its agent has no speaker', 'The plan was criticized on Friday.'],
    ['a named thing is no speech', 'He joined a group called Citizens First.'],
    ['anonymity requests are no claim', 'A driver who asked not to be named.'],
    ['generic believers', 'You know the bridge is safe.'],
    ['a cue word after a possessive is a noun', 'Much of the debate turned on his remarks about the tax plan.'],
    ['a cue word after a determiner is a noun', 'The report gives the mayor a lift before the vote.'],
    ['a cue word after a number is a noun', 'The mayor leads by 4.5 points among older voters.'],
    ['"known" names or describes, nobody speaks', 'The governor is best known for his budget cuts.'],
    ['"known as" names a thing', 'The contests are held on a day known as Super Tuesday.'],
    ['"points" without "out"/"to" is the noun', 'Her lead grew by five points since the spring debate.'],
    ['a credit line names no speaker', 'Contributing: Ann Lee and Bo Tran.'],
    ['a contact line names no speaker', 'Twitter: @annlee'],
    ['a teaser label names no speaker', 'Revealed: The Mayor Kept Two Budgets'],
    ['a question put to "you" asserts nothing', 'Do you support the mayor?'],
    ['"called it quits" says nothing', 'The two sides called it quits on Monday.'],
    ['"call it a day" says nothing', 'The crews will call it a day at noon.'],
    ['a riddle put to "you" asserts nothing', 'What do you call a mayor who never votes?'],
  ])('%s', (_name, text) => {
    expect(firstAttributed(text)).toBeNull();
  });
});

/** [cue, content] of each reported claim with no source. */
function sourceless(text: string): [string, string][] {
  return extract(text)
    .claims.filter((c) => c.kind === 'reported' && c.source === null)
    .map((c) => [c.cue?.text ?? '', c.text]);
}

describe('sourceless attributions', () => {
  test.each([
    [
      'expected',
      'The council is expected to approve the budget on Friday.',
      [['is expected', 'The council is expected to approve the budget on Friday']],
    ],
    [
      'a passive report before "to"',
      'The harbour master was said to be furious with the council.',
      [['was said', 'The harbour master was said to be furious with the council']],
    ],
    [
      'a passive report after an expletive "it", before "that"',
      'It was widely reported that the council paid $2 million for the pier.',
      [['was widely reported', 'the council paid $2 million for the pier']],
    ],
    ['a passive report of a person to the police is no claim', 'The skipper was reported to the police.', []],
    [
      'expected with an adverb',
      'The ruling is widely expected to favor the city.',
      [['is widely expected', 'The ruling is widely expected to favor the city']],
    ],
    [
      'appearance before "to"',
      'The ferry appeared to lose power near the pier.',
      [['appeared', 'The ferry appeared to lose power near the pier']],
    ],
    [
      'appearance before an adjective, ending at the comma',
      'The harbor seems calm, but the wind could turn.',
      [['seems', 'The harbor seems calm']],
    ],
    [
      'expletive "it seems"',
      'It seems likely the vote will be delayed.',
      [['seems', 'likely the vote will be delayed']],
    ],
    [
      'clause opener',
      'Fares rose as the company appeared ready to expand.',
      [['appeared', 'the company appeared ready to expand']],
    ],
    [
      'a question without its asker',
      'Asked whether the pier would reopen, the mayor said she could not say.',
      [['Asked', 'whether the pier would reopen']],
    ],
    ['a passive question', 'The mayor was asked about the closure.', [['was asked about', 'the closure']]],
    [
      'a judgement by nobody named',
      'The ferry deal is widely regarded as a bargain for the city.',
      [['is widely regarded as', 'The ferry deal is widely regarded as a bargain for the city']],
    ],
    ['a judgement with its judges', 'The ferry deal was seen by some as a bargain.', []],
    [
      'a passive request',
      'The mayor has been asked to release the ferry contract.',
      [['been asked', 'to release the ferry contract']],
    ],
    [
      'a question after circumstance',
      'Asked on Monday whether the pier would reopen, the mayor shook her head.',
      [['Asked', 'whether the pier would reopen']],
    ],
    [
      'a plural noun after a possessive is no cue',
      'Asked if the governor’s comments had hurt, the mayor said no.',
      [['Asked', 'if the governor’s comments had hurt']],
    ],
    [
      '"reportedly": the clause around it, reported by nobody named',
      'The firm has reportedly hired three new pilots.',
      [['reportedly', 'The firm has reportedly hired three new pilots']],
    ],
    [
      '"reportedly" in a second clause',
      'The storm hit the coast, and two ferries reportedly broke loose.',
      [['reportedly', 'two ferries reportedly broke loose']],
    ],
    [
      'inside a named attribution: part of what the named source reports',
      'Cole said fares will rise because the ferry is expected to lose money.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sourceless(text)).toEqual(expected);
  });

  test.each([
    ['a named source in the clause', 'The mayor is expected to say the pier will close.'],
    ['"allegedly" stays a hedge', 'The firm allegedly hired three unlicensed pilots.'],
    ['"reportedly" with its source named', 'The mayor reportedly said the pier would close.'],
    ['a cue verb after "appeared to" has the subject as source', 'The mayor appeared to suggest the pier would close.'],
    ['appearing somewhere is no hedge', 'The mayor appeared on television last night.'],
    ['an asker who is named', 'A reporter asked whether the pier would reopen.'],
    ['most of a named content', 'The mayor said that for one, the ferry appeared to lose power.'],
  ])('%s', (_name, text) => {
    expect(sourceless(text)).toEqual([]);
  });
});

const allClaims = (text: string): [string, string, string, string][] =>
  extract(text).claims.map((c) => [c.kind, c.sourceMention?.text ?? '', c.cue?.text ?? '', c.text]);

describe('a clause opened by "as" after an attribution says what went on meanwhile', () => {
  test.each([
    [
      'right after a quote and its cue',
      '“Sit down,” the chairman demanded, as Ortiz continued to interject.',
      [['quote', 'the chairman', 'demanded', 'Sit down,']],
    ],
    [
      'after a circumstance of the cue',
      '“We will fix the roads,” she said, with a grin, as the audience applauded.',
      [['quote', 'she', 'said', 'We will fix the roads,']],
    ],
    [
      'a cue before with words of its own after it is no attribution of those words',
      'The audit does not explain whether the funds were moved, as auditors have said.',
      [['reported', 'auditors', 'have said', 'The audit does not explain whether the funds were moved']],
    ],
    [
      'a gerund cue is no attribution of its own',
      'But denying the deficit also carries risks, as the treasurer points out.',
      [['reported', 'the treasurer', 'points out', 'But denying the deficit also carries risks']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(allClaims(text)).toEqual(expected);
  });
});
