import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../../src/cli/io.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-eval-');

const FIXTURE = 'fixtures/eval/small.jsonl';

/*
 * End to end on fixtures/eval/small.jsonl (four invented articles, annotated by hand; a quoted turn in
 * pieces is one attribution whose content comes in fragments, as in PolNeAR). What the extractor did with
 * them when these counts were taken; when it changes, re-derive the counts from
 * `whosaid eval fixtures/eval/small.jsonl --errors 20`:
 * - harbor-bridge, school-lunch: every quote and attribution found with the right source; the
 *   "Best Lunch Ever" title quote lies on a neutral span and is ignored; "according to a memo" gets
 *   the source mention "a memo" (right source, inexact span); "Grace Obi defended the change" read
 *   as a reported claim (spurious claim).
 * - river-study: "a study by the Marsh Institute" found as the whole phrase (exact span, the institute credited);
 *   "said Dr. Omar Haddad, who led the study" given the bare name (a relative clause is no appositive),
 *   as this gold marks it; Haddad's quote running over a paragraph break is one prediction against two gold quotes
 *   (one missed quote), and with his first quote one attribution (its pieces share the cue);
 *   "The state fisheries agency is reportedly planning new limits" read as the agency's claim
 *   "new limits on fishing", under 30% of the gold (one missed attribution + one spurious claim).
 * - ferry-strike: "…, its leader Sam Cole told members on Friday" read with the clause before it as
 *   content (the addressee and time after "told" are no content); Cole's two quotes and Hart's quote, which continued-turn
 *   gives to Cole, share Cole's cue and are scored as one attribution: it matches Cole's gold, and
 *   Hart's attribution is missed (wrong speaker in the quotes measure); "The strike shows …" (spurious).
 */
describe('whosaid eval on the fixture', () => {
  test('--format json: exact metrics', async () => {
    const io = memoryIo();
    expect(await run(['eval', FIXTURE, '--format', 'json'], io)).toBe(0);
    expect(io.stderr).toBe('');
    const out = JSON.parse(io.stdout);
    expect(out.documents).toBe(4);
    expect(out.quotes).toEqual({
      gold: 9,
      predicted: 8,
      matched: 8,
      precision: 1,
      recall: 0.889,
      f1: 0.941,
      speakerRight: 7,
      speakerAccuracy: 0.875,
      endToEnd: { tp: 7, precision: 0.875, recall: 0.778, f1: 0.824 },
    });
    expect(out.attributions).toEqual({
      gold: 13,
      predicted: 14,
      matched: 11,
      precision: 0.786,
      recall: 0.846,
      f1: 0.815,
      sourceRight: 11,
      sourceAccuracy: 1,
      sourceSpanExact: 10,
      sourceSpanPairs: 11,
      sourceSpanAccuracy: 0.909,
      cueExact: 11,
      cuePairs: 11,
      cueSpanAccuracy: 1,
      endToEnd: { tp: 11, precision: 0.786, recall: 0.846, f1: 0.815 },
    });
    expect(out.errorCounts).toEqual({
      'missed quote': 1,
      'wrong speaker': 1,
      'spurious quote': 0,
      'missed attribution': 2,
      'wrong source': 0,
      'spurious claim': 3,
      'wrong cue span': 0,
    });
    expect(out.errors).toBeUndefined();
  });

  test('--errors lists misses by cause with the sieve; --cause narrows the list', async () => {
    const io = memoryIo();
    expect(await run(['eval', FIXTURE, '--errors', '5', '--cause', 'wrong-speaker'], io)).toBe(0);
    expect(io.stdout).toContain(
      'errors: missed quote 1, wrong speaker 1, spurious quote 0, missed attribution 2, wrong source 0, spurious claim 3, wrong cue span 0',
    );
    expect(io.stdout).toContain(
      [
        'wrong speaker: 1',
        'by sieve: continued-turn 1',
        '[ferry-strike] "Thousands of commuters will pay for this."',
        '  gold speaker "Jane Hart" | predicted Sam Cole at "Cole", cue "said", by continued-turn',
        '  context: “⟦Thousands of commuters will pay for this.⟧” That was the verdict of Jane Hart, the transport minister.',
      ].join('\n'),
    );
    expect(io.stdout).not.toContain('missed attribution: 2');
    // Not a terminal: no colour codes.
    expect(io.stdout).not.toContain('\u001b[');
  });

  test('--format json --errors includes the listed errors', async () => {
    const io = memoryIo();
    await run(['eval', FIXTURE, '--format', 'json', '--errors', '1', '--cause', 'missed-attribution'], io);
    const out = JSON.parse(io.stdout);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({
      cause: 'missed attribution',
      document: 'river-study',
      gold: { cue: 'reportedly', source: null },
    });
  });

  test('--limit evaluates the first N documents', async () => {
    const io = memoryIo();
    await run(['eval', FIXTURE, '--limit', '1', '--format', 'json'], io);
    const out = JSON.parse(io.stdout);
    expect([out.documents, out.quotes.gold, out.attributions.gold]).toEqual([1, 1, 3]);
  });
});

