/** Source kinds as README.md defines them, decided from the resolved entity. */
import { describe, expect, test } from '@jest/globals';
import { extract } from '../../src/pipeline.js';

/** The name and kind of the source of the first attributed claim. */
function firstSource(text: string): [string, string] | null {
  const result = extract(text);
  const claim = result.claims.find((c) => c.source !== null);
  const source = result.sources.find((s) => s.id === claim?.source);
  return source ? [source.name, source.kind] : null;
}

describe('source kinds', () => {
  test.each([
    // person: a named individual
    ['Karen Odunsi said the port would reopen.', ['Karen Odunsi', 'person']],
    ['Garnier had also argued that the death was an accident.', ['Garnier', 'person']],
    // a title before a name the tagger takes for a company is a person's
    ['Mr. Ford said the plant would close.', ['Ford', 'person']],
    // an institution named with "of", though a word in it is also a first name
    [
      'The Roman Catholic Diocese of Lakeview said it would review the case.',
      ['Roman Catholic Diocese of Lakeview', 'organization'],
    ],
    // anonymous: an individual the article does not name, and people cited only as sources
    ['A nurse said the ward was full.', ['nurse', 'anonymous']],
    ['One commenter wrote that the fees were too high.', ['commenter', 'anonymous']],
    ['A senior official said talks would resume.', ['senior official', 'anonymous']],
    ['A source familiar with the talks said no deal was near.', ['source', 'anonymous']],
    ["The club's manager said the team would appeal.", ["club's manager", 'anonymous']],
    ['Sources said the deal was close.', ['Sources', 'anonymous']],
    // people described by a name in their modifier are not that name
    ['The mayor will not run again, sources close to Carter said.', ['sources close to Carter', 'anonymous']],
    ['Prices will rise, people familiar with Ruiz say.', ['people', 'group']],
    ['The vote is off, aides close to Okafor said.', ['aides close to Okafor', 'group']],
    // group: plural people
    ['Officials said the road would close.', ['Officials', 'group']],
    ['Residents said they were worried.', ['Residents', 'group']],
    ['Experts warned that prices would rise.', ['Experts', 'group']],
    ['Those surveyed said they trusted the police.', ['Those surveyed', 'group']],
    ['The U.S. troops called for air support.', ['U.S. troops', 'group']],
    // organization: institutions, companies, governments, departments, agencies, parties, courts, countries, acronyms
    ['The government said it would act.', ['government', 'organization']],
    ['Russia said it would respond.', ['Russia', 'organization']],
    // an abbreviation in capitals before a word that is no person's name: an institution ("JD Vance" stays a person)
    ['Power was back by noon, BC Hydro said on Monday.', ['BC Hydro', 'organization']],
    ['The tax will rise, JD Vance said on Monday.', ['JD Vance', 'person']],
    ['The transit authority said service would resume.', ['transit authority', 'organization']],
    ['The NDP said the plan failed.', ['NDP', 'organization']],
    ['The court said the law stands.', ['court', 'organization']],
    ['TransCanada said the pipeline would be built.', ['TransCanada', 'organization']],
    // media: outlets and published material
    ['The Military Times reported that the clash was brief.', ['Military Times', 'media']],
    ['A new study showed that sleep matters.', ['new study', 'media']],
    ['A poll released Tuesday found that support fell.', ['poll', 'media']],
    ['The court filing says the firm knew.', ['court filing', 'media']],
    ['The letter said the school would close.', ['letter', 'media']],
    // unknown: an unresolved pronoun
    ['He said the plan was sound.', ['He', 'unknown']],
  ])('%s', (text, expected) => {
    expect(firstSource(text)).toEqual(expected);
  });

  test('the kind is the entity’s: a surname after the full name is the person, never a group', () => {
    const result = extract('Karen Odunsi said the port would reopen. Odunsi said the repairs cost $2 million.');
    expect(result.sources.map((s) => [s.name, s.kind, s.mentions.map((m) => m.text)])).toEqual([
      ['Karen Odunsi', 'person', ['Karen Odunsi', 'Odunsi']],
    ]);
  });

  test.each([
    // A teaser line is page furniture: neither its label nor the headline it links to gives a source.
    ['READ MORE: Police say the fire was set on purpose.', []],
    ['Police say the fire was set on purpose.', [['Police', 'organization']]],
    ['However, officials said the road would close.', [['officials', 'group']]],
    ['Earlier, the mayor said the road would close.', [['mayor', 'anonymous']]],
    ['Instead, the Vermont senator said the plan would work.', [['Vermont senator', 'anonymous']]],
    ['A Monmouth poll out Monday showed that Clinton leads.', [['Monmouth poll', 'media']]],
    ['His wife of 20 years said the house was sold.', [['His wife', 'anonymous']]],
  ])('no discourse word, date or page label is a source: %s', (text, expected) => {
    expect(extract(text).sources.map((s) => [s.name, s.kind])).toEqual(expected);
  });
});
