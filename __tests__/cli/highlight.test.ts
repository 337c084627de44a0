/** `--highlight` from the CLI: marks that show without colour, and a usage error with a machine format. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-highlight-');

const ARTICLE = 'Officials said about 300 homes may have lost power.\n';
const MARKED = '{Officials} <said> [*about 300* homes _may have_ lost power].\n';

let dir: string;
beforeAll(async () => {
  dir = tempDir();
  await writeFile(path.join(dir, 'power.txt'), ARTICLE);
  await writeFile(path.join(dir, 'evacuated.txt'), 'Nearly 400 people were reportedly evacuated overnight.\n');
});

async function whosaid(args: string[], env: Record<string, string> = {}, tty = false) {
  const io = memoryIo({ cwd: dir, env, tty });
  const code = await run([...args, '--no-config'], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

test.each([
  ['piped (stdout not a terminal)', [], {}, false],
  ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true],
  ['--no-color on a terminal', ['--no-color'], {}, true],
  ['TERM=dumb on a terminal', [], { TERM: 'dumb' }, true],
])('without colour (%s) the article shows bracket marks', async (_why, flags, env, tty) => {
  const { code, stdout } = await whosaid(['--highlight', ...flags, 'power.txt'], env, tty);
  expect(code).toBe(0);
  expect(stdout.startsWith(MARKED)).toBe(true);
  expect(stdout).not.toContain('\x1b');
});

test('with colour on a terminal: no brackets, escape sequences instead', async () => {
  const { stdout } = await whosaid(['--highlight', 'power.txt'], {}, true);
  expect(stdout).toContain('\x1b[');
  expect(stdout.startsWith(ARTICLE)).toBe(false);
  expect(stdout.replace(/\x1b\[[0-9;]*m/g, '').startsWith(ARTICLE)).toBe(true);
});

test.each(['json', 'ndjson', 'csv', 'tsv', 'sarif', 'github', 'markdown', 'html'])(
  '--highlight with --format %s is a usage error (exit 2, nothing on stdout)',
  async (format) => {
    const { code, stdout, stderr } = await whosaid(['--highlight', '--format', format, 'power.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `whosaid: --highlight prints the article for a terminal and cannot be combined with --format ${format}; drop one (--output ${format}=<path> writes a file besides the highlight)\n`,
    );
  },
);

test('--highlight with --format table (the default) and with --output files is fine', async () => {
  expect((await whosaid(['--highlight', '--format', 'table', 'power.txt'])).stdout.startsWith(MARKED)).toBe(true);
  const both = await whosaid(['--highlight', '--output', 'json=power.json', 'power.txt']);
  expect(both.code).toBe(0);
  expect(both.stdout.startsWith(MARKED)).toBe(true);
});

test('--highlight with --fail-on: the findings follow the article, as under the table, and the exit code is 1', async () => {
  const { code, stdout } = await whosaid([
    '--highlight',
    '--width',
    '120',
    '--fail-on',
    'unattributed-number',
    'evacuated.txt',
  ]);
  expect(code).toBe(1);
  expect(stdout).toBe(
    '[?*Nearly 400* people were <_reportedly_> evacuated overnight].\n' +
      '1 claim (1 reported); 0 sources (none); 1 unattributed number\n' +
      'marks: [claim] [?claim with no source] {source} <cue> *number* _hedge_\n' +
      '\n' +
      'Findings (1): 1 error\n' +
      'evacuated.txt:1:1  error    unattributed-number  number ≤400 people in a claim with no source  “Nearly 400 people…”\n',
  );
});
