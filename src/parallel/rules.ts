/** When workers pay off: kept apart from the pool so deciding never loads worker_threads. */

/** Files below which workers are not worth their start-up (each loads compromise again, ≈0.15 s, and compiles the extractor again). */
export const MIN_FILES_FOR_WORKERS = 8;

/** How many workers a run of `files` inputs gets for `--jobs jobs`: 1 means "stay in this thread". */
export function workersFor(files: number, jobs: number): number {
  if (jobs <= 1 || files < MIN_FILES_FOR_WORKERS) return 1;
  return Math.min(jobs, files);
}
