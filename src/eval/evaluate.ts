/** Run the extractor on every gold document and score it: the whole evaluation, no I/O. */
import { extract } from '../pipeline.js';
import type { GoldDocument } from './gold.js';
import type { ErrorItem } from './errors.js';
import { aggregate, type EvalMetrics } from './metrics.js';
import { scoreDocument, type DocumentScore, type ScoreOptions } from './score.js';
import { minQuoteWordsOf } from './predictions.js';

/** The outcome of an evaluation. */
export interface Evaluation {
  metrics: EvalMetrics;
  /** The shortest predicted quote scored: given, or read from the gold (`minQuoteWordsOf`). */
  minQuoteWords: number;
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
  const minQuoteWords = options.minQuoteWords ?? minQuoteWordsOf(documents);
  for (const document of documents) {
    scores.push(
      scoreDocument(
        document,
        extract(document.text, { id: document.id, ...(options.genderNames ? { genderNames: true } : {}) }),
        { ...options, minQuoteWords },
      ),
    );
    onProgress?.(scores.length, documents.length);
  }
  return { metrics: aggregate(scores), minQuoteWords, scores, errors: scores.flatMap((s) => s.errors) };
}
