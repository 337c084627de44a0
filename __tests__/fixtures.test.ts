/**
 * Fixture tests: the CLI runs on every fixtures/<phenomenon>.txt and its JSON must equal the golden
 * fixtures/<phenomenon>.claims.json, which is reviewed by reading it. Regenerate a golden file on purpose with
 * `whosaid check --update fixtures/<phenomenon>.txt` (then read the diff).
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { memoryIo } from '../src/cli/io.js';
import type { ClaimsFile } from '../src/types.js';
import { expectValidDocument } from './invariants.js';

const FIXTURES = path.resolve('fixtures');
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

async function extractWithCli(file: string, stdin?: string): Promise<ClaimsFile> {
  const io = memoryIo({ cwd: FIXTURES, stdin });
  const code = await run(
    stdin === undefined ? ['--format', 'json', file] : ['--format', 'json', '--stdin-filename', file],
    io,
  );
  expect(io.stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.stdout) as ClaimsFile;
}

describe('fixtures', () => {
  test('there are golden fixtures for the hard cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(13);
  });

  test.each(names)('%s matches its golden file', async (name) => {
    const text = readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
    const golden = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.claims.json`), 'utf8')) as ClaimsFile;
    const actual = await extractWithCli(`${name}.txt`);
    expect(actual).toEqual(golden);
    expectValidDocument(text, actual.documents[0]);
  });

  test('stdin gives the same claims as the file path', async () => {
    const text = readFileSync(path.join(FIXTURES, 'syria-clashes.txt'), 'utf8');
    const fromFile = await extractWithCli('syria-clashes.txt');
    const fromStdin = await extractWithCli('syria-clashes.txt', text);
    expect(fromStdin).toEqual(fromFile);
  });
});
