/** documentsInOrder with workers: input order whatever order the pool finishes in, and a bounded read-ahead. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENTS_AHEAD_PER_WORKER, documentsInOrder, type PoolLike } from '../../src/cli/parallel-inputs.js';
import type { ReadOptions } from '../../src/read/inputs.js';
import type { DocumentResult } from '../../src/types.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-ahead-');

/** `count` one-line articles in a fresh directory, and options to read them from there. */
function articles(count: number): { names: string[]; readOptions: ReadOptions } {
  const cwd = tempDir();
  const names = Array.from({ length: count }, (_, i) => `a${String(i).padStart(2, '0')}.txt`);
  for (const name of names) writeFileSync(path.join(cwd, name), `Article ${name} said nothing.\n`);
  return { names, readOptions: { extensions: ['.txt'], lenient: false, cwd, readStdin: async () => null } };
}

/** A stand-in pool: answers each task after `delay(path)` ms with a document naming the path; counts tasks. */
function fakePool(delay: (path: string) => number) {
  const state = { runs: 0, closed: false };
  const pool: PoolLike = {
    run: (task) => {
      state.runs += 1;
      const document = { id: task.path, path: task.path, sources: [], claims: [], diagnostics: [] } as DocumentResult;
      return new Promise((resolve) => setTimeout(() => resolve(document), delay(task.path)));
    },
    close: async () => {
      state.closed = true;
    },
  };
  return { state, startPool: async () => pool };
}

test('documents come out in input order when later ones finish first', async () => {
  const { names, readOptions } = articles(12);
  // The first documents take longest.
  const { state, startPool } = fakePool((p) => 30 - Number(p.slice(1, 3)) * 2);
  const out: string[] = [];
  for await (const item of documentsInOrder(names, readOptions, 'stdin', {}, 2, startPool))
    out.push(item.extracted?.path ?? 'none');
  expect(out).toEqual(names);
  expect(state).toEqual({ runs: 12, closed: true });
});

test('with 2 workers, no more than 2 × DOCUMENTS_AHEAD_PER_WORKER documents are read ahead of the one being yielded', async () => {
  const { names, readOptions } = articles(30);
  const { state, startPool } = fakePool(() => 1);
  const documents = documentsInOrder(names, readOptions, 'stdin', {}, 2, startPool);
  const first = await documents.next();
  expect(first.value?.file).toBe('a00.txt');
  // Let every read and task that was started finish.
  await new Promise((resolve) => setTimeout(resolve, 100));
  // The window, plus the one taken in when the first came out.
  expect(state.runs).toBe(2 * DOCUMENTS_AHEAD_PER_WORKER + 1);
  expect(state.runs).toBeLessThan(names.length);
  await documents.return(undefined);
  expect(state.closed).toBe(true);
});
