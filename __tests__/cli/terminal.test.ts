/**
 * The CLI for people at a terminal and for data engineers, in-process: --width, text typed at a terminal,
 * --only lists, singular counts, NDJSON record ids in every row, --jobs with NDJSON, and `sources` formats.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { memoryIo, TERMINAL_HINT } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { displayWidth } from '../../src/report/grid.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-terminal-');

const ARTICLE = [
  'Flood Waters Rise in River Town',
  '',
  '"We have never seen the river this high," Mayor Ana Ruiz said on Monday.',
  '',
  'The regional water authority said that levels would peak on Wednesday, and Ruiz called the response "slow but steady."',
  '',
  'About 1,200 residents may have been moved to shelters overnight.',
  '',
].join('\n');

const RECORDS = [
  { id: 'wire-17', text: '"The bridge is closed," police spokesman Tom Hale said.' },
  { id: 'wire-18', text: 'About 40 families were evacuated, according to the Red Cross.' },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeFile(path.join(dir, 'flood.txt'), ARTICLE);
  await writeFile(path.join(dir, 'one.txt'), '"We are ready," Mayor Ana Ruiz said.\n');
  await writeFile(path.join(dir, 'wire.jsonl'), `${RECORDS}\n`);
  await writeFile(path.join(dir, 'whosaid.config.json'), JSON.stringify({ format: 'github' }));
});

async function whosaid(args: string[], options: { stdin?: string; terminal?: string; config?: boolean } = {}) {
  const io = memoryIo({ cwd: dir, stdin: options.stdin, terminal: options.terminal, env: {} });
  const code = await run([...args, ...(options.config ? [] : ['--no-config'])], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const widest = (out: string) => Math.max(...out.split('\n').map((l) => displayWidth(l)));

describe('--width', () => {
  test.each([
    [80, false],
    [120, true],
    [200, true],
  ])('--width %i: no line wider; a grid (%s) or stacked blocks; every kind whole', async (width, grid) => {
    const { code, stdout } = await whosaid(['--width', String(width), 'flood.txt']);
    expect(code).toBe(0);
    expect(widest(stdout)).toBeLessThanOrEqual(width);
    expect(stdout.startsWith('┌')).toBe(grid);
    for (const kind of ['quote', 'partial-quote', 'reported', 'unattributed']) {
      expect(stdout).toMatch(new RegExp(`(^|[ │])${kind}( |$)`, 'm'));
    }
  });

  test.each([80, 120, 200])(
    '--width %i with --fail-on: the findings fit too, each with its severity',
    async (width) => {
      const args = ['--width', String(width), '--fail-on', 'unattributed-number', '--warn-on', 'hedged-unattributed'];
      const { code, stdout } = await whosaid([...args, 'flood.txt']);
      expect(code).toBe(1);
      expect(widest(stdout)).toBeLessThanOrEqual(width);
      expect(stdout).toContain('Findings (2): 1 error, 1 warning\n');
      expect(stdout).toMatch(/^flood\.txt:7:1 {2}error {4}unattributed-number/m);
      expect(stdout).toMatch(/^flood\.txt:7:1 {2}warning {2}hedged-unattributed/m);
    },
  );

  test('without --width: the terminal width, else $COLUMNS, else 120', async () => {
    const io = memoryIo({ cwd: dir, env: { COLUMNS: '70' } });
    await run(['--no-config', 'flood.txt'], io);
    expect(widest(io.stdout)).toBeLessThanOrEqual(70);
    const tty = memoryIo({ cwd: dir, env: { COLUMNS: '70' }, columns: 100 });
    await run(['--no-config', '--no-color', 'flood.txt'], tty);
    expect(widest(tty.stdout)).toBe(100);
  });
});

describe('text typed at a terminal', () => {
  test('no file and a terminal on stdin: one hint line on stderr, then the typed text is read until Ctrl-D', async () => {
    const { code, stdout, stderr } = await whosaid(['-f', 'json'], { terminal: ARTICLE });
    expect(code).toBe(0);
    expect(stderr).toBe(TERMINAL_HINT);
    expect(TERMINAL_HINT).toMatch(/^whosaid: .*Ctrl-D.*\n$/);
    expect(JSON.parse(stdout).documents[0].claims.length).toBe(5);
  });

  test('--quiet: no hint; a pipe: no hint', async () => {
    expect((await whosaid(['-q', '-f', 'json'], { terminal: ARTICLE })).stderr).toBe('');
    expect((await whosaid(['-f', 'json'], { stdin: ARTICLE })).stderr).toBe('');
  });

  test('--input ndjson from a terminal: the hint, then the records', async () => {
    const { code, stdout, stderr } = await whosaid(['--input', 'ndjson', '-f', 'ndjson'], { terminal: RECORDS });
    expect({ code, stderr }).toEqual({ code: 0, stderr: TERMINAL_HINT });
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['wire-17', 'wire-18']);
  });
});

describe('papercuts', () => {
  test('summary: singular counts, kinds in a fixed order', async () => {
    const one = await whosaid(['one.txt']);
    expect(one.stdout).toContain('1 claim (1 quote); 1 source (1 person); 0 unattributed numbers');
    const flood = await whosaid(['--width', '200', 'flood.txt']);
    expect(flood.stdout).toContain(
      '5 claims (1 quote, 1 partial-quote, 2 reported, 1 unattributed); 2 sources (1 person, 1 organization); 1 unattributed number',
    );
  });

  test('--only takes a comma list: a claim kept by any filter is shown', async () => {
    const kinds = async (only: string) =>
      JSON.parse((await whosaid(['-f', 'json', '--only', only, 'flood.txt'])).stdout).documents[0].claims.map(
        (c: { kind: string }) => c.kind,
      );
    expect(await kinds('quotes,reported')).toEqual(['quote', 'reported', 'reported', 'partial-quote']);
    expect(await kinds('unattributed, quotes')).toEqual(['quote', 'partial-quote', 'unattributed']);
  });
});

describe('NDJSON records: every row names its record', () => {
  test('csv and tsv: a document column after path', async () => {
    for (const format of ['csv', 'tsv']) {
      const { stdout } = await whosaid(['--input', 'ndjson', '-f', format, 'wire.jsonl']);
      const rows = parse(stdout, { delimiter: format === 'csv' ? ',' : '\t' }) as string[][];
      expect(rows[0].slice(0, 3)).toEqual(['path', 'document', 'id']);
      expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
        ['wire.jsonl', 'wire-17', 'quote'],
        ['wire.jsonl', 'wire-18', 'reported'],
      ]);
    }
  });

  test('markdown: headings with the record id and a document column', async () => {
    const { stdout } = await whosaid(['--input', 'ndjson', '-f', 'markdown', 'wire.jsonl']);
    expect(stdout).toContain('## wire.jsonl › wire-17\n');
    expect(stdout).toContain('| document | id | kind |');
    expect(stdout).toMatch(/^\| wire-18 \| c1 \| reported \|/m);
  });

  test('table: each record under a heading with its id', async () => {
    const { stdout } = await whosaid(['--input', 'ndjson', '--width', '120', 'wire.jsonl']);
    expect(stdout.startsWith('wire.jsonl › wire-17\n┌')).toBe(true);
    expect(stdout).toContain('\nwire.jsonl › wire-18\n┌');
  });

  test('text files keep their columns (no document column)', async () => {
    const { stdout } = await whosaid(['-f', 'csv', 'one.txt']);
    expect(stdout.split('\n')[0]).toBe('path,id,kind,source,sourceKind,cue,text,numbers,hedges,line,column,start,end');
  });

  test('--jobs with --input ndjson says on stderr that it is not used', async () => {
    const { code, stderr } = await whosaid(['--input', 'ndjson', '--jobs', '2', '-f', 'ndjson', 'wire.jsonl']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'whosaid: warning: --jobs is not used with --input ndjson; records are extracted one by one, in order\n',
    );
  });
});

describe('sources formats', () => {
  test.each(['table', 'json', 'ndjson', 'csv', 'tsv', 'markdown'])('--format %s lists Ana Ruiz', async (format) => {
    const { code, stdout, stderr } = await whosaid(['sources', '-f', format, 'flood.txt']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Ana Ruiz');
  });

  test('csv parses back: one row per source with title, gender (persons), mentions and claims', async () => {
    const rows = parse((await whosaid(['sources', '-f', 'csv', 'flood.txt'])).stdout) as string[][];
    expect(rows).toEqual([
      ['path', 'id', 'name', 'kind', 'title', 'gender', 'mentions', 'claims'],
      ['flood.txt', 's1', 'Ana Ruiz', 'person', 'Mayor', 'unknown', '2', '3'],
      ['flood.txt', 's2', 'regional water authority', 'organization', '', '', '1', '1'],
    ]);
  });

  test('--gender-names applies to sources as to the claim table: a first name gives the gender', async () => {
    const gender = async (args: string[]) =>
      (parse((await whosaid(['sources', '-f', 'csv', ...args, 'one.txt'])).stdout) as string[][])[1][5];
    expect(await gender([])).toBe('unknown');
    expect(await gender(['--gender-names'])).toBe('female');
  });

  test('--input ndjson: each record is a document, named by its id in every row', async () => {
    const { code, stdout, stderr } = await whosaid(['sources', '--input', 'ndjson', '-f', 'csv', 'wire.jsonl']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(parse(stdout)).toEqual([
      ['path', 'document', 'id', 'name', 'kind', 'title', 'gender', 'mentions', 'claims'],
      ['wire.jsonl', 'wire-17', 's1', 'Tom Hale', 'person', 'spokesman', 'male', '1', '1'],
      ['wire.jsonl', 'wire-18', 's1', 'Red Cross', 'organization', '', '', '1', '1'],
    ]);
    const table = await whosaid(['sources', '--input', 'ndjson', 'wire.jsonl']);
    expect(table.stdout).toContain('wire.jsonl › wire-18\n');
    const bad = await whosaid(['sources', '--input', 'ndjson'], { stdin: 'not json\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^whosaid: -:1: invalid JSON/);
  });

  test('--help lists --format', async () => {
    expect((await whosaid(['sources', '--help'])).stdout).toMatch(
      /-f, --format <format> +output format: table, json, ndjson, csv, tsv, markdown/,
    );
  });

  test("a config file's default format that does not apply to sources (github) is ignored: the table", async () => {
    const { code, stdout, stderr } = await whosaid(['sources', 'one.txt'], { config: true });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('│ Ana Ruiz │ person │');
  });
});
