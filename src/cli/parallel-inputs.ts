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
async function startExtractPool(workers: number): Promise<PoolLike> {
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
 * Read (and, with workers, extract) every path; yields in the order of `paths`. A document whose
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
  try {
    const inputs: Input[] = [];
    for (const file of paths) inputs.push(await readInput(file, readOptions));
    // Each rejection becomes that document's failure, so one throwing document cannot end the run.
    const pending = inputs.map((input, i): Promise<{ extracted?: DocumentResult; failure?: string }> => {
      if ('error' in input) return Promise.resolve({});
      const path = paths[i] === '-' ? stdinFilename : paths[i];
      return pool.run({ text: input.text, path, options }).then(
        (extracted) => ({ extracted }),
        (error: unknown) => ({ failure: error instanceof Error ? error.message : String(error) }),
      );
    });
    for (let i = 0; i < paths.length; i++) yield { file: paths[i], input: inputs[i], ...(await pending[i]) };
  } finally {
    await pool.close();
  }
}
