/** `whosaid check`: golden files, drift as a readable diff, --update written atomically. */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-check-');
const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/syria-clashes.txt');

async function whosaid(cwd: string, args: string[]) {
  const io = memoryIo({ cwd, env: {} });
  const code = await run([...args, '--no-config'], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

test('a missing golden file is listed, and fails only with --require-golden; --update creates it, byte-identical to --format json from its directory; then check passes', async () => {
  const dir = tempDir();
  await copyFile(FIXTURE, path.join(dir, 'syria.txt'));

  const listed = await whosaid(dir, ['check', '.']);
  expect(listed.code).toBe(0);
  expect(listed.stdout).toBe(
    '? syria.txt: no golden file syria.claims.json, not compared\n' +
      '1 checked, 0 drifted, 1 without a golden file (not failing; --require-golden fails on them)\n',
  );
  const missing = await whosaid(dir, ['check', '--require-golden', '.']);
  expect(missing.code).toBe(1);
  expect(missing.stdout).toBe(
    '✗ syria.txt: missing golden file syria.claims.json (run whosaid check --update to create it)\n' +
      '1 checked, 0 drifted, 1 without a golden file\n',
  );

  const update = await whosaid(dir, ['check', '--update']);
  expect(update.code).toBe(0);
  expect(update.stdout).toBe('created syria.claims.json\n1 checked, 1 golden files written\n');
  expect((await readdir(dir)).sort()).toEqual(['syria.claims.json', 'syria.txt']);
  const golden = await readFile(path.join(dir, 'syria.claims.json'), 'utf8');
  expect(golden).toBe((await whosaid(dir, ['--format', 'json', 'syria.txt'])).stdout);

  const clean = await whosaid(dir, ['check', 'syria.txt']);
  expect(clean).toEqual({ code: 0, stdout: '✓ syria.txt\n1 checked, 0 drifted\n', stderr: '' });

  // Checked from another directory: the golden path field does not matter.
  const fromParent = await whosaid(path.dirname(dir), ['check', path.basename(dir)]);
  expect(fromParent.code).toBe(0);
});

test('a drifted golden file: exit 1 and a diff naming removed, added and changed claims; --update fixes it', async () => {
  const dir = tempDir();
  await copyFile(FIXTURE, path.join(dir, 'syria.txt'));
  await whosaid(dir, ['check', '--update']);
  const file = path.join(dir, 'syria.claims.json');
  const golden = JSON.parse(await readFile(file, 'utf8'));
  const claims = golden.documents[0].claims;
  const [first, second] = claims;
  // Changed: the first claim's kind and cue; removed: the second from the extraction's view (it is added);
  // and an invented claim that the extraction will not find.
  const { kind, cue } = first;
  expect(cue).not.toBeNull();
  first.kind = kind === 'reported' ? 'quote' : 'reported';
  first.cue = null;
  claims.splice(1, 1);
  claims.push({ ...second, id: 'c99', start: 0, end: 2, text: 'US', kind: 'unattributed', source: null, cue: null });
  await writeFile(file, JSON.stringify(golden, null, 2));

  const drift = await whosaid(dir, ['check']);
  expect(drift.code).toBe(1);
  const lines = drift.stdout.split('\n');
  expect(lines[0]).toBe('✗ syria.txt (golden syria.claims.json):');
  expect(lines).toContain(
    `    ~ ${first.id} [${first.start}-${first.end}] kind: "${first.kind}" → "${kind}"; cue: "(none)" → "${cue.text}"`,
  );
  expect(lines).toContain('    - c99 unattributed [0-2] no source: “US”');
  expect(lines.some((l) => l.startsWith(`    + ${second.id} ${second.kind} [${second.start}-${second.end}] `))).toBe(
    true,
  );
  expect(lines.at(-2)).toBe('1 checked, 1 drifted');

  const update = await whosaid(dir, ['check', '--update']);
  expect(update.stdout).toBe('updated syria.claims.json\n1 checked, 1 golden files written\n');
  expect((await readdir(dir)).sort()).toEqual(['syria.claims.json', 'syria.txt']);
  expect((await whosaid(dir, ['check'])).code).toBe(0);
});

test('an invalid golden file is an input error (exit 2), not drift', async () => {
  const dir = tempDir();
  await copyFile(FIXTURE, path.join(dir, 'syria.txt'));
  await writeFile(path.join(dir, 'syria.claims.json'), '{"version":1,"documents":[]}');
  const result = await whosaid(dir, ['check']);
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(
    'whosaid: syria.claims.json: invalid golden file: expected {"version":1,"documents":[one document]}\n',
  );
});

/** A directory with the seed article, its golden file, and a README without one. */
async function goldenDirectory(): Promise<string> {
  const dir = tempDir();
  await copyFile(FIXTURE, path.join(dir, 'syria.txt'));
  await whosaid(dir, ['check', '--update']);
  await writeFile(path.join(dir, 'README.md'), '# Fixtures\n\nEach article has its golden file beside it.\n');
  return dir;
}

test('an edit before every claim that changes no words: one line saying only positions moved', async () => {
  const dir = await goldenDirectory();
  const file = path.join(dir, 'syria.txt');
  const text = await readFile(file, 'utf8');
  // A blank line more under the headline.
  await writeFile(file, text.replace('\n\n', '\n\n\n'));
  const result = await whosaid(dir, ['check', 'syria.txt']);
  expect(result).toEqual({
    code: 1,
    stdout:
      '✗ syria.txt (golden syria.claims.json):\n' +
      '    = positions moved for 22 claims, 18 source mentions (only positions moved, the claims are the same)\n' +
      '1 checked, 1 drifted (1 positions only)\n',
    stderr: '',
  });
});

test('a one-word edit in the headline, before every claim: the headline named, every claim only moved', async () => {
  const dir = await goldenDirectory();
  const file = path.join(dir, 'syria.txt');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('Syria', 'northern Syria'));
  const result = await whosaid(dir, ['check', 'syria.txt']);
  expect(result).toEqual({
    code: 1,
    stdout:
      '✗ syria.txt (golden syria.claims.json):\n' +
      '    ~ zones: headline "US and Russia Have Exchanged Fire Multiple Times in Syria" → "US and Russia Have Exchanged Fire Multiple Times in northern Syria"\n' +
      '    = positions moved for 22 claims, 18 source mentions (otherwise the same)\n' +
      '1 checked, 1 drifted\n',
    stderr: '',
  });
});

test('check -f json: every file with its status and changes (line and column), and the counts', async () => {
  const dir = await goldenDirectory();
  const file = path.join(dir, 'syria.txt');
  const text = await readFile(file, 'utf8');
  // One word inside the first quote (line 3): that claim changes.
  await writeFile(file, text.replace('There have been various engagements', 'There have been many engagements'));
  const result = await whosaid(dir, ['check', '-f', 'json']);
  expect(result.code).toBe(1);
  const report = JSON.parse(result.stdout);
  expect(report).toMatchObject({
    version: 1,
    checked: 2,
    drifted: 1,
    positionsOnly: 0,
    withoutGolden: 1,
    unreadable: 0,
  });
  expect(report.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
    ['README.md', 'missing'],
    ['syria.txt', 'drift'],
  ]);
  const [changed, moved] = report.files[1].changes;
  expect(changed).toMatchObject({ change: 'changed', subject: 'claim', line: 3, column: 2 });
  expect(changed.text).toMatch(/^~ c1 \[60-136\] .*text: "There have been various engagements/);
  expect(moved).toEqual({
    change: 'moved',
    subject: 'document',
    text: '= positions moved for 21 claims, 18 source mentions (otherwise the same)',
  });
});

test('check -f github: ::error per difference at its file and line, ::warning for a file without a golden file', async () => {
  const dir = await goldenDirectory();
  const golden = path.join(dir, 'syria.claims.json');
  const parsed = JSON.parse(await readFile(golden, 'utf8'));
  parsed.documents[0].claims.splice(1, 1); // the new extraction has one claim more
  await writeFile(golden, JSON.stringify(parsed, null, 2));
  const result = await whosaid(dir, ['check', '-f', 'github']);
  expect(result.code).toBe(1);
  const lines = result.stdout.split('\n');
  expect(lines[0]).toMatch(
    /^::error file=syria\.txt,line=5,col=96,title=whosaid check%3A claim added::\+ c2 reported \[237-362\] James Jeffrey, cue "confirmed": .* \(golden syria\.claims\.json\)$/,
  );
  expect(lines[1]).toBe(
    '::warning file=README.md,title=whosaid check%3A no golden file::no golden file README.claims.json (whosaid check --update creates it)',
  );
  expect(lines[2]).toBe('2 checked, 1 drifted, 1 without a golden file (not failing; --require-golden fails on them)');
  const required = await whosaid(dir, ['check', '-f', 'github', '--require-golden']);
  expect(required.stdout).toContain('::error file=README.md,title=whosaid check%3A no golden file::');
});

test('check takes table, json or github; a config default for claim tables is ignored, a flag is an error', async () => {
  const dir = await goldenDirectory();
  await writeFile(path.join(dir, 'whosaid.config.json'), '{"format":"csv"}');
  const io = memoryIo({ cwd: dir, env: {} });
  expect(await run(['check', 'syria.txt'], io)).toBe(0);
  expect(io.stdout).toBe('✓ syria.txt\n1 checked, 0 drifted\n');
  const bad = await whosaid(dir, ['check', '-f', 'csv']);
  expect(bad).toEqual({
    code: 2,
    stdout: '',
    stderr: "whosaid: check: --format must be table, json, github, not 'csv'\n",
  });
});

test('--update: a golden file that cannot be written is an error for its article (exit 2); the others are written', async () => {
  const dir = tempDir();
  // A name the file system takes for the golden file (250 bytes) but not for the temporary file written before it.
  const long = 'a'.repeat(238);
  await copyFile(FIXTURE, path.join(dir, `${long}.txt`));
  await copyFile(FIXTURE, path.join(dir, 'syria.txt'));
  const result = await whosaid(dir, ['check', '--update']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(new RegExp(`^whosaid: ${long}\\.claims\\.json: cannot write: .+\\n$`));
  expect(result.stdout).toBe('created syria.claims.json\n2 checked, 1 golden files written\n');
  expect((await readdir(dir)).sort()).toEqual([`${long}.txt`, 'syria.claims.json', 'syria.txt']);
});

test('check refuses --output (claim reports only): exit 2, and no file is written', async () => {
  const dir = await goldenDirectory();
  expect(await whosaid(dir, ['check', '-o', 'json=drift.json'])).toEqual({
    code: 2,
    stdout: '',
    stderr: 'whosaid: check: --output writes claim reports of the default command; use --format and redirect\n',
  });
  expect(await readdir(dir)).not.toContain('drift.json');
});

test('check -f github under GitHub Actions: 10 annotations per type, a notice, and the step summary lists the rest', async () => {
  const dir = await goldenDirectory();
  const golden = path.join(dir, 'syria.claims.json');
  const parsed = JSON.parse(await readFile(golden, 'utf8'));
  parsed.documents[0].claims.splice(0, 12); // twelve claims the new extraction adds
  await writeFile(golden, JSON.stringify(parsed, null, 2));
  const summaryFile = path.join(dir, 'step-summary.md');
  const io = memoryIo({ cwd: dir, env: { GITHUB_STEP_SUMMARY: summaryFile } });
  expect(await run(['check', '-f', 'github', '--no-config'], io)).toBe(1);
  const lines = io.stdout.trim().split('\n');
  expect(lines.map((l) => l.split(' ')[0])).toEqual([
    ...Array<string>(10).fill('::error'),
    '::warning',
    '::notice',
    '2',
  ]);
  expect(lines[11]).toBe(
    '::notice title=whosaid::2 errors not annotated (GitHub shows 10 annotations of each type per step): see the step summary',
  );
  const summary = (await readFile(summaryFile, 'utf8')).split('\n');
  expect(summary.slice(0, 9)).toEqual([
    '## whosaid check',
    '',
    '| file | golden file | status | differences |',
    '| --- | --- | --- | --: |',
    '| README.md | README.claims.json | missing | 0 |',
    '| syria.txt | syria.claims.json | drift | 12 |',
    '',
    '2 checked, 1 drifted, 1 without a golden file (not failing; --require-golden fails on them)',
    '',
  ]);
  expect(summary[9]).toBe('GitHub shows 10 annotations of each type per step; these 2 errors are listed here only:');
  expect(summary.slice(12).filter((l) => l.startsWith('| syria.txt:'))).toHaveLength(2);
});
