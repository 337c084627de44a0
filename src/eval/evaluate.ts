/** Run the extractor on every gold document and score it: the whole evaluation, no I/O. */
import { extract } from '../pipeline.js';
import type { GoldDocument } from './gold.js';
import type { ErrorItem } from './errors.js';
import { aggregate, type EvalMetrics } from './metrics.js';
import { scoreDocument, type DocumentScore, type ScoreOptions } from './score.js';

/** The outcome of an evaluation. */
export interface Evaluation {
  metrics: EvalMetrics;
  scores: DocumentScore[];
  /** Every miss, in document order. */
  errors: ErrorItem[];
}

/** Extract and score each document; `onProgress` is told after each one (done, total). */
export function evaluate(
  documents: readonly GoldDocument[],
  onProgress?: (done: number, total: number) => void,
  options: ScoreOptions & { genderNames?: boolean } = {},
): Evaluation {
  const scores: DocumentScore[] = [];
  for (const document of documents) {
    scores.push(
      scoreDocument(
        document,
        extract(document.text, { id: document.id, ...(options.genderNames ? { genderNames: true } : {}) }),
        options,
      ),
    );
    onProgress?.(scores.length, documents.length);
  }
  return { metrics: aggregate(scores), scores, errors: scores.flatMap((s) => s.errors) };
}
