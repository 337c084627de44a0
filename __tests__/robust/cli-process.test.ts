/**
 * Process-level behaviour of the real executable: a reader that closes the pipe early, Ctrl-C in the middle
 * of a run, and a file the user may not read. The CLI is compiled once into a private temporary directory
 * (so other builds of dist/ cannot race with it), next to a copy of the production dependencies, and started
 * the way bin/whosaid.js starts it. Nothing it runs lives in the clone: the clone may sit in a directory other
 * users cannot enter (a root user's home, `mktemp -d`), and the permission test runs the CLI as another user.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const ARTICLE = readFileSync(path.join(ROOT, 'fixtures/syria-clashes.txt'), 'utf8');
/** Files in the big streamed runs: enough that a run is still going when the test reacts to its first output. */
const MANY = 400;
/** Files for the formats written at the end: 20 articles make ~400 KB of output, several pipe buffers. */
const SOME = 20;

let dir: string;
let entry: string;

/** The dependencies a package.json names (optional ones only when installed). */
function dependenciesOf(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  return Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies });
}

/**
 * Copy the project's production dependencies (transitively, as npm laid them out) into `target`/node_modules,
 * so the compiled CLI resolves them without reading anything inside the clone.
 */
function copyProductionDependencies(target: string): void {
  const copied = new Set<string>();
  const visit = (packageDir: string): void => {
    for (const name of dependenciesOf(packageDir)) {
      // Node's lookup: the package's own node_modules (copied along with it), then the hoisted one at the root.
      const nested = path.join(packageDir, 'node_modules', name);
      if (packageDir !== ROOT && existsSync(nested)) {
        visit(nested);
        continue;
      }
      const hoisted = path.join(ROOT, 'node_modules', name);
      if (copied.has(hoisted) || !existsSync(hoisted)) continue;
      copied.add(hoisted);
      cpSync(hoisted, path.join(target, 'node_modules', name), { recursive: true, dereference: true });
      visit(hoisted);
    }
  };
  visit(ROOT);
}

/** Why `user` cannot run node in the temporary directory, or undefined when it can (checked before tests run). */
function reasonNobodyCannotRun(user: { uid: number; gid: number }): string | undefined {
  try {
    execFileSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(tmpdir())}, 1)`], {
      cwd: '/',
      stdio: 'pipe',
      ...user,
    });
    return undefined;
  } catch (error) {
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0];
    return `uid ${user.uid} cannot run ${process.execPath} in ${tmpdir()} (${reason || (error as Error).message})`;
  }
}

let BUILD: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'whosaid-process-'));
  chmodSync(dir, 0o755);
  BUILD = path.join(dir, 'build');
  copyProductionDependencies(dir);
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
  // so the assertion is the same for everyone. That user must be able to start node and enter the temporary
  // directory (where the build and its dependencies are copied); when it cannot, the test says why it is skipped.
  const asRoot = process.getuid?.() === 0;
  const nobody = { uid: 65534, gid: 65534 };
  const blocked = asRoot ? reasonNobodyCannotRun(nobody) : undefined;
  const name = `a mode-000 file is "permission denied" with exit 2; the other file is still read${asRoot ? ' (run as uid 65534)' : ''}`;
  (blocked === undefined ? test : test.skip)(
    blocked === undefined ? name : `${name} — skipped: ${blocked}`,
    async () => {
      writeFileSync(path.join(dir, 'secret.txt'), ARTICLE);
      writeFileSync(path.join(dir, 'open.txt'), ARTICLE);
      chmodSync(path.join(dir, 'secret.txt'), 0o000);
      chmodSync(path.join(dir, 'open.txt'), 0o644);
      const ended = await start(
        ['--format', 'ndjson', 'secret.txt', 'open.txt'],
        () => undefined,
        asRoot ? nobody : {},
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
    },
    60_000,
  );
});

/** Whether util-linux `script` is here to give the CLI a pseudo-terminal (it is part of every Debian/Ubuntu base). */
function hasScript(): boolean {
  try {
    return execFileSync('script', ['--version'], { stdio: 'pipe' }).toString().includes('util-linux');
  } catch {
    return false;
  }
}

/** Run the CLI on a pseudo-terminal `columns` wide; `typed` is what the user types (then Ctrl-D). */
function onTerminal(args: string[], columns: number, typed?: string): Promise<{ code: number | null; screen: string }> {
  const command = `stty cols ${columns}; exec ${[process.execPath, entry, '--no-config', ...args].map((a) => `'${a}'`).join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    // Decoded once at the end: a chunk may end inside a character.
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, screen: Buffer.concat(chunks).toString('utf8').replace(/\r\n/g, '\n') }),
    );
    // Ctrl-D on a new line ends the text, as a user ends it; the terminal echoes what was typed.
    if (typed !== undefined) setTimeout(() => child.stdin.write(`${typed}\n\x04`), 300);
  });
}

describe('on a terminal (a pseudo-terminal through util-linux script)', () => {
  const available = hasScript();
  const it = available ? test : test.skip;
  const why = available ? '' : ' — skipped: util-linux script is not installed';

  it(`no file: one hint line, then the typed article is read until Ctrl-D${why}`, async () => {
    const { code, screen } = await onTerminal(['-f', 'ndjson'], 80, '"We are ready," Mayor Ana Ruiz said.');
    expect(code).toBe(0);
    const lines = screen.split('\n');
    expect(lines.filter((l) => l.startsWith('whosaid:'))).toEqual([
      'whosaid: reading from the terminal; paste or type the text, then press Ctrl-D on a new line',
    ]);
    const document = JSON.parse(lines.find((l) => l.startsWith('{')) ?? '{}');
    expect(document.claims.map((c: { text: string }) => c.text)).toEqual(['We are ready,']);
  }, 60_000);

  (available ? test.each : test.skip.each)([80, 120, 200])(
    `the table fits a terminal %i columns wide${why}`,
    async (columns) => {
      const { code, screen } = await onTerminal(['--no-color', 'some/a000.txt'], columns);
      expect(code).toBe(0);
      // Box-drawing characters and the article's letters are one column each: no line is longer than the terminal.
      expect(screen.split('\n').filter((l) => [...l].length > columns)).toEqual([]);
      expect(screen.startsWith('┌')).toBe(columns > 80);
    },
    60_000,
  );
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
