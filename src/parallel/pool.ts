/**
 * A tiny worker pool: N `worker_threads` running ./worker.js, one shared queue, and results handed
 * back in the order the tasks were given, whatever order they finish in.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentResult, ExtractOptions } from '../types.js';
import type { WorkerReply, WorkerTask } from './worker.js';

/** One document for the pool. */
export interface PoolTask {
  text: string;
  path: string;
  options?: ExtractOptions;
}

/** The built worker next to this module (dist/parallel/worker.js once compiled). */
export const DEFAULT_WORKER_URL = new URL('./worker.js', import.meta.url);

interface Pending {
  resolve: (document: DocumentResult) => void;
  reject: (error: Error) => void;
}

/**
 * A pool of extraction workers; `close()` it when done so the process can exit. A worker that dies (an
 * uncaught error, running out of memory) fails the document it was extracting; the others go on in the
 * workers left, and when none is left every waiting and later document fails with the reason.
 */
export class ExtractPool {
  /** The live workers; those not in `running` are idle. */
  private readonly workers: Worker[] = [];
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, Pending>();
  /** The task each busy worker is extracting. */
  private readonly running = new Map<Worker, number>();
  private nextId = 0;
  private closing = false;
  /** Why the last worker died, once none is left. */
  private broken: Error | null = null;

  /** Start `size` workers from `workerUrl` (injectable for tests), each given `workerData`. */
  constructor(size: number, workerUrl: URL = DEFAULT_WORKER_URL, workerData?: unknown) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = new Worker(workerUrl, { workerData });
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.lose(worker, error));
      worker.on('exit', (code) => this.lose(worker, new Error(`worker exited with code ${code}`)));
      this.workers.push(worker);
    }
  }

  /** Extract one document in some worker. */
  run(task: PoolTask): Promise<DocumentResult> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, text: task.text, path: task.path, options: task.options ?? {} });
      this.dispatch();
    });
  }

  /** Extract every task; the results are in the order of `tasks`. */
  map(tasks: readonly PoolTask[]): Promise<DocumentResult[]> {
    return Promise.all(tasks.map((task) => this.run(task)));
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.queue.length === 0) return;
      if (this.running.has(worker)) continue;
      const task = this.queue.shift() as WorkerTask;
      this.running.set(worker, task.id);
      worker.postMessage(task);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    this.running.delete(worker);
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (waiting !== undefined) {
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.document);
    }
    this.dispatch();
  }

  /** A worker died (its 'error', then its 'exit', or an 'exit' alone): fail its task, go on without it. */
  private lose(worker: Worker, error: Error): void {
    const index = this.workers.indexOf(worker);
    if (this.closing || index < 0) return;
    this.workers.splice(index, 1);
    const id = this.running.get(worker);
    this.running.delete(worker);
    if (id !== undefined) this.reject(id, new Error(`worker stopped: ${error.message}`));
    if (this.workers.length > 0) return;
    this.broken = new Error(`no extraction worker left (the last stopped: ${error.message})`);
    for (const task of this.queue.splice(0)) this.reject(task.id, this.broken);
  }

  private reject(id: number, error: Error): void {
    this.pending.get(id)?.reject(error);
    this.pending.delete(id);
  }
}
