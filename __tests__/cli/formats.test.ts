/** The CLI end to end, in-process: formats parsed back, filters, policies, exit codes 0/1/2. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-cli-');

const ARTICLE = [
  'Storm Hits Coast',
  '',
  '"We lost power at 3 a.m.," resident Maria Lopez said.',
  '',
  'About 2,000 homes were reportedly without power on Sunday.',
  '',
  'Officials said the repairs would take =SUM(days).',
  '',
].join('\n');

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await mkdir(path.join(dir, 'articles', 'sub'), { recursive: true });
  await mkdir(path.join(dir, 'articles', 'node_modules'), { recursive: true });
  await writeFile(path.join(dir, 'storm.txt'), ARTICLE);
  await writeFile(path.join(dir, 'articles', 'b.txt'), ARTICLE);
  await writeFile(path.join(dir, 'articles', 'a.md'), ARTICLE);
  await writeFile(path.join(dir, 'articles', 'sub', 'c.txt'), ARTICLE);
  await writeFile(path.join(dir, 'articles', 'skip.json'), '{}');
  await writeFile(path.join(dir, 'articles', 'node_modules', 'd.txt'), ARTICLE);
});

async function whosaid(args: string[], stdin?: string) {
  const io = memoryIo({ cwd: dir, stdin, env: {} });
  const code = await run([...args, '--no-config'], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

test('json: the v1 contract with the required keys and types; stdin gives the same claims', async () => {
  const file = await whosaid(['--format', 'json', 'storm.txt']);
  expect(file.code).toBe(0);
  const parsed = JSON.parse(file.stdout);
  expect(Object.keys(parsed)).toEqual(['version', 'documents']);
  expect(parsed.version).toBe(1);
  const [document] = parsed.documents;
  expect(document.path).toBe('storm.txt');
  expect(document.claims.length).toBeGreaterThan(0);
  for (const claim of document.claims) {
    expect(typeof claim.id).toBe('string');
    expect(typeof claim.kind).toBe('string');
    expect(ARTICLE.slice(claim.start, claim.end)).toBe(claim.text);
    expect(Array.isArray(claim.numbers)).toBe(true);
    expect(Array.isArray(claim.hedges)).toBe(true);
  }
  const piped = await whosaid(['--format', 'json'], ARTICLE);
  expect(JSON.parse(piped.stdout).documents[0].claims).toEqual(document.claims);
});

test('ndjson: one document per line, each with version and the document keys', async () => {
  const { code, stdout } = await whosaid(['-f', 'ndjson', 'articles']);
  expect(code).toBe(0);
  const lines = stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => l.path)).toEqual(['articles/a.md', 'articles/b.txt', 'articles/sub/c.txt']);
  for (const line of lines)
    // The article opens with a headline: its zones ride along (an optional key, present when there are some).
    expect(Object.keys(line)).toEqual(['version', 'id', 'path', 'sources', 'claims', 'diagnostics', 'zones']);
});

test('csv: one row per claim of the json output, with a header and formula-safe text', async () => {
  const json = JSON.parse((await whosaid(['-f', 'json', 'storm.txt'])).stdout).documents[0];
  const { code, stdout } = await whosaid(['-f', 'csv', '--fields', 'path,id,text,start', 'storm.txt']);
  expect(code).toBe(0);
  const records = parse(stdout) as string[][];
  expect(records[0]).toEqual(['path', 'id', 'text', 'start']);
  expect(records.slice(1)).toEqual(
    json.claims.map((c: { id: string; text: string; start: number }) => [
      'storm.txt',
      c.id,
      /^[=+\-@\t\r]/.test(c.text) ? `'${c.text}` : c.text,
      String(c.start),
    ]),
  );
});

test('tsv parses back with tabs', async () => {
  const { stdout } = await whosaid(['-f', 'tsv', '--fields', 'id,kind', 'storm.txt']);
  const records = parse(stdout, { delimiter: '\t' }) as string[][];
  expect(records[0]).toEqual(['id', 'kind']);
  expect(records.length).toBeGreaterThan(1);
});

test('--only quotes keeps quotes and partial quotes only', async () => {
  const all = JSON.parse((await whosaid(['-f', 'json', 'storm.txt'])).stdout).documents[0].claims as { kind: string }[];
  const quotes = JSON.parse((await whosaid(['-f', 'json', '--only', 'quotes', 'storm.txt'])).stdout).documents[0]
    .claims as { kind: string }[];
  expect(quotes).toEqual(all.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote'));
  expect(quotes.length).toBeGreaterThan(0);
});

test('html and markdown come out for a file', async () => {
  const html = await whosaid(['-f', 'html', 'storm.txt']);
  expect(html.code).toBe(0);
  expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
  const md = await whosaid(['-f', 'markdown', 'storm.txt']);
  expect(md.stdout.startsWith('## storm.txt\n')).toBe(true);
});

describe('usage errors exit 2 with a clear message', () => {
  test.each([
    [['--fields', 'id,txt', 'storm.txt'], "whosaid: --fields: unknown field 'txt' (did you mean 'text'?)"],
    [['--fail-on', 'nope', 'storm.txt'], "whosaid: --fail-on: unknown rule 'nope'"],
    [
      ['--max-warnings', 'x', '--fail-on', 'anonymous-source', 'storm.txt'],
      "whosaid: --max-warnings: expected a whole number ≥ 0, got 'x'",
    ],
    [['-f', 'xml', 'storm.txt'], "whosaid: option '-f, --format <format>' argument 'xml' is invalid"],
    [['--bogus', 'storm.txt'], "whosaid: unknown option '--bogus'"],
    [['sources', '--bogus', 'storm.txt'], "whosaid: unknown option '--bogus'"],
    [['--only', 'quote', 'storm.txt'], "whosaid: --only: unknown filter 'quote' (did you mean 'quotes'?)"],
    [['--width', '0', 'storm.txt'], "whosaid: --width: expected a number of columns ≥ 1, got '0'"],
    [['sources', '-f', 'html', 'storm.txt'], "whosaid: sources: --format: 'html' does not apply to sources"],
    [['missing.txt'], 'whosaid: missing.txt: no such file or directory'],
    [['nothing/**/*.txt'], 'whosaid: nothing/**/*.txt: no files match'],
  ])('%j', async (args, message) => {
    const { code, stderr } = await whosaid(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

test('an unreadable file in a batch: reported, the others still come out, exit 2', async () => {
  const { code, stdout, stderr } = await whosaid(['-f', 'ndjson', 'storm.txt', 'missing.txt', 'articles/b.txt']);
  expect(code).toBe(2);
  expect(stderr).toBe('whosaid: missing.txt: no such file or directory\n');
  expect(
    stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).path),
  ).toEqual(['storm.txt', 'articles/b.txt']);
});

test('globs and directories: sorted, extension-filtered, node_modules skipped', async () => {
  const glob = await whosaid(['-f', 'ndjson', 'articles/**/*.txt']);
  expect(
    glob.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).path),
  ).toEqual(['articles/b.txt', 'articles/sub/c.txt']);
  const ext = await whosaid(['-f', 'ndjson', '--ext', 'md', 'articles']);
  expect(
    ext.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).path),
  ).toEqual(['articles/a.md']);
});