/*
 * fixtures/eval/named-pieces.jsonl: two invented articles annotated as the Gender Gap Tracker does: each piece
 * of a quote interrupted by "said X" is an attribution of its own, the later pieces without a source span, their
 * quotes named by `speakerName`. The extractor gives every quote its speaker and "…, the operator announced
 * Monday" its clause before. Joined, each two-piece turn (Okafor's, Baird's, Nair's) is one prediction paired
 * with one piece, so three pieces are missed.
 */
describe('whosaid eval with names and --pieces', () => {
  const NAMED = 'fixtures/eval/named-pieces.jsonl';
  test.each([
    [[], { predicted: 7, matched: 7, sourceRight: 7 }, undefined],
    [['--pieces', 'joined'], { predicted: 7, matched: 7, sourceRight: 7 }, undefined],
    [['--pieces', 'separate'], { predicted: 10, matched: 10, sourceRight: 10 }, 'separate'],
  ])('%j', async (args, attributions, pieces) => {
    const io = memoryIo();
    expect(await run(['eval', NAMED, '--format', 'json', ...args], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.pieces).toBe(pieces);
    // The two quotes with only a speakerName are judged by it: every speaker is right.
    expect(out.quotes).toMatchObject({ gold: 7, predicted: 7, matched: 7, speakerRight: 7 });
    expect(out.attributions).toMatchObject({ gold: 10, ...attributions });
  });

  test('--min-quote-words: named in the JSON when it is not 3; 0 is a usage error', async () => {
    const three = memoryIo();
    expect(await run(['eval', FIXTURE, '--format', 'json'], three)).toBe(0);
    expect(JSON.parse(three.stdout).minQuoteWords).toBeUndefined();
    const one = memoryIo();
    expect(await run(['eval', FIXTURE, '--format', 'json', '--min-quote-words', '1'], one)).toBe(0);
    expect(JSON.parse(one.stdout).minQuoteWords).toBe(1);
    const zero = memoryIo();
    expect(await run(['eval', FIXTURE, '--min-quote-words', '0'], zero)).toBe(2);
    expect(zero.stderr).toContain("argument '0' is invalid. expected a whole number ≥ 1");
  });

  test('a bad --pieces value exits 2', async () => {
    const io = memoryIo();
    expect(await run(['eval', NAMED, '--pieces', 'split'], io)).toBe(2);
    expect(io.stderr).toContain("option '--pieces <mode>' argument 'split' is invalid");
  });
});

describe('whosaid eval input errors exit 2 with one line on stderr', () => {
  const dir = tempDir();

  test('a gold path with an escape sequence is shown escaped', async () => {
    const io = memoryIo();
    expect(await run(['eval', 'gold\u001b[31m.jsonl'], io)).toBe(2);
    expect(io.stderr).toBe('whosaid: gold\\x1b[31m.jsonl: no such file or directory\n');
  });

  test('missing file', async () => {
    const io = memoryIo();
    expect(await run(['eval', 'no/such.jsonl'], io)).toBe(2);
    expect(io.stderr).toBe('whosaid: no/such.jsonl: no such file or directory\n');
    expect(io.stdout).toBe('');
  });

  test('malformed line: path, line number, reason', async () => {
    const file = path.join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'a', text: 'abc' })}\n${JSON.stringify({ id: 'b', text: 'abc', quotes: [{ start: 0, end: 2, text: 'ax' }] })}\n`,
    );
    const io = memoryIo();
    expect(await run(['eval', file], io)).toBe(2);
    expect(io.stderr).toBe(`whosaid: ${file}:2: quotes[0]: "text" is not text.slice(0, 2)\n`);
  });

  test('bad option values', async () => {
    const io = memoryIo();
    expect(await run(['eval', FIXTURE, '--cause', 'typo'], io)).toBe(2);
    expect(io.stderr).toContain('unknown cause "typo"');
    const io2 = memoryIo();
    expect(await run(['eval', FIXTURE, '--format', 'ndjson'], io2)).toBe(2);
    expect(io2.stderr).toBe('whosaid: eval: --format must be one of table, json\n');
  });

  test('without a subcommand, a file still goes to the default extract action', async () => {
    const io = memoryIo();
    expect(await run(['--format', 'json', 'fixtures/syria-clashes.txt'], io)).toBe(0);
    expect(JSON.parse(io.stdout).version).toBe(1);
  });
});
