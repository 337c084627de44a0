/**
 * Extraction on adversarial text: it must not throw, must finish, and must keep every span invariant.
 * Sizes are modest so `npm test` stays quick; the per-MB timings at 1–50 MB are measured by
 * `node scripts/adversarial-scale.js` and written up in docs/robustness.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/pipeline.js';
import { segmentParagraphs } from '../../src/segment/paragraphs.js';
import { brokenInvariants } from '../property/invariants.js';

const ARTICLE = readFileSync(path.join(process.cwd(), 'fixtures/syria-clashes.txt'), 'utf8');

/** `unit` repeated to exactly `length` code units. */
const fill = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function survives(text: string) {
  const result = extract(text, { path: 'adversarial.txt' });
  expect(brokenInvariants(text, result)).toEqual([]);
  return result;
}

describe('quote marks', () => {
  test('100,000 opening quote marks and no closing one', () => {
    const result = survives('“'.repeat(100_000));
    expect(result.claims).toEqual([]);
  }, 180_000);

  test('100,000 opening quote marks between words, never closed: only unclosed-quote diagnostics', () => {
    const text = fill('“Yes he said ', 100_000);
    const result = survives(text);
    expect(result.diagnostics.every((d) => d.code === 'unclosed-quote')).toBe(true);
  }, 180_000);

  test('deeply alternating double and single quote marks', () => {
    survives(fill('“‘', 20_000));
    survives(fill('«‘"\'', 20_000));
  }, 180_000);

  test('straight quotes only, odd count', () => {
    survives(`${fill('"a ', 30_000)}"`);
  }, 180_000);
});

describe('long stretches without structure', () => {
  test('a 10,000-word sentence with an attribution at the end', () => {
    const words = ['the', 'army', 'moved', 'north', 'and', 'then', 'back', 'south', 'again'];
    const body = Array.from({ length: 10_000 }, (_, i) => words[i % words.length]).join(' ');
    const result = survives(`${body}, the ministry said.`);
    expect(result.claims.length).toBeGreaterThan(0);
  }, 180_000);

  test('a word of four million digits (compromise alone overflows its call stack on it)', () => {
    expect(survives(fill('1234567890', 4_000_000)).claims).toEqual([]);
  }, 180_000);

  test('a quote after a word of 5,000 letters keeps its offsets and its speaker', () => {
    const text = `${'a'.repeat(5_000)} "We will rebuild the bridge," said Mayor Ana Ruiz.`;
    const result = survives(text);
    expect(result.claims.map((c) => [c.kind, c.text])).toEqual([['quote', 'We will rebuild the bridge,']]);
    expect(result.sources.map((s) => s.name)).toEqual(['Ana Ruiz']);
  }, 180_000);

  test('text with no punctuation at all', () => {
    survives(fill('officials say the army moves north and nobody knows why ', 8_000));
  }, 180_000);

  test('a file with no newline: the article 20 times on one line', () => {
    survives(fill(`${ARTICLE.replace(/\s*\n\s*/g, ' ')} `, ARTICLE.length * 20));
  }, 180_000);

  test('one long word (no spaces, no punctuation)', () => {
    survives('a'.repeat(200_000));
  }, 180_000);
});

describe('scripts, emoji and combining characters (offsets in UTF-16 code units)', () => {
  test('Cyrillic, Arabic and CJK mixed with English attributions', () => {
    const text = [
      '“Мы не уйдём,” said Vladimir Petrov, a commander in Дейр-эз-Зор.',
      '',
      'The ministry said that 200 fighters died near مدينة دير الزور on Tuesday, according to 新华社.',
      '',
      '“我们会回来的,” the spokesman told reporters. “لن نغادر.”',
    ].join('\n');
    const result = survives(text);
    expect(result.claims.map((c) => c.text)).toContain('Мы не уйдём,');
  });

  test('emoji (surrogate pairs, ZWJ sequences, skin tones) before and inside quotes', () => {
    const text = '👍🏽👨‍👩‍👧‍👦 “We 🙏 will win 🇺🇸,” said 😀 John Smith. 🔥🔥 The army said 💥 that 300 🚀 fell.';
    const result = survives(text);
    const quote = result.claims.find((c) => c.kind === 'quote' || c.kind === 'partial-quote');
    expect(quote?.text).toBe('We 🙏 will win 🇺🇸,');
  });

  test('combining marks and zero-width characters', () => {
    const text =
      'Jose\u0301 said: “Cafe\u0301 is clo\u0301sed\u200b today.” The ma\u0308yor said that 12 people\u200d left.';
    survives(text);
  });

  test('lone surrogates and U+FFFD from lenient decoding', () => {
    survives('“Broken \ud800 text,” said \udc00Jones. \ufffd\ufffd The army said that it left.');
  });

  test('CRLF and lone CR line endings keep line:column right', () => {
    survives('“One,” he said.\r\n\r\n“Two,” she said.\r\rThe army said that it had left 3 towns.');
  });
});

describe('the regexes most at risk of backtracking, fed long adversarial strings (see docs/robustness.md)', () => {
  test('paragraph splitting: a newline followed by 500,000 blanks and no second newline', () => {
    const text = `a\n${' \t'.repeat(250_000)}b`;
    expect(segmentParagraphs(text)).toEqual([{ index: 0, start: 0, end: text.length }]);
  });

  test('paragraph splitting: 100,000 blank-line separators of mixed CR/LF and blanks', () => {
    const text = `a${'\r\n \n\t'.repeat(100_000)}b`;
    expect(segmentParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['a', 'b']);
  });

  test('the gap between a cue and its quote: 50,000 commas and spaces', () => {
    survives(`Jeffrey said${' ,'.repeat(50_000)}“We will win.”`);
  }, 180_000);

  test('the text before a quote in its sentence: a colon then 100,000 spaces', () => {
    survives(`He paused:${' '.repeat(100_000)}“We will win.” Then he said: “Again.”`);
  }, 180_000);

  test('quote twins: normalisation of a 100,000-character quote', () => {
    const long = fill('we will win and they will lose ', 100_000);
    survives(`“${long},” Jeffrey said.\n\n“${long}”`);
  }, 180_000);
});
