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

/** A pool of extraction workers; `close()` it when done so the process can exit. */
export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly queue: WorkerTask[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /** Start `size` workers from `workerUrl` (injectable for tests), each given `workerData`. */
  constructor(size: number, workerUrl: URL = DEFAULT_WORKER_URL, workerData?: unknown) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = new Worker(workerUrl, { workerData });
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Extract one document in some worker. */
  run(task: PoolTask): Promise<DocumentResult> {
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
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      worker.postMessage(this.queue.shift());
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (waiting !== undefined) {
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.document);
    }
    this.idle.push(worker);
    this.dispatch();
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