describe('policies', () => {
  test('--fail-on with findings exits 1; json gains a findings array', async () => {
    const { code, stdout } = await whosaid([
      '-f',
      'json',
      '--fail-on',
      'unattributed-number,hedged-unattributed',
      'storm.txt',
    ]);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['version', 'documents', 'findings']);
    const hedged = parsed.documents[0].claims.filter(
      (c: { source: unknown; hedges: unknown[] }) => c.source === null && c.hedges.length > 0,
    );
    expect(
      parsed.findings
        .filter((f: { rule: string }) => f.rule === 'hedged-unattributed')
        .map((f: { claim: string }) => f.claim),
    ).toEqual(hedged.map((c: { id: string }) => c.id));
  });

  test('no --fail-on: no findings key, exit 0', async () => {
    const { code, stdout } = await whosaid(['-f', 'json', 'storm.txt']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toBeUndefined();
  });

  test('--max-warnings and --exit-zero', async () => {
    const count = JSON.parse(
      (await whosaid(['-f', 'json', '--fail-on', 'unattributed-number,hedged-unattributed', 'storm.txt'])).stdout,
    ).findings.length;
    expect(count).toBeGreaterThan(0);
    expect(
      (
        await whosaid([
          '-f',
          'json',
          '--fail-on',
          'unattributed-number,hedged-unattributed',
          '--max-warnings',
          String(count),
          'storm.txt',
        ])
      ).code,
    ).toBe(0);
    expect(
      (
        await whosaid([
          '-f',
          'json',
          '--fail-on',
          'unattributed-number,hedged-unattributed',
          '--max-warnings',
          String(count - 1),
          'storm.txt',
        ])
      ).code,
    ).toBe(1);
    expect(
      (
        await whosaid([
          '-f',
          'json',
          '--fail-on',
          'unattributed-number,hedged-unattributed',
          '--exit-zero',
          'storm.txt',
        ])
      ).code,
    ).toBe(0);
  });

  test('github: one ::error per finding of a rule that fails the run', async () => {
    const { code, stdout } = await whosaid(['-f', 'github', '--fail-on', 'hedged-unattributed', 'storm.txt']);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^::error file=storm\.txt,line=\d+,col=\d+,title=whosaid hedged-unattributed::hedged claim \(reportedly\) with no source \(c\d+\)\n$/,
    );
  });

  test('table: a findings section after the claim table', async () => {
    const { stdout } = await whosaid(['--fail-on', 'hedged-unattributed', 'storm.txt']);
    expect(stdout).toMatch(
      /\nFindings \(1\): 1 error\nstorm\.txt:5:1 {2}error {4}hedged-unattributed {2}hedged claim \(reportedly\) with no source {2}“About 2,000 homes/,
    );
  });
});

test('sources: a table or JSON of name, kind, mentions, claims', async () => {
  const { code, stdout } = await whosaid(['sources', '-f', 'json', 'storm.txt']);
  expect(code).toBe(0);
  const parsed = JSON.parse(stdout);
  const source = parsed.documents[0].sources.find((s: { name: string }) => s.name === 'Maria Lopez');
  expect(source).toMatchObject({ kind: 'person', mentions: 1, claims: 1 });
  const table = await whosaid(['sources', 'storm.txt']);
  expect(table.stdout).toContain('Maria Lopez');
});

test('--highlight prints the article (coloured: the text itself once the colours are taken out)', async () => {
  const { code, stdout } = await whosaid(['--highlight', '--color', 'storm.txt']);
  expect(code).toBe(0);
  expect(stdout.replace(/\x1b\[[0-9;]*m/g, '').startsWith(ARTICLE)).toBe(true);
});

test('--help shows examples; exit 0', async () => {
  const { code, stdout } = await whosaid(['--help']);
  expect(code).toBe(0);
  expect(stdout).toContain('whosaid check fixtures/');
  expect(stdout).toContain('--fail-on <rules>');
});
