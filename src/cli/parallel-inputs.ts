/**
 * The default command's inputs, read and extracted in input order: in this thread for small runs,
 * in a worker pool (`--jobs`) when there are enough files for the workers' start-up to pay off.
 */
import os from 'node:os';
import type { DocumentResult, ExtractOptions } from '../types.js';
import { readInput, type Input, type ReadOptions } from '../read/inputs.js';
import { workersFor } from '../parallel/rules.js';

/** One input as read, with its document when a worker already extracted it. */
export interface OrderedInput {
  file: string;
  input: Input;
  extracted?: DocumentResult;
}

/** The --jobs value: the machine's parallelism when absent, or the reason it is not a whole number ≥ 1. */
export function jobsOf(raw: string | undefined): number | string {
  if (raw === undefined) return os.availableParallelism();
  if (!/^\d+$/.test(raw) || Number(raw) < 1) return `--jobs: expected a whole number ≥ 1, got '${raw}'`;
  return Number(raw);
}

/** Read (and, with workers, extract) every path; yields in the order of `paths`. */
export async function* documentsInOrder(
  paths: string[],
  readOptions: ReadOptions,
  stdinFilename: string,
  options: ExtractOptions,
  jobs: number,
): AsyncGenerator<OrderedInput> {
  const workers = workersFor(paths.length, jobs);
  if (workers <= 1) {
    for (const file of paths) yield { file, input: await readInput(file, readOptions) };
    return;
  }
  // Loaded only here, so a one-file run never pays for worker_threads.
  const { ExtractPool } = await import('../parallel/pool.js');
  const pool = new ExtractPool(workers);
  try {
    const inputs: Input[] = [];
    for (const file of paths) inputs.push(await readInput(file, readOptions));
    const pending = inputs.map((input, i) => {
      if ('error' in input) return Promise.resolve(undefined);
      const path = paths[i] === '-' ? stdinFilename : paths[i];
      return pool.run({ text: input.text, path, options });
    });
    // Unawaited rejections are caught when their turn comes; silence them until then.
    for (const p of pending) p.catch(() => undefined);
    for (let i = 0; i < paths.length; i++) yield { file: paths[i], input: inputs[i], extracted: await pending[i] };
  } finally {
    await pool.close();
  }
}
