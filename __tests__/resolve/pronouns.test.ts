/** Which entity a pronoun source resolves to. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';
import { isSayerGap } from '../../src/resolve/sayer.js';
import { tagRange } from '../../src/segment/nlp.js';
import { buildCueVerbTable, defaultCueVerbTable } from '../../src/lexicon/cue-verbs.js';

/** The source name of each attributed claim, in text order. */
function speakers(text: string): string[] {
  const result = extract(text);
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.claims.filter((c) => c.source !== null).map((c) => names.get(c.source as string) as string);
}

describe('pronoun sources', () => {
  test('"he" is the person who spoke just before, not a name mentioned after him', () => {
    expect(
      speakers('“We lost the case,” Brafman said after a meeting with Senator Tom Ruiz. “We will appeal,” he added.'),
    ).toEqual(['Brafman', 'Brafman']);
  });

  test('two claims attributed at one written "He" share its person, whoever was mentioned in between', () => {
    // "acknowledges" takes the subject "He" of "believes"; resolving it again after Fry's claim must not skip Fry.
    expect(
      speakers(
        'Mr. Wiebe said the vote was close. But Mr. Fry said in retrospect he feels voting yes was a misstep. He believes the tax is fair and acknowledges the windfalls made by owners.',
      ),
    ).toEqual(['Wiebe', 'Fry', 'Fry', 'Fry']);
  });

  test('the named subject of a clause opening the sentence is the pronoun subject after it, not a name in its object', () => {
    // "Oyelaran" is no name the tagger knows; "Ricky Voss" is, and is the nearest.
    expect(speakers('When Oyelaran met Ricky Voss at a market in 2011, she felt a sudden rush of hope.')).toEqual([
      'Oyelaran',
    ]);
    // A subject of the other gender is none: the nearest fitting person.
    expect(
      speakers('When Mr. Oyelaran met Dana Voss at a market in 2011, she felt that the town had changed.'),
    ).toEqual(['Dana Voss']);
    // A subject that is no name (a common noun) is none either.
    expect(
      speakers('Tom Ruiz waited outside. When reporters met Ruiz at the bar, he said the plan would fail.'),
    ).toEqual(['Tom Ruiz']);
  });

  test('a pronoun inside a clause opening the sentence is the named subject of the clause after it', () => {
    // "he understands" is Kline, written after the opening clause, not Burke named before it.
    expect(
      speakers(
        'Mayor Rahm Kline met Jon Burke in May. After struggling to persuade voters that he understands their fear, Kline said he meets with families every week.',
      ),
    ).toEqual(['Rahm Kline', 'Rahm Kline']);
  });

  test('with no recent speaker, "he" is the nearest person named before it', () => {
    expect(speakers('Senator Tom Ruiz visited the plant on Monday. He said the jobs would stay.')).toEqual([
      'Tom Ruiz',
    ]);
  });

  test('a surname alone the tagger does not read as a name is the person named with it, unless after a preposition', () => {
    // "Oyelaran" alone is no name to the tagger; "Sergio Vance" is, and was the nearest name.
    expect(
      speakers(
        'The club signed defender Marc Oyelaran from Lyon on Monday. Last summer, Oyelaran joined a rescue crew near Malta with coach Sergio Vance. On Sunday, Oyelaran carried a child ashore. He wrote on Twitter that the crew deserved a medal.',
      ),
    ).toEqual(['Marc Oyelaran']);
    // "at Wexley" is an object: the subject "Pruitt" before it is the antecedent.
    expect(
      speakers(
        'Sergeant Dan Pruitt ran toward the gunman, Tom Wexley. Pruitt fired at Wexley twice. He later said he felt alone.',
      ),
    ).toEqual(['Dan Pruitt']);
  });

  test('an unnamed source described as one person is a "she" or "he", never an "it"', () => {
    // The spokeswoman spoke last; the senator was only named.
    expect(
      speakers(
        'Senator Ann Ruiz visited the plant on Monday. A spokeswoman for the company said the jobs would stay. She added that the plant would grow.',
      ),
    ).toEqual(['spokeswoman', 'spokeswoman']);
    // "It" is the union, not the spokesman who spoke after it.
    expect(
      speakers(
        'The union said the jobs would stay. A company spokesman said the plant would grow. It added that wages would rise.',
      ),
    ).toEqual(['union', 'company spokesman', 'union']);
  });

  test('a fuller name of the other gender is another person of the surname, not the one named before', () => {
    // "John Ruiz" (a man by his first name) does not rename "Mrs. Ruiz", who keeps her own claims.
    expect(
      speakers(
        'Mrs. Ruiz said the shop would stay open. She said she had run it for 40 years. Her son, John Ruiz, said he would take it over. Mrs. Ruiz said she was proud.',
      ),
    ).toEqual(['Ruiz', 'Ruiz', 'John Ruiz', 'Ruiz']);
  });

  test('a name after a preposition comes after the source before it', () => {
    // Pruitt spoke more than a few sentences back; "from Tom Ruiz" is the nearest name, but an object.
    expect(
      speakers(
        'Mayor Dan Pruitt also cited an idea from Tom Ruiz, the head of the city planning institute, which suggests adding incentives for owners to build rental units in their basements and garages, in neighbourhoods that have little rental supply of any kind. “When you do not add enough new supply, people who would rent the better units take one step down, and it pushes everyone down the ladder,” he said.',
      ),
    ).toEqual(['Dan Pruitt', 'Dan Pruitt']);
  });

  test('a one-word name the tagger knows only as a man\'s first name is no antecedent of "she"', () => {
    expect(
      speakers(
        'Betsy Lee met the candidate in 1969, when both were students in Chicago, and the two women have stayed close through four decades of campaigns, weddings, moves across the country and the long nights of two presidential races that ended in defeat for the party. At the back of the hall, Tom waved. Over the years, she said, email has helped her stay in touch.',
      ),
    ).toEqual(['Betsy Lee']);
  });

  test("a name of the pronoun's gender is not a person of the same surname and the other gender", () => {
    // "Mr. Ruiz" is not "Ana Ruiz": "He" is a second Ruiz.
    expect(
      speakers(
        'Ana Ruiz said the bakery would close. Mr. Ruiz was not in the shop on Monday. He said the rent had doubled.',
      ),
    ).toEqual(['Ana Ruiz', 'Ruiz']);
  });

  test('"who" is the person named right before it, past a place or a first relative clause', () => {
    expect(speakers('The mayor met Tom Ruiz, who said the plan would fail.')).toEqual(['Tom Ruiz']);
    // Both "who"s are Ruiz, not Ohio.
    expect(
      speakers(
        'Senator Tom Ruiz of Ohio, who opposed the bill, and who has been hoping to win, said the plan would fail.',
      ),
    ).toEqual(['Tom Ruiz', 'Tom Ruiz']);
  });

  test('a definite description of a role is the person holding that title, else the person source just before', () => {
    expect(
      speakers(
        'Gov. John Kasich spoke in Ohio on Monday, and Sen. Tom Ruiz said the state would lose jobs. The Ohio governor said the border must be secured.',
      ),
    ).toEqual(['Tom Ruiz', 'John Kasich']);
    expect(speakers('Donald Trump said the wall would be built. The candidate said he would win.')).toEqual([
      'Donald Trump',
      'Donald Trump',
    ]);
    // A titled source does not take a role its title does not name.
    expect(
      speakers('Sen. Tom Ruiz said the state would lose jobs. The governor said the border must be secured.'),
    ).toEqual(['Tom Ruiz', 'governor']);
  });

  test("the pronoun opening a claim's content is its source when gender and number fit", () => {
    const mentions = (text: string) =>
      extract(text).sources.map((s) => [s.name, s.mentions.map((m) => `${m.text}@${m.start}`)]);
    expect(mentions('Senator Tom Ruiz said that he would run again.')).toEqual([
      ['Tom Ruiz', ['Senator Tom Ruiz@0', 'he@27']],
    ]);
    expect(mentions('Senator Tom Ruiz said that if elected, he would cut taxes.')).toEqual([
      ['Tom Ruiz', ['Senator Tom Ruiz@0', 'he@39']],
    ]);
    expect(mentions('Senator Tom Ruiz visited the plant. Mayor Ann Lee said that he would lose.')).toEqual([
      ['Ann Lee', ['Mayor Ann Lee@36']],
    ]);
    // A union is an organization: "it" fits.
    expect(mentions('The union said it would strike.')).toEqual([['union', ['The union@0', 'it@15']]]);
    expect(mentions('The residents said it would flood.')).toEqual([['residents', ['The residents@0']]]);
  });

  test('a pronoun right after "<name> said" is that person, even one the tagger does not know as a name', () => {
    expect(
      speakers(
        'Paul Ryan urged Donald Trump to act presidential. Ryan urged him again, but Trump said he responded: “You can not be too presidential.”',
      ),
    ).toEqual(['Paul Ryan', 'Paul Ryan', 'Donald Trump']);
  });

  /** The tokens of a gap as tagged between a name and a pronoun ("Ann Ruiz<gap>he left."). */
  const gapTokens = (gap: string) => {
    const text = `Ann Ruiz${gap}he left.`;
    const tokens = tagRange(text, 0, text.length).flatMap((s) => s.tokens);
    return tokens.filter((t) => t.start >= 8 && t.end <= 8 + gap.length);
  };

  test('the gap between a sayer and the pronoun: have-form, "also", a finite cue verb of the run\'s table, weekday, comma, "that"', () => {
    const gaps = [
      ' said ',
      ' has also said ',
      ' said on Monday, that ',
      ' told reporters Friday ',
      ' thought ',
      ' opined that ',
      ' saying ',
      ' say ',
      ' found ',
      ' Said ',
      ' told, ',
      ' said that, ',
      ' said on monday ',
      ' also has said ',
    ];
    expect(gaps.filter((gap) => isSayerGap(gapTokens(gap), defaultCueVerbTable()))).toEqual([
      ' said ',
      ' has also said ',
      ' said on Monday, that ',
      ' told reporters Friday ',
      ' thought ',
    ]);
    // A verb added in the configuration is a cue verb like a built-in one.
    expect(gaps.filter((gap) => isSayerGap(gapTokens(gap), buildCueVerbTable(['opine'])))).toEqual([
      ' said ',
      ' has also said ',
      ' said on Monday, that ',
      ' told reporters Friday ',
      ' thought ',
      ' opined that ',
    ]);
  });
});

describe('the subject of the sentence before, a name of known gender, the first full name of a surname', () => {
  test.each([
    [
      'a pronoun opening its sentence stands for the named subject of the sentence before, over a speaker of an earlier paragraph',
      'Judge Tom Hurley is set to rule Friday. In court, Hurley has made it clear that long terms are “probable.”\n\nDavid Morel had a history of mental illness. He told doctors that the killers were his “idols.”',
      ['Tom Hurley', 'Tom Hurley', 'David Morel', 'David Morel'],
    ],
    [
      'a speaker in the same paragraph still comes first',
      '“We lost the case,” Brafman said. Ruiz nodded. He added that “we will appeal.”',
      ['Brafman', 'Brafman'],
    ],
    [
      'a name the article gives the pronoun’s gender comes before a name of no known gender',
      'Democratic candidate Hillary Mendez pressed Sen. Ray Dorn on his ties to President Okoro at a debate as she sought to regain her footing.',
      ['Hillary Mendez'],
    ],
    [
      'a surname alone of no known gender takes the first full name written with it',
      'Maria Kell opened the clinic in 2009. Her husband, Tom Kell, runs the pharmacy. Kell said the clinic would expand.',
      ['Maria Kell'],
    ],
  ] as [string, string, string[]][])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
