/**
 * The worker side of the pool: each message is one document to extract; the reply carries the
 * same task number so the pool can put results back in input order.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import type { DocumentResult, ExtractOptions } from '../types.js';

/** One job for a worker. */
export interface WorkerTask {
  /** The task number given by the pool. */
  id: number;
  text: string;
  path: string;
  options: ExtractOptions;
}

/** A worker's answer: the document, or the message of what went wrong. */
export type WorkerReply = { id: number; document: DocumentResult } | { id: number; error: string };

parentPort?.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id: task.id, document: extract(task.text, { ...task.options, path: task.path }) };
  } catch (error) {
    reply = { id: task.id, error: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
