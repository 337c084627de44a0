/**
 * One document whose extraction throws is reported on stderr (path and message, no stack) and the run
 * goes on: the other inputs still come out, and the exit code is 2. The failure is injected through the
 * commands' `extract` seam (and, for `--jobs`, a pool whose worker fails one task), since no real input
 * is known to make `extract` throw.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extract } from '../../src/pipeline.js';
import { extractAction } from '../../src/cli/extract-command.js';
import { extractNdjson } from '../../src/cli/ndjson-input.js';
import type { PoolLike } from '../../src/cli/parallel-inputs.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { resolveSettings } from '../../src/config/settings.js';

const ARTICLE = readFileSync(path.join(process.cwd(), 'fixtures/syria-clashes.txt'), 'utf8');
const POISON = 'This text makes the injected extract throw.';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'whosaid-failure-'));
  writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'bad.txt'), POISON);
  writeFileSync(path.join(dir, 'b.txt'), ARTICLE);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The real extract, except that it throws (with a stack) for the poison text. */
const flaky: typeof extract = (text, options) => {
  if (text === POISON) throw new TypeError('name.toLowerCase is not a function');
  return extract(text, options);
};

const pathsOf = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { path: string }).path);

describe('one throwing document in the default command', () => {
  test('in one thread: the documents before and after it still come out, exit 2', async () => {
    const io = memoryIo({ cwd: dir });
    const code = await extractAction(
      ['a.txt', 'bad.txt', 'b.txt'],
      { config: false, format: 'ndjson', jobs: '1' },
      io,
      { extract: flaky },
    );
    expect(code).toBe(2);
    expect(io.stderr).toBe('whosaid: bad.txt: internal error: name.toLowerCase is not a function\n');
    expect(pathsOf(io.stdout)).toEqual(['a.txt', 'b.txt']);
  });

  test('with a collected format (json), the others are in the report', async () => {
    const io = memoryIo({ cwd: dir });
    const code = await extractAction(['a.txt', 'bad.txt', 'b.txt'], { config: false, format: 'json', jobs: '1' }, io, {
      extract: flaky,
    });
    expect(code).toBe(2);
    expect(io.stderr).toBe('whosaid: bad.txt: internal error: name.toLowerCase is not a function\n');
    const parsed = JSON.parse(io.stdout) as { documents: { path: string }[] };
    expect(parsed.documents.map((d) => d.path)).toEqual(['a.txt', 'b.txt']);
  });

  test('with workers (--jobs 2, 8 files): the failing task is reported in input order, the others come out', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `w${i}.txt`);
    for (const name of names) writeFileSync(path.join(dir, name), name === 'w3.txt' ? POISON : ARTICLE);
    // A stand-in pool with the real pool's contract: a task that throws rejects with its message.
    const started: number[] = [];
    const startPool = async (workers: number): Promise<PoolLike> => {
      started.push(workers);
      return {
        run: async (task) => {
          if (task.text === POISON) throw new Error('worker: boom');
          return extract(task.text, { ...task.options, path: task.path });
        },
        close: async () => undefined,
      };
    };
    const io = memoryIo({ cwd: dir });
    const code = await extractAction(names, { config: false, format: 'ndjson', jobs: '2' }, io, {
      extract: flaky,
      startPool,
    });
    expect(started).toEqual([2]);
    expect(code).toBe(2);
    expect(io.stderr).toBe('whosaid: w3.txt: internal error: worker: boom\n');
    expect(pathsOf(io.stdout)).toEqual(names.filter((name) => name !== 'w3.txt'));
  });
});

describe('one throwing record with --input ndjson', () => {
  test('the records before and after it still come out; the error names the file and line', async () => {
    const records = [
      { id: 'one', text: ARTICLE },
      { id: 'two', text: POISON },
      { id: 'three', text: ARTICLE },
    ];
    writeFileSync(path.join(dir, 'corpus.ndjson'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const io = memoryIo({ cwd: dir });
    const settings = await resolveSettings({ config: false, format: 'ndjson' }, dir);
    const result = await extractNdjson(['corpus.ndjson'], settings, false, io, flaky);
    expect(result.failed).toBe(true);
    expect(io.stderr).toBe('whosaid: corpus.ndjson:2: internal error: name.toLowerCase is not a function\n');
    expect(
      io.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['one', 'three']);
  });

  test('through extractAction the run exits 2', async () => {
    writeFileSync(
      path.join(dir, 'corpus.ndjson'),
      [JSON.stringify({ id: 'x', text: POISON }), JSON.stringify({ id: 'y', text: ARTICLE })].join('\n'),
    );
    const io = memoryIo({ cwd: dir });
    const code = await extractAction(['corpus.ndjson'], { config: false, format: 'ndjson', input: 'ndjson' }, io, {
      extract: flaky,
    });
    expect(code).toBe(2);
    expect(
      io.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['y']);
  });
});

describe('paths on stderr are terminal-safe', () => {
  test('a missing file named with an ESC sequence is shown escaped, with no ESC byte', async () => {
    const io = memoryIo({ cwd: dir });
    const code = await run(['--no-config', '--format', 'ndjson', '--jobs', '1', 'red\x1b[31m.txt'], io);
    expect(code).toBe(2);
    expect(io.stderr).not.toContain('\x1b');
    expect(io.stderr).toBe('whosaid: red\\x1b[31m.txt: no such file or directory\n');
  });

  test('an unreadable path given as an NDJSON input is shown escaped', async () => {
    const io = memoryIo({ cwd: dir });
    const code = await run(['--no-config', '--format', 'ndjson', '--input', 'ndjson', 'gone\x1b]0;t\x07.ndjson'], io);
    expect(code).toBe(2);
    expect(io.stderr).not.toContain('\x1b');
    expect(io.stderr).toBe('whosaid: gone\\x1b]0;t\\x07.ndjson: no such file or directory\n');
  });
});
