/**
 * The default command's inputs, read and extracted in input order: in this thread for small runs,
 * in a worker pool (`--jobs`) when there are enough files for the workers' start-up to pay off.
 */
import os from 'node:os';
import type { DocumentResult, ExtractOptions } from '../types.js';
import { readInput, type Input, type ReadOptions } from '../read/inputs.js';
import { workersFor } from '../parallel/rules.js';

/** One input as read, with its document when a worker already extracted it, or the message of its worker's failure. */
export interface OrderedInput {
  file: string;
  input: Input;
  extracted?: DocumentResult;
  /** Extraction threw in the worker: the error message (the other inputs go on). */
  failure?: string;
}

/** What documentsInOrder needs of a pool: run one document, close when done. */
export interface PoolLike {
  run(task: { text: string; path: string; options?: ExtractOptions }): Promise<DocumentResult>;
  close(): Promise<void>;
}

/** The real worker pool, loaded only when asked for, so a one-file run never pays for worker_threads. */
export async function startExtractPool(workers: number): Promise<PoolLike> {
  const { ExtractPool } = await import('../parallel/pool.js');
  return new ExtractPool(workers);
}

/** The --jobs value: the machine's parallelism when absent, or the reason it is not a whole number ≥ 1. */
export function jobsOf(raw: string | undefined): number | string {
  if (raw === undefined) return os.availableParallelism();
  if (!/^\d+$/.test(raw) || Number(raw) < 1) return `--jobs: expected a whole number ≥ 1, got '${raw}'`;
  return Number(raw);
}

/**
 * Documents read and handed to the pool ahead of the one being yielded, per worker. Enough that a worker
 * always has its next document queued while this thread writes output; few enough that memory holds a
 * window of documents, not the whole run (a directory of a million articles reads as it goes).
 */
export const DOCUMENTS_AHEAD_PER_WORKER = 4;

/**
 * Read (and, with workers, extract) every path; yields in the order of `paths`. With workers, at most
 * `workers × DOCUMENTS_AHEAD_PER_WORKER` documents are read and not yet yielded at any time. A document whose
 * extraction fails in a worker comes out with `failure` set; the others still come out.
 * `startPool` is injectable so tests can use a worker that fails on purpose.
 */
export async function* documentsInOrder(
  paths: string[],
  readOptions: ReadOptions,
  stdinFilename: string,
  options: ExtractOptions,
  jobs: number,
  startPool: (workers: number) => Promise<PoolLike> = startExtractPool,
): AsyncGenerator<OrderedInput> {
  const workers = workersFor(paths.length, jobs);
  if (workers <= 1) {
    for (const file of paths) yield { file, input: await readInput(file, readOptions) };
    return;
  }
  const pool = await startPool(workers);
  // Read, then extract in the pool; each rejection becomes that document's failure, so one throwing
  // document cannot end the run.
  const readAndExtract = async (file: string): Promise<OrderedInput> => {
    const input = await readInput(file, readOptions);
    if ('error' in input) return { file, input };
    const path = file === '-' ? stdinFilename : file;
    try {
      return { file, input, extracted: await pool.run({ text: input.text, path, options }) };
    } catch (error) {
      return { file, input, failure: error instanceof Error ? error.message : String(error) };
    }
  };
  try {
    const window = workers * DOCUMENTS_AHEAD_PER_WORKER;
    const ahead: Promise<OrderedInput>[] = [];
    let next = 0;
    while (next < paths.length && ahead.length < window) ahead.push(readAndExtract(paths[next++]));
    while (ahead.length > 0) {
      const document = await (ahead.shift() as Promise<OrderedInput>);
      if (next < paths.length) ahead.push(readAndExtract(paths[next++]));
      yield document;
    }
  } finally {
    await pool.close();
  }
}
