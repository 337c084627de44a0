import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExtractPool } from '../../src/parallel/pool.js';
import { MIN_FILES_FOR_WORKERS, workersFor } from '../../src/parallel/rules.js';
import { tempDirs } from '../temp-dirs.js';

const tempDir = tempDirs('whosaid-pool-');

// worker_threads cannot load the .ts worker under ts-jest, so the pool gets an injected plain-JS worker
// speaking the same protocol. A task whose text is "slow" is answered only after the worker has been told
// to "release" it through a shared flag: the first task finishes last, so input order can only come out of
// the pool's own bookkeeping.
const FAKE_WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
const flag = new Int32Array(workerData.flag);
parentPort.on('message', (task) => {
  if (task.text === 'boom') { parentPort.postMessage({ id: task.id, error: 'boom failed' }); return; }
  // An uncaught error outside the message handler's turn: the worker dies.
  if (task.text === 'crash') { setTimeout(() => { throw new Error('worker crashed'); }); return; }
  const reply = { id: task.id, document: { id: task.path, path: task.path, sources: [], claims: [], diagnostics: [], text: task.text } };
  if (task.text === 'slow') {
    const poll = () => (Atomics.load(flag, 0) === 1 ? parentPort.postMessage(reply) : setTimeout(poll, 5));
    poll();
    return;
  }
  parentPort.postMessage(reply);
});
`;

function fakeWorkerUrl(): URL {
  const dir = tempDir();
  const file = path.join(dir, 'worker.mjs');
  writeFileSync(file, FAKE_WORKER);
  return pathToFileURL(file);
}

describe('ExtractPool', () => {
  test('results come back in input order even when the first task finishes last', async () => {
    const flag = new SharedArrayBuffer(4);
    const pool = new ExtractPool(2, fakeWorkerUrl(), { flag });
    try {
      const done: string[] = [];
      const tasks = [
        { text: 'slow', path: 'a' },
        { text: 'x', path: 'b' },
        { text: 'y', path: 'c' },
      ];
      const promises = tasks.map((task) => pool.run(task).then((d) => (done.push(d.path as string), d)));
      // b and c finish on the second worker while a waits for the flag.
      await Promise.all(promises.slice(1));
      Atomics.store(new Int32Array(flag), 0, 1);
      const results = await Promise.all(promises);
      expect(done).toEqual(['b', 'c', 'a']);
      expect(results.map((d) => d.path)).toEqual(['a', 'b', 'c']);
    } finally {
      await pool.close();
    }
  });

  test('map keeps order across two workers', async () => {
    const pool = new ExtractPool(2, fakeWorkerUrl(), { flag: new SharedArrayBuffer(4) });
    try {
      const tasks = Array.from({ length: 12 }, (_, i) => ({ text: `t${i}`, path: `p${i}` }));
      const results = await pool.map(tasks);
      expect(results.map((d) => d.path)).toEqual(tasks.map((t) => t.path));
    } finally {
      await pool.close();
    }
  });

  test('a task that throws in the worker rejects with its message; the others still resolve', async () => {
    const pool = new ExtractPool(1, fakeWorkerUrl(), { flag: new SharedArrayBuffer(4) });
    try {
      const failing = pool.run({ text: 'boom', path: 'bad' });
      const fine = pool.run({ text: 'ok', path: 'good' });
      await expect(failing).rejects.toThrow('boom failed');
      expect((await fine).path).toBe('good');
    } finally {
      await pool.close();
    }
  });

  test('a worker that dies fails only the document it was extracting; the other worker takes the rest', async () => {
    const pool = new ExtractPool(2, fakeWorkerUrl(), { flag: new SharedArrayBuffer(4) });
    try {
      const tasks = Array.from({ length: 12 }, (_, i) => ({ text: i === 3 ? 'crash' : `t${i}`, path: `p${i}` }));
      const settled = await Promise.allSettled(tasks.map((task) => pool.run(task)));
      expect(settled.map((s) => (s.status === 'fulfilled' ? s.value.path : (s.reason as Error).message))).toEqual(
        tasks.map((t) => (t.text === 'crash' ? 'worker stopped: worker crashed' : t.path)),
      );
    } finally {
      await pool.close();
    }
  });

  test('when the last worker dies, the waiting and later documents fail with the reason instead of hanging', async () => {
    const pool = new ExtractPool(1, fakeWorkerUrl(), { flag: new SharedArrayBuffer(4) });
    try {
      const crashing = pool.run({ text: 'crash', path: 'a' });
      const waiting = pool.run({ text: 'ok', path: 'b' });
      await expect(crashing).rejects.toThrow('worker stopped: worker crashed');
      await expect(waiting).rejects.toThrow('no extraction worker left (the last stopped: worker crashed)');
      await expect(pool.run({ text: 'ok', path: 'c' })).rejects.toThrow('no extraction worker left');
    } finally {
      await pool.close();
    }
  });
});

describe('workersFor', () => {
  test('stays in one thread below the file threshold or with --jobs 1', () => {
    expect(MIN_FILES_FOR_WORKERS).toBe(8);
    expect(workersFor(7, 4)).toBe(1);
    expect(workersFor(100, 1)).toBe(1);
  });
  test('uses up to --jobs workers, never more than files', () => {
    expect(workersFor(8, 2)).toBe(2);
    expect(workersFor(9, 16)).toBe(9);
  });
});
