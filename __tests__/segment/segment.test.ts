import { describe, expect, test } from '@jest/globals';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { segmentSentences, splitAfterDatelines, taggingBlocks } from '../../src/segment/sentences.js';
import { detectZones } from '../../src/segment/zones.js';
import { indexLines } from '../../src/segment/lines.js';
import { detectQuotes } from '../../src/detect/quotes.js';
import { buildCueVerbTable, defaultCueVerbTable } from '../../src/lexicon/cue-verbs.js';
import { extract } from '../../src/pipeline.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

function sentencesOf(text: string, verbs = defaultCueVerbTable()): string[] {
  const paragraphs = segmentParagraphs(text);
  const { quotes } = detectQuotes(text, paragraphs);
  return segmentSentences(text, paragraphs, quotes, verbs).map((s) => text.slice(s.start, s.end));
}

describe('paragraphs', () => {
  test('blank lines (also with spaces and CRLF) separate paragraphs', () => {
    const text = 'One.\r\n\r\nTwo.\n  \nThree.';
    expect(segmentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.', 'Two.', 'Three.']);
  });
});

describe('sentences', () => {
  test.each([
    [
      'a quote with inner sentence marks stays one sentence',
      'The girl says "Hey! gimme the meatballs!". Then she left.',
      ['The girl says "Hey! gimme the meatballs!".', 'Then she left.'],
    ],
    [
      'a multi-sentence quote stays with its attribution',
      '“We don’t comment. That is all,” Jeffrey said. He left.',
      ['“We don’t comment. That is all,” Jeffrey said.', 'He left.'],
    ],
    [
      'a quote after a full stop starts a new sentence',
      '“Yes,” Jeffrey said. “Again, no.”',
      ['“Yes,” Jeffrey said.', '“Again, no.”'],
    ],
    [
      'an attribution after a closing question or exclamation stays with its quote',
      '“Why now?” Ruiz asked. “Enough!” Ruiz replied on Monday.',
      ['“Why now?” Ruiz asked.', '“Enough!” Ruiz replied on Monday.'],
    ],
    [
      'so does one whose name has an appositive set off by commas',
      '“Why now?” Ann Ruiz, a strategist at Westbank, asked. “Enough!” Ruiz, the coach, replied.',
      ['“Why now?” Ann Ruiz, a strategist at Westbank, asked.', '“Enough!” Ruiz, the coach, replied.'],
    ],
    [
      'so does one whose appositive holds a hyphenated word',
      '“Why now?” Ann Ruiz, a strategist for the Asia-Pacific at Westbank, said. “Enough!” Ruiz replied.',
      ['“Why now?” Ann Ruiz, a strategist for the Asia-Pacific at Westbank, said.', '“Enough!” Ruiz replied.'],
    ],
    [
      'so does one whose name follows an abbreviated title',
      '“Why now?” Mr. Ruiz asked. “Enough!” Sen. Dana Ruiz replied on Monday. “Go!” Smith. He left.',
      ['“Why now?” Mr. Ruiz asked.', '“Enough!” Sen. Dana Ruiz replied on Monday.', '“Go!”', 'Smith.', 'He left.'],
    ],
    [
      'an appositive name with a content after its verb starts a new sentence',
      'She called it “a mess.” Ann Ruiz, the mayor, said the vote was rushed.',
      ['She called it “a mess.”', 'Ann Ruiz, the mayor, said the vote was rushed.'],
    ],
    [
      'a capitalised subject with a content after the quote starts a new sentence',
      'She called it “a mess.” Mayor Ruiz said the vote was rushed.',
      ['She called it “a mess.”', 'Mayor Ruiz said the vote was rushed.'],
    ],
    [
      'a quoted content after the verb starts a new sentence',
      'Lima branded it an “outlaw state.” Oslo insisted that it “stop now.”',
      ['Lima branded it an “outlaw state.”', 'Oslo insisted that it “stop now.”'],
    ],
    [
      'a full stop inside closing marks ends the sentence before a new quote',
      'He spoke on “Fox and Friends.” “I mean, it went well.”',
      ['He spoke on “Fox and Friends.”', '“I mean, it went well.”'],
    ],
    [
      'an attribution introducing the next quote is a sentence of its own',
      '“We found none.” He added, “It is rare.”',
      ['“We found none.”', 'He added, “It is rare.”'],
    ],
    [
      'abbreviated titles do not end sentences',
      'Sen. Ted Cruz spoke. Mr. Smith left.',
      ['Sen. Ted Cruz spoke.', 'Mr. Smith left.'],
    ],
    [
      'a title after a hyphen or before a no-break space goes on with its name',
      'Ann Lo lost to then-Sen. Barack Obama. Gov.\u00a0Al Ray said so. He met Mr. Lo. He left.',
      ['Ann Lo lost to then-Sen. Barack Obama.', 'Gov.\u00a0Al Ray said so.', 'He met Mr. Lo.', 'He left.'],
    ],
    [
      'a unit abbreviation before a lower-case word does not end the sentence',
      'He weighed 180 lbs. when he enlisted, his coach said.',
      ['He weighed 180 lbs. when he enlisted, his coach said.'],
    ],
    [
      'a unit abbreviation before a quote or a bracket that opens in lower case does not end the sentence',
      'Lee, who lost 16 lbs. “and a belt size” this year, says it worked. He weighed 180 lbs. (about 82 kg) then.',
      ['Lee, who lost 16 lbs. “and a belt size” this year, says it worked.', 'He weighed 180 lbs. (about 82 kg) then.'],
    ],
    [
      'a unit abbreviation before a quote that opens with a capital ends the sentence',
      'He weighed 180 lbs. “That is a lot,” his coach said.',
      ['He weighed 180 lbs.', '“That is a lot,” his coach said.'],
    ],
    [
      '"No." before a number, a bracketed month before a date and "vs." do not end the sentence',
      'The No. 2 Republican voted (Jan. 21) in a neighbor vs. neighbor race.',
      ['The No. 2 Republican voted (Jan. 21) in a neighbor vs. neighbor race.'],
    ],
    [
      'a lower-case "no." before a number still ends one',
      'The answer was no. 2 people left.',
      ['The answer was no.', '2 people left.'],
    ],
    [
      'an acronym before a lower-case word or a number does not end the sentence',
      'Taxes made the U.K. less attractive. The S.&P. 500 fell.',
      ['Taxes made the U.K. less attractive.', 'The S.&P. 500 fell.'],
    ],
    [
      'a state abbreviation before a lower-case word does not end the sentence',
      'He was born in Flint, Mich. in 1950.',
      ['He was born in Flint, Mich. in 1950.'],
    ],
    [
      'an acronym before a name does not end the sentence',
      'The U.S. Army said the base was hit at 5 p.m. Tuesday.',
      ['The U.S. Army said the base was hit at 5 p.m. Tuesday.'],
    ],
    [
      'an acronym before a capitalised sentence opener ends the sentence',
      'Acme moved to the U.S. The move was costly. They met at 5 p.m. He left.',
      ['Acme moved to the U.S.', 'The move was costly.', 'They met at 5 p.m.', 'He left.'],
    ],
    [
      'so does a firm or a state abbreviation, also before a quote',
      'Acme Inc. It said profits rose. She lives in Fresno, Calif. “The plan works,” she said.',
      ['Acme Inc.', 'It said profits rose.', 'She lives in Fresno, Calif.', '“The plan works,” she said.'],
    ],
    [
      'an abbreviation inside a title-cased headline ends nothing',
      'Trump Says Muslims Cannot Enter The U.S. In 2016',
      ['Trump Says Muslims Cannot Enter The U.S. In 2016'],
    ],
    [
      'nor does one before a name, or a firm abbreviation before a verb',
      'Acme Inc. said profits rose, said Rep. Ann Lo of Oregon.',
      ['Acme Inc. said profits rose, said Rep. Ann Lo of Oregon.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('a wire dateline opening a sentence', () => {
  test.each([
    [
      'HALIFAX — After touring the port for a week, the minister said the ferry would run.',
      ['HALIFAX —', 'After touring the port for a week, the minister said the ferry would run.'],
    ],
    [
      'TROUT BROOK, N.B. (CP) — Speaking to reporters, the mayor said the bridge would close.',
      ['TROUT BROOK, N.B. (CP) —', 'Speaking to reporters, the mayor said the bridge would close.'],
    ],
  ])('is a sentence of its own: %s', (text, expected) => {
    const paragraphs = segmentParagraphs(text);
    const { quotes } = detectQuotes(text, paragraphs);
    const datelines = detectZones(text, paragraphs).zones.filter((z) => z.kind === 'dateline');
    const sentences = splitAfterDatelines(segmentSentences(text, paragraphs, quotes, defaultCueVerbTable()), datelines);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    expect(sentences.map((s) => s.index)).toEqual([0, 1]);
  });

  test('the participle after it speaks for the main clause', () => {
    const text =
      'HALIFAX — After boasting for months about how cheaply the port was run, the minister is spending more.';
    const claim = extract(text).claims.find((c) => c.cue?.text === 'boasting');
    expect(claim?.sourceMention?.text).toBe('the minister');
  });
});

describe('claims across abbreviations', () => {
  test.each([
    [
      'He weighed 180 lbs. when he enlisted, his coach said.',
      [['He weighed 180 lbs. when he enlisted', 'his coach', 'said']],
    ],
    ['The base lost its No. 2 commander, the army said.', [['The base lost its No. 2 commander', 'army', 'said']]],
    ['Acme moved to the U.S. The move was costly, Ann Lo said.', [['The move was costly', 'Ann Lo', 'said']]],
  ])('%s', (text, expected) => {
    const result = extract(text);
    const claims = result.claims.map((c) => [
      c.text,
      result.sources.find((s) => s.id === c.source)?.name ?? null,
      c.cue?.text ?? null,
    ]);
    expect(claims).toEqual(expected);
  });
});

describe('configured cue verbs in segmentation', () => {
  // After a closing quote, "<Name> <verb of saying> on Monday." is the quote's attribution only if the verb is a verb of saying.
  const builtIn = '“The budget is a mess.” Councilor Ruiz said on Monday. The vote is set for May.';
  const configured = '“The budget is a mess.” Councilor Ruiz opined on Monday. The vote is set for May.';

  test('a verb added in the configuration keeps a trailing attribution with its quote, as a built-in verb does', () => {
    expect(sentencesOf(builtIn)).toEqual([
      '“The budget is a mess.” Councilor Ruiz said on Monday.',
      'The vote is set for May.',
    ]);
    expect(sentencesOf(configured, buildCueVerbTable(['opine']))).toEqual([
      '“The budget is a mess.” Councilor Ruiz opined on Monday.',
      'The vote is set for May.',
    ]);
    // Without it, the attribution is a sentence of its own.
    expect(sentencesOf(configured)).toEqual([
      '“The budget is a mess.”',
      'Councilor Ruiz opined on Monday.',
      'The vote is set for May.',
    ]);
  });

  test("the pipeline segments with its configured table, so the quote gets the configured verb's speaker", () => {
    const claim = (text: string, cueVerbs?: string[]) => {
      const result = extract(text, { cueVerbs });
      return result.claims.map((c) => ({
        text: c.text,
        source: result.sources.find((s) => s.id === c.source)?.name ?? null,
        cue: c.cue?.text ?? null,
        by: c.by,
      }));
    };
    expect(claim(builtIn)).toEqual([
      { text: 'The budget is a mess.', source: 'Councilor Ruiz', cue: 'said', by: 'adjacent' },
    ]);
    expect(claim(configured, ['opine'])).toEqual([
      { text: 'The budget is a mess.', source: 'Councilor Ruiz', cue: 'opined', by: 'adjacent' },
    ]);
    expect(claim(configured)).toEqual([{ text: 'The budget is a mess.', source: null, cue: null, by: null }]);
  });
});

describe('tagging blocks', () => {
  const blocksOf = (text: string, max: number) =>
    taggingBlocks(text, segmentParagraphs(text), max).map((b) => text.slice(b.start, b.end));
  test.each([
    ['a text up to the limit is one block', 'aaaa\n\nbbbb\n\ncccc', 100, ['aaaa\n\nbbbb\n\ncccc']],
    ['each block ends where a paragraph starts', 'aaaa\n\nbbbb\n\ncccc', 5, ['aaaa\n\n', 'bbbb\n\n', 'cccc']],
    ['paragraphs gather until a block reaches the limit', 'aaaa\n\nbbbb\n\ncccc', 10, ['aaaa\n\nbbbb\n\n', 'cccc']],
    [
      'leading and trailing blank lines stay in the first and last block',
      '\n\naaaa\n\nbbbb\n\n',
      5,
      ['\n\naaaa\n\n', 'bbbb\n\n'],
    ],
    ['CRLF blank lines', 'aaaa\r\n\r\nbbbb', 5, ['aaaa\r\n\r\n', 'bbbb']],
    [
      'a paragraph longer than the limit is a block of its own',
      'aaaaaaaaaa\nbbbbbbbbbb\n\ncc',
      5,
      ['aaaaaaaaaa\nbbbbbbbbbb\n\n', 'cc'],
    ],
    ['a long text of white space has no block', ' \n \n\n   \n', 3, []],
  ] as [string, string, number, string[]][])('%s', (_name, text, max, expected) => {
    expect(blocksOf(text, max)).toEqual(expected);
  });
});

describe('long documents', () => {
  // 30 copies of the seed article (3 KB each) make a 91 KB document: two blocks of tagging (MAX_TAGGED_BLOCK,
  // 64 KB). Every copy must read as the article alone: same sentences, same tokens and tags.
  const article = readFileSync(path.join(process.cwd(), 'fixtures/syria-clashes.txt'), 'utf8').trim();
  const copies = 30;
  const joined = Array.from({ length: copies }, () => article).join('\n\n');
  const shifted = (k: number) => k * (article.length + 2);

  test('sentences: each copy is split exactly as the article alone', () => {
    const alone = sentencesOf(article);
    expect(taggingBlocks(joined, segmentParagraphs(joined)).length).toBe(2);
    expect(sentencesOf(joined)).toEqual(Array.from({ length: copies }, () => alone).flat());
  });

  test('tokens: each copy has the tokens of the article alone, with the same tags, at the same offsets within it', () => {
    const tokensOf = (text: string, offset: number) => {
      const paragraphs = segmentParagraphs(text);
      const { quotes } = detectQuotes(text, paragraphs);
      return segmentSentences(text, paragraphs, quotes, defaultCueVerbTable())
        .flatMap((s) => s.tokens)
        .map((t) => [t.text, t.start - offset, [...t.tags].sort().join(' ')]);
    };
    const alone = tokensOf(article, 0);
    const all = tokensOf(joined, 0);
    expect(all.length).toBe(alone.length * copies);
    for (let k = 0; k < copies; k++) {
      const inCopy = all
        .slice(k * alone.length, (k + 1) * alone.length)
        .map(([text, start, tags]) => [text, (start as number) - shifted(k), tags]);
      expect(inCopy).toEqual(alone);
    }
  });
});

describe('lines', () => {
  test('offsets map to 1-based line and column with LF, CRLF and CR', () => {
    const lines = indexLines('ab\ncd\r\nef\rgh');
    expect([0, 3, 4, 7, 10].map((o) => lines.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });
});
