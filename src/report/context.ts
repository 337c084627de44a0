/** What every reporter gets besides the results: colour, width, and nothing it must sniff itself. */
import type { ChalkInstance } from 'chalk';
import type { Finding } from '../policy/findings.js';
import type { ReportField } from './fields.js';

export interface ReportContext {
  /** A chalk instance whose level was decided by the CLI (0 = no colour). */
  chalk: ChalkInstance;
  /** Terminal width in columns, for tables. */
  width: number;
  /** Columns chosen with --fields; each reporter has its own default. */
  fields?: readonly ReportField[];
  /** Policy findings, present only when --fail-on was given. */
  findings?: readonly Finding[];
  /** The decoded text of each document, parallel to the documents (HTML and highlight need it). */
  texts?: readonly string[];
  /** `github`: at most this many annotations of each level (GitHub shows 10 per step); unlimited when absent. */
  annotationCap?: number;
}
