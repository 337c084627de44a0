/**
 * Bad inputs through the whole CLI, in-process: every input gives a document or an error on stderr that
 * names its path, never a crash, a hang or a silently missing document.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import { memoryIo, type MemoryIo } from '../../src/cli/io.js';
import { expand, readInput, type ReadOptions } from '../../src/read/inputs.js';

const ARTICLE = readFileSync(path.join(process.cwd(), 'fixtures/syria-clashes.txt'), 'utf8');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'whosaid-inputs-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string | Uint8Array): string => {
  writeFileSync(path.join(dir, name), content);
  return name;
};

/** Run the CLI in the temp directory with config files ignored; NDJSON so each document is one line. */
async function cli(
  args: string[],
  io: MemoryIo = memoryIo({ cwd: dir }),
): Promise<{ code: number; io: MemoryIo; documents: { path: string; claims: unknown[] }[] }> {
  const code = await run(['--no-config', '--format', 'ndjson', '--jobs', '1', ...args], io);
  const documents = io.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
  return { code, io, documents };
}

describe('files that are not text', () => {
  test('a binary file (NUL bytes) is an error naming the path, exit 2', async () => {
    write('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const { code, io, documents } = await cli(['image.txt']);
    expect(code).toBe(2);
    expect(io.stderr).toBe('whosaid: image.txt: binary file (contains NUL bytes); not text\n');
    expect(documents).toEqual([]);
  });

  test('invalid UTF-8 is an error with the byte offset, exit 2', async () => {
    write('latin1.txt', Buffer.concat([Buffer.from('Caf'), Uint8Array.from([0xe9]), Buffer.from(' said no.')]));
    const { code, io, documents } = await cli(['latin1.txt']);
    expect(code).toBe(2);
    expect(io.stderr).toBe('whosaid: latin1.txt: invalid UTF-8 at byte 3 (use --lenient to replace bad bytes)\n');
    expect(documents).toEqual([]);
  });

  test('--lenient decodes invalid UTF-8 with U+FFFD and extracts, exit 0', async () => {
    write(
      'latin1.txt',
      Buffer.concat([Buffer.from('“We will not leave,” Caf'), Uint8Array.from([0xe9]), Buffer.from(' Jones said.')]),
    );
    const io = memoryIo({ cwd: dir });
    const code = await run(['--no-config', '--format', 'json', '--lenient', 'latin1.txt'], io);
    expect(code).toBe(0);
    expect(io.stderr).toBe('');
    const claims = JSON.parse(io.stdout).documents[0].claims;
    expect(claims.map((c: { text: string }) => c.text)).toEqual(['We will not leave,']);
  });

  test('UTF-16 LE and BE with a BOM are decoded and extracted like UTF-8', async () => {
    const utf8 = write('a.txt', ARTICLE);
    const le = Buffer.concat([Uint8Array.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    write('le.txt', le);
    write('be.txt', Buffer.concat([Uint8Array.from([0xfe, 0xff]), Buffer.from(le.subarray(2)).swap16()]));
    const { code, documents } = await cli([utf8, 'le.txt', 'be.txt']);
    expect(code).toBe(0);
    expect(documents.map((d) => d.path)).toEqual(['a.txt', 'le.txt', 'be.txt']);
    expect(documents[0].claims.length).toBeGreaterThan(0);
    expect(documents[1].claims).toEqual(documents[0].claims);
    expect(documents[2].claims).toEqual(documents[0].claims);
  });
});

describe('files with nothing to say', () => {
  test.each([
    ['an empty file', ''],
    ['a whitespace-only file', '  \n\t\r\n \n\n   '],
    ['a BOM alone', '\ufeff'],
  ])('%s is a document with no claims, exit 0', async (_name, content) => {
    write('empty.txt', content);
    const { code, io, documents } = await cli(['empty.txt']);
    expect(code).toBe(0);
    expect(io.stderr).toBe('');
    expect(documents).toEqual([
      { version: 1, id: 'empty.txt', path: 'empty.txt', sources: [], claims: [], diagnostics: [] },
    ]);
  });

  test('an empty file as a table prints an empty table and a summary', async () => {
    write('empty.txt', '');
    const io = memoryIo({ cwd: dir });
    expect(await run(['--no-config', '--no-color', 'empty.txt'], io)).toBe(0);
    expect(io.stdout).toContain('0 claims (none); 0 sources (none); 0 unattributed numbers');
  });
});

describe('paths that are not readable files', () => {
  test('a missing file is an error naming it, exit 2', async () => {
    const { code, io, documents } = await cli(['missing.txt']);
    expect(code).toBe(2);
    expect(io.stderr).toBe('whosaid: missing.txt: no such file or directory\n');
    expect(documents).toEqual([]);
  });

  test('a directory with no text files is an error naming it, exit 2', async () => {
    mkdirSync(path.join(dir, 'empty-dir'));
    const { code, io } = await cli(['empty-dir']);
    expect(code).toBe(2);
    expect(io.stderr).toMatch(/^whosaid: empty-dir: no files match/);
  });

  test('a directory that reaches readInput (not expanded first) is "is a directory"', async () => {
    mkdirSync(path.join(dir, 'sub'));
    const options: ReadOptions = { extensions: ['.txt'], lenient: false, cwd: dir, readStdin: async () => null };
    expect(await readInput('sub', options)).toEqual({ path: 'sub', error: 'is a directory' });
  });

  test('a FIFO is refused as not a regular file, without waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    write('a.txt', ARTICLE);
    const { code, io, documents } = await cli(['pipe.txt', 'a.txt']);
    expect(code).toBe(2);
    expect(io.stderr).toBe('whosaid: pipe.txt: not a regular file\n');
    expect(documents.map((d) => d.path)).toEqual(['a.txt']);
  });

  test('a FIFO inside a directory with a matching extension is refused when read', async () => {
    mkdirSync(path.join(dir, 'd'));
    execFileSync('mkfifo', [path.join(dir, 'd', 'pipe.txt')]);
    writeFileSync(path.join(dir, 'd', 'b.txt'), ARTICLE);
    const { code, io, documents } = await cli(['d']);
    // Listed by name, then refused when read: never waited on.
    expect(code).toBe(2);
    expect(io.stderr).toBe(`whosaid: ${path.join('d', 'pipe.txt')}: not a regular file\n`);
    expect(documents.map((d) => d.path)).toEqual([path.join('d', 'b.txt')]);
  });

  test('a file that vanishes between listing and reading is an error; the rest are still processed, exit 2', async () => {
    mkdirSync(path.join(dir, 'd'));
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(path.join(dir, 'd', name), ARTICLE);
    // Standard input is read first, after every argument was listed: the hook deletes b.txt at that moment.
    const io = memoryIo({ cwd: dir });
    io.readStdin = async () => {
      unlinkSync(path.join(dir, 'd', 'b.txt'));
      return Buffer.from('The army said it had withdrawn.');
    };
    const { code, documents } = await cli(['-', 'd'], io);
    expect(code).toBe(2);
    expect(io.stderr).toBe(`whosaid: ${path.join('d', 'b.txt')}: no such file or directory\n`);
    expect(documents.map((d) => d.path)).toEqual(['-', path.join('d', 'a.txt'), path.join('d', 'c.txt')]);
  });

  test('a FIFO swapped in for a listed file is refused when read, not waited on', async () => {
    mkdirSync(path.join(dir, 'd'));
    for (const name of ['a.txt', 'b.txt']) writeFileSync(path.join(dir, 'd', name), ARTICLE);
    const io = memoryIo({ cwd: dir });
    io.readStdin = async () => {
      unlinkSync(path.join(dir, 'd', 'a.txt'));
      execFileSync('mkfifo', [path.join(dir, 'd', 'a.txt')]);
      return Buffer.from('');
    };
    const { code, documents } = await cli(['-', 'd'], io);
    expect(code).toBe(2);
    expect(io.stderr).toBe(`whosaid: ${path.join('d', 'a.txt')}: not a regular file\n`);
    expect(documents.map((d) => d.path)).toEqual(['-', path.join('d', 'b.txt')]);
  });

  test('the same race at the module level: expand lists, the file goes, readInput reports it', async () => {
    mkdirSync(path.join(dir, 'd'));
    writeFileSync(path.join(dir, 'd', 'x.txt'), 'text');
    const options: ReadOptions = { extensions: ['.txt'], lenient: false, cwd: dir, readStdin: async () => null };
    const listed = await expand('d', options);
    expect(listed).toEqual([path.join('d', 'x.txt')]);
    unlinkSync(path.join(dir, 'd', 'x.txt'));
    expect(await readInput(listed[0], options)).toEqual({ path: listed[0], error: 'no such file or directory' });
  });
});

describe('permission denied', () => {
  const isRoot = process.getuid?.() === 0;
  // Root reads mode-000 files, so the CLI cannot see EACCES in this process; the spawned-process test in
  // cli-process.test.ts drops to an unprivileged user to check the message end to end.
  if (isRoot) {
    test('running as root: a mode-000 file is readable, so it gives a document (no false error)', async () => {
      write('secret.txt', ARTICLE);
      chmodSync(path.join(dir, 'secret.txt'), 0o000);
      const { code, documents } = await cli(['secret.txt']);
      expect(code).toBe(0);
      expect(documents.map((d) => d.path)).toEqual(['secret.txt']);
    });
  } else {
    test('a mode-000 file is "permission denied", exit 2', async () => {
      write('secret.txt', ARTICLE);
      chmodSync(path.join(dir, 'secret.txt'), 0o000);
      const { code, io, documents } = await cli(['secret.txt']);
      expect(code).toBe(2);
      expect(io.stderr).toBe('whosaid: secret.txt: permission denied\n');
      expect(documents).toEqual([]);
    });
  }
});

describe('N inputs give N documents or N errors', () => {
  test('a mix of good and bad inputs: every input is accounted for, in order', async () => {
    write('good1.txt', ARTICLE);
    write('bin.txt', Uint8Array.from([0x00, 0x01]));
    write('empty.txt', '');
    write('bad.txt', Uint8Array.from([0x61, 0xff]));
    write('good2.txt', '“Yes,” she said.');
    mkdirSync(path.join(dir, 'nothing'));
    const args = ['good1.txt', 'bin.txt', 'missing.txt', 'empty.txt', 'bad.txt', 'nothing', 'good2.txt'];
    const { code, io, documents } = await cli(args);
    expect(code).toBe(2);
    expect(documents.map((d) => d.path)).toEqual(['good1.txt', 'empty.txt', 'good2.txt']);
    const errors = io.stderr.split('\n').filter((l) => l !== '');
    expect(errors.map((l) => l.split(':')[1].trim())).toEqual(['nothing', 'bin.txt', 'missing.txt', 'bad.txt']);
    expect(documents.length + errors.length).toBe(args.length);
  });
});
