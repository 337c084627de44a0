/**
 * Process-level behaviour of the real executable: a reader that closes the pipe early, Ctrl-C in the middle
 * of a run, and a file the user may not read. The CLI is compiled once into a private directory (so other
 * builds of dist/ cannot race with it) and started the way bin/whosaid.js starts it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
/** Under node_modules so the compiled files resolve the project's dependencies. */
const BUILD = path.join(ROOT, 'node_modules', '.cache', 'whosaid-cli-process-test');
const ARTICLE = readFileSync(path.join(ROOT, 'fixtures/syria-clashes.txt'), 'utf8');
/** Files in the big streamed runs: enough that a run is still going when the test reacts to its first output. */
const MANY = 400;
/** Files for the formats written at the end: 20 articles make ~400 KB of output, several pipe buffers. */
const SOME = 20;

let dir: string;
let entry: string;

beforeAll(() => {
  rmSync(BUILD, { recursive: true, force: true });
  // tsc emits even when someone else's file in the tree has a type error; the typecheck is npm test's job.
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD],
      { cwd: ROOT, stdio: 'pipe' },
    );
  } catch {
    // Type errors only; the emitted files are checked below.
  }
  dir = mkdtempSync(path.join(tmpdir(), 'whosaid-process-'));
  chmodSync(dir, 0o755);
  // The same two lines as bin/whosaid.js, pointed at the private build.
  entry = path.join(dir, 'whosaid.mjs');
  writeFileSync(
    entry,
    `import { main } from ${JSON.stringify(path.join(BUILD, 'cli/main.js'))};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  mkdirSync(path.join(dir, 'many'));
  mkdirSync(path.join(dir, 'some'));
  for (let i = 0; i < MANY; i++) writeFileSync(path.join(dir, 'many', `a${String(i).padStart(3, '0')}.txt`), ARTICLE);
  for (let i = 0; i < SOME; i++) writeFileSync(path.join(dir, 'some', `a${String(i).padStart(3, '0')}.txt`), ARTICLE);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(BUILD, { recursive: true, force: true });
});

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start the CLI; `onFirstOutput` runs once, when the first bytes arrive on its stdout. */
function start(
  args: string[],
  onFirstOutput: (child: ReturnType<typeof spawn>) => void,
  options: { uid?: number; gid?: number } = {},
): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, '--no-config', ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options,
    });
    let stdout = '';
    let stderr = '';
    let first = true;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (first) {
        first = false;
        onFirstOutput(child);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('a reader that closes the pipe early (whosaid … | head -1)', () => {
  test.each([
    ['ndjson', 'many'],
    ['table', 'some'],
    ['json', 'some'],
  ])(
    '--format %s ends with status 0 and nothing on stderr',
    async (format, inputs) => {
      const ended = await start(['--format', format, '--no-color', '--jobs', '1', inputs], (child) =>
        child.stdout?.destroy(),
      );
      expect({ code: ended.code, signal: ended.signal, stderr: ended.stderr }).toEqual({
        code: 0,
        signal: null,
        stderr: '',
      });
    },
    120_000,
  );
});

describe('Ctrl-C during a large run', () => {
  test.each([['1'], ['2']])(
    '--jobs %s: exit 130, no stack trace, every NDJSON line already written is a whole document',
    async (jobs) => {
      const ended = await start(['--format', 'ndjson', '--jobs', jobs, 'many'], (child) => child.kill('SIGINT'));
      expect({ code: ended.code, signal: ended.signal, stderr: ended.stderr }).toEqual({
        code: 130,
        signal: null,
        stderr: '',
      });
      expect(ended.stdout.endsWith('\n')).toBe(true);
      const lines = ended.stdout.split('\n').slice(0, -1);
      const paths = lines.map((line) => (JSON.parse(line) as { path: string }).path);
      expect(paths).toEqual(paths.map((_, i) => path.join('many', `a${String(i).padStart(3, '0')}.txt`)));
      // It stopped: not every document was written.
      expect(lines.length).toBeLessThan(MANY);
    },
    120_000,
  );
});

describe('permission denied, end to end', () => {
  // Root may read a mode-000 file; as root the CLI is run as the unprivileged user "nobody" (uid 65534) instead,
  // so the assertion is the same for everyone.
  const asRoot = process.getuid?.() === 0;
  test(`a mode-000 file is "permission denied" with exit 2; the other file is still read${asRoot ? ' (run as uid 65534)' : ''}`, async () => {
    writeFileSync(path.join(dir, 'secret.txt'), ARTICLE);
    writeFileSync(path.join(dir, 'open.txt'), ARTICLE);
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    chmodSync(path.join(dir, 'open.txt'), 0o644);
    const ended = await start(
      ['--format', 'ndjson', 'secret.txt', 'open.txt'],
      () => undefined,
      asRoot ? { uid: 65534, gid: 65534 } : {},
    );
    expect({ code: ended.code, stderr: ended.stderr }).toEqual({
      code: 2,
      stderr: 'whosaid: secret.txt: permission denied\n',
    });
    expect(
      ended.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => (JSON.parse(l) as { path: string }).path),
    ).toEqual(['open.txt']);
  }, 60_000);
});

describe('whosaid report with worker threads', () => {
  test('--jobs 2 over files and over NDJSON gives the same report as one thread', async () => {
    const records = Array.from({ length: SOME }, (_, i) =>
      JSON.stringify({ id: `r${i}`, outlet: i % 2 === 0 ? 'even' : 'odd', text: ARTICLE }),
    );
    writeFileSync(path.join(dir, 'some.jsonl'), `${records.join('\n')}\n`);
    const report = async (args: string[]) => {
      const ended = await start(['report', '--format', 'json', ...args], () => undefined);
      expect({ code: ended.code, stderr: ended.stderr }).toEqual({ code: 0, stderr: '' });
      return JSON.parse(ended.stdout) as { overall: { documents: number } };
    };
    const files = await report(['--jobs', '1', 'some']);
    expect(files.overall.documents).toBe(SOME);
    expect(await report(['--jobs', '2', 'some'])).toEqual(files);
    const ndjson = await report(['--input', 'ndjson', '--group-by', 'outlet', '--jobs', '1', 'some.jsonl']);
    expect(await report(['--input', 'ndjson', '--group-by', 'outlet', '--jobs', '2', 'some.jsonl'])).toEqual(ndjson);
    expect(ndjson.overall).toEqual(files.overall);
  }, 120_000);
});
