/** What every reporter gets besides the results: colour, width, and nothing it must sniff itself. */
import type { ChalkInstance } from 'chalk';

export interface ReportContext {
  /** A chalk instance whose level was decided by the CLI (0 = no colour). */
  chalk: ChalkInstance;
  /** Terminal width in columns, for tables. */
  width: number;
}
