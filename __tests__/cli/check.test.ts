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

test('missing golden is drift; --update creates it, byte-identical to --format json from its directory; then check passes', async () => {
  const dir = tempDir();
  await copyFile(FIXTURE, path.join(dir, 'syria.txt'));

  const missing = await whosaid(dir, ['check', '.']);
  expect(missing.code).toBe(1);
  expect(missing.stdout).toBe(
    '✗ syria.txt: missing golden file syria.claims.json (run whosaid check --update to create it)\n1 checked, 1 drifted\n',
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
    `    ~ ${first.id} [${first.start}-${first.end}] kind: "${first.kind}" → "${kind}"; cue: "(none)" → "${cue.text} [${cue.start}-${cue.end}]"`,
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
