/** One source per person: which entity each claim's mention resolves to, and what the source looks like. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

/** Each attributed claim's source as "name (kind)", in text order; "—" for a claim with no source. */
function sources(text: string): string[] {
  const result = extract(text);
  const byId = new Map(result.sources.map((s) => [s.id, `${s.name} (${s.kind})`]));
  return result.claims.filter((c) => c.kind !== 'unattributed').map((c) => (c.source ? byId.get(c.source)! : '—'));
}

describe('one source per person', () => {
  test.each([
    [
      'a surname alone is the person named in full earlier, though the tagger does not know it',
      'Karen Odunsi said the port would reopen. Odunsi said the repairs cost $2 million.',
      ['Karen Odunsi (person)', 'Karen Odunsi (person)'],
    ],
    [
      'a surname named before the full name is that person too',
      'Odunsi said the port would reopen. On Monday, Karen Odunsi said the repairs were done.',
      ['Karen Odunsi (person)', 'Karen Odunsi (person)'],
    ],
    [
      'a role before a name is no part of it',
      'Harbour Authority spokeswoman Tilde Maraga said crews worked overnight.',
      ['Tilde Maraga (person)'],
    ],
    [
      'a party-state tag is no source: the name before it is',
      'Rep. Ann Lo, D-Ore., said the bill would pass.',
      ['Ann Lo (person)'],
    ],
    ['a title alone before a name the tagger reads as a verb', 'Dr. Will said the clinic was full.', ['Will (person)']],
    [
      'a description fits a person of whom the article says no role',
      'Ana Ruiz opened the bakery in 2009. “Bread is patience,” says the soft-spoken Halifax baker.',
      ['Ana Ruiz (person)'],
    ],
    [
      'a description fits the role the article gives the person',
      'Goalie Marc Tremblay made 31 saves. “We stuck together,” the 31-year-old goalie said.',
      ['Marc Tremblay (person)'],
    ],
    [
      'a generic role fits a person with a public role (the seed article)',
      'The U.S. special envoy, Ambassador Jim Reyes, confirmed the talks. The U.S. official revealed the date.',
      ['Jim Reyes (person)', 'Jim Reyes (person)'],
    ],
    [
      'a party member described is the politician named before',
      'Senate Majority Leader Ned Rourke said the vote would wait. “We will not be rushed,” the Ohio Republican said.',
      ['Ned Rourke (person)', 'Ned Rourke (person)'],
    ],
    [
      'a description does not fit a person the article gives another role',
      'Sen. Tom Ruiz said the state would lose jobs. The baker said bread prices would rise.',
      ['Tom Ruiz (person)', 'baker (anonymous)'],
    ],
    [
      'a description takes up the unnamed source introduced with its head since the person it would fit',
      'Justice Minister Ann Roy will decide. A justice official said the request was late. ' +
        'The justice official told reporters the file was thin. The official said a ruling would come in May.',
      ['justice official (anonymous)', 'justice official (anonymous)', 'justice official (anonymous)'],
    ],
    [
      'the person named since the unnamed source is the one described',
      'A justice official said the request was late. Justice Minister Ann Roy said she would decide. ' +
        'The official said a ruling would come in May.',
      ['justice official (anonymous)', 'Ann Roy (person)', 'Ann Roy (person)'],
    ],
    [
      'a name in the prepositional phrase of a source is no source',
      'A source familiar with the talks said no deal was near. A spokesman for Mayor Ann Lee said the road would close.',
      ['source (anonymous)', 'spokesman (anonymous)'],
    ],
    [
      'people named before "of" are the source, not what follows "of"',
      '“Wages are low,” the head of the union said. Supporters of the mayor said the plan would pass. ' +
        '“Rates will fall,” Lina Wu of FX Group said. Sen. Ray Dorn of Ohio said the bill was dead.',
      ['head (anonymous)', 'Supporters (group)', 'Lina Wu (person)', 'Ray Dorn (person)'],
    ],
    [
      'a full name the tagger does not know before "of" is the source; an institution before "of" stays whole',
      '“Rates will fall,” Xiaoqi Tan of FX Group said. The Bank of Canada said rates would rise.',
      ['Xiaoqi Tan (person)', 'Bank of Canada (organization)'],
    ],
    [
      'a surname that is also a closed-class word, and a time word before a name',
      'Peter Every, a strategist for Westbank, said rates would rise. Yesterday Sam Still said prices would fall.',
      ['Peter Every (person)', 'Sam Still (person)'],
    ],
    [
      'a quantity before "of" stands for the people after it',
      'Most of the senators said the bill was dead.',
      ['senators (group)'],
    ],
    [
      'a name in the relative clause of a source is no source',
      'A man who works for Google said the servers failed. A woman whose son plays for the Oilers said the game was unfair.',
      ['man (anonymous)', 'woman (anonymous)'],
    ],
    [
      'an institution named with "of" is one organization',
      'The Provincial Ministry of Forests notes that fires are up.',
      ['Provincial Ministry of Forests (organization)'],
    ],
    [
      'a role with an "of" phrase, then a name right after that phrase: the name speaks; not a name after "of"',
      'Chairman of the board Dana Lee said the vote was fair. Supporters of Dana Lee said the count was wrong.',
      ['Dana Lee (person)', 'Supporters (group)'],
    ],
    [
      'who issued published material speaks; where it was posted does not',
      'A statement from the European Union said the talks would resume. According to a posting on a forum, the mine will close.',
      ['European Union (organization)', 'posting (media)'],
    ],
    [
      'a discourse word is no noun phrase: the pronoun after it is the subject',
      'The website praised the senator. Meanwhile, it attacked Trump, saying he was unfit.',
      ['website (media)', 'website (media)'],
    ],
    [
      'a capitalised role noun opening the sentence is no part of the name',
      'Organizer Lena Brandt said 300 people came to the rally.',
      ['Lena Brandt (person)'],
    ],
    [
      'a place, a party and an acronym role before a name are its role',
      'Manitoba Liberal MP Dan Orrin conceded the plan was late. NDP MLA Rosa Kell said it was worse.',
      ['Dan Orrin (person)', 'Rosa Kell (person)'],
    ],
    [
      'a preposition opening the sentence is no part of the name',
      'Tom Ruiz said the mill would close. Unlike Ruiz, Ana Vidal said the mill would stay open.',
      ['Tom Ruiz (person)', 'Ana Vidal (person)'],
    ],
    [
      'a name ends at its possessive: a surname alone is the person named before it',
      'If Andrew Mireau’s Tories win, taxes fall. Mireau said the tax would go.',
      ['Andrew Mireau (person)'],
    ],
    [
      'a surname alone takes the full name written in the text, though the tagger knows neither word',
      'Given the ruling, Shanaz Okoro, president of the group, is hopeful. But Okoro said the law was narrow.',
      ['Shanaz Okoro (person)'],
    ],
    [
      'a surname the tagger reads with the word before it as a place ("X Woods") takes that full name',
      'The round ended at the lake, where Mark Woods was practising. “It felt good,” Woods told reporters.',
      ['Mark Woods (person)'],
    ],
    [
      'a town the tagger knows before the surname is no first name',
      'The team played in Toronto Woods last year. “It felt good,” Woods told reporters.',
      ['Woods (person)'],
    ],
    [
      'a surname with a particle takes the full name written in the text',
      'For Fawzia Al Hamid, the wait is over. Al Hamid said the family was safe.',
      ['Fawzia Al Hamid (person)'],
    ],
    [
      'a first name alone is the one full name it opens',
      '“We met at the shop,” said Michael Okoro, her husband. “I went back every day,” says Michael.',
      ['Michael Okoro (person)', 'Michael Okoro (person)'],
    ],
    [
      'a first name two full names open stays as written',
      'Michael Okoro and Michael Reyes run the shop. “I went back every day,” says Michael.',
      ['Michael (person)'],
    ],
    [
      'a surname the article calls "she" is not the man of that surname, but the woman written in full',
      'In 1990, Dorelle Ostrander opened the bakery. Ostrander said she bakes at dawn. Her husband Michael Ostrander joined later.',
      ['Dorelle Ostrander (person)'],
    ],
    [
      'a surname the tagger reads as a company, after a first name, is a surname',
      'Premier Dale Nike toured the plant on Friday. Nike said the cuts were needed.',
      ['Dale Nike (person)'],
    ],
    [
      'of two people the text names with one surname, the surname alone is the one introduced first',
      'In 2001, Ilse Varga founded the choir. Her brother, Peter Varga, sings bass. “We rehearse twice a week,” Varga said.',
      ['Ilse Varga (person)'],
    ],
    [
      'a word that opens the sentence is no first name',
      'Okoro said the law was narrow. Yesterday Okoro said it again.',
      ['Okoro (person)', 'Okoro (person)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sources(text)).toEqual(expected);
  });

  test('a person source keeps the title and role the article gives before the name', () => {
    expect(extract('Manitoba Liberal MP Dan Orrin conceded the plan was late.').sources[0]).toMatchObject({
      name: 'Dan Orrin',
      role: 'Manitoba Liberal MP',
    });
    const [source] = extract('Harbour Authority spokeswoman Tilde Maraga said crews worked overnight.').sources;
    expect(source).toEqual({
      id: 's1',
      name: 'Tilde Maraga',
      kind: 'person',
      title: 'spokeswoman',
      role: 'Harbour Authority spokeswoman',
      mentions: [{ text: 'Harbour Authority spokeswoman Tilde Maraga', start: 0, end: 42 }],
      gender: 'female',
      genderEvidence: [{ text: 'spokeswoman', start: 18, end: 29, kind: 'role', gender: 'female' }],
    });
    expect(extract('Rep. Ann Lo, D-Ore., said the bill would pass.').sources).toEqual([
      {
        id: 's1',
        name: 'Ann Lo',
        kind: 'person',
        title: 'Rep',
        mentions: [{ text: 'Rep. Ann Lo', start: 0, end: 11 }],
        gender: null,
        genderEvidence: [],
      },
    ]);
  });
});

describe('pronouns agree with the article’s own evidence', () => {
  test.each([
    [
      '"she" in a claim tells the person is a woman, before a speaker of unknown gender',
      'Ola Dube said she would run for mayor. Then Tendai Moyo said the race was open. “It is close,” she said.',
      ['Ola Dube (person)', 'Tendai Moyo (person)', 'Ola Dube (person)'],
    ],
    [
      'honorifics tell the gender',
      'Ms. Dube said the plan would work. Mr. Moyo disagreed. “It is doomed,” he said.',
      ['Dube (person)', 'Moyo (person)'],
    ],
    [
      'a person named by a first name alone has its gender for the pronouns after it',
      'Okafor said the shop would close. “I was a regular for years,” says Michael. “It is a loss,” she said.',
      ['Okafor (person)', 'Michael (person)', 'Okafor (person)'],
    ],
    [
      'a town before its abbreviated province (a dateline) is no antecedent',
      'RUSSELL, Ont. — The school board met on Thursday. “We are worried,” he said.',
      ['he (unknown)'],
    ],
    [
      'a name in a caption or credit line is no antecedent',
      'Ms. Ola Dube said the pier would reopen.\n\nEngineer Paul Doucet on the pier. (Staff photo/Ron Hale)\n\nHe added that two cranes were broken.',
      ['Ola Dube (person)', 'He (unknown)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sources(text)).toEqual(expected);
  });
});
