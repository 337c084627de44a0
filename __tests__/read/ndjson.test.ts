import { Readable } from 'node:stream';
import { readNdjson, type NdjsonItem } from '../../src/read/ndjson.js';
import { run } from '../../src/cli/run.js';
import { memoryIo } from '../../src/cli/io.js';

async function items(text: string): Promise<NdjsonItem[]> {
  const out: NdjsonItem[] = [];
  for await (const item of readNdjson(Readable.from([Buffer.from(text)]), { path: 'in.jsonl' })) out.push(item);
  return out;
}

const INPUT = [
  '{"id":"a","text":"\\"We will win,\\" the mayor said."}',
  'not json',
  '{"id":"b"}',
  '',
  '{"text":"Officials said that 3 people died.","extra":1}',
].join('\r\n');

describe('readNdjson', () => {
  test('good lines become records; bad lines errors with their 1-based line; blank lines skipped', async () => {
    const got = await items(INPUT);
    expect(got).toEqual([
      { line: 1, id: 'a', text: '"We will win," the mayor said.' },
      { line: 2, error: 'invalid JSON: Unexpected token \'o\', "not json" is not valid JSON' },
      { line: 3, error: 'missing string field "text"' },
      // Other scalar fields are kept as strings, as metadata (`whosaid report --group-by`).
      { line: 5, id: 'in.jsonl:5', text: 'Officials said that 3 people died.', fields: { extra: '1' } },
    ]);
  });

  test('metadata: string, number and boolean fields as strings; objects, arrays and null left out', async () => {
    const line = '{"id":"a","text":"x","outlet":"CBC","year":2018,"paywall":false,"tags":["a"],"meta":{},"x":null}';
    expect(await items(line)).toEqual([
      { line: 1, id: 'a', text: 'x', fields: { outlet: 'CBC', year: '2018', paywall: 'false' } },
    ]);
  });

  test('numbers as ids, arrays and bad ids', async () => {
    expect(await items('{"id":7,"text":"x"}\n[1]\n{"id":true,"text":"y"}\n')).toEqual([
      { line: 1, id: '7', text: 'x' },
      { line: 2, error: 'expected a JSON object' },
      { line: 3, error: 'field "id" must be a string or a number' },
    ]);
  });
});

describe('whosaid --input ndjson', () => {
  test('one document per good record, the bad lines on stderr, exit 2', async () => {
    const io = memoryIo({ stdin: INPUT });
    const code = await run(['--input', 'ndjson', '-f', 'ndjson', '--no-config'], io);
    expect(code).toBe(2);
    const lines = io.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; path: string });
    expect(lines.map((d) => [d.id, d.path])).toEqual([
      ['a', '-'],
      ['-:5', '-'],
    ]);
    expect(io.stderr).toBe(
      'whosaid: -:2: invalid JSON: Unexpected token \'o\', "not json" is not valid JSON\nwhosaid: -:3: missing string field "text"\n',
    );
  });

  test('--strict stops at the first bad line', async () => {
    const io = memoryIo({ stdin: INPUT });
    const code = await run(['--input', 'ndjson', '-f', 'ndjson', '--strict', '--no-config'], io);
    expect(code).toBe(2);
    expect(
      io.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['a']);
    expect(io.stderr).toBe('whosaid: -:2: invalid JSON: Unexpected token \'o\', "not json" is not valid JSON\n');
  });

  test('all good: exit 0', async () => {
    const io = memoryIo({ stdin: '{"id":"x","text":"Officials said that 3 people died."}\n' });
    expect(await run(['--input', 'ndjson', '-f', 'ndjson', '--no-config'], io)).toBe(0);
    expect(io.stderr).toBe('');
  });
});

describe('readNdjson reads only as fast as records are taken', () => {
  test('taking the first record pulls a handful of chunks, not the whole stream', async () => {
    let pulled = 0;
    function* chunks() {
      for (let i = 0; i < 10_000; i++) {
        pulled++;
        yield Buffer.from(`${JSON.stringify({ id: `r${i}`, text: 'The mayor said the bridge would reopen.' })}\n`);
      }
    }
    const { Readable } = await import('node:stream');
    const records = readNdjson(Readable.from(chunks()), { path: 'corpus.jsonl' });
    const first = await records.next();
    expect(first.value).toMatchObject({ line: 1, id: 'r0' });
    expect(pulled).toBeLessThan(100);
    await records.return(undefined);
  });
});

describe('--input ndjson --format ndjson waits for a slow reader', () => {
  test('no document is written while the previous one has not drained', async () => {
    const records = ['a', 'b', 'c']
      .map((id) => JSON.stringify({ id, text: `The mayor said the bridge would reopen, ${id}.` }))
      .join('\n');
    const io = memoryIo({ stdin: `${records}\n` });
    const releases: (() => void)[] = [];
    io.drained = () => new Promise<void>((resolve) => releases.push(resolve));
    const done = run(['--input', 'ndjson', '--format', 'ndjson'], io);
    const lines = () => io.stdout.split('\n').filter(Boolean).length;
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await until(() => releases.length === 1);
    expect(lines()).toBe(1);
    releases[0]();
    await until(() => releases.length === 2);
    expect(lines()).toBe(2);
    releases[1]();
    await until(() => releases.length === 3);
    releases[2]();
    expect(await done).toBe(0);
    expect(lines()).toBe(3);
  });
});
